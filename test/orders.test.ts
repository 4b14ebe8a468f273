import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, call, expectError, tokenFor, unique } from "./support/api";
import {
  adminToken,
  buyerToken as buyer,
  createSupplier,
  createVillage,
  listedProduct,
  paidOrder,
  placeOrder,
  productInput,
} from "./support/fixtures";
import { confirm, deliver, eventsFor, stripe, waitForOrder } from "./support/stripe";

async function stockOf(productId: string) {
  return (await api("GET /products/{productId}", { token: await adminToken(), params: { productId } })).body.stock;
}

const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

describe("placing orders", () => {
  it("locks prices, reserves stock and creates a CNY PaymentIntent carrying the order id", async () => {
    const { product, village } = await listedProduct({ priceFen: 3980, stock: 10 });
    const res = await placeOrder(await buyer(), [{ productId: product.productId, quantity: 3 }]);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      status: "pending_payment",
      totalFen: 11940,
      items: [{ productId: product.productId, quantity: 3, unitPriceFen: 3980, villageId: village.villageId }],
    });
    expect(res.body.payment!.provider).toBe("stripe");
    expect(res.body.payment!.clientSecret).toMatch(/_secret_/);
    const intent = await stripe().paymentIntents.retrieve(res.body.payment!.paymentIntentId);
    expect(intent).toMatchObject({ amount: 11940, currency: "cny", metadata: { orderId: res.body.orderId } });
    expect(await stockOf(product.productId)).toBe(7);
  });

  it("answers the same order for the same Idempotency-Key and body, and 409 for another body", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const key = randomUUID();
    const first = await placeOrder(token, [{ productId: product.productId, quantity: 1 }], key);
    const again = await placeOrder(token, [{ productId: product.productId, quantity: 1 }], key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.orderId).toBe(first.body.orderId);
    expect(again.body.payment!.paymentIntentId).toBe(first.body.payment!.paymentIntentId);
    expect(await stockOf(product.productId)).toBe(9);
    expectError(await placeOrder(token, [{ productId: product.productId, quantity: 2 }], key), 409, "IDEMPOTENCY_KEY_REUSED");
  });

  it("places one order when the same request races itself", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => placeOrder(token, [{ productId: product.productId, quantity: 1 }], key)),
    );
    const ok = results.filter((r) => r.status === 200 || r.status === 201);
    expect(new Set(ok.map((r) => r.body.orderId)).size).toBe(1);
    for (const r of results.filter((r) => r.status >= 400)) expectError(r, 409, "IDEMPOTENCY_IN_PROGRESS");
    expect(await stockOf(product.productId)).toBe(9);
  });

  it("needs an Idempotency-Key", async () => {
    const { product } = await listedProduct();
    const res = await call("POST", "/orders", { token: await buyer(), body: { items: [{ productId: product.productId, quantity: 1 }] } });
    expectError(res, 400, "IDEMPOTENCY_KEY_REQUIRED");
  });

  it("refuses products that are not listed with 422 PRODUCT_NOT_LISTED", async () => {
    const expired = await listedProduct({}, { issuedOn: "2024-01-01", validUntil: "2025-01-01" });
    expectError(await placeOrder(await buyer(), [{ productId: expired.product.productId, quantity: 1 }]), 422, "PRODUCT_NOT_LISTED");
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId);
    const pending = await call("POST", "/products", {
      token: await adminToken(),
      body: productInput(supplier.supplierId, village.villageId),
    });
    expectError(await placeOrder(await buyer(), [{ productId: pending.body.productId, quantity: 1 }]), 422, "PRODUCT_NOT_LISTED");
    expectError(await placeOrder(await buyer(), [{ productId: "prd_missing", quantity: 1 }]), 422, "PRODUCT_NOT_LISTED");
  });

  it("refuses more than the stock with 409 OUT_OF_STOCK and reserves nothing of the order", async () => {
    const a = await listedProduct({ stock: 5 });
    const b = await listedProduct({ stock: 2 });
    const res = await placeOrder(await buyer(), [
      { productId: a.product.productId, quantity: 1 },
      { productId: b.product.productId, quantity: 3 },
    ]);
    expectError(res, 409, "OUT_OF_STOCK");
    expect(await stockOf(a.product.productId)).toBe(5);
    expect(await stockOf(b.product.productId)).toBe(2);
  });

  it("refuses an order above Stripe's CNY limit with 422 ORDER_TOO_LARGE, reserving nothing", async () => {
    const { product } = await listedProduct({ priceFen: 12_000_000, stock: 100 });
    expectError(await placeOrder(await buyer(), [{ productId: product.productId, quantity: 9 }]), 422, "ORDER_TOO_LARGE");
    expect(await stockOf(product.productId)).toBe(100);
  });

  it("never oversells when many buyers race for the last units", async () => {
    const { product } = await listedProduct({ stock: 5 });
    const results = await Promise.all(
      Array.from({ length: 20 }, async () => placeOrder(await buyer(), [{ productId: product.productId, quantity: 1 }])),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    for (const r of results.filter((r) => r.status !== 201)) expectError(r, 409, "OUT_OF_STOCK");
    expect(await stockOf(product.productId)).toBe(0);
  });

  it("is for buyers: 401 without a token, 403 for a supplier", async () => {
    const { product } = await listedProduct();
    const body = { items: [{ productId: product.productId, quantity: 1 }] };
    expectError(await call("POST", "/orders", { body, headers: { "idempotency-key": randomUUID() } }), 401, "UNAUTHENTICATED");
    expectError(
      await call("POST", "/orders", { token: await tokenFor("s", "supplier"), body, headers: { "idempotency-key": randomUUID() } }),
      403,
      "FORBIDDEN",
    );
  });

  it("shows an order to its buyer and admins only, and lists a buyer's own orders", async () => {
    const { product } = await listedProduct();
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 1 }]);
    expect((await call("GET", `/orders/${placed.body.orderId}`, { token })).status).toBe(200);
    expect((await call("GET", `/orders/${placed.body.orderId}`, { token: await adminToken() })).status).toBe(200);
    expectError(await call("GET", `/orders/${placed.body.orderId}`, { token: await buyer() }), 404, "NOT_FOUND");
    const mine = await call("GET", "/orders", { token });
    expect(mine.body.items.map((o: any) => o.orderId)).toEqual([placed.body.orderId]);
    // A listed order looks exactly like the order itself: no storage keys leak into lists.
    expect(mine.body.items[0]).toEqual((await call("GET", `/orders/${placed.body.orderId}`, { token })).body);
  });
});

