import { luhnValid } from "@fupin/core/payments/card-number";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ROLES } from "@fupin/core/platform/actor";
import { areaClaims } from "@fupin/core/platform/area";
import { id, text } from "@fupin/core/platform/schema";
import type { LocalIdp } from "./local-idp";

/**
 * Endpoints of the local gateway alone, for the web console on `npm start`: a development sign-in
 * and payment through the Stripe stand-in. They are not in the route table, so neither the OpenAPI
 * document nor infra ever sees them, and nothing deployed answers them.
 *
 *   POST /local/sign-in                          {sub, roles, province?, city?, county?, township?} → {accessToken, expiresIn}
 *   POST /local/payments/{paymentIntentId}/confirm   {paymentMethod: card|alipay|wechat_pay, card?}
 *   POST /local/payments/{paymentIntentId}/authorize {outcome: succeed|fail}   (the wallet's approval)
 *
 * Payments go through the stand-in's Stripe API exactly as Stripe.js goes through Stripe's, so the
 * stand-in's signed webhook marks the order paid (or failed) as in production.
 */
export interface DevEndpointsOptions {
  idp: LocalIdp;
  /** The Stripe stand-in's base URL; null when STRIPE_SECRET_KEY talks to real Stripe (no local payments then). */
  standinUrl: string | null;
  /** The gateway's own URL, where the console lives (Alipay's return_url). */
  gatewayUrl: () => string;
}

export const DEV_TOKEN_SECONDS = 12 * 3600;
/** Any sk_test_ key: the stand-in accepts them all. */
const STANDIN_KEY = "sk_test_local_console";
const MAX_BODY = 16 * 1024;

const SignIn = z
  .strictObject({
    sub: id(),
    roles: z
      .array(z.enum(ROLES))
      .min(1)
      .max(ROLES.length)
      .refine((r) => new Set(r).size === r.length, { error: "list each role once" }),
    province: text(30).optional(),
    city: text(30).optional(),
    county: text(30).optional(),
    township: text(30).optional(),
  })
  // A township is an area only within its county (township names repeat): the API would ignore it.
  .refine((b) => !b.township || b.county, {
    path: ["township"],
    error: "a township needs its county",
    params: { issue: "township_needs_county" },
  });

const Card = z.strictObject({
  number: z.string().transform((s) => s.replace(/[\s-]/g, "")),
  expiry: z.string().regex(/^\s*(0[1-9]|1[0-2])\s*\/\s*(\d{2})\s*$/, { error: "MM/YY" }),
  cvc: z.string().regex(/^\d{3,4}$/, { error: "3 or 4 digits" }),
});
const Confirm = z.discriminatedUnion("paymentMethod", [
  z.strictObject({ paymentMethod: z.literal("card"), card: Card }),
  z.strictObject({ paymentMethod: z.literal("alipay") }),
  z.strictObject({ paymentMethod: z.literal("wechat_pay") }),
]);
const Authorize = z.strictObject({ outcome: z.enum(["succeed", "fail"]) });

/** Stripe's test card numbers and the test PaymentMethods they stand for; any other number is declined, as in test mode. */
export const TEST_CARDS: Record<string, string> = {
  "4242424242424242": "pm_card_visa",
  "5555555555554444": "pm_card_mastercard",
  "6200000000000005": "pm_card_unionpay",
  "4000000000000002": "pm_card_chargeDeclined",
};

type Lang = "zh" | "en";
const language = (req: IncomingMessage): Lang => (/^\s*zh/i.test(String(req.headers["accept-language"] ?? "zh")) ? "zh" : "en");

const MESSAGES = {
  validation: { zh: "请求内容有误", en: "The request is not valid" },
  json: { zh: "请求体须为 JSON", en: "The request body must be JSON" },
  tooLarge: { zh: "请求体过大", en: "The request body is too large" },
  unauthenticated: { zh: "请先登录", en: "A valid bearer token is required" },
  notFound: { zh: "找不到该笔支付", en: "No such payment" },
  noStandin: {
    zh: "本地支付仅在使用 Stripe 模拟服务时提供（未设置 STRIPE_SECRET_KEY）",
    en: "Local payments need the Stripe stand-in (no STRIPE_SECRET_KEY set)",
  },
  invalidState: { zh: "该订单当前不能支付", en: "This payment can no longer be made" },
  cardNumber: { zh: "银行卡号无效", en: "Not a valid card number" },
  expiry: { zh: "有效期格式为 MM/YY，且不能早于本月", en: "Expiry is MM/YY and not in the past" },
  unavailable: { zh: "支付服务暂时不可用，请稍后再试", en: "The payment service is unavailable; try again shortly" },
  townshipNeedsCounty: { zh: "填写乡镇时须同时填写所属区县", en: "a township needs its county" },
} satisfies Record<string, Record<Lang, string>>;

