import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import Stripe from "stripe";
import { StripeStandin } from "@fupin/local/stripe-standin";
import { stripe } from "./support/stripe";

/** The stand-in speaks Stripe's wire format, so the real SDK (and its error classes) work against it. */
const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${inject("stripeApiBase")}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer sk_test_wire", "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });

describe("the Stripe stand-in", () => {
  it("creates a PaymentIntent from form-encoded parameters, nested metadata included", async () => {
    const res = await post("/v1/payment_intents", {
      amount: "3980",
      currency: "cny",
      "metadata[orderId]": "ord_1",
      "allowed_payment_method_types[0]": "card",
    });
    expect(res.status).toBe(200);
    const pi = (await res.json()) as any;
    expect(pi).toMatchObject({
      object: "payment_intent",
      amount: 3980,
      currency: "cny",
      status: "requires_payment_method",
      metadata: { orderId: "ord_1" },
      allowed_payment_method_types: ["card"],
    });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
  });

  it("replays a request with the same Idempotency-Key and refuses other parameters under it", async () => {
    const key = `key-${Date.now()}`;
    const first = (await (await post("/v1/payment_intents", { amount: "100", currency: "cny" }, { "idempotency-key": key })).json()) as any;
    const again = await post("/v1/payment_intents", { amount: "100", currency: "cny" }, { "idempotency-key": key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as any).id).toBe(first.id);
    const other = await post("/v1/payment_intents", { amount: "200", currency: "cny" }, { "idempotency-key": key });
    expect(other.status).toBe(400);
    expect(((await other.json()) as any).error.type).toBe("idempotency_error");
  });

  it("answers Stripe's error objects: 401 for a key that is not a test key, 404 for an unknown PaymentIntent", async () => {
    const unauthorised = await post("/v1/payment_intents", { amount: "100", currency: "cny" }, { authorization: "Bearer sk_live_nope" });
    expect(unauthorised.status).toBe(401);
    expect(((await unauthorised.json()) as any).error.type).toBe("invalid_request_error");
    await expect(stripe().paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "resource_missing",
      statusCode: 404,
    });
  });

  it("declines pm_card_chargeDeclined with a 402 card error the SDK recognises", async () => {
    const pi = await stripe().paymentIntents.create({ amount: 500, currency: "cny" });
    const err = await stripe()
      .paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclined" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(err).toMatchObject({ code: "card_declined", decline_code: "generic_decline", statusCode: 402 });
    expect((await stripe().paymentIntents.retrieve(pi.id)).status).toBe("requires_payment_method");
  });

  it("refunds up to what was charged, and no more", async () => {
    const pi = await stripe().paymentIntents.create({ amount: 1000, currency: "cny" });
    await stripe().paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" });
    expect((await stripe().refunds.create({ payment_intent: pi.id, amount: 600 })).amount).toBe(600);
    await expect(stripe().refunds.create({ payment_intent: pi.id, amount: 401 })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 400,
    });
    const charge = await stripe().charges.retrieve((await stripe().paymentIntents.retrieve(pi.id)).latest_charge as string);
    expect(charge).toMatchObject({ amount_refunded: 600, refunded: false });
  });

  it("holds an Alipay or WeChat Pay confirmation for the wallet's approval, then succeeds or fails it", async () => {
    const paid = await stripe().paymentIntents.create({
      amount: 900,
      currency: "cny",
      allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
    } as any);
    const waiting = await post(`/v1/payment_intents/${paid.id}/confirm`, {
      "payment_method_data[type]": "alipay",
      return_url: "http://localhost/back",
    });
    expect(await waiting.json()).toMatchObject({ status: "requires_action", next_action: { type: "alipay_handle_redirect" } });
    const approved = (await (await post(`/standin/payment_intents/${paid.id}/authorize`, { outcome: "succeed" })).json()) as any;
    expect(approved).toMatchObject({ status: "succeeded", amount_received: 900, next_action: null });

    const refused = await stripe().paymentIntents.create({
      amount: 900,
      currency: "cny",
      allowed_payment_method_types: ["card", "wechat_pay"],
    } as any);
    const qr = (await (
      await post(`/v1/payment_intents/${refused.id}/confirm`, { "payment_method_data[type]": "wechat_pay" })
    ).json()) as any;
    expect(qr.next_action.wechat_pay_display_qr_code.data).toMatch(/^weixin:/);
    const failed = (await (await post(`/standin/payment_intents/${refused.id}/authorize`, { outcome: "fail" })).json()) as any;
    expect(failed).toMatchObject({
      status: "requires_payment_method",
      last_payment_error: { code: "payment_intent_payment_attempt_failed" },
    });
    // Alipay needs a return_url, as with Stripe; a type the PaymentIntent does not allow is refused.
    expect((await post(`/v1/payment_intents/${refused.id}/confirm`, { "payment_method_data[type]": "alipay" })).status).toBe(400);
  });

  it("records every state change as an event, newest first", async () => {
    const pi = await stripe().paymentIntents.create({ amount: 700, currency: "cny" });
    await stripe().paymentIntents.cancel(pi.id);
    const events = (await stripe().events.list()).data.filter((e) => (e.data.object as { id: string }).id === pi.id).map((e) => e.type);
    expect(events).toEqual(["payment_intent.canceled", "payment_intent.created"]);
  });
});

