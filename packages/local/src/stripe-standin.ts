import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { invalid, missing, StripeError } from "./stripe-errors";
import { parseForm } from "./stripe-form";

/**
 * A stand-in for the few Stripe endpoints the platform uses, in Stripe's wire format: form-encoded
 * parameters, Stripe's error objects and status codes, Idempotency-Key honoured, and every state
 * change delivered as a signed webhook event, retried like Stripe retries. It lets the real SDK and
 * the real webhook verification run with no network. Test cards: pm_card_visa succeeds,
 * pm_card_chargeDeclined is declined.
 *
 * Alipay and WeChat Pay (`payment_method_data[type]=alipay|wechat_pay`, as Stripe.js confirms them)
 * leave the PaymentIntent in `requires_action` with Stripe's next action (a redirect for Alipay, a QR
 * code for WeChat Pay); where a buyer would approve in the wallet, the stand-in's own
 * `POST /standin/payment_intents/{id}/authorize` with `outcome=succeed|fail` completes it (not a
 * Stripe endpoint: Stripe's test pages do this for test-mode wallets).
 *
 * For tests that replay webhooks themselves, confirming with the header
 * `Stripe-Standin-Hold-Webhooks: true` keeps that PaymentIntent's events from being delivered
 * (they are still listed by GET /v1/events).
 */
const API_VERSION = Stripe.API_VERSION;
const SUCCEEDING = new Set(["pm_card_visa", "pm_card_mastercard", "pm_card_unionpay"]);
const DECLINED = new Set(["pm_card_chargeDeclined", "pm_card_visa_chargeDeclined"]);
/** Redirect or QR-code wallets, which Stripe offers for CNY: confirmed with payment_method_data[type]. */
const WALLETS = new Set(["alipay", "wechat_pay"]);

// biome-ignore lint/suspicious/noExplicitAny: Stripe's objects as plain JSON, shaped by the wire format
type Obj = Record<string, any>;

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
const now = () => Math.floor(Date.now() / 1000);
const clone = <T>(v: T): T => structuredClone(v);

/** A request's saved result, answered again to a retry with the same Idempotency-Key. */
interface IdempotentResult {
  hash: string;
  status: number;
  body: string;
  created: number;
}
/** Stripe keeps idempotency keys for 24 hours. */
const IDEMPOTENCY_KEY_SECONDS = 24 * 60 * 60;

function amountParam(value: unknown, param: string): number {
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw invalid(`Invalid integer: ${value}`, { param });
  return n;
}

/** Stripe takes the key as a bearer token or as the Basic-auth user name (`curl -u sk_test_…:`). */
function apiKey(header: string | undefined): string {
  if (!header) return "";
  const [scheme, value = ""] = header.split(" ");
  if (/^bearer$/i.test(scheme!)) return value;
  if (/^basic$/i.test(scheme!)) return Buffer.from(value, "base64").toString("utf8").split(":")[0]!;
  return "";
}

export interface StandinOptions {
  port: number;
  webhookSecret: string;
  webhookUrl?: string;
  /** Where PaymentIntents, charges, events and idempotency keys are kept across restarts (npm start: DATA_DIR); memory only if unset. */
  stateFile?: string;
}

export class StripeStandin {
  private intents = new Map<string, Obj>();
  private charges = new Map<string, Obj>();
  private held = new Set<string>();
  readonly events: Obj[] = [];
  private idempotency = new Map<string, IdempotentResult>();
  private server = createServer((req, res) => void this.serve(req, res));
  private pending = new Set<Promise<void>>();
  webhookUrl: string | undefined;
  url = "";

  constructor(private readonly opts: StandinOptions) {
    this.webhookUrl = opts.webhookUrl;
  }

  private load(): void {
    if (!this.opts.stateFile || !existsSync(this.opts.stateFile)) return;
    const state = JSON.parse(readFileSync(this.opts.stateFile, "utf8")) as {
      intents: Obj[];
      charges: Obj[];
      events: Obj[];
      idempotency?: [string, IdempotentResult][];
    };
    for (const pi of state.intents) this.intents.set(pi.id, pi);
    for (const ch of state.charges) this.charges.set(ch.id, ch);
    this.events.push(...state.events);
    for (const [key, result] of state.idempotency ?? []) this.idempotency.set(key, result);
  }

