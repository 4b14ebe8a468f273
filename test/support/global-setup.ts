import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { configDefaults } from "@fupin/core/platform/config";
import { startPlatform } from "@fupin/local/platform";
import { freePort } from "./ports";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    dynamodbEndpoint: string;
    /** The platform's log lines (JSON, one per line), for tests that scan them. */
    logFile: string;
    stripeApiBase: string;
    tableName: string;
  }
}

/**
 * The platform runs in this process: the lines its logger writes (JSON naming its service) go to
 * `file` instead of the terminal, so tests can read every log line of the run. Returns the undo.
 */
function captureLogLines(file: string): () => void {
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      if (!text.startsWith("{") || !text.includes('"service":"fupin"')) return originals[i]!.call(stream, chunk, ...(rest as []));
      appendFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
      (rest.find((r) => typeof r === "function") as (() => void) | undefined)?.();
      return true;
    }) as typeof stream.write;
  });
  return () => {
    streams.forEach((stream, i) => {
      stream.write = originals[i]!;
    });
  };
}

/**
 * One real local platform for a project's tests: DynamoDB Local (in memory), the demo seed and the
 * gateway on free ports, its addresses provided to the tests. Tests talk to it over HTTP only.
 * Returns what stops it and removes its data folder.
 */
export async function startTestPlatform(project: TestProject): Promise<() => Promise<void>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const dataDir = mkdtempSync(join(tmpdir(), "fupin-test-"));
  const tableName = "fupin-test";
  const logFile = join(dataDir, "platform.log");
  const releaseLogs = captureLogLines(logFile);
  const platform = await startPlatform(
    {
      port: await freePort(),
      dynamodbPort: await freePort(),
      dataDir,
      stripeApiBase: `http://127.0.0.1:${await freePort()}`,
      stripeSecretKey: undefined,
      stripeWebhookSecret: configDefaults.STRIPE_WEBHOOK_SECRET,
      seed: "demo",
      tableName,
      // Expiring unpaid orders would race the tests' own pending orders; local-runtime.test.ts runs the job.
      jobsIntervalSeconds: 0,
    },
    { persist: false, logLevel: "INFO" },
  );
  project.provide("baseUrl", platform.url);
  project.provide("dataDir", dataDir);
  project.provide("dynamodbEndpoint", platform.dynamodbEndpoint);
  project.provide("stripeApiBase", platform.stripeStandin!.url);
  project.provide("tableName", tableName);
  project.provide("logFile", logFile);
  return async () => {
    await platform.stop();
    releaseLogs();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  stop = await startTestPlatform(project);
}

export async function teardown() {
  await stop?.();
}
