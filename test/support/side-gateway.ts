import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { ConfigValues } from "@fupin/core/platform/config";
import { handlerFiles } from "@fupin/functions/handlers";
import type { ContextName } from "@fupin/functions/routes";
import { configFromEnv } from "@fupin/local/config";
import { startGateway, type LambdaHandler } from "@fupin/local/gateway";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, localIdp } from "@fupin/local/local-idp";

const THIS_FILE = fileURLToPath(import.meta.url);
const READY = "side-gateway listening on";

/**
 * A second gateway serving the real handlers against dependencies the test chooses (a database or
 * payment provider that refuses or never answers), while tokens and the table are the shared test
 * platform's. The shared platform is left untouched.
 *
 * It runs in a process of its own, as a function's cold start does: the functions read their
 * configuration once per process, so each side gateway starts from its own environment and
 * nothing has to be reset, however many a test file starts.
 */
export async function startSideGateway(overrides: ConfigValues): Promise<{ url: string; stop(): Promise<void> }> {
  // Imported here, not above: the side gateway's own process runs this file outside vitest.
  const { inject } = await import("vitest");
  const functions: ConfigValues = {
    TABLE_NAME: inject("tableName"),
    DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
    STRIPE_API_BASE: inject("stripeApiBase"),
    STRIPE_SECRET_KEY: undefined,
    JWT_ISSUER: LOCAL_ISSUER,
    JWT_AUDIENCE: LOCAL_AUDIENCE,
    JWKS_URL: `${inject("baseUrl")}/.well-known/jwks.json`,
    ...overrides,
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    POWERTOOLS_LOG_LEVEL: "SILENT",
    POWERTOOLS_METRICS_DISABLED: "true",
    DATA_DIR: inject("dataDir"),
  };
  for (const [name, value] of Object.entries(functions)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  // stdin stays open while this side wants the gateway: closing it (or this process ending) ends it.
  const child = spawn(process.execPath, ["--import", "tsx", THIS_FILE], { env, stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length).trim());
      else process.stdout.write(`${line}\n`);
    });
    void exited.then(() => reject(new Error(`The side gateway exited before it listened (code ${child.exitCode})`)));
  });
  return {
    url,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** The side gateway's own process: the functions read their configuration from its environment. */
async function serve(): Promise<void> {
  const handlers = {} as Record<ContextName, LambdaHandler>;
  for (const [context, file] of Object.entries(handlerFiles) as [ContextName, string][]) {
    handlers[context] = ((await import(join(process.cwd(), file))) as { handler: LambdaHandler }).handler;
  }
  const gateway = await startGateway({ port: 0, idp: await localIdp(configFromEnv().dataDir), handlers });
  process.stdin.on("end", () => process.exit(0)).resume();
  process.stdout.write(`${READY} ${gateway.url}\n`);
}

if (process.argv[1] === THIS_FILE) {
  serve().catch((e: Error) => {
    process.stderr.write(`side gateway: ${e.stack ?? e.message}\n`);
    process.exit(1);
  });
}
