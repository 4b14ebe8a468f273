import Stripe from "stripe";
import { config, type Config } from "../platform/config";
import { secretJson } from "../platform/secrets";
import { callBudget, DeadlineExceeded, within, type Deadline } from "../platform/deadline";
import { DomainError, unavailable } from "../platform/errors";

/**
 * The real Stripe SDK, built from the configuration. In AWS the keys come from the Secrets
 * Manager secret infra creates (STRIPE_SECRET_ARN: {"secretKey","webhookSecret"}); locally from
 * STRIPE_SECRET_KEY, or the Stripe stand-in at STRIPE_API_BASE when no key is set.
 */
export interface StripeKeys {
  secretKey: string;
  webhookSecret: string;
  apiBase?: string | undefined;
}

export const LOCAL_STANDIN_KEY = "sk_test_local_standin";

let keys: Promise<StripeKeys> | undefined;
let client: Promise<Stripe> | undefined;

type StripeSettings = Pick<Config, "STRIPE_SECRET_ARN" | "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_BASE">;

async function loadKeys(settings: StripeSettings = config()): Promise<StripeKeys> {
  if (settings.STRIPE_SECRET_ARN) {
    const parsed = (await secretJson(settings.STRIPE_SECRET_ARN)) as Partial<StripeKeys>;
    if (!parsed.secretKey || !parsed.webhookSecret) throw new Error("The Stripe secret lacks secretKey or webhookSecret");
    return { secretKey: parsed.secretKey, webhookSecret: parsed.webhookSecret };
  }
  return {
    secretKey: settings.STRIPE_SECRET_KEY ?? LOCAL_STANDIN_KEY,
    webhookSecret: settings.STRIPE_WEBHOOK_SECRET,
    apiBase: settings.STRIPE_SECRET_KEY ? undefined : settings.STRIPE_API_BASE,
  };
}

export const stripeKeys = (): Promise<StripeKeys> => (keys ??= loadKeys());

export function stripeFor(k: StripeKeys): Stripe {
  const base = k.apiBase ? new URL(k.apiBase) : undefined;
  return new Stripe(k.secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    telemetry: false,
    ...(base ? { host: base.hostname, port: base.port, protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
}

export const stripe = (): Promise<Stripe> => (client ??= stripeKeys().then(stripeFor));

export type { Stripe };

export const paymentUnavailable = (message: string) => unavailable("PAYMENT_PROVIDER_UNAVAILABLE", message);

/** What the function keeps back after a Stripe call: releasing a reservation and answering. */
const RESERVE_MS = 3_000;
const MAX_ATTEMPT_MS = 10_000;
const MAX_RETRIES = 2;

/**
 * Calls Stripe within the request's deadline: the attempts, their timeouts and the SDK's retries
 * all fit in the time left minus a reserve, and a guard ends the wait even if the SDK's own timer
 * does not (a provider that trickles bytes). Running out of time is PAYMENT_PROVIDER_UNAVAILABLE.
 */
export async function callStripe<T>(deadline: Deadline, what: string, call: (options: Stripe.RequestOptions) => Promise<T>): Promise<T> {
  const budget = callBudget(deadline, { reserveMs: RESERVE_MS, maxAttemptMs: MAX_ATTEMPT_MS, maxRetries: MAX_RETRIES });
  if (!budget) throw paymentUnavailable(`There is no time left to ${what}; try again`);
  try {
    return await within(budget.totalMs, call({ timeout: budget.timeoutMs, maxNetworkRetries: budget.retries }));
  } catch (e) {
    if (e instanceof DeadlineExceeded || (e as { type?: string }).type === "StripeConnectionError") {
      throw paymentUnavailable(`Stripe did not answer in time to ${what}; try again`);
    }
    throw e;
  }
}

/**
 * Verifies a webhook's Stripe-Signature over the raw body (timestamp tolerance 5 minutes) and
 * returns the event; anything else is a 400 INVALID_SIGNATURE.
 */
export async function verifyStripeEvent(raw: string, signature: string | undefined): Promise<Stripe.Event> {
  const { webhookSecret } = await stripeKeys();
  if (!signature) throw new DomainError("validation", "INVALID_SIGNATURE", "The Stripe-Signature header is missing");
  try {
    return Stripe.webhooks.constructEvent(raw, signature, webhookSecret);
  } catch (e) {
    throw new DomainError(
      "validation",
      "INVALID_SIGNATURE",
      `The webhook signature does not verify: ${(e as Error).message.split("\n")[0]}`,
    );
  }
}
