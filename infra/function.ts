import { join } from "node:path";
import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

export interface BundledFunctionProps {
  /** "fupin <name>: what it does"; the part before the colon names its error alarm. */
  description: string;
  /** The handler file (exports `handler`), relative to the repository root. */
  file: string;
  /** The repository root, where the handler file and the lock file are found. */
  root: string;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  /**
   * Bundle the AWS SDK too, at the lock file's versions, instead of using the runtime's copy: for a
   * function that needs SDK parts the runtime may lack or carry too old (the S3 request presigner,
   * conditional PutObject with IfNoneMatch).
   */
  bundleSdk?: boolean;
}

/**
 * One of the platform's functions: Node.js 22 on arm64, esbuild-bundled with the AWS SDK left to
 * the runtime (unless `bundleSdk`), its own log group (six months) and an alarm on its errors. Created as `Fn-<id>`,
 * `Logs-<id>` and `Errors-<id>` in the given scope.
 */
export function bundledFunction(scope: Construct, id: string, props: BundledFunctionProps): NodejsFunction {
  const { description, file, root } = props;
  const f = new NodejsFunction(scope, `Fn-${id}`, {
    description,
    entry: join(root, file),
    handler: "handler",
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize ?? 1024,
    timeout: props.timeout,
    logGroup: new logs.LogGroup(scope, `Logs-${id}`, { retention: logs.RetentionDays.SIX_MONTHS }),
    depsLockFilePath: join(root, "package-lock.json"),
    projectRoot: root,
    bundling: {
      format: OutputFormat.CJS,
      target: "node22",
      minify: true,
      sourceMap: true,
      externalModules: props.bundleSdk ? [] : ["@aws-sdk/*"],
    },
    environment: {
      NODE_OPTIONS: "--enable-source-maps",
      POWERTOOLS_SERVICE_NAME: "fupin",
      POWERTOOLS_LOG_LEVEL: "INFO",
      ...props.environment,
    },
  });
  new cloudwatch.Alarm(scope, `Errors-${id}`, {
    alarmDescription: `${description.split(":")[0]} function errors`,
    metric: f.metricErrors({ period: Duration.minutes(5) }),
    threshold: 1,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
  return f;
}
