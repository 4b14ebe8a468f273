import { CfnOutput } from "aws-cdk-lib";
import { Construct } from "constructs";
import { Api } from "./api";
import { Auth } from "./auth";
import { PiiHashKey, StripeSecret } from "./secrets";
import { DataTable } from "./table";

export interface PlatformProps {
  /** The repository root; defaults to the working directory (sst and the tests run from it). */
  root?: string;
}

/** The whole platform as plain aws-cdk-lib constructs: SST's stack or a plain CDK Stack can hold it. */
export class Platform extends Construct {
  readonly data: DataTable;
  readonly auth: Auth;
  readonly stripe: StripeSecret;
  readonly pii: PiiHashKey;
  readonly api: Api;

  constructor(scope: Construct, id: string, props: PlatformProps = {}) {
    super(scope, id);
    this.data = new DataTable(this, "Data");
    this.auth = new Auth(this, "Auth");
    this.stripe = new StripeSecret(this, "Stripe");
    this.pii = new PiiHashKey(this, "Pii");
    this.api = new Api(this, "Api", {
      table: this.data.table,
      auth: this.auth,
      stripeSecret: this.stripe.secret,
      piiHashKey: this.pii.secret,
      root: props.root ?? process.cwd(),
    });
    new CfnOutput(this, "ApiUrl", { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, "UserPoolId", { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "StripeSecretArn", { value: this.stripe.secret.secretArn });
  }
}
