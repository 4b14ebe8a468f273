import { expect, inject } from "vitest";
import Stripe from "stripe";
import { stripeFor } from "@fupin/core/payments/stripe";
import { call } from "./api";

export const WEBHOOK_SECRET = "whsec_local_development";

/** The real Stripe SDK, pointed at the platform's Stripe stand-in, as a buyer's client would use Stripe. */
export const stripe = () => stripeFor({ secretKey: "sk_test_e2e", webhookSecret: WEBHOOK_SECRET, apiBase: inject("stripeApiBase") });

/**
 * Confirms a PaymentIntent the way Stripe.js would. With `hold`, the stand-in keeps this
 * PaymentIntent's webhook events for the test to deliver itself.
 */
export async function confirm(paymentIntentId: string, paymentMethod: "pm_card_visa" | "pm_card_chargeDeclined", hold = false) {
  const res = await fetch(`${inject("stripeApiBase")}/v1/payment_intents/${paymentIntentId}/confirm`, {
    method: "POST",
    headers: {
      authorization: "Bearer sk_test_e2e",
      "content-type": "application/x-www-form-urlencoded",
      ...(hold ? { "stripe-standin-hold-webhooks": "true" } : {}),
    },
    body: new URLSearchParams({ payment_method: paymentMethod }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Signs a payload as Stripe does and posts it to the platform's webhook. */
export function deliver(payload: string, opts: { secret?: string; timestamp?: number; header?: string } = {}) {
  const header =
    opts.header ??
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: opts.secret ?? WEBHOOK_SECRET,
      ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
    });
  return call("POST", "/webhooks/stripe", {
    rawBody: payload,
    headers: { "content-type": "application/json", "stripe-signature": header },
  });
}

/** Every event the stand-in recorded for these PaymentIntents, oldest first. */
export async function eventsFor(paymentIntentIds: string[]): Promise<Stripe.Event[]> {
  const ids = new Set(paymentIntentIds);
  const list = await stripe().events.list({ limit: 100 });
  return list.data
    .filter((e) => {
      const o = e.data.object as { object: string; id: string; payment_intent?: string };
      return ids.has(o.object === "payment_intent" ? o.id : String(o.payment_intent));
    })
    .reverse();
}

export async function waitForOrder(token: string, orderId: string, status: string, timeoutMs = 15_000) {
  const t0 = Date.now();
  for (;;) {
    const res = await call("GET", `/orders/${orderId}`, { token });
    if (res.body?.status === status) return res.body;
    if (Date.now() - t0 > timeoutMs) {
      expect(res.body?.status, `order ${orderId} never became ${status}`).toBe(status);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
