import { describe, expect, it } from "vitest";
import { api, baseUrl } from "./support/api";
import { buyerToken, listedProduct, placeOrder } from "./support/fixtures";
import { waitForOrder } from "./support/stripe";

/** The local gateway's endpoints for the web console: they are `npm start`'s alone, never routes of the API. */
const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

const nextYear = () => `12/${String((new Date().getUTCFullYear() + 1) % 100).padStart(2, "0")}`;

async function unpaidOrder() {
  const { product } = await listedProduct({ priceFen: 1200, stock: 10 });
  const token = await buyerToken();
  const placed = await placeOrder(token, [{ productId: product.productId, quantity: 2 }]);
  expect(placed.status, placed.text).toBe(201);
  return { token, order: placed.body, pi: placed.body.payment!.paymentIntentId };
}

describe("the local development sign-in", () => {
  it("signs an access token for the account and roles asked, which the API accepts", async () => {
    const res = await post("/local/sign-in", { sub: "buyer-dev-1", roles: ["buyer"], county: "夏津县" });
    expect(res.status).toBe(200);
    expect(res.body.expiresIn).toBeGreaterThan(0);
    const claims = JSON.parse(Buffer.from(res.body.accessToken.split(".")[1], "base64url").toString("utf8"));
    expect(claims).toMatchObject({ sub: "buyer-dev-1", "cognito:groups": ["buyer"], token_use: "access", "custom:county": "夏津县" });
    expect((await api("GET /orders", { token: res.body.accessToken })).status).toBe(200);
  });

  it("refuses an account that is not an id and roles the platform does not have, in the reader's language", async () => {
    const zh = await post("/local/sign-in", { sub: "买家 1", roles: ["king"] }, { "accept-language": "zh-CN" });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe("VALIDATION_FAILED");
    expect(zh.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.roles.0", "body.sub"]);
    expect(zh.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const en = await post("/local/sign-in", { sub: "ok", roles: [] }, { "accept-language": "en" });
    expect(en.status).toBe(400);
    expect(en.body.error.details[0].path).toBe("body.roles");
  });

  it("is not part of the API: not in the route table's OpenAPI document", async () => {
    const doc = (await api("GET /openapi.json")).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith("/local"))).toEqual([]);
  });
});

describe("local payments through the Stripe stand-in", () => {
  it("pays with the test card 4242…: the stand-in's webhook marks the order paid", async () => {
    const { token, order, pi } = await unpaidOrder();
    const res = await post(
      `/local/payments/${pi}/confirm`,
      { paymentMethod: "card", card: { number: "4242 4242 4242 4242", expiry: nextYear(), cvc: "123" } },
      { authorization: `Bearer ${token}` },
    );
    expect(res).toEqual({ status: 200, body: { status: "succeeded" } });
    await waitForOrder(token, order.orderId, "paid");
  });

  it("declines 4000 0000 0000 0002, and the order fails as a declined payment does", async () => {
    const { token, order, pi } = await unpaidOrder();
    const res = await post(
      `/local/payments/${pi}/confirm`,
      { paymentMethod: "card", card: { number: "4000000000000002", expiry: nextYear(), cvc: "123" } },
      { authorization: `Bearer ${token}` },
    );
    expect(res.body).toEqual({ status: "failed", code: "generic_decline" });
    await waitForOrder(token, order.orderId, "payment_failed");
  });

  it("takes Alipay and WeChat Pay to the wallet's approval, which pays or fails the order", async () => {
    const approved = await unpaidOrder();
    const auth = { authorization: `Bearer ${approved.token}` };
    const alipay = await post(`/local/payments/${approved.pi}/confirm`, { paymentMethod: "alipay" }, auth);
    expect(alipay.body).toEqual({ status: "requires_action", method: "alipay" });
    expect((await post(`/local/payments/${approved.pi}/authorize`, { outcome: "succeed" }, auth)).body).toEqual({ status: "succeeded" });
    await waitForOrder(approved.token, approved.order.orderId, "paid");

    const refused = await unpaidOrder();
    const auth2 = { authorization: `Bearer ${refused.token}` };
    const wechat = await post(`/local/payments/${refused.pi}/confirm`, { paymentMethod: "wechat_pay" }, auth2);
    expect(wechat.body).toMatchObject({ status: "requires_action", method: "wechat_pay", qrData: expect.stringMatching(/^weixin:\/\//) });
    expect((await post(`/local/payments/${refused.pi}/authorize`, { outcome: "fail" }, auth2)).body).toMatchObject({ status: "failed" });
    await waitForOrder(refused.token, refused.order.orderId, "payment_failed");
  });

  it("lets only the order's buyer pay it, refuses bad card fields, and a paid order twice", async () => {
    const { token, order, pi } = await unpaidOrder();
    const card = { number: "4242424242424242", expiry: nextYear(), cvc: "123" };
    expect((await post(`/local/payments/${pi}/confirm`, { paymentMethod: "card", card })).status).toBe(401);
    const stranger = await buyerToken();
    expect(
      (await post(`/local/payments/${pi}/confirm`, { paymentMethod: "card", card }, { authorization: `Bearer ${stranger}` })).status,
    ).toBe(404);
    const bad = await post(
      `/local/payments/${pi}/confirm`,
      { paymentMethod: "card", card: { number: "4242424242424241", expiry: "01/20", cvc: "12" } },
      { authorization: `Bearer ${token}`, "accept-language": "zh-CN" },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain("body.card.cvc");
    const auth = { authorization: `Bearer ${token}` };
    expect((await post(`/local/payments/${pi}/confirm`, { paymentMethod: "card", card }, auth)).body.status).toBe("succeeded");
    await waitForOrder(token, order.orderId, "paid");
    const again = await post(`/local/payments/${pi}/confirm`, { paymentMethod: "card", card }, auth);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("INVALID_STATE");
  });
});
