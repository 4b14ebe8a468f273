import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { testTable } from "./support/table";
import { call, tokenFor, unique } from "./support/api";
import { adminToken, certificationInput, createSupplier, createVillage, productInput } from "./support/fixtures";
import { confirm, deliver, eventsFor, stripe } from "./support/stripe";

/**
 * Exactly-once crediting under any delivery: the webhooks of many orders are held back by the
 * Stripe stand-in, then delivered by the test in orders fast-check generates, each several times,
 * concurrently, with refunds in between. Non-2xx answers are delivered again, as Stripe retries.
 * Afterwards: Σ village credits = Σ succeeded payments − Σ refunds, each order credited once,
 * stock never negative and as the paid orders leave it, reports equal the ledger.
 */

async function ledgerSum(villageId: string): Promise<number> {
  const out = await testTable().client.send(
    new QueryCommand({
      TableName: testTable().tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `CREDIT#VILLAGE#${villageId}` },
    }),
  );
  return (out.Items ?? []).reduce((a, i) => a + Number(i.amountFen), 0);
}

/** Delivers every event `copies` times in the generated order, `width` at a time, until each was acknowledged. */
async function deliverAll(payloads: string[], order: number[], copies: number, width: number) {
  const queue = order.flatMap((i) => Array.from({ length: copies }, () => payloads[i % payloads.length]!));
  let pending = queue;
  for (let round = 0; round < 8 && pending.length; round++) {
    const failed: string[] = [];
    for (let i = 0; i < pending.length; i += width) {
      const batch = pending.slice(i, i + width);
      const answers = await Promise.all(batch.map((p) => deliver(p)));
      answers.forEach((a, j) => {
        expect(a.status, a.text).toBeLessThan(500);
        if (a.status !== 200) failed.push(batch[j]!);
      });
    }
    pending = failed;
  }
  expect(pending).toEqual([]);
}

const scenario = fc.record({
  orders: fc.array(
    fc.record({
      lines: fc
        .subarray([0, 1, 2], { minLength: 1 })
        .chain((ps) => fc.tuple(...ps.map((p) => fc.record({ product: fc.constant(p), quantity: fc.integer({ min: 1, max: 3 }) })))),
      pays: fc.boolean(),
      refunds: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 2 }),
    }),
    { minLength: 2, maxLength: 5 },
  ),
  seed: fc.integer(),
  copies: fc.integer({ min: 2, max: 3 }),
  width: fc.integer({ min: 2, max: 8 }),
});

