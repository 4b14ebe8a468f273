import { z } from "zod";
import { DEFAULT_TABLE_NAME } from "./table";

/**
 * The functions' configuration, in one place: every environment variable core and the handlers
 * read, with its default and what it is for. It is parsed once per process (a cold start), and
 * nothing else reads process.env. infra sets the same names (functionEnvironment); the local
 * runtime reuses the same variable schemas and calls configure() before the handlers load.
 * Powertools reads its own POWERTOOLS_* variables itself.
 */

const url = () => z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const atLeast = (min: number) => z.coerce.number({ error: "must be a number" }).min(min, `must be ${min} or more`);
const flag = () => z.enum(["0", "1"], { error: 'must be "1" (on) or "0" (off)' }).transform((v) => v === "1");

export const functionVariables = {
  TABLE_NAME: z.string().default(DEFAULT_TABLE_NAME).describe("the DynamoDB table (infra sets it in AWS)"),
  DYNAMODB_ENDPOINT: url().optional().describe("DynamoDB Local's URL; unset in AWS, where the SDK finds DynamoDB itself"),
  AWS_REGION: z.string().default("cn-north-1").describe("the region a DYNAMODB_ENDPOINT client signs for (Lambda sets it in AWS)"),
  DYNAMODB_METRICS: flag().default(false).describe("1 counts DynamoDB round trips and capacity units (benchmarks)"),
  JWT_ISSUER: url().optional().describe("issuer of the bearer tokens that routes with optional access verify themselves"),
  JWT_AUDIENCE: z.string().optional().describe("the client id those tokens must be for; unset: any"),
  JWKS_URL: url().optional().describe("where the issuer's signing keys are published"),
  STRIPE_SECRET_ARN: z.string().optional().describe('Secrets Manager secret {"secretKey","webhookSecret"} (infra sets it in AWS)'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_/, "must be a Stripe secret key (sk_… or rk_…)")
    .optional()
    .describe("a Stripe secret key; unset: the local Stripe stand-in"),
  STRIPE_API_BASE: url()
    .default("http://127.0.0.1:12111")
    .describe("the Stripe stand-in's base URL, used while no STRIPE_SECRET_KEY is set"),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, "must be a webhook signing secret (whsec_…)")
    .default("whsec_local_development")
    .describe("verifies webhook signatures when no STRIPE_SECRET_ARN is set"),
  PII_HASH_KEY: z.string().optional().describe("resident-id hashing key locally; unset: the development key, refused in AWS"),
  PII_HASH_KEY_SECRET_ARN: z.string().optional().describe('Secrets Manager secret {"key"} for resident-id hashing (infra sets it in AWS)'),
  UNPAID_ORDER_MINUTES: atLeast(0).default(30).describe("an order unpaid this long is cancelled and its stock given back"),
  EVIDENCE_BUCKET: z
    .string()
    .default("fupin-evidence")
    .describe("the S3 bucket of claim documents (infra sets it in AWS; the local runtime creates it)"),
  S3_ENDPOINT: url()
    .optional()
    .describe("an S3-compatible server's URL (the local runtime's s3rver); unset in AWS, where the SDK finds S3 itself"),
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional().describe("set by Lambda: the functions run in AWS"),
};

export type ConfigVariable = keyof typeof functionVariables;
export const configSchema = z.object(functionVariables);
export type Config = z.output<typeof configSchema>;
/** Raw values as the environment holds them; an undefined or empty value is unset. */
export type ConfigValues = Partial<Record<ConfigVariable, string | undefined>>;

/** Variables whose values are secrets: never echoed in an error, never set by infra in plain text. */
export const SECRET_VARIABLES = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "PII_HASH_KEY"] as const satisfies readonly ConfigVariable[];
/** Variables Lambda itself sets; a function's environment may not. */
const LAMBDA_VARIABLES = ["AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME"] as const satisfies readonly ConfigVariable[];

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Parses the variables of a schema from an environment; pure. An empty value counts as unset
 * (`FOO= npm start`). A bad value throws a ConfigError naming each variable at fault.
 */
export function parseVariables<S extends z.ZodObject>(schema: S, env: Environment): z.output<S> {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name]?.trim() ? env[name] : undefined]));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = (SECRET_VARIABLES as readonly string[]).includes(name) ? "" : `, got "${raw[name]}"`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(problems.join("; "));
}

export const parseConfig = (env: Environment): Config => parseVariables(configSchema, env);

/** The defaults, for the local runtime and tests that must agree with the functions. */
export const configDefaults: Config = parseConfig({});

let current: Config | undefined;

/** The configuration, read from the process environment at first use and kept for the process's life. */
export function config(): Config {
  current ??= parseConfig(process.env);
  return current;
}

/**
 * For a process that hosts the functions itself (the local runtime): the process environment with
 * these values laid over it (undefined unsets one) becomes the configuration. Call it before the
 * handlers load. Clients are built from the first configuration read, so a later call that would
 * change a value throws instead of leaving them on the old one.
 */
export function configure(values: ConfigValues): Config {
  const next = parseConfig({ ...process.env, ...values });
  if (current) {
    const before = current;
    const changed = (Object.keys(functionVariables) as ConfigVariable[]).filter((name) => before[name] !== next[name]);
    if (changed.length) {
      throw new ConfigError(
        `The configuration was already read or configured in this process; configure() cannot change ${changed.join(", ")} now`,
      );
    }
  }
  current = next;
  return current;
}

/** What infra may put in a function's environment: the functions' own names, and secrets only as ARNs. */
export type FunctionEnvironment = Partial<
  Record<Exclude<ConfigVariable, (typeof SECRET_VARIABLES)[number] | (typeof LAMBDA_VARIABLES)[number]>, string | undefined>
>;

/** A function's environment for infra, without the values left undefined. A misspelt name fails typecheck. */
export function functionEnvironment(values: FunctionEnvironment): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
