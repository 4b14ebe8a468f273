import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** packages/web: its sources, and dist/, which the local gateway serves under /console/. */
export const WEB_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST_DIR = join(WEB_ROOT, "dist");

/** What a build reads: a change to any of these makes dist/ stale. */
const SOURCES = ["src", "public", "index.html", "vite.config.ts", "package.json", "tsconfig.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** How long the hashed files of an earlier build stay beside a new one. */
const CARRY_OVER_MS = 60 * 60 * 1000;

/**
 * A page loaded from the previous build still asks for that build's hashed chunks (lazily, as the
 * user moves on): the recent ones are kept beside the new build's, as CloudFront keeps them in AWS,
 * rather than failing that page. Older ones go, so rebuilds do not pile up.
 */
function carryOverRecentAssets(from: string, to: string) {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  const now = Date.now();
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (existsSync(join(to, name)) || now - statSync(source).mtimeMs > CARRY_OVER_MS) continue;
    copyFileSync(source, join(to, name));
  }
}

/** Why dist/ must be (re)built, or null when it is newer than every source. */
export function staleReason(): string | null {
  const index = join(DIST_DIR, "index.html");
  if (!existsSync(index)) return "not built yet";
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(join(WEB_ROOT, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

export interface BuildResult {
  built: boolean;
  reason: string | null;
  ms: number;
}

/**
 * Builds the console with Vite's JS API when dist/ is missing or older than its sources; quiet
 * unless something fails. It builds into a folder of its own and swaps it in, so a gateway serving
 * the old dist/ meanwhile never sees half a build (and two builds at once never mix files).
 */
export async function ensureConsoleBuilt(
  opts: { force?: boolean; logLevel?: "silent" | "error" | "warn" | "info" } = {},
): Promise<BuildResult> {
  const started = Date.now();
  const reason = opts.force ? "forced" : staleReason();
  if (!reason) return { built: false, reason: null, ms: 0 };
  const { build } = await import("vite");
  const outDir = `${DIST_DIR}.build-${process.pid}-${Date.now()}`;
  try {
    await build({
      root: WEB_ROOT,
      configFile: join(WEB_ROOT, "vite.config.ts"),
      logLevel: opts.logLevel ?? "error",
      build: { outDir, emptyOutDir: true },
    });
    carryOverRecentAssets(join(DIST_DIR, "assets"), join(outDir, "assets"));
    const old = `${DIST_DIR}.old-${process.pid}-${Date.now()}`;
    if (existsSync(DIST_DIR)) renameSync(DIST_DIR, old);
    renameSync(outDir, DIST_DIR);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return { built: true, reason, ms: Date.now() - started };
}

/**
 * ensureConsoleBuilt in a child process (`npm start`): the build keeps a thread busy for seconds,
 * which must not be the gateway's, already answering requests. Resolves with the outcome; rejects
 * with the build's own error output. `signal` ends the child (Ctrl-C meanwhile).
 */
export function buildConsoleInChildProcess(signal?: AbortSignal): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(WEB_ROOT, "scripts", "build-cli.ts"), "--if-stale", "--json"], {
      cwd: WEB_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      ...(signal ? { signal } : {}),
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => (err += c));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as BuildResult);
      else reject(new Error(err.trim() || `the console build exited with ${code}`));
    });
  });
}