describe("payment and crediting", () => {
  it("credits a paid order to its village and county, in JSON and CSV reports", async () => {
    const { order, village } = await paidOrder(2);
    expect(order).toMatchObject({ status: "paid", paidFen: 7960, creditMonth: thisMonth() });
    expect(order.payment.clientSecret).toBeUndefined();
    const report = await api("GET /reports/villages/{villageId}/sales", { params: { villageId: village.villageId } });
    expect(report.body).toMatchObject({
      villageId: village.villageId,
      to: thisMonth(),
      totalFen: 7960,
      months: [{ month: thisMonth(), creditedFen: 7960, orders: 1 }],
    });
    const counties = await call("GET", `/reports/sales?groupBy=county&from=${thisMonth()}&to=${thisMonth()}`);
    const row = counties.body.rows.find((r: any) => r.key.endsWith(`/${village.county}`));
    expect(row).toMatchObject({ creditedFen: 7960, orders: 1 });
    expect(row.name).toContain(village.county);
    const villages = await call("GET", `/reports/sales?groupBy=village`);
    expect(villages.body.rows.find((r: any) => r.key === village.villageId)).toMatchObject({ creditedFen: 7960, orders: 1 });
    const asCsv = await call("GET", `/reports/villages/${village.villageId}/sales`, { headers: { accept: "text/csv" } });
    expect(asCsv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(asCsv.text).toContain(`${village.villageId},${thisMonth()},7960,1`);
  });

  it("gives the stock back when the card is declined", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 4 }]);
    expect(await stockOf(product.productId)).toBe(6);
    const declined = await confirm(placed.body.payment!.paymentIntentId, "pm_card_chargeDeclined");
    expect(declined.status).toBe(402);
    expect(declined.body.error.code).toBe("card_declined");
    await waitForOrder(token, placed.body.orderId, "payment_failed");
    expect(await stockOf(product.productId)).toBe(10);
    const intent = await stripe().paymentIntents.retrieve(placed.body.payment!.paymentIntentId);
    expect(intent.status).toBe("canceled");
  });

  it("closes a declined order as payment_failed even when the cancellation's event arrives first", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 2 }]);
    const pi = placed.body.payment!.paymentIntentId;
    expect((await confirm(pi, "pm_card_chargeDeclined", true)).status).toBe(402);
    await stripe().paymentIntents.cancel(pi);
    const events = await eventsFor([pi]);
    const canceled = events.find((e) => e.type === "payment_intent.canceled")!;
    const failed = events.find((e) => e.type === "payment_intent.payment_failed")!;
    expect((await deliver(JSON.stringify(canceled))).body.outcome).toBe("applied");
    expect((await deliver(JSON.stringify(failed))).body.outcome).toBe("duplicate");
    expect((await call("GET", `/orders/${placed.body.orderId}`, { token })).body.status).toBe("payment_failed");
    expect(await stockOf(product.productId)).toBe(10);
  });

  it("cancels an unpaid order once, giving its stock back once", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 3 }]);
    const cancels = await Promise.all([1, 2, 3].map(() => call("POST", `/orders/${placed.body.orderId}/cancel`, { token })));
    expect(cancels.filter((c) => c.status === 200).length).toBeGreaterThanOrEqual(1);
    for (const c of cancels.filter((c) => c.status !== 200)) expect(c.body.error.code).toBe("INVALID_STATE");
    expectError(await call("POST", `/orders/${placed.body.orderId}/cancel`, { token }), 409, "INVALID_STATE");
    await new Promise((r) => setTimeout(r, 200)); // let the canceled webhook arrive too
    expect(await stockOf(product.productId)).toBe(10);
    expect((await stripe().paymentIntents.retrieve(placed.body.payment!.paymentIntentId)).status).toBe("canceled");
    expect((await call("GET", `/orders/${placed.body.orderId}`, { token })).body.status).toBe("cancelled");
  });

  it("refuses to cancel a paid order", async () => {
    const { order, token } = await paidOrder(1);
    expectError(await call("POST", `/orders/${order.orderId}/cancel`, { token }), 409, "INVALID_STATE");
  });

  it("reverses partial and full refunds from the village credit", async () => {
    const { order, village } = await paidOrder(2); // 7960
    const admin = await adminToken();
    const partial = await call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 1000, reason: "破损一袋" } });
    expect(partial.status, partial.text).toBe(201);
    await waitForOrder(admin, order.orderId, "partially_refunded");
    let report = await call("GET", `/reports/villages/${village.villageId}/sales`);
    expect(report.body.totalFen).toBe(6960);
    expect(report.body.months[0].orders).toBe(1);
    expectError(
      await call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 6961, reason: "too much" } }),
      422,
      "REFUND_EXCEEDS_PAYMENT",
    );
    const rest = await call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 6960, reason: "全部退款" } });
    expect(rest.status).toBe(201);
    const refunded = await waitForOrder(admin, order.orderId, "refunded");
    expect(refunded.refundedFen).toBe(7960);
    report = await call("GET", `/reports/villages/${village.villageId}/sales`);
    expect(report.body.totalFen).toBe(0);
    expect(report.body.months[0].orders).toBe(0);
    expectError(
      await call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 1, reason: "again" } }),
      409,
      "INVALID_STATE",
    );
  });

  it("never refunds more than was paid when refunds race", async () => {
    const { order } = await paidOrder(1); // 3980
    const admin = await adminToken();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 1000, reason: "race" } }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const charge = (await stripe().paymentIntents.retrieve(order.payment.paymentIntentId)).latest_charge as string;
    expect((await stripe().charges.retrieve(charge)).amount_refunded).toBe(3000);
  });

  it("replays a refund with the same Idempotency-Key instead of refunding or reserving twice", async () => {
    const { order } = await paidOrder(1); // 3980
    const admin = await adminToken();
    const headers = { "idempotency-key": randomUUID() };
    const first = await call("POST", `/orders/${order.orderId}/refunds`, {
      token: admin,
      body: { amountFen: 3000, reason: "重复提交" },
      headers,
    });
    const again = await call("POST", `/orders/${order.orderId}/refunds`, {
      token: admin,
      body: { amountFen: 3000, reason: "重复提交" },
      headers,
    });
    expect(first.status, first.text).toBe(201);
    expect(again.body.refundId).toBe(first.body.refundId);
    expect(again.body.stripeRefundId).toBe(first.body.stripeRefundId);
    const charge = (await stripe().paymentIntents.retrieve(order.payment.paymentIntentId)).latest_charge as string;
    expect((await stripe().charges.retrieve(charge)).amount_refunded).toBe(3000);
    // What remains can still be refunded: the replay reserved nothing more.
    expect(
      (await call("POST", `/orders/${order.orderId}/refunds`, { token: admin, body: { amountFen: 980, reason: "余款" } })).status,
    ).toBe(201);
  });

  it("refunds only paid orders and only for admins", async () => {
    const { product } = await listedProduct();
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 1 }]);
    expectError(
      await call("POST", `/orders/${placed.body.orderId}/refunds`, { token: await adminToken(), body: { amountFen: 1, reason: "x" } }),
      409,
      "INVALID_STATE",
    );
    expectError(
      await call("POST", `/orders/${placed.body.orderId}/refunds`, { token, body: { amountFen: 1, reason: "x" } }),
      403,
      "FORBIDDEN",
    );
  });
});

