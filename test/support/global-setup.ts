import { mkdtempSync, rmSync } from "node:fs";
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
    stripeApiBase: string;
    tableName: string;
  }
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
    { persist: false, logLevel: "SILENT" },
  );
  project.provide("baseUrl", platform.url);
  project.provide("dataDir", dataDir);
  project.provide("dynamodbEndpoint", platform.dynamodbEndpoint);
  project.provide("stripeApiBase", platform.stripeStandin!.url);
  project.provide("tableName", tableName);
  return async () => {
    await platform.stop();
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
