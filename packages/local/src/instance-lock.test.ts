import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_FILE, lockDataDir } from "./instance-lock";
import { procStat } from "./processes";
import { StartupError } from "./startup-error";

const owner = { port: 3000, dynamodbPort: 8000, stripeApiBase: "http://127.0.0.1:12111" };
const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "fupin-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const holder = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")) as { pid: number };

interface LockHolder {
  pid: number;
  startTicks?: number | undefined;
  stop(): void;
}

/** A live process other than this one, to hold a lock. */
async function otherProcess(): Promise<LockHolder> {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
  await new Promise((resolve) => child.once("spawn", resolve));
  return { pid: child.pid!, startTicks: procStat(child.pid!)?.startTicks, stop: () => void child.kill("SIGKILL") };
}

describe("lockDataDir", () => {
  it("holds the DATA_DIR until released, and only its own lock is released", async () => {
    const dir = dataDir();
    const lock = await lockDataDir(dir, owner);
    expect(holder(dir)).toMatchObject({ pid: process.pid, ...owner });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const again = await lockDataDir(dir, owner);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, ...owner }));
    again.release();
    expect(holder(dir).pid, "another's lock is left alone").toBe(1);
  });

  it("refuses a DATA_DIR held by a running process, in one line naming its pid and ports", async () => {
    const dir = dataDir();
    const other = await otherProcess();
    try {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, startTicks: other.startTicks, ...owner }));
      const refusal = await lockDataDir(dir, { port: 3001, dynamodbPort: 8001, stripeApiBase: null }).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(StartupError);
      expect((refusal as Error).message).toMatch(
        new RegExp(
          `^Could not start: DATA_DIR ${dir} is in use .* pid ${other.pid} \\(gateway port 3000, DynamoDB Local port 8000, Stripe stand-in http://127.0.0.1:12111\\)`,
        ),
      );
      expect((refusal as Error).message).not.toContain("\n");
      expect(holder(dir).pid).toBe(other.pid);
    } finally {
      other.stop();
    }
  });

  const nobody = () => undefined;
  it.each<[string, () => Promise<LockHolder | { text: string; stop(): void }>]>([
    // Above Linux's largest pid_max, 2^22: no process has it.
    ["its owner has exited", async () => ({ pid: 2 ** 22 + 1, stop: nobody })],
    ["its pid is this process's own (a previous life of the pid)", async () => ({ pid: process.pid, stop: nobody })],
    [
      "its pid now names a later process",
      async () => {
        const other = await otherProcess();
        return { ...other, startTicks: (other.startTicks ?? 0) - 1 };
      },
    ],
    ["it was left half-written", async () => ({ text: "{", stop: nobody })],
  ])("takes over a stale lock: %s", async (_why, stale) => {
    const dir = dataDir();
    const { stop, ...content } = await stale();
    try {
      writeFileSync(join(dir, LOCK_FILE), "text" in content ? content.text : JSON.stringify({ ...content, ...owner }));
      const lock = await lockDataDir(dir, owner);
      expect(holder(dir).pid).toBe(process.pid);
      lock.release();
    } finally {
      stop();
    }
  });
});
