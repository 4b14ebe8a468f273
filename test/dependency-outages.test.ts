import { randomUUID } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTION_TIMEOUT_SECONDS } from "@fupin/core/platform/deadline";
import { call, expectError, tokenFor, unique } from "./support/api";
import { adminToken, listedProduct, villageInput } from "./support/fixtures";
import { startSideGateway } from "./support/side-gateway";
import { freePort } from "./support/ports";

/** A server that accepts connections and never answers: a provider or database that hangs. */
async function blackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const DEADLINE_MS = FUNCTION_TIMEOUT_SECONDS * 1000;

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await work;
  return { value, ms: Date.now() - t0 };
}

async function fetchJson(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}

/** For the tests of a describe block: a side gateway whose `variable` points at a black hole. */
function gatewayWithHungDependency(variable: "STRIPE_API_BASE" | "DYNAMODB_ENDPOINT") {
  const running: { hung?: Awaited<ReturnType<typeof blackHole>>; side?: Awaited<ReturnType<typeof startSideGateway>> } = {};
  beforeAll(async () => {
    running.hung = await blackHole();
    running.side = await startSideGateway({ [variable]: running.hung.url });
  });
  afterAll(async () => {
    await running.side?.stop();
    await running.hung?.close();
  });
  return { url: () => running.side!.url };
}

describe("a payment provider that accepts connections and never answers", () => {
  const side = gatewayWithHungDependency("STRIPE_API_BASE");

  it("gets the buyer 503 PAYMENT_PROVIDER_UNAVAILABLE with Retry-After before the function's deadline, and gives the stock back", async () => {
    const { product } = await listedProduct({ stock: 5 });
    const token = await tokenFor(`buyer-hang-${unique()}`, "buyer");
    const key = randomUUID();
    const body = JSON.stringify({ items: [{ productId: product.productId, quantity: 2 }] });
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key };
    const { value: res, ms } = await timed(fetchJson(`${side.url()}/orders`, { method: "POST", headers, body }));
    console.log(`hung Stripe: answered ${res.status} after ${ms} ms (function timeout ${DEADLINE_MS} ms)`);
    expectError(res, 503, "PAYMENT_PROVIDER_UNAVAILABLE");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect((await call("GET", `/products/${product.productId}`, { token: await adminToken() })).body.stock).toBe(5);
    // The buyer's retry with the same key, once the provider answers again, places the order.
    const retried = await call("POST", "/orders", {
      token,
      rawBody: body,
      headers: { "content-type": "application/json", "idempotency-key": key },
    });
    expect(retried.status, retried.text).toBe(201);
    expect(retried.body.payment.clientSecret).toBeTruthy();
    expect((await call("GET", `/products/${product.productId}`, { token: await adminToken() })).body.stock).toBe(3);
  });
});

describe("a database that refuses connections", () => {
  let side: Awaited<ReturnType<typeof startSideGateway>>;
  beforeAll(async () => {
    side = await startSideGateway({ DYNAMODB_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
  });
  afterAll(async () => side?.stop());

  it("answers reads and writes 503 SERVICE_UNAVAILABLE with Retry-After, never 500", async () => {
    const list = await fetchJson(`${side.url}/products`);
    expectError(list, 503, "SERVICE_UNAVAILABLE");
    expect(Number(list.headers.get("retry-after"))).toBeGreaterThan(0);
    const write = await fetchJson(`${side.url}/villages`, {
      method: "POST",
      headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
      body: JSON.stringify(villageInput()),
    });
    expectError(write, 503, "SERVICE_UNAVAILABLE");
  });

  it("stays live but reports itself not ready", async () => {
    expect((await fetchJson(`${side.url}/health`)).body).toEqual({ status: "ok" });
    const ready = await fetchJson(`${side.url}/health/ready`);
    expectError(ready, 503, "SERVICE_UNAVAILABLE");
    expect(ready.headers.get("retry-after")).toBeTruthy();
  });
});

describe("a database that accepts connections and never answers", () => {
  const side = gatewayWithHungDependency("DYNAMODB_ENDPOINT");

  it("answers 503 before the function's deadline instead of being cut off", async () => {
    const { value: res, ms } = await timed(fetchJson(`${side.url()}/health/ready`));
    console.log(`hung DynamoDB: answered ${res.status} after ${ms} ms (function timeout ${DEADLINE_MS} ms)`);
    expectError(res, 503, "SERVICE_UNAVAILABLE");
    expect(ms).toBeLessThan(DEADLINE_MS);
  });
});

describe("readiness of the running platform", () => {
  it("reports the database reachable", async () => {
    expect((await call("GET", "/health/ready")).body).toEqual({ status: "ready", database: "reachable" });
  });
});
