import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { HttpUserPoolAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import * as cognito from "aws-cdk-lib/aws-cognito";
import * as iam from "aws-cdk-lib/aws-iam";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";
import { ROLES } from "@fupin/core/platform/actor";
import { AREA_LEVELS } from "@fupin/core/platform/area";
import { bundledFunction } from "./function";

/** The post-confirmation trigger's handler, relative to the repository root. */
export const POST_CONFIRMATION_FILE = "packages/functions/src/auth/post-confirmation.ts";

/** The pre-token-generation trigger's handler, relative to the repository root. */
export const PRE_TOKEN_GENERATION_FILE = "packages/functions/src/auth/pre-token-generation.ts";

/** Where the console takes the hosted sign-in's answer, and where a signed-out user lands, under the console's URL. */
export const CONSOLE_CALLBACK_PATH = "auth/callback";

export interface AuthProps {
  /** The repository root, where the trigger's handler is found. */
  root: string;
  /** The prefix of the hosted sign-in domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  domainPrefix: string;
  /** The console's URL, ending in `/` (`https://<distribution>/console/`); may be a token resolved later. */
  consoleUrl: string;
}

/**
 * Identities: a Cognito user pool whose groups are the platform's roles, the hosted sign-in for the
 * console (authorization-code flow with PKCE, a public client), and the API's JWT authorizer.
 * Buyers sign up themselves and join the `buyer` group on confirmation; staff accounts are created,
 * and given their groups and their area (`custom:province` … `custom:township`), by an administrator.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  /** The console's app client, the one audience of the platform's access tokens. */
  readonly client: cognito.UserPoolClient;
  readonly postConfirmation: NodejsFunction;
  readonly preTokenGeneration: NodejsFunction;
  readonly authorizer: HttpUserPoolAuthorizer;
  readonly issuer: string;

  constructor(scope: Construct, id: string, { root, domainPrefix, consoleUrl }: AuthProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, "Users", {
      selfSignUpEnabled: true,
      signInAliases: { email: true, phone: true },
      passwordPolicy: { minLength: 12 },
      mfa: cognito.Mfa.OPTIONAL,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
      // A staff account's area, one custom attribute per level (`custom:province` …). Mutable: an
      // administrator moves staff between areas. No client may write them (see `writable` below).
      customAttributes: Object.fromEntries(AREA_LEVELS.map((level) => [level, new cognito.StringAttribute({ mutable: true, maxLen: 30 })])),
      // Access-token customization (the V2_0 trigger event below) needs Essentials or Plus.
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
    });
    for (const role of ROLES) {
      new cognito.CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }

    // A confirmed self sign-up joins the buyer group. Cognito waits 5 s for a trigger at most.
    this.postConfirmation = bundledFunction(this, "PostConfirmation", {
      description: "fupin sign-up trigger: adds an account that confirmed its own sign-up to the buyer group",
      file: POST_CONFIRMATION_FILE,
      root,
      memorySize: 256,
      timeout: Duration.seconds(5),
    });
    this.userPool.addTrigger(cognito.UserPoolOperation.POST_CONFIRMATION, this.postConfirmation);
    // A policy of its own, not the role's default one: the function must exist before the pool that
    // calls it, and the pool's ARN before this policy, so the default policy would make a cycle.
    new iam.Policy(this, "PostConfirmationGroups", {
      roles: [this.postConfirmation.role!],
      statements: [new iam.PolicyStatement({ actions: ["cognito-idp:AdminAddUserToGroup"], resources: [this.userPool.userPoolArn] })],
    });

    // Cognito leaves custom attributes out of access tokens, and the API acts on access tokens only:
    // this trigger copies the area attributes into them. Only a V2_0 event can change the access
    // token (V1_0 changes the ID token alone). It reads the event and calls nothing, so needs no policy.
    this.preTokenGeneration = bundledFunction(this, "PreTokenGeneration", {
      description: "fupin token trigger: copies a staff account's area attributes into its access tokens",
      file: PRE_TOKEN_GENERATION_FILE,
      root,
      memorySize: 256,
      timeout: Duration.seconds(5),
    });
    this.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, this.preTokenGeneration, cognito.LambdaVersion.V2_0);

    this.domain = this.userPool.addDomain("HostedSignIn", { cognitoDomain: { domainPrefix } });

    // The console's client: public (no secret, the default: a browser cannot keep one; naming it would
    // make CloudFormation replace the client and change its id), authorization-code grant
    // only (no implicit grant: tokens never travel in a URL), with PKCE, which the console sends.
    // Only access tokens act on the API; the ID token only tells the console who signed in.
    const writable = new cognito.ClientAttributes().withStandardAttributes({
      email: true,
      phoneNumber: true,
      fullname: true,
      locale: true,
    });
    this.client = this.userPool.addClient("Console", {
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${consoleUrl}${CONSOLE_CALLBACK_PATH}`],
        logoutUrls: [consoleUrl],
      },
      // A self-signed-up user writes only these: roles are groups, and areas custom attributes, which
      // only administrators change (AdminUpdateUserAttributes); a buyer who could write custom:county
      // would read that county's records. Reading them (all attributes, the default) is harmless.
      writeAttributes: writable,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    this.authorizer = new HttpUserPoolAuthorizer("Jwt", this.userPool, { userPoolClients: [this.client] });
    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
