import { resolve } from "node:path";
import { StartupError } from "./startup-error";

/** The local runtime's configuration: environment variables with the names DESIGN.md fixes. */
export interface LocalConfig {
  port: number;
  dynamodbPort: number;
  dataDir: string;
  stripeApiBase: string;
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string;
  seed: "demo" | "none";
  tableName: string;
  /** How often the scheduled jobs run locally; 0 turns them off. */
  jobsIntervalSeconds: number;
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new StartupError(`${name} must be a port number, got "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const seed = env.SEED ?? "demo";
  if (seed !== "demo" && seed !== "none") throw new StartupError(`SEED must be "demo" or "none", got "${seed}"`);
  return {
    port: port(env.PORT, 3000, "PORT"),
    dynamodbPort: port(env.DYNAMODB_PORT, 8000, "DYNAMODB_PORT"),
    dataDir: resolve(env.DATA_DIR ?? ".data"),
    stripeApiBase: env.STRIPE_API_BASE ?? "http://127.0.0.1:12111",
    stripeSecretKey: env.STRIPE_SECRET_KEY || undefined,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET ?? "whsec_local_development",
    seed,
    tableName: env.TABLE_NAME ?? "fupin",
    jobsIntervalSeconds: Number(env.JOBS_INTERVAL_SECONDS ?? 60) || 0,
  };
}