describe("exactly-once crediting", () => {
  it("holds for webhooks duplicated, shuffled and raced, with refunds", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const admin = await adminToken();
        // Two villages of one county: a supplier lists products from villages of its own county only.
        const first = await createVillage();
        const villages = [first, await createVillage({ county: first.county })];
        const supplier = await createSupplier(villages[0]!.villageId);
        const prices = [3980, 12800, 599];
        const products: string[] = [];
        for (let i = 0; i < 3; i++) {
          const p = await call("POST", "/products", {
            token: admin,
            body: productInput(supplier.supplierId, villages[i % 2]!.villageId, { priceFen: prices[i], stock: 100 }),
          });
          await call("PUT", `/products/${p.body.productId}/certification`, { token: admin, body: certificationInput() });
          products.push(p.body.productId);
        }

        // Place and confirm, holding every webhook back.
        const placed: { orderId: string; pi: string; pays: boolean; refunds: number[]; token: string }[] = [];
        for (const o of s.orders) {
          const token = await tokenFor(`buyer-${unique()}`, "buyer");
          const res = await call("POST", "/orders", {
            token,
            body: { items: o.lines.map((l) => ({ productId: products[l.product], quantity: l.quantity })) },
            headers: { "idempotency-key": randomUUID() },
          });
          expect(res.status, res.text).toBe(201);
          await confirm(res.body.payment.paymentIntentId, o.pays ? "pm_card_visa" : "pm_card_chargeDeclined", true);
          placed.push({ orderId: res.body.orderId, pi: res.body.payment.paymentIntentId, pays: o.pays, refunds: o.refunds, token });
        }
        const pis = placed.map((p) => p.pi);
        const shuffle = (n: number) =>
          fc.sample(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), { seed: s.seed, numRuns: 1 })[0]!;

        // First wave: the payment events, shuffled, duplicated, concurrent.
        let payloads = (await eventsFor(pis)).map((e) => JSON.stringify(e));
        await deliverAll(payloads, shuffle(payloads.length), s.copies, s.width);

        // Refunds of paid orders (percentages of what remains), their events held too.
        for (const p of placed.filter((x) => x.pays)) {
          for (const pct of p.refunds) {
            const order = (await call("GET", `/orders/${p.orderId}`, { token: admin })).body;
            const remaining = order.paidFen - order.refundRequestedFen;
            const amount = Math.max(1, Math.floor((remaining * pct) / 100));
            if (remaining <= 0) continue;
            const r = await call("POST", `/orders/${p.orderId}/refunds`, {
              token: admin,
              body: { amountFen: Math.min(amount, remaining), reason: "invariant" },
            });
            expect(r.status, r.text).toBe(201);
          }
        }

        // Second wave: every event of these payments again, refunds included, in another order.
        payloads = (await eventsFor(pis)).map((e) => JSON.stringify(e));
        await deliverAll(payloads, shuffle(payloads.length).reverse(), s.copies, s.width);

        // The invariants, against Stripe's own record of what happened.
        let expectedNet = 0;
        for (const p of placed) {
          const intent = await stripe().paymentIntents.retrieve(p.pi);
          const order = (await call("GET", `/orders/${p.orderId}`, { token: p.token })).body;
          if (intent.status === "succeeded") {
            const charge = await stripe().charges.retrieve(intent.latest_charge as string);
            expectedNet += intent.amount_received - charge.amount_refunded;
            expect(order.paidFen).toBe(intent.amount_received);
            expect(order.refundedFen).toBe(charge.amount_refunded);
            expect(order.status).toBe(
              charge.amount_refunded === 0 ? "paid" : charge.amount_refunded === intent.amount_received ? "refunded" : "partially_refunded",
            );
          } else {
            expect(order.status).toBe("payment_failed");
            expect(order.paidFen).toBe(0);
          }
        }
        const reports = await Promise.all(villages.map((v) => call("GET", `/reports/villages/${v.villageId}/sales`)));
        const credited = reports.reduce((a, r) => a + r.body.totalFen, 0);
        expect(credited).toBe(expectedNet);
        for (const [i, v] of villages.entries()) expect(await ledgerSum(v.villageId)).toBe(reports[i]!.body.totalFen);
        const paidOrders = placed.filter((p) => p.pays).length;
        const fullyRefunded = (await Promise.all(placed.map((p) => call("GET", `/orders/${p.orderId}`, { token: admin })))).filter(
          (r) => r.body.status === "refunded",
        ).length;
        // Each order counts once in the reports of each village it touched; none twice.
        const counted = reports.reduce((a, r) => a + r.body.months.reduce((b: number, m: any) => b + m.orders, 0), 0);
        expect(counted).toBeLessThanOrEqual((paidOrders - fullyRefunded) * 2);
        expect(counted).toBeGreaterThanOrEqual(paidOrders - fullyRefunded);

        for (const [i, productId] of products.entries()) {
          const sold = s.orders
            .filter((o) => o.pays)
            .flatMap((o) => o.lines)
            .filter((l) => l.product === i)
            .reduce((a, l) => a + l.quantity, 0);
          const stock = (await call("GET", `/products/${productId}`)).body.stock;
          expect(stock).toBeGreaterThanOrEqual(0);
          expect(stock).toBe(100 - sold);
        }
      }),
      { numRuns: 6 },
    );
  });
});
