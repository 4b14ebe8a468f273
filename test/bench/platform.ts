import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPlatform } from "@fupin/local/platform";
import { freePort } from "../support/ports";

/** A local platform of the benchmarks' own: in-memory DynamoDB Local, the Stripe stand-in, free ports, no jobs. */
export async function benchPlatform(seed: "demo" | "none", tableName: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `${tableName}-`));
  const platform = await startPlatform(
    {
      port: await freePort(),
      dynamodbPort: await freePort(),
      dataDir,
      stripeApiBase: `http://127.0.0.1:${await freePort()}`,
      stripeSecretKey: undefined,
      stripeWebhookSecret: "whsec_local_development",
      seed,
      tableName,
      jobsIntervalSeconds: 0,
    },
    { persist: false, logLevel: "SILENT" },
  );
  return {
    platform,
    stop: async () => {
      await platform.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
