import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./support/ports";

/**
 * `npm start` as a user runs it: a real process with its own DynamoDB Local, data kept in
 * DATA_DIR across restarts, a banner, a token from `npm run token`, a clean Ctrl-C, and a clear
 * one-line refusal when its DATA_DIR or a port belongs to an instance already running.
 */

/** Exactly what `npm start` runs: node itself, so Ctrl-C reaches main.ts's shutdown with no CLI wrapper in between. */
const START = ["--import", "tsx", "packages/local/src/main.ts"];
const TOKEN = ["--import", "tsx", "packages/local/src/token-cli.ts"];
/** Each test's timeout is well above the readiness deadline, so a slow start fails with its output, not a bare timeout. */
const TEST_TIMEOUT_MS = 120_000;
const READY_DEADLINE_MS = 90_000;
/** A refused start exits before spawning anything; one still running after this was not refused. */
const REFUSAL_DEADLINE_MS = 45_000;

/** The test worker inherits the shared test platform's settings; a user's shell has none of them. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of [
    "TABLE_NAME",
    "DYNAMODB_ENDPOINT",
    "JWKS_URL",
    "JWT_ISSUER",
    "JWT_AUDIENCE",
    "STRIPE_API_BASE",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "PORT",
    "DYNAMODB_PORT",
    "DATA_DIR",
    "POWERTOOLS_LOG_LEVEL",
  ])
    delete env[k];
  return { ...env, ...extra };
}

const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};
const dataDir = tempDir("fupin-start-");

interface Settings {
  dataDir: string;
  port: number;
  dynamodbPort: number;
  stripePort: number;
}

async function settings(dir: string, overrides: Partial<Settings> = {}): Promise<Settings> {
  return { dataDir: dir, port: await freePort(), dynamodbPort: await freePort(), stripePort: await freePort(), ...overrides };
}

const envFor = (s: Settings, extra: Record<string, string> = {}) =>
  userEnv({
    PORT: String(s.port),
    DYNAMODB_PORT: String(s.dynamodbPort),
    STRIPE_API_BASE: `http://127.0.0.1:${s.stripePort}`,
    DATA_DIR: s.dataDir,
    SEED: "demo",
    POWERTOOLS_LOG_LEVEL: "WARN",
    ...extra,
  });

interface Launched {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Every process a test started, so that a failing test leaves none of them (nor their Java) behind. */
const children: ChildProcess[] = [];
const javaPids = new Set<number>();

