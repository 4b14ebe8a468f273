import { Duration } from "aws-cdk-lib";
import * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { functionEnvironment } from "@fupin/core/platform/config";
import { FUNCTION_TIMEOUT_SECONDS } from "@fupin/core/platform/deadline";
import { handlerFiles } from "@fupin/functions/handlers";
import { jobNeeds, jobs, type JobName } from "@fupin/functions/jobs";
import { contexts, isPublic, routes, type ContextName } from "@fupin/functions/routes";
import type { Auth } from "./auth";
import type { EvidenceBucket } from "./evidence";
import { bundledFunction } from "./function";

export interface ApiProps {
  table: dynamodb.ITable;
  auth: Auth;
  stripeSecret: secretsmanager.ISecret;
  piiHashKey: secretsmanager.ISecret;
  /** Claim documents, for the contexts that need them (`evidence` in the route table's contexts). */
  evidence: EvidenceBucket;
  /** The repository root, where handler files and the lock file are found. */
  root: string;
}

/** The HTTP API and one function per bounded context, both generated from the route table. */
export class Api extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly functions: Record<ContextName, NodejsFunction>;

  constructor(scope: Construct, id: string, { table, auth, stripeSecret, piiHashKey, evidence, root }: ApiProps) {
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
    const fn = (id: string, description: string, file: string, needs: (typeof contexts)[ContextName]) => {
      const documents = "evidence" in needs && needs.evidence;
      const f = bundledFunction(this, id, {
        description,
        file,
        root,
        timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS),
        // Evidence needs the S3 presigner and conditional writes: the lock file's SDK, not the runtime's.
        bundleSdk: Boolean(documents),
        // The names the functions' configuration reads (core platform/config); secrets only as ARNs.
        environment: functionEnvironment({
          TABLE_NAME: needs.table ? table.tableName : undefined,
          JWT_ISSUER: auth.issuer,
          JWT_AUDIENCE: auth.client.userPoolClientId,
          JWKS_URL: `${auth.issuer}/.well-known/jwks.json`,
          STRIPE_SECRET_ARN: needs.stripe ? stripeSecret.secretArn : undefined,
          PII_HASH_KEY_SECRET_ARN: needs.pii ? piiHashKey.secretArn : undefined,
          EVIDENCE_BUCKET: documents ? evidence.bucket.bucketName : undefined,
        }),
      });
      // Least privilege: the table (and its indexes) only for contexts that store data, each secret only where it is used.
      if (needs.table === "read") table.grantReadData(f);
      else if (needs.table) table.grantReadWriteData(f);
      if (needs.stripe) stripeSecret.grantRead(f);
      if (needs.pii) piiHashKey.grantRead(f);
      if (documents) evidence.grantClaims(f.role!);
      return f;
    };
    for (const name of Object.keys(contexts) as ContextName[]) {
      this.functions[name] = fn(name, `fupin ${name}: ${contexts[name].description}`, handlerFiles[name], contexts[name]);
    }
    // Scheduled jobs: a function each, with its context's permissions, on its EventBridge schedule.
    for (const [name, job] of Object.entries(jobs) as [JobName, (typeof jobs)[JobName]][]) {
      const f = fn(name, `fupin job ${name}: ${job.description}`, job.file, jobNeeds(name));
      new events.Rule(this, `Schedule-${name}`, {
        schedule: events.Schedule.expression(job.schedule),
        targets: [new targets.LambdaFunction(f)],
      });
    }

    // The handler chain answers unexpected errors with a 500, and outages of what it depends on with
    // a 503, instead of crashing, and counts both: a bug and an outage each page someone.
    const countedAlarm = (metricName: string, alarmDescription: string, threshold: number) =>
      new cloudwatch.Alarm(this, metricName, {
        alarmDescription,
        metric: new cloudwatch.Metric({
          namespace: "Fupin",
          metricName,
          dimensionsMap: { service: "fupin" },
          statistic: "Sum",
          period: Duration.minutes(5),
        }),
        threshold,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    countedAlarm("InternalErrors", "fupin: requests answered 500", 1);
    countedAlarm("DependencyUnavailable", "fupin: requests answered 503 because the database or another dependency did not answer", 5);

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
