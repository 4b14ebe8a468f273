import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { configDefaults, configure } from "@fupin/core/platform/config";
import { db } from "@fupin/core/platform/db";
import { handlerFiles } from "@fupin/functions/handlers";
import { jobs } from "@fupin/functions/jobs";
import type { ContextName } from "@fupin/functions/routes";
import { ensureTable } from "./bootstrap";
import type { LocalConfig } from "./config";
import { assertJava, startDynamoLocal, stopOrphanedDynamoLocal } from "./dynamodb-local";
import { DIST_DIR } from "@fupin/web/build";
import type { ConsoleConfig } from "@fupin/web/config-schema";
import { serveConsole } from "./console-server";
import { serveDevEndpoints } from "./dev-endpoints";
import { startGateway, type LambdaHandler } from "./gateway";
import { lockDataDir } from "./instance-lock";
import { startLocalS3 } from "./local-s3";
import { assertPortsFree, type ServicePort } from "./port-check";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, localIdp, type LocalIdp } from "./local-idp";
import { checkDataVersion } from "./data-version";
import { seedDemo, type SeedSummary } from "./seed/index";
import { StripeStandin } from "./stripe-standin";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface RunningPlatform {
  url: string;
  dynamodbEndpoint: string;
  /** The local S3 server holding claim documents (the functions' S3_ENDPOINT). */
  s3Endpoint: string;
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
 *
 * Before anything listens or is spawned, it locks dataDir for this process (in both modes: the folder
 * also holds the token-signing key, and a lock is one small file) and checks that every port is free.
 *
 * The handlers run in this process, so it configures the functions (core's configure()) once,
 * before they load: one platform per process.
 */
export async function startPlatform(
  given: LocalConfig,
  opts: { persist?: boolean; logLevel?: string /** The built console (default packages/web/dist). */; consoleDir?: string } = {},
): Promise<RunningPlatform> {
  assertJava();
  // The functions learn the gateway's JWKS URL before they load, so PORT=0 is given a port now.
  const config = { ...given, port: given.port || (await anyFreePort()) };
  const persist = opts.persist !== false;
  const stripeApiBase = config.stripeSecretKey ? null : config.stripeApiBase;
  const lock = await lockDataDir(config.dataDir, { port: config.port, dynamodbPort: config.dynamodbPort, stripeApiBase });
  // What has started so far, stopped in reverse order if a later step fails.
  const started: (() => Promise<void> | void)[] = [() => lock.release()];
  try {
    const dynamoDir = persist ? join(config.dataDir, "dynamodb") : null;
    if (dynamoDir) await stopOrphanedDynamoLocal(dynamoDir);
    await assertPortsFree(servicePorts(config));
    const standin = stripeApiBase
      ? await new StripeStandin({
          port: standinPort(stripeApiBase),
          webhookSecret: config.stripeWebhookSecret,
          ...(persist ? { stateFile: join(config.dataDir, "stripe-standin.json") } : {}),
        }).start()
      : null;
    if (standin) started.push(() => standin.stop());
    const dynamo = await startDynamoLocal(config.dynamodbPort, dynamoDir);
    started.push(() => dynamo.stop());
    // Claim documents: kept under dataDir, in memory-only runs too (the folder is the test's own).
    const s3 = await startLocalS3({
      port: config.s3Port ?? 0,
      directory: join(config.dataDir, "s3"),
      bucket: configDefaults.EVIDENCE_BUCKET,
      allowedOrigins: [gatewayUrl(config.port), `http://127.0.0.1:${config.port}`],
    });
    started.push(() => s3.stop());
    const idp = await localIdp(config.dataDir);
    // Powertools reads its own variables when the handlers load.
    process.env.POWERTOOLS_LOG_LEVEL = opts.logLevel ?? process.env.POWERTOOLS_LOG_LEVEL ?? "INFO";
    // CloudWatch's embedded metric format is noise on a console; POWERTOOLS_METRICS_DISABLED=false shows it.
    process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
    // Everything else the functions read, fixed before anything reads it (seeding included). The
    // rest of the environment (UNPAID_ORDER_MINUTES, PII_HASH_KEY, …) still applies beneath these.
    const functions = configure({
      TABLE_NAME: config.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      JWT_ISSUER: LOCAL_ISSUER,
      JWT_AUDIENCE: LOCAL_AUDIENCE,
      JWKS_URL: `${gatewayUrl(config.port)}/.well-known/jwks.json`,
      STRIPE_SECRET_KEY: config.stripeSecretKey,
      STRIPE_WEBHOOK_SECRET: config.stripeWebhookSecret,
      STRIPE_API_BASE: standin?.url ?? config.stripeApiBase,
      S3_ENDPOINT: s3.endpoint,
      EVIDENCE_BUCKET: s3.bucket,
    });
    const raw = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: functions.AWS_REGION,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const table = await ensureTable(raw, config.tableName);
    raw.destroy();
    await checkDataVersion(db(), table, config.dataDir);
    const seed = config.seed === "demo" ? await seedDemo(db()) : null;

    const handlers = {} as Record<ContextName, LambdaHandler>;
    for (const [context, file] of Object.entries(handlerFiles) as [ContextName, string][]) {
      handlers[context] = ((await import(join(REPO_ROOT, file))) as { handler: LambdaHandler }).handler;
    }
    const consoleConfig: ConsoleConfig = standin
      ? { mode: "local", payments: "standin" }
      : {
          mode: "local",
          payments: "stripe",
          ...(config.stripePublishableKey ? { stripePublishableKey: config.stripePublishableKey } : {}),
        };
    const url = gatewayUrl(config.port);
    const gateway = await startGateway({
      port: config.port,
      idp,
      handlers,
      side: [
        (req, res, u) => serveConsole(req, res, u, { distDir: opts.consoleDir ?? DIST_DIR, config: consoleConfig }),
        (req, res, u) => serveDevEndpoints(req, res, u, { idp, standinUrl: standin?.url ?? null, gatewayUrl: () => url }),
      ],
    });
    started.push(() => gateway.stop());
    const stopJobs = await scheduleJobs(config.jobsIntervalSeconds);
    if (standin) standin.webhookUrl = `${gateway.url}/webhooks/stripe`;
    return {
      url: gateway.url,
      dynamodbEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      idp,
      table,
      seed,
      stripeStandin: standin,
      // The stand-in before the gateway, so that webhooks under way are still delivered.
      stop: async () => {
        await stopJobs();
        await standin?.stop();
        await gateway.stop();
        await s3.stop();
        await dynamo.stop();
        lock.release();
      },
    };
  } catch (e) {
    for (const stop of started.reverse()) await stop();
    throw e;
  }
}

const standinPort = (stripeApiBase: string) => Number(new URL(stripeApiBase).port || 80);

/** The URL the gateway answers on (as startGateway reports it). */
const gatewayUrl = (port: number) => `http://localhost:${port}`;

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function servicePorts(config: LocalConfig): ServicePort[] {
  return [
    { port: config.port, service: "gateway", variable: "PORT", hint: "set PORT to a free port" },
    { port: config.dynamodbPort, service: "DynamoDB Local", variable: "DYNAMODB_PORT", hint: "set DYNAMODB_PORT to a free port" },
    ...(config.s3Port
      ? [{ port: config.s3Port, service: "the local S3 server", variable: "S3_PORT", hint: "set S3_PORT to a free port, or 0" }]
      : []),
    ...(config.stripeSecretKey
      ? []
      : [
          {
            port: standinPort(config.stripeApiBase),
            service: "Stripe stand-in",
            variable: "STRIPE_API_BASE",
            hint: "set STRIPE_API_BASE to a URL with a free port",
          },
        ]),
  ];
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
        const run = handler(
          { source: "local.scheduler", "detail-type": "Scheduled Event", detail: {} },
          { functionName: `fupin-job-${name}`, awsRequestId: name },
        )
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
