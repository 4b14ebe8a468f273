import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { ensureConsoleBuilt } from "@fupin/web/build";
import { startTestPlatform } from "../../support/global-setup";
import { CHROMIUM } from "./chromium";

let stop: (() => Promise<void>) | undefined;

/**
 * The browser tests' platform: the console built first (only when packages/web/dist is missing or
 * older than its sources, with Vite's JS API), then one real local platform serving it, as
 * `npm start` does.
 */
export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests drive Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  }
  const [build, stopPlatform] = await Promise.all([ensureConsoleBuilt(), startTestPlatform(project)]);
  stop = stopPlatform;
  if (build.built) process.stdout.write(`console built for the browser tests in ${(build.ms / 1000).toFixed(1)} s (${build.reason})\n`);
}

export async function teardown() {
  await stop?.();
}
