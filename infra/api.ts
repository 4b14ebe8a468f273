import { join } from "node:path";
import { Duration } from "aws-cdk-lib";
import * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { handlerFiles } from "@fupin/functions/handlers";
import { contexts, isPublic, routes, type ContextName } from "@fupin/functions/routes";
import type { Auth } from "./auth";

export interface ApiProps {
  table: dynamodb.ITable;
  auth: Auth;
  stripeSecret: secretsmanager.ISecret;
  piiHashKey: secretsmanager.ISecret;
  /** The repository root, where handler files and the lock file are found. */
  root: string;
}

/** The HTTP API and one function per bounded context, both generated from the route table. */
export class Api extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly functions: Record<ContextName, NodejsFunction>;

  constructor(scope: Construct, id: string, { table, auth, stripeSecret, piiHashKey, root }: ApiProps) {
    super(scope, id);
    this.httpApi = new apigw.HttpApi(this, "Http", {
      corsPreflight: {
        allowOrigins: ["*"],
        allowHeaders: ["authorization", "content-type", "idempotency-key", "accept"],
        allowMethods: [apigw.CorsHttpMethod.ANY],
        maxAge: Duration.hours(1),
      },
    });

    this.functions = {} as Record<ContextName, NodejsFunction>;
    for (const name of Object.keys(contexts) as ContextName[]) {
      const needs = contexts[name];
      const fn = new NodejsFunction(this, `Fn-${name}`, {
        description: `fupin ${name}: ${needs.description}`,
        entry: join(root, handlerFiles[name]),
        handler: "handler",
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize: 1024,
        timeout: Duration.seconds(15),
        logGroup: new logs.LogGroup(this, `Logs-${name}`, { retention: logs.RetentionDays.SIX_MONTHS }),
        depsLockFilePath: join(root, "package-lock.json"),
        projectRoot: root,
        bundling: {
          format: OutputFormat.CJS,
          target: "node22",
          minify: true,
          sourceMap: true,
          externalModules: ["@aws-sdk/*"],
        },
        environment: {
          NODE_OPTIONS: "--enable-source-maps",
          POWERTOOLS_SERVICE_NAME: "fupin",
          POWERTOOLS_LOG_LEVEL: "INFO",
          ...(needs.table ? { TABLE_NAME: table.tableName } : {}),
          JWT_ISSUER: auth.issuer,
          JWT_AUDIENCE: auth.client.userPoolClientId,
          JWKS_URL: `${auth.issuer}/.well-known/jwks.json`,
          ...(needs.stripe ? { STRIPE_SECRET_ARN: stripeSecret.secretArn } : {}),
          ...(needs.pii ? { PII_HASH_KEY_SECRET_ARN: piiHashKey.secretArn } : {}),
        },
      });
      // Least privilege: the table (and its indexes) only for contexts that store data, each secret only where it is used.
      if (needs.table) table.grantReadWriteData(fn);
      if (needs.stripe) stripeSecret.grantRead(fn);
      if (needs.pii) piiHashKey.grantRead(fn);
      new cloudwatch.Alarm(this, `Errors-${name}`, {
        alarmDescription: `fupin ${name} function errors`,
        metric: fn.metricErrors({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.functions[name] = fn;
    }

    // The handler chain answers unexpected errors with a 500 instead of crashing, and counts them.
    new cloudwatch.Alarm(this, "InternalErrors", {
      alarmDescription: "fupin: requests answered 500",
      metric: new cloudwatch.Metric({ namespace: "Fupin", metricName: "InternalErrors", dimensionsMap: { service: "fupin" }, statistic: "Sum", period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const integrations = new Map<ContextName, HttpLambdaIntegration>();
    for (const route of routes) {
      let integration = integrations.get(route.context);
      if (!integration) {
        integration = new HttpLambdaIntegration(`Integration-${route.context}`, this.functions[route.context]);
        integrations.set(route.context, integration);
      }
      this.httpApi.addRoutes({
        path: route.path,
        methods: [route.method as apigw.HttpMethod],
        integration,
        ...(isPublic(route) ? {} : { authorizer: auth.authorizer }),
      });
    }
  }
}
