import { RemovalPolicy } from "aws-cdk-lib";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

/**
 * Stripe's secret API key and webhook signing secret, as one JSON secret
 * `{"secretKey":"sk_...","webhookSecret":"whsec_..."}` that an operator fills in after deploy.
 */
export class StripeSecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, "Keys", {
      description: "Stripe secret key and webhook signing secret for the fupin platform",
      secretObjectValue: {},
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

/**
 * The key that hashes resident ids (身份证号) for look-ups, generated at the first deploy as
 * `{"key":"…"}`. Retained and never rotated casually: every stored hash depends on it.
 */
export class PiiHashKey extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, "Key", {
      description: "HMAC key for resident-id look-up hashes of the fupin platform",
      generateSecretString: { secretStringTemplate: "{}", generateStringKey: "key", passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