  /**
   * Small and local: the whole state is written after each request that may change it, idempotency
   * keys included, so that a create replayed after a restart finds its first result.
   */
  private save(): void {
    if (!this.opts.stateFile) return;
    for (const [key, result] of this.idempotency) if (now() - result.created > IDEMPOTENCY_KEY_SECONDS) this.idempotency.delete(key);
    const state = {
      intents: [...this.intents.values()],
      charges: [...this.charges.values()],
      events: this.events,
      idempotency: [...this.idempotency],
    };
    mkdirSync(dirname(this.opts.stateFile), { recursive: true });
    writeFileSync(`${this.opts.stateFile}.tmp`, JSON.stringify(state));
    renameSync(`${this.opts.stateFile}.tmp`, this.opts.stateFile);
  }

  async start(): Promise<this> {
    this.load();
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.opts.port, "127.0.0.1", () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    await Promise.allSettled([...this.pending]);
  }

  /** Resolves when every webhook delivery started so far has finished (or given up). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private async serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body: string, replayed = false) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": id("req"),
        "stripe-version": API_VERSION,
        ...(replayed ? { "idempotent-replayed": "true" } : {}),
      });
      res.end(body);
    };
    const method = req.method ?? "GET";
    const header = req.headers["idempotency-key"];
    const key = method === "POST" && typeof header === "string" ? header : null;
    const hash = createHash("sha256").update(`${method} ${url.pathname} ${raw}`).digest("hex");
    // Like Stripe, a result is saved only once the endpoint ran: not for a bad key, bad parameters or a key reused.
    let ran = false;
    let status = 200;
    let body: string;
    try {
      if (!/^sk_test_\w+/.test(apiKey(req.headers.authorization))) {
        throw new StripeError(401, {
          type: "invalid_request_error",
          message: "Invalid API Key provided: only sk_test_ keys are accepted by the local stand-in",
        });
      }
      const params = parseForm(method === "GET" ? url.search : raw);
      const seen = key === null ? undefined : this.idempotency.get(key);
      if (seen && seen.hash !== hash) {
        throw new StripeError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      if (seen) return send(seen.status, seen.body, true);
      const hold = String(req.headers["stripe-standin-hold-webhooks"] ?? "") === "true";
      ran = true;
      body = JSON.stringify(this.route(method, url.pathname, params, hold, key));
    } catch (e) {
      status = e instanceof StripeError ? e.status : 500;
      body = JSON.stringify({ error: e instanceof StripeError ? e.body : { type: "api_error", message: (e as Error).message } });
    }
    if (ran && key !== null) this.idempotency.set(key, { hash, status, body, created: now() });
    if (ran && method !== "GET") this.save();
    send(status, body);
  }

  private route(method: string, path: string, p: Obj, hold: boolean, idempotencyKey: string | null): Obj {
    const m = (re: RegExp) => re.exec(path);
    let match: RegExpExecArray | null;
    if (method === "POST" && path === "/v1/payment_intents") return this.createIntent(p);
    if (method === "GET" && (match = m(/^\/v1\/payment_intents\/([^/]+)$/))) return clone(this.intent(match[1]!));
    if (method === "POST" && (match = m(/^\/v1\/payment_intents\/([^/]+)\/confirm$/)))
      return this.confirm(match[1]!, p, hold, idempotencyKey);
    if (method === "POST" && (match = m(/^\/v1\/payment_intents\/([^/]+)\/cancel$/))) return this.cancel(match[1]!, p, idempotencyKey);
    if (method === "POST" && (match = m(/^\/standin\/payment_intents\/([^/]+)\/authorize$/)))
      return this.authorize(match[1]!, p, idempotencyKey);
    if (method === "POST" && path === "/v1/refunds") return this.refund(p, idempotencyKey);
    if (method === "GET" && (match = m(/^\/v1\/charges\/([^/]+)$/))) return clone(this.charge(match[1]!));
    if (method === "GET" && path === "/v1/events")
      return { object: "list", url: "/v1/events", has_more: false, data: [...this.events].reverse() };
    throw new StripeError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: ${path}). The local Stripe stand-in serves only PaymentIntents, refunds, charges, events and its wallet authorization.`,
    });
  }

  private intent(piId: string): Obj {
    const pi = this.intents.get(piId);
    if (!pi) throw missing("payment_intent", piId);
    return pi;
  }

  private charge(chId: string): Obj {
    const ch = this.charges.get(chId);
    if (!ch) throw missing("charge", chId);
    return ch;
  }

  private createIntent(p: Obj): Obj {
    const amount = amountParam(p.amount, "amount");
    if (amount < 1) throw invalid("Amount must be at least 1", { param: "amount" });
    if (amount > 99_999_999) throw invalid("Amount must be no more than ¥999,999.99", { param: "amount", code: "amount_too_large" });
    if (typeof p.currency !== "string" || !/^[a-z]{3}$/.test(p.currency))
      throw invalid("Missing required param: currency.", { param: "currency" });
    const piId = id("pi");
    const pi = {
      id: piId,
      object: "payment_intent",
      amount,
      amount_received: 0,
      currency: p.currency,
      status: "requires_payment_method",
      client_secret: `${piId}_secret_${randomBytes(12).toString("hex")}`,
      description: p.description ?? null,
      metadata: p.metadata ?? {},
      allowed_payment_method_types: p.allowed_payment_method_types ?? ["card"],
      latest_charge: null,
      last_payment_error: null,
      payment_method: null,
      next_action: null,
      canceled_at: null,
      cancellation_reason: null,
      created: now(),
      livemode: false,
    };
    this.intents.set(piId, pi);
    this.emit("payment_intent.created", pi, null);
    return clone(pi);
  }

  private confirm(piId: string, p: Obj, hold: boolean, idempotencyKey: string | null): Obj {
    const pi = this.intent(piId);
    if (hold) this.held.add(piId);
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status)) {
      throw invalid(
        `This PaymentIntent's payment_method could not be updated because it has a status of ${pi.status}. You may only update the payment_method of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action.`,
        { code: "payment_intent_unexpected_state", payment_intent: clone(pi) },
      );
    }
    const walletType = typeof p.payment_method_data === "object" ? p.payment_method_data.type : undefined;
    if (typeof walletType === "string") return this.confirmWallet(pi, walletType, p, idempotencyKey);
    const pm = p.payment_method;
    if (typeof pm !== "string")
      throw invalid("You must provide a payment_method to confirm this PaymentIntent.", { param: "payment_method" });
    if (DECLINED.has(pm)) {
      pi.status = "requires_payment_method";
      pi.last_payment_error = {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
        payment_method: { id: pm },
      };
      this.emit("payment_intent.payment_failed", pi, idempotencyKey);
      throw new StripeError(402, {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
        payment_intent: clone(pi),
      });
    }
    if (!SUCCEEDING.has(pm)) throw missing("PaymentMethod", pm, "payment_method");
    return this.succeed(pi, pm, idempotencyKey);
  }

  /** Alipay or WeChat Pay: the PaymentIntent waits in requires_action for the buyer's approval in the wallet. */
  private confirmWallet(pi: Obj, type: string, p: Obj, idempotencyKey: string | null): Obj {
    if (!WALLETS.has(type)) {
      throw invalid(`The payment method type "${type}" is invalid. The local stand-in confirms card, alipay and wechat_pay.`, {
        param: "payment_method_data[type]",
      });
    }
    if (!(pi.allowed_payment_method_types as string[]).includes(type)) {
      throw invalid(`The PaymentIntent does not allow the payment method type ${type}.`, { param: "payment_method_data[type]" });
    }
    if (type === "alipay" && typeof p.return_url !== "string") {
      throw invalid(
        "A return_url must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed.",
        { param: "return_url" },
      );
    }
    const pmId = id("pm");
    const authorizeUrl = `${this.url}/standin/payment_intents/${pi.id}/authorize`;
    Object.assign(pi, {
      status: "requires_action",
      payment_method: pmId,
      payment_method_types: [type],
      last_payment_error: null,
      next_action:
        type === "alipay"
          ? {
              type: "alipay_handle_redirect",
              alipay_handle_redirect: { url: authorizeUrl, native_url: null, native_data: null, return_url: p.return_url },
            }
          : {
              type: "wechat_pay_display_qr_code",
              wechat_pay_display_qr_code: {
                data: `weixin://wxpay/bizpayurl?pr=${pi.id}`,
                image_data_url: null,
                hosted_instructions_url: authorizeUrl,
              },
            },
    });
    this.emit("payment_intent.requires_action", pi, idempotencyKey);
    return clone(pi);
  }

