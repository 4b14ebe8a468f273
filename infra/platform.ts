import { join } from "node:path";
import { CfnOutput, Lazy, Stack } from "aws-cdk-lib";
import { Construct } from "constructs";
import { Api } from "./api";
import { Auth } from "./auth";
import { EvidenceBucket } from "./evidence";
import { ConsoleHosting } from "./console";
import { PiiHashKey, StripeSecret } from "./secrets";
import { DataTable } from "./table";

export interface PlatformProps {
  /** The repository root; defaults to the working directory (sst and the tests run from it). */
  root?: string;
  /** The console's build; defaults to `<root>/packages/web/dist`. */
  consoleDist?: string;
  /**
   * Stripe's publishable key for the console (`pk_test_…`/`pk_live_…`); defaults to the
   * `stripePublishableKey` context value, else `STRIPE_PUBLISHABLE_KEY`.
   */
  stripePublishableKey?: string;
  /**
   * The hosted sign-in's domain prefix (unique in the region across AWS); defaults to the
   * `cognitoDomainPrefix` context value, else `COGNITO_DOMAIN_PREFIX`, else one made of the stack's name.
   */
  cognitoDomainPrefix?: string;
}

/** Cognito's rules for a domain prefix: lowercase letters, digits and hyphens, and none of its reserved words. */
export function checkDomainPrefix(prefix: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(
      `The Cognito domain prefix "${prefix}" must be 1 to 63 lowercase letters, digits or inner hyphens, without "aws", "amazon" or "cognito"`,
    );
  }
  return prefix;
}

const defaultDomainPrefix = (stackName: string) =>
  stackName
    .toLowerCase()
    .replace(/aws|amazon|cognito/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");

/** The whole platform as plain aws-cdk-lib constructs: SST's stack or a plain CDK Stack can hold it. */
export class Platform extends Construct {
  readonly data: DataTable;
  readonly auth: Auth;
  readonly stripe: StripeSecret;
  readonly pii: PiiHashKey;
  readonly evidence: EvidenceBucket;
  readonly api: Api;
  readonly console: ConsoleHosting;

  constructor(scope: Construct, id: string, props: PlatformProps = {}) {
    super(scope, id);
    const root = props.root ?? process.cwd();
    const setting = (given: string | undefined, context: string, env: string): string | undefined =>
      given ?? (this.node.tryGetContext(context) as string | undefined) ?? (process.env[env] || undefined);

    this.data = new DataTable(this, "Data");
    this.auth = new Auth(this, "Auth", {
      root,
      domainPrefix: checkDomainPrefix(
        setting(props.cognitoDomainPrefix, "cognitoDomainPrefix", "COGNITO_DOMAIN_PREFIX") ?? defaultDomainPrefix(Stack.of(this).stackName),
      ),
      // The console's URL names the distribution, which fronts the API, which needs the client: resolved at synthesis.
      consoleUrl: Lazy.string({ produce: () => this.console.url }),
    });
    this.stripe = new StripeSecret(this, "Stripe");
    this.pii = new PiiHashKey(this, "Pii");
    this.evidence = new EvidenceBucket(this, "Evidence", {
      // The console's origin names the distribution, which is made after the API: resolved at synthesis.
      consoleOrigin: Lazy.string({ produce: () => `https://${this.console.distribution.distributionDomainName}` }),
    });
    this.api = new Api(this, "Api", {
      table: this.data.table,
      auth: this.auth,
      stripeSecret: this.stripe.secret,
      piiHashKey: this.pii.secret,
      evidence: this.evidence,
      root,
    });
    this.console = new ConsoleHosting(this, "Console", {
      httpApi: this.api.httpApi,
      distDir: props.consoleDist ?? join(root, "packages/web/dist"),
      cognito: { domainUrl: this.auth.domain.baseUrl(), clientId: this.auth.client.userPoolClientId },
      stripePublishableKey: setting(props.stripePublishableKey, "stripePublishableKey", "STRIPE_PUBLISHABLE_KEY"),
      uploadOrigins: [this.evidence.origin],
    });
    new CfnOutput(this, "ConsoleUrl", { value: this.console.url });
    new CfnOutput(this, "ApiUrl", { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, "HostedSignInDomain", { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, "UserPoolId", { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "StripeSecretArn", { value: this.stripe.secret.secretArn });
    new CfnOutput(this, "EvidenceBucketName", { value: this.evidence.bucket.bucketName });
  }
}
