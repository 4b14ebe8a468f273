import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./support/ports";

/**
 * `npm start` as a user runs it: a real process with its own DynamoDB Local, data kept in
 * DATA_DIR across restarts, a banner, a token from `npm run token`, and a clean Ctrl-C.
 */
const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");

/** The test worker inherits the shared test platform's settings; a user's shell has none of them. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ["TABLE_NAME", "DYNAMODB_ENDPOINT", "JWKS_URL", "JWT_ISSUER", "JWT_AUDIENCE", "STRIPE_API_BASE", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "PORT", "DYNAMODB_PORT", "DATA_DIR", "POWERTOOLS_LOG_LEVEL"]) delete env[k];
  return { ...env, ...extra };
}
const dataDir = mkdtempSync(join(tmpdir(), "fupin-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  stripe: string;
  output: () => string;
  port: number;
  readyMs: number;
}

async function start(): Promise<Started> {
  const port = await freePort();
  const stripe = `http://127.0.0.1:${await freePort()}`;
  const env = userEnv({ PORT: String(port), DYNAMODB_PORT: String(await freePort()), STRIPE_API_BASE: stripe, DATA_DIR: dataDir, SEED: "demo", POWERTOOLS_LOG_LEVEL: "WARN" });
  const t0 = Date.now();
  const child = spawn(process.execPath, [TSX, "packages/local/src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  // Time to the first served request, polling as a user with curl would.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited: ${out}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/products`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 60_000) throw new Error(`not serving within 60 s: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, stripe, output: () => out, port, readyMs: Date.now() - t0 };
}

function dynamoPid(): number {
  return Number(readFileSync(join(dataDir, "dynamodb", "dynamodb-local.pid"), "utf8"));
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");

async function interrupt({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGINT");
  return exited;
}

describe("npm start", () => {
  it("serves the seeded catalog, prints a banner, issues working tokens and stops cleanly on Ctrl-C", async () => {
    const first = await start();
    console.log(`npm start: first request served after ${first.readyMs} ms`);
    const products = (await (await fetch(`http://127.0.0.1:${first.port}/products`)).json()) as { items: { name: string }[] };
    expect(products.items.map((p: any) => p.name)).toContain("夏津黄河故道桑椹干");
    expect(first.output()).toContain(`http://localhost:${first.port}`);
    expect(first.output()).toContain("demo data seeded");

    const token = spawnSync(process.execPath, [TSX, "packages/local/src/token-cli.ts", "--sub", "admin-7", "--roles", "admin"], {
      env: userEnv({ DATA_DIR: dataDir }),
      encoding: "utf8",
    });
    expect(token.status, token.stderr).toBe(0);
    expect(token.stdout.trim().split(".")).toHaveLength(3);
    const created = await fetch(`http://127.0.0.1:${first.port}/villages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token.stdout.trim()}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "重启测试村", province: "山东省", city: "德州市", county: "齐河县", township: "焦庙镇" }),
    });
    expect(created.status).toBe(201);
    const { villageId } = (await created.json()) as { villageId: string };

    // An order placed before a restart can still be paid after it: the Stripe stand-in keeps its state too.
    const buyer = spawnSync(process.execPath, [TSX, "packages/local/src/token-cli.ts", "--sub", "buyer-7", "--roles", "buyer"], { env: userEnv({ DATA_DIR: dataDir }), encoding: "utf8" }).stdout.trim();
    const productId = (products as any).items[0].productId as string;
    const placed = await fetch(`http://127.0.0.1:${first.port}/orders`, {
      method: "POST",
      headers: { authorization: `Bearer ${buyer}`, "content-type": "application/json", "idempotency-key": "restart-order-0001" },
      body: JSON.stringify({ items: [{ productId, quantity: 1 }] }),
    });
    expect(placed.status).toBe(201);
    const order = (await placed.json()) as { orderId: string; payment: { paymentIntentId: string } };

    const java = dynamoPid();
    expect(alive(java)).toBe(true);
    expect(await interrupt(first)).toBe(0);
    expect(alive(java)).toBe(false);
    expect(first.output()).toContain("stopped");

    // Data survives a restart, and the demo is not seeded twice.
    const second = await start();
    expect(second.output()).toContain("demo data already present");
    expect((await fetch(`http://127.0.0.1:${second.port}/villages/${villageId}`)).status).toBe(200);
    const confirmed = await fetch(`${second.stripe}/v1/payment_intents/${order.payment.paymentIntentId}/confirm`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_restart", "content-type": "application/x-www-form-urlencoded" },
      body: "payment_method=pm_card_visa",
    });
    expect(confirmed.status).toBe(200);
    let status = "";
    for (let i = 0; i < 100 && status !== "paid"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = ((await (await fetch(`http://127.0.0.1:${second.port}/orders/${order.orderId}`, { headers: { authorization: `Bearer ${buyer}` } })).json()) as { status: string }).status;
    }
    expect(status).toBe("paid");
    expect(await interrupt(second)).toBe(0);
  });

  it("runs the scheduled job that cancels orders left unpaid, giving their stock back", async () => {
    const own = mkdtempSync(join(tmpdir(), "fupin-jobs-"));
    const port = await freePort();
    const child = spawn(process.execPath, [TSX, "packages/local/src/main.ts"], {
      env: userEnv({ PORT: String(port), DYNAMODB_PORT: String(await freePort()), STRIPE_API_BASE: `http://127.0.0.1:${await freePort()}`, DATA_DIR: own, SEED: "demo", POWERTOOLS_LOG_LEVEL: "WARN", UNPAID_ORDER_MINUTES: "0.02", JOBS_INTERVAL_SECONDS: "1" }),
      stdio: "ignore",
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 600; i++) {
        if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const buyer = spawnSync(process.execPath, [TSX, "packages/local/src/token-cli.ts", "--sub", "slow-buyer", "--roles", "buyer"], { env: userEnv({ DATA_DIR: own }), encoding: "utf8" }).stdout.trim();
      const product = ((await (await fetch(`${base}/products`)).json()) as { items: { productId: string; stock: number }[] }).items[0]!;
      const placed = await fetch(`${base}/orders`, {
        method: "POST",
        headers: { authorization: `Bearer ${buyer}`, "content-type": "application/json", "idempotency-key": "slow-buyer-order-1" },
        body: JSON.stringify({ items: [{ productId: product.productId, quantity: 2 }] }),
      });
      const { orderId } = (await placed.json()) as { orderId: string };
      let order: { status: string; closedReason?: string } = { status: "" };
      for (let i = 0; i < 100 && order.status !== "cancelled"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        order = (await (await fetch(`${base}/orders/${orderId}`, { headers: { authorization: `Bearer ${buyer}` } })).json()) as typeof order;
      }
      expect(order).toMatchObject({ status: "cancelled", closedReason: "payment_timeout" });
      const after = ((await (await fetch(`${base}/products/${product.productId}`)).json()) as { stock: number }).stock;
      expect(after).toBe(product.stock);
    } finally {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT");
      await exited;
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("says in one line how to get Java when it is missing", () => {
    // A PATH with node and nothing else (java often sits beside node in /usr/bin).
    const bin = mkdtempSync(join(tmpdir(), "fupin-nojava-"));
    symlinkSync(process.execPath, join(bin, "node"));
    const res = spawnSync(join(bin, "node"), [TSX, "packages/local/src/main.ts"], {
      env: userEnv({ PATH: bin, DATA_DIR: dataDir, DYNAMODB_PORT: "1" }),
      encoding: "utf8",
      timeout: 30_000,
    });
    rmSync(bin, { recursive: true, force: true });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Java 17\+ is needed.*apt-get install -y openjdk-17-jre-headless/);
  });
});