/** A stand-in of the test's own, in this process, so that the test can look at this process's Object.prototype. */
describe("a Stripe stand-in of the test's own", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function ownStandin(stateFile?: string) {
    const standin = await new StripeStandin({ port: 0, webhookSecret: "whsec_own", ...(stateFile ? { stateFile } : {}) }).start();
    cleanups.push(() => standin.stop());
    return standin;
  }

  const send = (base: string, method: "GET" | "POST", path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: "Bearer sk_test_own", "content-type": "application/x-www-form-urlencoded", ...headers },
      ...(body === undefined ? {} : { body }),
    });

  it("refuses parameter keys that would reach Object.prototype with a 400 invalid_request_error, leaving the process unpolluted", async () => {
    // Were the process polluted, clean up after the failing assertion rather than break every later test.
    cleanups.push(() => {
      delete (Object.prototype as Record<string, unknown>).limit;
    });
    const { url } = await ownStandin();
    for (const hostile of [
      "metadata[__proto__][limit]=x",
      "__proto__[limit]=x",
      "constructor[prototype][limit]=x",
      "metadata[constructor][prototype][limit]=x",
      "metadata[prototype]=x",
    ]) {
      const res = await send(url, "POST", "/v1/payment_intents", `amount=100&currency=cny&${hostile}`);
      expect(res.status, hostile).toBe(400);
      expect(((await res.json()) as { error: unknown }).error, hostile).toMatchObject({
        type: "invalid_request_error",
        code: "parameter_unknown",
        param: hostile.split("=")[0],
      });
      expect(({} as Record<string, unknown>).limit, hostile).toBeUndefined();
    }
    const query = await send(url, "GET", "/v1/events?__proto__[limit]=x");
    expect(query.status).toBe(400);
    expect(({} as Record<string, unknown>).limit).toBeUndefined();
    // Lists still work, their own limit parameter included.
    expect((await send(url, "GET", "/v1/events?limit=3")).status).toBe(200);
  });

  it("keeps Idempotency-Key results across a restart, so a replayed create makes no second PaymentIntent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fupin-standin-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const stateFile = join(dir, "stripe-standin.json");
    const body = "amount=2500&currency=cny&metadata[orderId]=ord_restart";
    const key = { "idempotency-key": "create-once-across-restarts" };

    const before = await ownStandin(stateFile);
    const created = (await (await send(before.url, "POST", "/v1/payment_intents", body, key)).json()) as { id: string };
    await before.stop();

    const after = await ownStandin(stateFile);
    const replayed = await send(after.url, "POST", "/v1/payment_intents", body, key);
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(((await replayed.json()) as { id: string }).id).toBe(created.id);
    const other = await send(after.url, "POST", "/v1/payment_intents", "amount=2600&currency=cny", key);
    expect(((await other.json()) as { error: { type: string } }).error.type).toBe("idempotency_error");
    // Refusing the reuse keeps the first result: the original request still replays.
    expect(((await (await send(after.url, "POST", "/v1/payment_intents", body, key)).json()) as { id: string }).id).toBe(created.id);
    expect(after.events.filter((e) => e.type === "payment_intent.created")).toHaveLength(1);
  });
});