const FIELD_MESSAGES: Record<string, Record<Lang, string>> = {
  sub: { zh: "账号只能包含字母、数字、连字符和下划线（1 至 64 个字符）", en: "letters, digits, hyphens and underscores (1 to 64)" },
  roles: { zh: "请选择有效的角色，每个角色一次", en: "choose valid roles, each once" },
  province: { zh: "省份名称无效", en: "not a valid province name" },
  city: { zh: "城市名称无效", en: "not a valid city name" },
  county: { zh: "区县名称无效", en: "not a valid county name" },
  township: { zh: "乡镇名称无效", en: "not a valid township name" },
  "card.expiry": MESSAGES.expiry,
  "card.cvc": { zh: "安全码为 3 或 4 位数字", en: "3 or 4 digits" },
  "card.number": MESSAGES.cardNumber,
};

/** Answers JSON; true, the request being handled. */
function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
  return true;
}

const refuse = (res: ServerResponse, status: number, code: string, message: string, details?: { path: string; message: string }[]) =>
  send(res, status, { error: { code, message, ...(details ? { details } : {}) } });

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; reason: "json" | "tooLarge" }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return { ok: false, reason: "tooLarge" };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, reason: "json" };
  }
}

/** Parses a body with a schema, answering 400 VALIDATION_FAILED (details per field, in the caller's language) when it does not fit. */
async function parseBody<S extends z.ZodType>(req: IncomingMessage, res: ServerResponse, schema: S): Promise<z.output<S> | undefined> {
  const lang = language(req);
  const body = await readJson(req);
  if (!body.ok) {
    if (body.reason === "tooLarge") refuse(res, 413, "PAYLOAD_TOO_LARGE", MESSAGES.tooLarge[lang]);
    else refuse(res, 400, "VALIDATION_FAILED", MESSAGES.json[lang], [{ path: "body", message: MESSAGES.json[lang] }]);
    return undefined;
  }
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => {
    const path = i.path.map(String).join(".");
    const field =
      i.code === "custom" && i.params?.issue === "township_needs_county"
        ? MESSAGES.townshipNeedsCounty
        : (FIELD_MESSAGES[path] ?? FIELD_MESSAGES[String(i.path[0])]);
    return { path: `body.${path}`, message: field?.[lang] ?? i.message };
  });
  refuse(res, 400, "VALIDATION_FAILED", MESSAGES.validation[lang], details);
  return undefined;
}