  /** Where the buyer approves (or refuses) an Alipay or WeChat Pay payment, which Stripe's test pages stand for. */
  private authorize(piId: string, p: Obj, idempotencyKey: string | null): Obj {
    const pi = this.intent(piId);
    if (pi.status !== "requires_action") {
      throw invalid(`This PaymentIntent has a status of ${pi.status}; only one that requires_action can be authorized.`, {
        code: "payment_intent_unexpected_state",
        payment_intent: clone(pi),
      });
    }
    if (p.outcome !== "succeed" && p.outcome !== "fail") throw invalid("outcome must be succeed or fail", { param: "outcome" });
    if (p.outcome === "succeed") return this.succeed(pi, pi.payment_method, idempotencyKey);
    Object.assign(pi, {
      status: "requires_payment_method",
      next_action: null,
      last_payment_error: {
        type: "invalid_request_error",
        code: "payment_intent_payment_attempt_failed",
        message: "The payment failed: the customer did not authorize it.",
        payment_method: { id: pi.payment_method, type: pi.payment_method_types?.[0] },
      },
    });
    this.emit("payment_intent.payment_failed", pi, idempotencyKey);
    return clone(pi);
  }

  private succeed(pi: Obj, pm: string, idempotencyKey: string | null): Obj {
    const piId = pi.id as string;
    const chId = id("ch");
    const charge = {
      id: chId,
      object: "charge",
      amount: pi.amount,
      amount_captured: pi.amount,
      amount_refunded: 0,
      currency: pi.currency,
      payment_intent: piId,
      paid: true,
      captured: true,
      refunded: false,
      status: "succeeded",
      metadata: clone(pi.metadata),
      refunds: { object: "list", data: [] as Obj[], has_more: false },
      created: now(),
      livemode: false,
    };
    this.charges.set(chId, charge);
    Object.assign(pi, {
      status: "succeeded",
      amount_received: pi.amount,
      latest_charge: chId,
      payment_method: pm,
      last_payment_error: null,
      next_action: null,
    });
    this.emit("charge.succeeded", charge, idempotencyKey);
    this.emit("payment_intent.succeeded", pi, idempotencyKey);
    return clone(pi);
  }

