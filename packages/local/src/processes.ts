import { existsSync, readFileSync } from "node:fs";

/** What /proc/<pid>/stat tells about a process (Linux only). */
export interface ProcStat {
  state: string;
  ppid: number;
  /** Clock ticks after boot: with the pid, names one process even after its pid is reused. */
  startTicks: number;
}

const HAS_PROC = existsSync("/proc/self/stat");

/** null: no such process; undefined: this system has no /proc. */
export function procStat(pid: number): ProcStat | null | undefined {
  if (!HAS_PROC) return undefined;
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name in parentheses may hold spaces and parentheses: read the fields after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0]!, ppid: Number(fields[1]), startTicks: Number(fields[19]) };
}

/** The process's arguments, or null when it is gone or this system has no /proc. */
export function procArgs(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return null;
  }
}

/**
 * Whether `pid` is a running process (a zombie has exited) and, when `startTicks` is known, the very
 * process that had that pid then rather than a later one that reuses it.
 */
export function isRunning(pid: number, startTicks?: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const stat = procStat(pid);
  if (stat === null) return false;
  if (stat) return stat.state !== "Z" && (startTicks === undefined || stat.startTicks === startTicks);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
