/**
 * `npm run bench:console`: the console's figures, measured on the local runtime.
 *  - the gzip size of every chunk Vite built (packages/web/dist/assets), per route area and in all;
 *  - the time to first render of the catalog in headless Chromium: from navigation start to the
 *    first product card on screen, with a cold cache (a new browser context each run) and a warm
 *    one (the same context, reloaded), plus the browser's own first-contentful-paint.
 * Usage: npm run bench:console [-- --runs 15]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../web/support/chromium";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const RUNS = Number(values.runs);

const { ensureConsoleBuilt, DIST_DIR } = await import("@fupin/web/build");
const { benchPlatform } = await import("./platform");

const build = await ensureConsoleBuilt();
console.log(build.built ? `console built in ${(build.ms / 1000).toFixed(1)} s` : "console build is current");

// ── Bundle sizes ──────────────────────────────────────────────────────────────────────────────
// The current build's chunks only: those reachable from index.html (the dist folder also keeps the
// previous builds' chunks for a while, for pages still open).
const assets = join(DIST_DIR, "assets");
const CHUNK = /[\w.-]+-[\w-]{8}\.(?:js|css)/g;
const reachable = new Set<string>();
const queue = [...readFileSync(join(DIST_DIR, "index.html"), "utf8").matchAll(CHUNK)].map((m) => m[0]);
while (queue.length) {
  const file = queue.pop()!;
  if (reachable.has(file) || !existsSync(join(assets, file))) continue;
  reachable.add(file);
  if (file.endsWith(".js")) queue.push(...[...readFileSync(join(assets, file), "utf8").matchAll(CHUNK)].map((m) => m[0]));
}
const chunks = [...reachable]
  .map((file) => {
    const bytes = readFileSync(join(assets, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log("\nchunk (gzip / raw)");
for (const c of chunks) console.log(`  ${c.file.padEnd(44)} ${kib(c.gzip).padStart(10)} / ${kib(c.raw).padStart(10)}`);
const total = chunks.reduce((s, c) => s + c.gzip, 0);
console.log(`  ${"all chunks".padEnd(44)} ${kib(total).padStart(10)}`);

// ── Time to first render of the catalog ───────────────────────────────────────────────────────
const { platform, stop } = await benchPlatform("demo", "fupin-bench-console");
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const catalog = `${platform.url}/console/products`;

/** Milliseconds from navigation start to the first product card, and the browser's first-contentful-paint. */
async function firstRender(page: import("playwright-core").Page, reload: boolean) {
  await (reload ? page.reload() : page.goto(catalog));
  await page.locator('[data-testid="product-card"]').first().waitFor({ state: "visible", timeout: 30_000 });
  return page.evaluate(() => ({
    card: performance.now(),
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  }));
}

const cold: { card: number; fcp: number }[] = [];
const warm: { card: number; fcp: number }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    cold.push(await firstRender(page, false));
    warm.push(await firstRender(page, true));
    await context.close();
  }
} finally {
  await browser.close();
  await stop();
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const line = (what: string, xs: number[]) =>
  `  ${what.padEnd(34)} p50 ${quantile(xs, 0.5).toFixed(0).padStart(5)} ms   p90 ${quantile(xs, 0.9).toFixed(0).padStart(5)} ms`;
console.log(`\ncatalog first render, ${RUNS} runs each (headless Chromium, local runtime, demo data)`);
for (const [cache, runs] of [["cold", cold] as const, ["warm", warm] as const]) {
  console.log(
    line(
      `${cache} cache: first product card`,
      runs.map((r) => r.card),
    ),
  );
  console.log(
    line(
      `${cache} cache: first contentful paint`,
      runs.map((r) => r.fcp),
    ),
  );
}
process.exit(0);