function launch(env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, START, { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => {
    out += c;
    err += c;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, stderr: () => err, exited };
}

interface Started extends Launched, Settings {
  stripe: string;
  java: number;
  readyMs: number;
}

async function start(s: Settings, extra: Record<string, string> = {}): Promise<Started> {
  const t0 = Date.now();
  const launched = launch(envFor(s, extra));
  let exited = false;
  void launched.exited.then(() => (exited = true));
  // Time to the first served request, polling as a user with curl would.
  for (;;) {
    if (exited) throw new Error(`npm start exited: ${launched.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/products`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > READY_DEADLINE_MS) throw new Error(`not serving within ${READY_DEADLINE_MS / 1000} s: ${launched.output()}`);
    await sleep(100);
  }
  const java = dynamoPid(s.dataDir);
  javaPids.add(java);
  return { ...launched, ...s, stripe: `http://127.0.0.1:${s.stripePort}`, java, readyMs: Date.now() - t0 };
}

/** Runs an `npm start` that should refuse to start; one still running at the deadline is interrupted. */
async function startRefused(s: Settings): Promise<{ code: number | null; stderr: string; output: string }> {
  const launched = launch(envFor(s));
  const code = await Promise.race([launched.exited, sleep(REFUSAL_DEADLINE_MS).then(() => "running" as const)]);
  if (code === "running") {
    launched.child.kill("SIGINT");
    await launched.exited;
    return { code: null, stderr: launched.stderr(), output: `still running after ${REFUSAL_DEADLINE_MS / 1000} s: ${launched.output()}` };
  }
  return { code, stderr: launched.stderr(), output: launched.output() };
}

function expectOneLineRefusal(refusal: { code: number | null; stderr: string; output: string }, line: RegExp) {
  expect(refusal.code, refusal.output).toBe(1);
  expect(refusal.stderr, "no stack trace").not.toMatch(/^\s+at /m);
  expect(refusal.stderr.trim().split("\n"), refusal.stderr).toHaveLength(1);
  expect(refusal.stderr.trim()).toMatch(line);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function dynamoPid(dir: string): number {
  return (JSON.parse(readFileSync(join(dir, "dynamodb", "dynamodb-local.pid"), "utf8")) as { pid: number }).pid;
}

const lockFile = (dir: string) => join(dir, "instance.lock");

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
};

async function interrupt({ child, exited }: Launched): Promise<number | null> {
  child.kill("SIGINT");
  return exited;
}

const token = (dir: string, sub: string, roles: string) => {
  const res = spawnSync(process.execPath, [...TOKEN, "--sub", sub, "--roles", roles], {
    env: userEnv({ DATA_DIR: dir }),
    encoding: "utf8",
  });
  expect(res.status, res.stderr).toBe(0);
  return res.stdout.trim();
};

const stripeCreate = (base: string, idempotencyKey: string) =>
  fetch(`${base}/v1/payment_intents`, {
    method: "POST",
    headers: {
      authorization: "Bearer sk_test_restart",
      "content-type": "application/x-www-form-urlencoded",
      "idempotency-key": idempotencyKey,
    },
    body: "amount=1200&currency=cny&metadata[orderId]=replayed-after-restart",
  });

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of javaPids) if (alive(pid)) process.kill(pid, "SIGKILL");
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm start", () => {
  // The first instance, shared by the tests that follow (vitest runs a file's tests in order).
  let first: Started;
  let villageId: string;
  let order: { orderId: string; payment: { paymentIntentId: string } };
  let buyer: string;
  let replayedIntent: string;

  it("runs main.ts under node itself, with no tsx CLI between Ctrl-C and the shutdown", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${START.join(" ")}`);
  });

  it(
    "serves the seeded catalog, prints a banner and issues working tokens",
    async () => {
      first = await start(await settings(dataDir));
      console.log(`npm start: first request served after ${first.readyMs} ms`);
      const products = (await (await fetch(`http://127.0.0.1:${first.port}/products`)).json()) as {
        items: { name: string; productId: string }[];
      };
      expect(products.items.map((p) => p.name)).toContain("夏津黄河故道桑椹干");
      expect(first.output()).toContain(`http://localhost:${first.port}`);
      expect(first.output()).toContain("demo data seeded");
      expect(first.output()).toContain(`Console        http://localhost:${first.port}/console/`);
      expect((await fetch(`http://127.0.0.1:${first.port}/console/config.json`)).status).toBe(200);
      expect(alive(first.java)).toBe(true);

      const created = await fetch(`http://127.0.0.1:${first.port}/villages`, {
        method: "POST",
        headers: { authorization: `Bearer ${token(dataDir, "admin-7", "admin")}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "重启测试村", province: "山东省", city: "德州市", county: "齐河县", township: "焦庙镇" }),
      });
      expect(created.status).toBe(201);
      ({ villageId } = (await created.json()) as { villageId: string });

      // An order placed before a restart can still be paid after it: the Stripe stand-in keeps its state too.
      buyer = token(dataDir, "buyer-7", "buyer");
      const placed = await fetch(`http://127.0.0.1:${first.port}/orders`, {
        method: "POST",
        headers: { authorization: `Bearer ${buyer}`, "content-type": "application/json", "idempotency-key": "restart-order-0001" },
        body: JSON.stringify({ items: [{ productId: products.items[0]!.productId, quantity: 1 }] }),
      });
      expect(placed.status).toBe(201);
      order = (await placed.json()) as typeof order;

      // A create under an Idempotency-Key, to be replayed after the restart.
      const pi = await stripeCreate(first.stripe, "replay-me-after-restart");
      expect(pi.status).toBe(200);
      replayedIntent = ((await pi.json()) as { id: string }).id;
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses a second instance on the same DATA_DIR in one line naming the running one, and leaves it running",
    async () => {
      const second = await startRefused(await settings(dataDir));
      expectOneLineRefusal(
        second,
        new RegExp(`DATA_DIR.*pid ${first.child.pid}\\b.*${first.port}.*${first.dynamodbPort}.*${first.stripe}`),
      );
      // The usual slip, `npm start` twice with the same settings: the DATA_DIR is named rather than a port.
      expectOneLineRefusal(await startRefused(first), new RegExp(`DATA_DIR.*pid ${first.child.pid}\\b`));

      expect(alive(first.java)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${first.port}/products`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${first.port}/villages/${villageId}`)).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses a port in use in one line naming the service and its variable, before starting anything",
    async () => {
      const elsewhere = (overrides: Partial<Settings>) => settings(tempDir("fupin-elsewhere-"), overrides);
      const dynamo = await startRefused(await elsewhere({ dynamodbPort: first.dynamodbPort }));
      expectOneLineRefusal(
        dynamo,
        new RegExp(
          `^Could not start: port ${first.dynamodbPort} \\(DynamoDB Local, DYNAMODB_PORT\\) is already in use by another program; set DYNAMODB_PORT to a free port\\.$`,
        ),
      );
      const gateway = await startRefused(await elsewhere({ port: first.port }));
      expectOneLineRefusal(
        gateway,
        new RegExp(
          `^Could not start: port ${first.port} \\(gateway, PORT\\) is already in use by another program; set PORT to a free port\\.$`,
        ),
      );
      const standin = await startRefused(await elsewhere({ stripePort: first.stripePort }));
      expectOneLineRefusal(
        standin,
        new RegExp(
          `^Could not start: port ${first.stripePort} \\(Stripe stand-in, STRIPE_API_BASE\\) is already in use by another program; .*STRIPE_API_BASE`,
        ),
      );

      expect(alive(first.java)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${first.port}/villages/${villageId}`)).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses Stripe parameters that would reach Object.prototype, and keeps answering list routes",
    async () => {
      const hostile = await fetch(`${first.stripe}/v1/payment_intents`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_hostile", "content-type": "application/x-www-form-urlencoded" },
        body: "amount=100&currency=cny&metadata[__proto__][limit]=x",
      });
      // A polluted Object.prototype.limit made every list route of the process answer 400.
      expect((await fetch(`http://127.0.0.1:${first.port}/products`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${first.port}/villages`)).status).toBe(200);
      expect(hostile.status).toBe(400);
      expect(((await hostile.json()) as { error: { type: string } }).error).toMatchObject({
        type: "invalid_request_error",
        param: "metadata[__proto__][limit]",
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "after a crash, takes over the DATA_DIR: stale lock and orphaned DynamoDB Local go, data, payments and idempotency keys survive, Ctrl-C leaves no Java",
    async () => {
      first.child.kill("SIGKILL");
      await first.exited;
      expect(alive(first.java), "the crashed instance's DynamoDB Local is orphaned").toBe(true);
      expect(existsSync(lockFile(dataDir)), "the crashed instance's lock is left behind").toBe(true);

      const second = await start(await settings(dataDir));
      expect(alive(first.java), "the orphaned DynamoDB Local was stopped").toBe(false);
      expect(second.output()).toContain("demo data already present");
      expect((await fetch(`http://127.0.0.1:${second.port}/villages/${villageId}`)).status).toBe(200);

      const replayed = await stripeCreate(second.stripe, "replay-me-after-restart");
      expect(replayed.headers.get("idempotent-replayed")).toBe("true");
      expect(((await replayed.json()) as { id: string }).id).toBe(replayedIntent);

      const confirmed = await fetch(`${second.stripe}/v1/payment_intents/${order.payment.paymentIntentId}/confirm`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_restart", "content-type": "application/x-www-form-urlencoded" },
        body: "payment_method=pm_card_visa",
      });
      expect(confirmed.status).toBe(200);
      let status = "";
      for (let i = 0; i < 200 && status !== "paid"; i++) {
        await sleep(50);
        status = (
          (await (
            await fetch(`http://127.0.0.1:${second.port}/orders/${order.orderId}`, { headers: { authorization: `Bearer ${buyer}` } })
          ).json()) as { status: string }
        ).status;
      }
      expect(status).toBe("paid");

      expect(alive(second.java)).toBe(true);
      expect(await interrupt(second)).toBe(0);
      expect(second.output()).toContain("stopped");
      expect(alive(second.java)).toBe(false);
      expect(existsSync(lockFile(dataDir)), "the lock is released").toBe(false);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "runs the scheduled job that cancels orders left unpaid, giving their stock back",
    async () => {
      const own = tempDir("fupin-jobs-");
      const running = await start(await settings(own), { UNPAID_ORDER_MINUTES: "0.02", JOBS_INTERVAL_SECONDS: "1" });
      try {
        const base = `http://127.0.0.1:${running.port}`;
        const slowBuyer = token(own, "slow-buyer", "buyer");
        const product = ((await (await fetch(`${base}/products`)).json()) as { items: { productId: string; stock: number }[] }).items[0]!;
        const placed = await fetch(`${base}/orders`, {
          method: "POST",
          headers: { authorization: `Bearer ${slowBuyer}`, "content-type": "application/json", "idempotency-key": "slow-buyer-order-1" },
          body: JSON.stringify({ items: [{ productId: product.productId, quantity: 2 }] }),
        });
        const { orderId } = (await placed.json()) as { orderId: string };
        let placedOrder: { status: string; closedReason?: string } = { status: "" };
        for (let i = 0; i < 150 && placedOrder.status !== "cancelled"; i++) {
          await sleep(100);
          placedOrder = (await (
            await fetch(`${base}/orders/${orderId}`, { headers: { authorization: `Bearer ${slowBuyer}` } })
          ).json()) as typeof placedOrder;
        }
        expect(placedOrder).toMatchObject({ status: "cancelled", closedReason: "payment_timeout" });
        const after = ((await (await fetch(`${base}/products/${product.productId}`)).json()) as { stock: number }).stock;
        expect(after).toBe(product.stock);
      } finally {
        expect(await interrupt(running)).toBe(0);
        expect(alive(running.java)).toBe(false);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it("says in one line how to get Java when it is missing", () => {
    // A PATH with node and nothing else (java often sits beside node in /usr/bin).
    const bin = tempDir("fupin-nojava-");
    symlinkSync(process.execPath, join(bin, "node"));
    const res = spawnSync(join(bin, "node"), START, {
      env: userEnv({ PATH: bin, DATA_DIR: dataDir, DYNAMODB_PORT: "1" }),
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Java 17\+ is needed.*apt-get install -y openjdk-17-jre-headless/);
  });
});