describe("the Stripe webhook", () => {
  async function succeededPayload() {
    const { product } = await listedProduct({ stock: 10 });
    const token = await buyer();
    const placed = await placeOrder(token, [{ productId: product.productId, quantity: 1 }]);
    const intent = await stripe().paymentIntents.retrieve(placed.body.payment!.paymentIntentId);
    const event = {
      id: `evt_test_${unique()}`,
      object: "event",
      type: "payment_intent.succeeded",
      created: Math.floor(Date.now() / 1000),
      data: { object: { ...intent, status: "succeeded", amount_received: intent.amount } },
    };
    return { payload: JSON.stringify(event), orderId: placed.body.orderId as string, token, event };
  }

  it("refuses a tampered body, a wrong secret and a stale timestamp with 400 INVALID_SIGNATURE, changing nothing", async () => {
    const { payload, orderId, token } = await succeededPayload();
    const header = (await import("stripe")).default.webhooks.generateTestHeaderString({ payload, secret: "whsec_local_development" });
    expectError(await deliver(payload.replace('"amount_received"', '"amount_received" '), { header }), 400, "INVALID_SIGNATURE");
    expectError(await deliver(payload, { secret: "whsec_someone_else" }), 400, "INVALID_SIGNATURE");
    expectError(await deliver(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 }), 400, "INVALID_SIGNATURE");
    expectError(await deliver(payload, { header: "garbage" }), 400, "INVALID_SIGNATURE");
    expectError(
      await call("POST", "/webhooks/stripe", { rawBody: payload, headers: { "content-type": "application/json" } }),
      400,
      "INVALID_SIGNATURE",
    );
    expect((await call("GET", `/orders/${orderId}`, { token })).body.status).toBe("pending_payment");
    // The same payload, properly signed, is applied once; a duplicate changes nothing.
    expect((await deliver(payload)).body.outcome).toBe("applied");
    expect((await deliver(payload)).body.outcome).toBe("duplicate");
    expect((await call("GET", `/orders/${orderId}`, { token })).body.status).toBe("paid");
  });

  it("refuses and never credits a payment whose amount or currency does not match the order", async () => {
    const { event, orderId, token } = await succeededPayload();
    const wrongAmount = { ...event, id: `evt_${unique()}`, data: { object: { ...event.data.object, amount_received: 1 } } };
    expect((await deliver(JSON.stringify(wrongAmount))).body.outcome).toBe("refused");
    const wrongCurrency = { ...event, id: `evt_${unique()}`, data: { object: { ...event.data.object, currency: "usd" } } };
    expect((await deliver(JSON.stringify(wrongCurrency))).body.outcome).toBe("refused");
    const order = (await call("GET", `/orders/${orderId}`, { token })).body;
    expect(order.status).toBe("pending_payment");
    expect(order.paidFen).toBe(0);
  });

  it("refuses a signed event whose content is malformed, without a 5xx", async () => {
    const payload = JSON.stringify({
      id: `evt_${unique()}`,
      object: "event",
      type: "charge.refunded",
      data: { object: { id: "ch_1", object: "charge", amount_refunded: "lots" } },
    });
    const res = await deliver(payload);
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe("refused");
    const empty = await deliver(JSON.stringify({ id: `evt_${unique()}`, object: "event", type: "payment_intent.succeeded" }));
    expect(empty.status).toBe(200);
    expect(empty.body.outcome).toBe("refused");
  });

  it("acknowledges event types it does not handle", async () => {
    const payload = JSON.stringify({
      id: `evt_${unique()}`,
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_1", object: "customer" } },
    });
    const res = await deliver(payload);
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe("ignored");
  });
});

