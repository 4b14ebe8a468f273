import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError, configDefaults, configSchema, functionEnvironment, functionVariables, parseConfig } from "./config";
import { DEFAULT_TABLE_NAME } from "./table";

describe("parseConfig", () => {
  it("gives every unset variable its default", () => {
    expect(parseConfig({})).toEqual({
      TABLE_NAME: DEFAULT_TABLE_NAME,
      AWS_REGION: "cn-north-1",
      DYNAMODB_METRICS: false,
      STRIPE_API_BASE: "http://127.0.0.1:12111",
      STRIPE_WEBHOOK_SECRET: "whsec_local_development",
      UNPAID_ORDER_MINUTES: 30,
      EVIDENCE_BUCKET: "fupin-evidence",
    });
    expect(configDefaults).toEqual(parseConfig({}));
  });

  it("reads values as their types, and an empty value as unset", () => {
    const c = parseConfig({
      UNPAID_ORDER_MINUTES: "0.5",
      DYNAMODB_METRICS: "1",
      TABLE_NAME: "",
      STRIPE_SECRET_KEY: " ",
      JWKS_URL: "https://idp.example/jwks.json",
    });
    expect(c).toMatchObject({
      UNPAID_ORDER_MINUTES: 0.5,
      DYNAMODB_METRICS: true,
      TABLE_NAME: DEFAULT_TABLE_NAME,
      JWKS_URL: "https://idp.example/jwks.json",
    });
    expect(c.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("ignores variables that are not the functions'", () => {
    expect(parseConfig({ HOME: "/root", PATH: "/bin" })).toEqual(configDefaults);
  });

  it("refuses a bad value, naming the variable and what it got", () => {
    expect(() => parseConfig({ UNPAID_ORDER_MINUTES: "soon" })).toThrow(
      new ConfigError('UNPAID_ORDER_MINUTES must be a number, got "soon"'),
    );
    expect(() => parseConfig({ UNPAID_ORDER_MINUTES: "-5" })).toThrow('UNPAID_ORDER_MINUTES must be 0 or more, got "-5"');
    expect(() => parseConfig({ STRIPE_API_BASE: "localhost:12111" })).toThrow(
      /^STRIPE_API_BASE must be an http\(s\) URL, got "localhost:12111"$/,
    );
    expect(() => parseConfig({ DYNAMODB_METRICS: "yes" })).toThrow(/^DYNAMODB_METRICS must be "1" \(on\) or "0" \(off\)/);
  });

  it("names every bad variable at once", () => {
    expect(() => parseConfig({ JWKS_URL: "jwks", UNPAID_ORDER_MINUTES: "x" })).toThrow(
      /^JWKS_URL must be an http\(s\) URL, got "jwks"; UNPAID_ORDER_MINUTES must be a number, got "x"$/,
    );
  });

  it("never echoes a secret's value", () => {
    expect(() => parseConfig({ STRIPE_SECRET_KEY: "pk_live_publishable" })).toThrow(
      /^STRIPE_SECRET_KEY must be a Stripe secret key \(sk_… or rk_…\)$/,
    );
    expect(() => parseConfig({ STRIPE_WEBHOOK_SECRET: "hunter2" })).toThrow(
      /^STRIPE_WEBHOOK_SECRET must be a webhook signing secret \(whsec_…\)$/,
    );
  });

  it("describes every variable", () => {
    for (const [name, schema] of Object.entries(configSchema.shape)) expect(schema.description, name).toBeTruthy();
  });
});

describe("config() and configure()", () => {
  // Each test gets the module afresh: the configuration is kept for a process's life.
  let mod: typeof import("./config");
  const saved = { ...process.env };
  beforeEach(async () => {
    vi.resetModules();
    mod = await import("./config");
    delete process.env.UNPAID_ORDER_MINUTES;
    delete process.env.TABLE_NAME;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("reads the environment once and keeps it", () => {
    process.env.UNPAID_ORDER_MINUTES = "12";
    const first = mod.config();
    process.env.UNPAID_ORDER_MINUTES = "99";
    expect(mod.config()).toBe(first);
    expect(first.UNPAID_ORDER_MINUTES).toBe(12);
  });

  it("lays configured values over the environment, and an undefined one unsets it", () => {
    process.env.UNPAID_ORDER_MINUTES = "12";
    process.env.STRIPE_SECRET_KEY = "sk_test_from_shell";
    const configured = mod.configure({ TABLE_NAME: "local", STRIPE_SECRET_KEY: undefined });
    expect(mod.config()).toBe(configured);
    expect(configured).toMatchObject({ TABLE_NAME: "local", UNPAID_ORDER_MINUTES: 12 });
    expect(configured.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("accepts the same configuration again, and refuses to change one already read", () => {
    mod.configure({ TABLE_NAME: "local" });
    expect(mod.configure({ TABLE_NAME: "local" }).TABLE_NAME).toBe("local");
    expect(() => mod.configure({ TABLE_NAME: "other", DYNAMODB_ENDPOINT: "http://127.0.0.1:1" })).toThrow(
      /cannot change TABLE_NAME, DYNAMODB_ENDPOINT now/,
    );
    expect(mod.config().TABLE_NAME).toBe("local");
  });

  it("refuses a configure() that would change what config() already read from the environment", () => {
    mod.config();
    expect(() => mod.configure({ UNPAID_ORDER_MINUTES: "5" })).toThrow(mod.ConfigError);
  });
});

describe("functionEnvironment", () => {
  it("keeps the values given and drops the undefined ones", () => {
    expect(functionEnvironment({ TABLE_NAME: "t", STRIPE_SECRET_ARN: undefined, JWKS_URL: "https://idp/jwks.json" })).toEqual({
      TABLE_NAME: "t",
      JWKS_URL: "https://idp/jwks.json",
    });
  });

  it("takes only the functions' names, and no secret in plain text (checked by the typecheck)", () => {
    // @ts-expect-error a misspelt name
    functionEnvironment({ TABLE_NAM: "t" });
    // @ts-expect-error secrets reach functions as Secrets Manager ARNs
    functionEnvironment({ STRIPE_SECRET_KEY: "sk_live_x" });
    // @ts-expect-error Lambda sets the region itself
    functionEnvironment({ AWS_REGION: "cn-north-1" });
    expect(Object.keys(functionVariables)).toContain("STRIPE_SECRET_ARN");
  });
});
