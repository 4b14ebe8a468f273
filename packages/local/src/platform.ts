import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDb, resetDb } from "@fupin/core/platform/db";
import { handlerFiles } from "@fupin/functions/handlers";
import { jobs } from "@fupin/functions/jobs";
import type { ContextName } from "@fupin/functions/routes";
import { ensureTable } from "./bootstrap";
import type { LocalConfig } from "./config";
import { assertJava, startDynamoLocal } from "./dynamodb-local";
import { startGateway, type LambdaHandler } from "./gateway";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, localIdp, type LocalIdp } from "./local-idp";
import { seedDemo, type SeedSummary } from "./seed/index";
import { StripeStandin } from "./stripe-standin";
import { resetStripe } from "@fupin/core/payments/stripe";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface RunningPlatform {
  url: string;
  dynamodbEndpoint: string;
  idp: LocalIdp;
  table: "created" | "existing";
  seed: SeedSummary | null;
  /** The Stripe stand-in, when no STRIPE_SECRET_KEY was given. */
  stripeStandin: StripeStandin | null;
  stop(): Promise<void>;
}

/**
 * The whole platform on one machine: DynamoDB Local with data under dataDir, the table from the
 * one definition, demo data on first start, and the gateway invoking the real handlers.
 * `persist: false` keeps DynamoDB Local in memory (tests).
 */
export async function startPlatform(config: LocalConfig, opts: { persist?: boolean; logLevel?: string } = {}): Promise<RunningPlatform> {
  assertJava();
  const standin = config.stripeSecretKey
    ? null
    : await new StripeStandin({
        port: Number(new URL(config.stripeApiBase).port || 80),
        webhookSecret: config.stripeWebhookSecret,
        ...(opts.persist === false ? {} : { stateFile: join(config.dataDir, "stripe-standin.json") }),
      }).start();
  const dynamo = await startDynamoLocal(config.dynamodbPort, opts.persist === false ? null : join(config.dataDir, "dynamodb"));
  try {
    const idp = await localIdp(config.dataDir);
    // The handlers read their configuration from the environment, as they do in Lambda.
    Object.assign(process.env, {
      TABLE_NAME: config.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AWS_REGION: process.env.AWS_REGION ?? "cn-north-1",
      JWT_ISSUER: LOCAL_ISSUER,
      JWT_AUDIENCE: LOCAL_AUDIENCE,
      POWERTOOLS_LOG_LEVEL: opts.logLevel ?? process.env.POWERTOOLS_LOG_LEVEL ?? "INFO",
      // CloudWatch's embedded metric format is noise on a console; POWERTOOLS_METRICS_DISABLED=false shows it.
      POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? "true",
      STRIPE_WEBHOOK_SECRET: config.stripeWebhookSecret,
      STRIPE_API_BASE: standin?.url ?? config.stripeApiBase,
    });
    if (config.stripeSecretKey) process.env.STRIPE_SECRET_KEY = config.stripeSecretKey;
    else delete process.env.STRIPE_SECRET_KEY;
    resetDb();
    resetStripe();
    const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: "cn-north-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
    const table = await ensureTable(raw, config.tableName);
    raw.destroy();
    const seed = config.seed === "demo" ? await seedDemo(createDb()) : null;

    const handlers = {} as Record<ContextName, LambdaHandler>;
    for (const [context, file] of Object.entries(handlerFiles) as [ContextName, string][]) {
      handlers[context] = ((await import(join(REPO_ROOT, file))) as { handler: LambdaHandler }).handler;
    }
    const gateway = await startGateway({ port: config.port, idp, handlers });
    const stopJobs = await scheduleJobs(config.jobsIntervalSeconds);
    process.env.JWKS_URL = `${gateway.url}/.well-known/jwks.json`;
    if (standin) standin.webhookUrl = `${gateway.url}/webhooks/stripe`;
    return {
      url: gateway.url,
      dynamodbEndpoint: dynamo.endpoint,
      idp,
      table,
      seed,
      stripeStandin: standin,
      stop: async () => {
        await stopJobs();
        await standin?.stop();
        await gateway.stop();
        await dynamo.stop();
      },
    };
  } catch (e) {
    await standin?.stop();
    await dynamo.stop();
    throw e;
  }
}

/** The scheduled jobs on a timer, as EventBridge runs them in AWS; a run never overlaps the last. */
async function scheduleJobs(intervalSeconds: number): Promise<() => Promise<void>> {
  if (!intervalSeconds) return async () => undefined;
  const running = new Map<string, Promise<unknown>>();
  const timers = await Promise.all(
    Object.entries(jobs).map(async ([name, job]) => {
      const { handler } = (await import(join(REPO_ROOT, job.file))) as { handler: (event: unknown, context: unknown) => Promise<unknown> };
      return setInterval(() => {
        if (running.has(name)) return;
        const run = handler({ source: "local.scheduler", "detail-type": "Scheduled Event", detail: {} }, { functionName: `fupin-job-${name}`, awsRequestId: name })
          .catch((e: Error) => process.stderr.write(`job ${name} failed: ${e.message}\n`))
          .finally(() => running.delete(name));
        running.set(name, run);
      }, intervalSeconds * 1000);
    }),
  );
  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled([...running.values()]);
  };
}
