import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { api, tokenFor } from "../../support/api";
import { confirm, waitForOrder } from "../../support/stripe";

/** A listed product of the demo catalog, found by name through the API. */
export async function productNamed(name: string) {
  const res = await api("GET /products", { query: { q: name, limit: 100 } });
  expect(res.status, res.text).toBe(200);
  const product = res.body.items.find((p) => p.name === name);
  expect(product, `no listed product named ${name}`).toBeDefined();
  return product!;
}

/** A paid order placed through the API (not the console), so that the public figures have a sale to show. */
export async function paidOrderThroughApi(buyer: string, productName: string, quantity = 1) {
  const token = await tokenFor(buyer, "buyer");
  const product = await productNamed(productName);
  const placed = await api("POST /orders", {
    token,
    headers: { "idempotency-key": randomUUID() },
    body: { items: [{ productId: product.productId, quantity }] },
  });
  expect(placed.status, placed.text).toBe(201);
  const paid = await confirm(placed.body.payment!.paymentIntentId, "pm_card_visa");
  expect(paid.status).toBe(200);
  return waitForOrder(token, placed.body.orderId, "paid");
}