describe("sales reports by province and per month", () => {
  /** A month `by` months from `month` (YYYY-MM). */
  const shift = (month: string, by: number) => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const i = y * 12 + (m - 1) + by;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  };

  /** Two paid orders in two counties of a fresh province: 2 × ¥39.80 in the first, 1 × ¥39.80 in the second. */
  async function salesInFreshProvince() {
    const province = `报表省${unique()}`;
    const first = await createVillage({ province });
    const second = await createVillage({ province });
    const a = await paidOrder(2, { villageId: first.villageId });
    const b = await paidOrder(1, { villageId: second.villageId });
    expect([a.order.totalFen, b.order.totalFen]).toEqual([7960, 3980]);
    return { province, first, second };
  }

  it("rolls counties up into their province, in JSON and CSV", async () => {
    const { province } = await salesInFreshProvince();
    const res = await api("GET /reports/sales", { query: { groupBy: "province", from: thisMonth(), to: thisMonth() } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.groupBy).toBe("province");
    expect(res.body.rows.find((r) => r.key === province)).toEqual({ key: province, name: province, creditedFen: 11_940, orders: 2 });
    expect(res.body.totalFen).toBe(res.body.rows.reduce((a, r) => a + r.creditedFen, 0));
    // Our province's row is its two counties' rows summed.
    const counties = await api("GET /reports/sales", { query: { groupBy: "county", from: thisMonth(), to: thisMonth() } });
    const ours = counties.body.rows.filter((r) => r.key.startsWith(`${province}/`));
    expect(ours.map((r) => r.creditedFen).sort((x, y) => x - y)).toEqual([3980, 7960]);

    const csv = await call("GET", `/reports/sales?groupBy=province&from=${thisMonth()}&to=${thisMonth()}`, {
      headers: { accept: "text/csv" },
    });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.split("\r\n")[0]).toBe("province,name,creditedFen,orders");
    expect(csv.text).toContain(`\r\n${province},${province},11940,2\r\n`);
  });

  it("gives every row's figures for every month of the period, zeros included, and the months' totals", async () => {
    const { province, first, second } = await salesInFreshProvince();
    const from = shift(thisMonth(), -2);
    const months = [from, shift(thisMonth(), -1), thisMonth()];
    const res = await api("GET /reports/sales/monthly", { query: { groupBy: "county", from, to: thisMonth() } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ groupBy: "county", from, to: thisMonth() });
    expect(res.body.months.map((m) => m.month)).toEqual(months);
    const row = res.body.rows.find((r) => r.key === `${province}/${first.county}`)!;
    expect(row).toEqual({
      key: `${province}/${first.county}`,
      name: `${province} 德州市 ${first.county}`,
      creditedFen: 7960,
      orders: 1,
      months: [
        { month: months[0], creditedFen: 0, orders: 0 },
        { month: months[1], creditedFen: 0, orders: 0 },
        { month: months[2], creditedFen: 7960, orders: 1 },
      ],
    });
    expect(res.body.rows.find((r) => r.key === `${province}/${second.county}`)!.months[2]).toEqual({
      month: thisMonth(),
      creditedFen: 3980,
      orders: 1,
    });
    // Within one answer: each month's total is its rows' sum, the period's total the months'; rows largest first.
    for (const [i, m] of res.body.months.entries()) {
      expect(m.creditedFen).toBe(res.body.rows.reduce((a, r) => a + r.months[i]!.creditedFen, 0));
      expect(m.orders).toBe(res.body.rows.reduce((a, r) => a + r.months[i]!.orders, 0));
    }
    expect(res.body.totalFen).toBe(res.body.months.reduce((a, m) => a + m.creditedFen, 0));
    const amounts = res.body.rows.map((r) => r.creditedFen);
    expect(amounts).toEqual([...amounts].sort((x, y) => y - x));

    const byProvince = await api("GET /reports/sales/monthly", { query: { groupBy: "province", from: thisMonth(), to: thisMonth() } });
    expect(byProvince.body.rows.find((r) => r.key === province)).toEqual({
      key: province,
      name: province,
      creditedFen: 11_940,
      orders: 2,
      months: [{ month: thisMonth(), creditedFen: 11_940, orders: 2 }],
    });
    const byVillage = await api("GET /reports/sales/monthly", { query: { groupBy: "village" } });
    expect(byVillage.body.months).toHaveLength(12);
    expect(byVillage.body.rows.find((r) => r.key === first.villageId)?.months.at(-1)).toEqual({
      month: thisMonth(),
      creditedFen: 7960,
      orders: 1,
    });
  });

  it("serves the monthly report as CSV, one line per row and month with sales, in fen and in 元", async () => {
    const { province, first } = await salesInFreshProvince();
    const query = new URLSearchParams({ groupBy: "county", from: shift(thisMonth(), -1), to: thisMonth() });
    const csv = await call("GET", `/reports/sales/monthly?${query}`, { headers: { accept: "text/csv" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toContain(`monthly-sales-by-county-${shift(thisMonth(), -1)}-${thisMonth()}.csv`);
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("county,name,month,creditedFen,creditedYuan,orders");
    const ours = lines.filter((l) => l.startsWith(`${province}/${first.county},`));
    // No line for the month without sales.
    expect(ours).toEqual([`${province}/${first.county},${province} 德州市 ${first.county},${thisMonth()},7960,79.60,1`]);
  });

  it("refuses an unknown grouping or a reversed period with 400", async () => {
    const bad = await call("GET", "/reports/sales/monthly?groupBy=township");
    expectError(bad, 400, "VALIDATION_FAILED");
    expect(bad.body.error.details[0].path).toBe("query.groupBy");
    const reversed = await call("GET", `/reports/sales/monthly?from=${thisMonth()}&to=${shift(thisMonth(), -1)}`);
    expectError(reversed, 400, "VALIDATION_FAILED");
    expect(reversed.body.error.details[0].path).toBe("query.from");
  });
});