  private cancel(piId: string, p: Obj, idempotencyKey: string | null): Obj {
    const pi = this.intent(piId);
    if (["succeeded", "canceled"].includes(pi.status)) {
      throw invalid(
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
        { code: "payment_intent_unexpected_state", payment_intent: clone(pi) },
      );
    }
    Object.assign(pi, { status: "canceled", canceled_at: now(), cancellation_reason: p.cancellation_reason ?? null });
    this.emit("payment_intent.canceled", pi, idempotencyKey);
    return clone(pi);
  }

  private refund(p: Obj, idempotencyKey: string | null): Obj {
    const pi = p.payment_intent ? this.intent(p.payment_intent) : undefined;
    const charge = p.charge ? this.charge(p.charge) : pi?.latest_charge ? this.charges.get(pi.latest_charge) : undefined;
    if (!charge)
      throw invalid(
        pi ? `This PaymentIntent (${pi.id}) does not have a successful charge to refund.` : "Missing required param: payment_intent.",
        { param: "payment_intent" },
      );
    const remaining = charge.amount - charge.amount_refunded;
    const amount = p.amount === undefined ? remaining : amountParam(p.amount, "amount");
    if (remaining === 0) throw invalid(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
    if (amount < 1 || amount > remaining) {
      throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, { param: "amount" });
    }
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      currency: charge.currency,
      status: "succeeded",
      reason: p.reason ?? null,
      metadata: p.metadata ?? {},
      created: now(),
    };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    charge.refunds.data.unshift(refund);
    this.emit("charge.refunded", charge, idempotencyKey);
    return clone(refund);
  }

  private emit(type: string, object: Obj, idempotencyKey: string | null) {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: API_VERSION,
      created: now(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: id("req"), idempotency_key: idempotencyKey },
      type,
    };
    this.events.push(event); // saved by serve() once the request is done
    const piId = object.object === "payment_intent" ? object.id : object.payment_intent;
    if (this.webhookUrl && !this.held.has(piId)) {
      const delivery = this.deliver(event).finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    }
  }

  /** Signs the event as Stripe does and delivers it, retrying non-2xx answers with backoff. */
  private async deliver(event: Obj): Promise<void> {
    const payload = JSON.stringify(event, null, 2);
    await new Promise((r) => setImmediate(r)); // after the API response, as with Stripe
    for (const delay of [0, 100, 300, 1000, 3000]) {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.opts.webhookSecret });
      try {
        const res = await fetch(this.webhookUrl!, {
          method: "POST",
          headers: {
            "content-type": "application/json; charset=utf-8",
            "stripe-signature": header,
            "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          },
          body: payload,
        });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // The platform is not listening (yet): retry, as Stripe would.
      }
    }
  }
}