async function standin(base: string, method: "GET" | "POST", path: string, form?: Record<string, string>) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${STANDIN_KEY}`, "content-type": "application/x-www-form-urlencoded" },
    ...(form ? { body: new URLSearchParams(form) } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  // biome-ignore lint/suspicious/noExplicitAny: Stripe's objects as JSON
  return { status: res.status, body: (await res.json()) as any };
}

/** The card's expiry month is this month or later. */
function expiryValid(expiry: string, now = new Date()): boolean {
  const [mm, yy] = expiry.split("/").map((s) => Number(s.trim())) as [number, number];
  const year = 2000 + yy;
  return year > now.getUTCFullYear() || (year === now.getUTCFullYear() && mm >= now.getUTCMonth() + 1);
}

/** The outcome of a confirmation, for the console. */
// biome-ignore lint/suspicious/noExplicitAny: Stripe's objects as JSON
function outcome(pi: any) {
  if (pi.status === "succeeded") return { status: "succeeded" as const };
  if (pi.status === "requires_action") {
    const method = pi.next_action?.type === "alipay_handle_redirect" ? "alipay" : "wechat_pay";
    return {
      status: "requires_action" as const,
      method,
      ...(method === "wechat_pay" ? { qrData: pi.next_action.wechat_pay_display_qr_code.data as string } : {}),
    };
  }
  return { status: "failed" as const, code: (pi.last_payment_error?.code as string | undefined) ?? "payment_failed" };
}

/** Handles the local endpoints; false for any other path. */
export async function serveDevEndpoints(req: IncomingMessage, res: ServerResponse, url: URL, opts: DevEndpointsOptions): Promise<boolean> {
  if (!url.pathname.startsWith("/local/")) return false;
  const method = (req.method ?? "GET").toUpperCase();
  const lang = language(req);

  if (url.pathname === "/local/sign-in") {
    if (method !== "POST") return refuse(res, 405, "METHOD_NOT_ALLOWED", "POST");
    const body = await parseBody(req, res, SignIn);
    if (!body) return true;
    const { sub, roles, ...area } = body;
    const accessToken = await opts.idp.sign(sub, roles, DEV_TOKEN_SECONDS, areaClaims(area));
    send(res, 200, { accessToken, expiresIn: DEV_TOKEN_SECONDS });
    return true;
  }

  const pay = /^\/local\/payments\/([A-Za-z0-9_]{1,255})\/(confirm|authorize)$/.exec(url.pathname);
  if (!pay) return refuse(res, 404, "NOT_FOUND", `No route for ${method} ${url.pathname}`);
  if (method !== "POST") return refuse(res, 405, "METHOD_NOT_ALLOWED", "POST");
  const [, piId, step] = pay as unknown as [string, string, "confirm" | "authorize"];

  // The buyer who placed the order (or an admin), as the API itself would check.
  const token = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1];
  let claims: Record<string, unknown>;
  try {
    if (!token) throw new Error("missing");
    claims = await opts.idp.verify(token);
  } catch {
    return refuse(res, 401, "UNAUTHENTICATED", MESSAGES.unauthenticated[lang]);
  }
  if (!opts.standinUrl) return refuse(res, 501, "NOT_IMPLEMENTED", MESSAGES.noStandin[lang]);
  const base = opts.standinUrl;

  const body = step === "confirm" ? await parseBody(req, res, Confirm) : await parseBody(req, res, Authorize);
  if (!body) return true;

  try {
    const found = await standin(base, "GET", `/v1/payment_intents/${piId}`);
    const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as string[]) : [];
    if (found.status !== 200 || (found.body.metadata?.buyerId !== claims.sub && !groups.includes("admin"))) {
      return refuse(res, 404, "NOT_FOUND", MESSAGES.notFound[lang]);
    }

    let form: Record<string, string>;
    let path = `/v1/payment_intents/${piId}/confirm`;
    if ("outcome" in body) {
      path = `/standin/payment_intents/${piId}/authorize`;
      form = { outcome: body.outcome };
    } else if (body.paymentMethod === "card") {
      const details: { path: string; message: string }[] = [];
      if (!luhnValid(body.card.number)) details.push({ path: "body.card.number", message: MESSAGES.cardNumber[lang] });
      if (!expiryValid(body.card.expiry)) details.push({ path: "body.card.expiry", message: MESSAGES.expiry[lang] });
      if (details.length) return refuse(res, 400, "VALIDATION_FAILED", MESSAGES.validation[lang], details);
      form = { payment_method: TEST_CARDS[body.card.number] ?? "pm_card_chargeDeclined" };
    } else if (body.paymentMethod === "alipay") {
      const orderId = String(found.body.metadata?.orderId ?? "");
      form = { "payment_method_data[type]": "alipay", return_url: `${opts.gatewayUrl()}/console/orders/${orderId}/result` };
    } else {
      form = { "payment_method_data[type]": "wechat_pay", "payment_method_options[wechat_pay][client]": "web" };
    }

    const confirmed = await standin(base, "POST", path, form);
    if (confirmed.status === 200) return send(res, 200, outcome(confirmed.body));
    const error = confirmed.body.error ?? {};
    if (confirmed.status === 402) return send(res, 200, { status: "failed", code: error.decline_code ?? error.code ?? "card_declined" });
    if (error.code === "payment_intent_unexpected_state") return refuse(res, 409, "INVALID_STATE", MESSAGES.invalidState[lang]);
    return refuse(res, 400, "VALIDATION_FAILED", String(error.message ?? MESSAGES.validation[lang]));
  } catch {
    return refuse(res, 503, "PAYMENT_PROVIDER_UNAVAILABLE", MESSAGES.unavailable[lang]);
  }
}
