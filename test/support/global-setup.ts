import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { configDefaults } from "@fupin/core/platform/config";
import { startPlatform, type RunningPlatform } from "@fupin/local/platform";
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

let platform: RunningPlatform | undefined;
let dataDir: string | undefined;

/**
 * One real local platform for the end-to-end tests: DynamoDB Local (in memory), the demo seed and
 * the gateway on free ports. Tests talk to it over HTTP only.
 */
export async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  dataDir = mkdtempSync(join(tmpdir(), "fupin-test-"));
  const tableName = "fupin-test";
  platform = await startPlatform(
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
}

export async function teardown() {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
