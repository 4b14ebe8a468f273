/**
 * `npm run bench`: figures measured on the local runtime (DynamoDB Local, the Stripe stand-in).
 *  - DynamoDB round trips and consumed read/write capacity per placed order and per credited payment;
 *  - the time of a village sales report with 10 vs 10,000 credited orders (the ratio should be near 1,
 *    as the report reads month aggregates, not orders).
 * Usage: npm run bench [-- --orders 10000]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import Stripe from "stripe";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.DYNAMODB_METRICS = "1";

const { values } = parseArgs({ options: { orders: { type: "string", default: "10000" }, concurrency: { type: "string", default: "12" } } });
const BIG = Number(values.orders);
const CONCURRENCY = Number(values.concurrency);

// Imported once the environment above is set: the platform reads it when it loads.
const { benchPlatform } = await import("./platform");
const { dbMetrics } = await import("@fupin/core/platform/db");

const { platform, stop } = await benchPlatform("none", "fupin-bench");
const base = platform.url;
const standin = platform.stripeStandin!;
const admin = await platform.idp.sign("bench-admin", ["admin"]);

async function api(method: string, path: string, token: string | undefined, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as any;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function productIn(county: string) {
  const v = await api("POST", "/villages", admin, {
    name: `基准村${randomUUID().slice(0, 6)}`,
    province: "山东省",
    city: "德州市",
    county,
    township: "苏留庄镇",
  });
  const s = await api("POST", "/suppliers", admin, { name: "基准合作社", kind: "cooperative", villageId: v.villageId });
  const p = await api("POST", "/products", admin, {
    supplierId: s.supplierId,
    villageId: v.villageId,
    name: "夏津桑椹干",
    category: "果蔬",
    unit: "250g/袋",
    priceFen: 3980,
    stock: 1_000_000,
    povertyLink: { mode: "wages", households: 10 },
  });
  await api("PUT", `/products/${p.productId}/certification`, admin, {
    certificateNo: "BENCH-1",
    authorityLevel: "county",
    authority: "夏津县扶贫办",
    catalogBatch: "第一批",
    issuedOn: "2026-01-01",
    validUntil: "2099-12-31",
  });
  return { villageId: v.villageId as string, productId: p.productId as string };
}

const buyer = await platform.idp.sign("bench-buyer", ["buyer"]);
const place = (productId: string) =>
  api("POST", "/orders", buyer, { items: [{ productId, quantity: 1 }] }, { "idempotency-key": randomUUID() });
async function confirm(pi: string, hold: boolean) {
  const res = await fetch(`${standin.url}/v1/payment_intents/${pi}/confirm`, {
    method: "POST",
    headers: {
      authorization: "Bearer sk_test_bench",
      "content-type": "application/x-www-form-urlencoded",
      ...(hold ? { "stripe-standin-hold-webhooks": "true" } : {}),
    },
    body: "payment_method=pm_card_visa",
  });
  if (res.status !== 200) throw new Error(`confirm ${res.status}`);
}

function perOp(label: string, n: number) {
  const r = { roundTrips: dbMetrics.requests / n, readUnits: dbMetrics.readUnits / n, writeUnits: dbMetrics.writeUnits / n };
  console.log(
    `${label.padEnd(28)} ${r.roundTrips.toFixed(1)} DynamoDB round trips, ${r.writeUnits.toFixed(1)} WCU, ${r.readUnits.toFixed(1)} RCU per operation (n=${n})`,
  );
}

// 1. Per placed order and per credited payment.
const probe = await productIn("基准县");
const N = 30;
const intents: string[] = [];
dbMetrics.reset();
const t0 = performance.now();
for (let i = 0; i < N; i++) intents.push((await place(probe.productId)).payment.paymentIntentId);
const placeMs = (performance.now() - t0) / N;
perOp("placed order", N);
for (const pi of intents) await confirm(pi, true);
const events = standin.events.filter((e) => e.type === "payment_intent.succeeded" && intents.includes(e.data.object.id));
dbMetrics.reset();
for (const e of events) {
  const payload = JSON.stringify(e);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_local_development" });
  const res = await fetch(`${base}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": header },
    body: payload,
  });
  if (((await res.json()) as any).outcome !== "applied") throw new Error("not applied");
}
perOp("credited payment (webhook)", events.length);
console.log(`placed order latency        ${placeMs.toFixed(1)} ms mean, sequential, through HTTP, DynamoDB Local and the Stripe stand-in`);

// 2. Village report with 10 vs BIG credited orders.
async function creditOrders(productId: string, n: number) {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        next++;
        const order = await place(productId);
        await confirm(order.payment.paymentIntentId, false);
      }
    }),
  );
  await standin.settled();
  return performance.now() - t;
}
async function timeReport(villageId: string, runs = 200) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await api("GET", `/reports/villages/${villageId}/sales`, undefined);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}
const small = await productIn("小县");
const large = await productIn("大县");
await creditOrders(small.productId, 10);
const fillMs = await creditOrders(large.productId, BIG);
console.log(
  `credited ${BIG} orders in ${(fillMs / 1000).toFixed(1)} s (${(BIG / (fillMs / 1000)).toFixed(0)} orders/s, ${CONCURRENCY} concurrent buyers)`,
);
const smallReport = await api("GET", `/reports/villages/${small.villageId}/sales`, undefined);
const largeReport = await api("GET", `/reports/villages/${large.villageId}/sales`, undefined);
if (smallReport.totalFen !== 10 * 3980 || largeReport.totalFen !== BIG * 3980)
  throw new Error(`reports disagree: ${smallReport.totalFen} ${largeReport.totalFen}`);
dbMetrics.reset();
const s = await timeReport(small.villageId);
const smallTrips = dbMetrics.requests / 200;
const l = await timeReport(large.villageId);
console.log(`village report, 10 orders:      p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, ${smallTrips.toFixed(0)} round trips`);
console.log(`village report, ${BIG} orders:  p50 ${l.p50.toFixed(2)} ms, p95 ${l.p95.toFixed(2)} ms`);
console.log(`ratio (p50 large / small):      ${(l.p50 / s.p50).toFixed(2)}`);

await stop();
