import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configDefaults } from "@fupin/core/platform/config";
import { configFromEnv } from "./config";
import { StartupError } from "./startup-error";

describe("the local runtime's configuration", () => {
  it("has the documented defaults", () => {
    expect(configFromEnv({})).toEqual({
      port: 3000,
      dynamodbPort: 8000,
      dataDir: resolve(".data"),
      stripeApiBase: "http://127.0.0.1:12111",
      stripeSecretKey: undefined,
      stripeWebhookSecret: "whsec_local_development",
      seed: "demo",
      tableName: "fupin",
      jobsIntervalSeconds: 60,
    });
  });

  it("shares its defaults with the functions' configuration", () => {
    const local = configFromEnv({});
    expect(local.stripeApiBase).toBe(configDefaults.STRIPE_API_BASE);
    expect(local.stripeWebhookSecret).toBe(configDefaults.STRIPE_WEBHOOK_SECRET);
    expect(local.tableName).toBe(configDefaults.TABLE_NAME);
    expect(local.stripeSecretKey).toBe(configDefaults.STRIPE_SECRET_KEY);
  });

  it("reads its variables", () => {
    const c = configFromEnv({
      PORT: "3100",
      DYNAMODB_PORT: "0",
      DATA_DIR: "/tmp/x",
      SEED: "none",
      JOBS_INTERVAL_SECONDS: "0",
      STRIPE_SECRET_KEY: "sk_test_1",
      TABLE_NAME: "t",
    });
    expect(c).toMatchObject({
      port: 3100,
      dynamodbPort: 0,
      dataDir: "/tmp/x",
      seed: "none",
      jobsIntervalSeconds: 0,
      stripeSecretKey: "sk_test_1",
      tableName: "t",
    });
  });

  it("refuses a bad value in one line naming the variable", () => {
    expect(() => configFromEnv({ PORT: "http" })).toThrow(new StartupError('PORT must be a port number, got "http"'));
    expect(() => configFromEnv({ DYNAMODB_PORT: "70000" })).toThrow('DYNAMODB_PORT must be a port number, got "70000"');
    expect(() => configFromEnv({ SEED: "all" })).toThrow('SEED must be "demo" or "none", got "all"');
    expect(() => configFromEnv({ JOBS_INTERVAL_SECONDS: "often" })).toThrow('JOBS_INTERVAL_SECONDS must be a number, got "often"');
  });

  it("starts the local S3 server on any free port unless S3_PORT pins one", () => {
    expect(configFromEnv({})).not.toHaveProperty("s3Port");
    expect(configFromEnv({ S3_PORT: "0" })).not.toHaveProperty("s3Port");
    expect(configFromEnv({ S3_PORT: "4569" }).s3Port).toBe(4569);
    expect(() => configFromEnv({ S3_PORT: "s3" })).toThrow('S3_PORT must be a port number, got "s3"');
  });

  it("refuses a bad value of the functions' variables before anything starts", () => {
    expect(() => configFromEnv({ UNPAID_ORDER_MINUTES: "soon" })).toThrow(StartupError);
    expect(() => configFromEnv({ UNPAID_ORDER_MINUTES: "soon" })).toThrow('UNPAID_ORDER_MINUTES must be a number, got "soon"');
  });
});
