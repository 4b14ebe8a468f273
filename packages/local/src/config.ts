import { resolve } from "node:path";
import { z } from "zod";
import { ConfigError, functionVariables, parseConfig, parseVariables } from "@fupin/core/platform/config";
import { StartupError } from "./startup-error";

const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a port number" })
    .int("must be a port number")
    .min(0, "must be a port number")
    .max(65535, "must be a port number")
    .default(fallback);

/**
 * The local runtime's own variables, with the names DESIGN.md fixes. Those it shares with the
 * functions are the functions' own schemas (one default, one check), not copies.
 */
const localVariables = z.object({
  PORT: port(3000).describe("the gateway's port"),
  DYNAMODB_PORT: port(8000).describe("DynamoDB Local's port"),
  S3_PORT: port(0).describe("the local S3 server's port (claim documents); 0: any free port"),
  DATA_DIR: z.string().default(".data").describe("the local database, token-signing key, Stripe stand-in state and the instance lock"),
  SEED: z.enum(["demo", "none"], { error: 'must be "demo" or "none"' }).default("demo").describe("none starts empty"),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number({ error: "must be a number" })
    .min(0, "must be 0 or more")
    .default(60)
    .describe("how often the scheduled jobs run locally; 0: never"),
  STRIPE_API_BASE: functionVariables.STRIPE_API_BASE,
  STRIPE_SECRET_KEY: functionVariables.STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: functionVariables.STRIPE_WEBHOOK_SECRET,
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_test_\w+$/, "must be a Stripe test publishable key (pk_test_…)")
    .optional()
    .describe("with STRIPE_SECRET_KEY: the console pays through Stripe.js with this key"),
  TABLE_NAME: functionVariables.TABLE_NAME,
});

const toLocalConfig = (v: z.output<typeof localVariables>) => ({
  port: v.PORT,
  dynamodbPort: v.DYNAMODB_PORT,
  // Absent unless pinned: the local S3 server then takes any free port (its URLs are handed out, never typed).
  ...(v.S3_PORT ? { s3Port: v.S3_PORT } : {}),
  dataDir: resolve(v.DATA_DIR),
  stripeApiBase: v.STRIPE_API_BASE,
  stripeSecretKey: v.STRIPE_SECRET_KEY,
  stripeWebhookSecret: v.STRIPE_WEBHOOK_SECRET,
  ...(v.STRIPE_PUBLISHABLE_KEY ? { stripePublishableKey: v.STRIPE_PUBLISHABLE_KEY } : {}),
  seed: v.SEED,
  tableName: v.TABLE_NAME,
  jobsIntervalSeconds: v.JOBS_INTERVAL_SECONDS,
});

/** The local runtime's configuration. */
export type LocalConfig = ReturnType<typeof toLocalConfig>;

/**
 * Reads the local runtime's variables, and checks the functions' ones too, so that a bad value of
 * either refuses `npm start` in one line before anything starts.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  try {
    parseConfig(env);
    return toLocalConfig(parseVariables(localVariables, env));
  } catch (e) {
    throw e instanceof ConfigError ? new StartupError(e.message) : e;
  }
}
