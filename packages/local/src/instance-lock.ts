import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { isRunning, procStat } from "./processes";
import { StartupError } from "./startup-error";

/** Who holds a DATA_DIR, as its lock file tells a second instance. */
export interface InstanceOwner {
  pid: number;
  startTicks?: number;
  port: number;
  dynamodbPort: number;
  /** null when the real Stripe API is used. */
  stripeApiBase: string | null;
}

export interface InstanceLock {
  release(): void;
}

export const LOCK_FILE = "instance.lock";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readLock(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function parseOwner(text: string): InstanceOwner | null {
  try {
    const owner = JSON.parse(text) as InstanceOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** Creates the lock file only if there is none; the content is written at once, right after. */
function create(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside, unless another instance replaced it meanwhile: then its lock is put back
 * and the caller reads it again.
 */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already: another instance is taking over too
  }
  if (readLock(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another instance created a lock since: it holds the DATA_DIR.
    }
  }
  rmSync(aside, { force: true });
}

/** The one line a second instance prints: who runs on this DATA_DIR, and where. */
function inUse(dataDir: string, owner: InstanceOwner): StartupError {
  const stripe = owner.stripeApiBase ? `, Stripe stand-in ${owner.stripeApiBase}` : "";
  return new StartupError(
    `Could not start: DATA_DIR ${dataDir} is in use by the platform already running as pid ${owner.pid} (gateway port ${owner.port}, DynamoDB Local port ${owner.dynamodbPort}${stripe}); stop it (Ctrl-C in its terminal) or set DATA_DIR to another folder.`,
  );
}

/**
 * Makes this process the one instance using `dataDir`, so that a second `npm start` on it leaves the
 * first one's DynamoDB Local and files alone. A lock whose owner is gone (a crash, a kill -9) is stale
 * and taken over. release() removes the lock if it is still this process's.
 */
export async function lockDataDir(dataDir: string, owner: Omit<InstanceOwner, "pid" | "startTicks">): Promise<InstanceLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const startTicks = procStat(process.pid)?.startTicks;
  const mine = JSON.stringify({ pid: process.pid, ...(startTicks === undefined ? {} : { startTicks }), ...owner } satisfies InstanceOwner);
  const release = () => {
    if (readLock(path) === mine) rmSync(path, { force: true });
  };
  let unreadable = 0;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (create(path, mine)) return { release };
    const text = readLock(path);
    if (text === null) continue; // released meanwhile
    const holder = parseOwner(text);
    // Another instance may be between creating its lock and writing it: give it a moment.
    if (!holder && ++unreadable < 20) {
      await sleep(50);
      continue;
    }
    // A pid equal to ours is a previous life of this process's pid (a container restarted, say).
    if (holder && holder.pid !== process.pid && isRunning(holder.pid, holder.startTicks)) throw inUse(dataDir, holder);
    removeStale(path, text);
  }
  throw new StartupError(
    `Could not start: the lock file ${path} keeps changing; is another instance starting on DATA_DIR ${dataDir}? Try again.`,
  );
}
