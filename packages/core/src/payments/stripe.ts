import Stripe from "stripe";
import { secretJson } from "../platform/secrets";
import { DomainError } from "../platform/errors";

/**
 * The real Stripe SDK, configured from the environment. In AWS the keys come from the Secrets
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

async function loadKeys(env = process.env): Promise<StripeKeys> {
  if (env.STRIPE_SECRET_ARN) {
    const parsed = (await secretJson(env.STRIPE_SECRET_ARN)) as Partial<StripeKeys>;
    if (!parsed.secretKey || !parsed.webhookSecret) throw new Error("The Stripe secret lacks secretKey or webhookSecret");
    return { secretKey: parsed.secretKey, webhookSecret: parsed.webhookSecret };
  }
  return {
    secretKey: env.STRIPE_SECRET_KEY || LOCAL_STANDIN_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? "whsec_local_development",
    apiBase: env.STRIPE_SECRET_KEY ? undefined : (env.STRIPE_API_BASE ?? "http://127.0.0.1:12111"),
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

/** For the local runtime and tests, which set the environment before first use. */
export function resetStripe(): void {
  keys = undefined;
  client = undefined;
}

export type { Stripe };

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
    throw new DomainError("validation", "INVALID_SIGNATURE", `The webhook signature does not verify: ${(e as Error).message.split("\n")[0]}`);
  }
}
