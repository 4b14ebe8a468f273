import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Platform, type PlatformProps } from "../../infra/platform";

export interface SynthOptions {
  /** Bundle the functions with esbuild (slow); skipped through `aws:cdk:bundling-stacks` otherwise. */
  bundle?: boolean;
  /** "built": a small stand-in for the console's Vite build; "missing": no build at all. */
  console?: "built" | "missing";
  platform?: Omit<PlatformProps, "root" | "consoleDist">;
}

/** A stand-in for `packages/web/dist`: tests never need the real console built. */
function fakeConsoleBuild(dir: string) {
  mkdirSync(join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/console/assets/index-3f9a1c.js"></script>');
  writeFileSync(join(dir, "assets", "index-3f9a1c.js"), "console.log('fupin console');");
  writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  // A config.json left in the build (say, from public/ for local work) must not shadow the generated one.
  writeFileSync(join(dir, "config.json"), '{"mode":"local"}');
}

/**
 * Synthesizes the platform in a plain CDK Stack into a temporary folder (removed by cleanup(), with
 * the stand-in console build). The publishable key and the domain prefix are given, never read
 * from the environment of whoever runs the tests.
 */
export function synthPlatform({ bundle = false, console = "built", platform = {} }: SynthOptions = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "fupin-cdk-"));
  const webdir = mkdtempSync(join(tmpdir(), "fupin-web-"));
  const consoleDist = join(webdir, "dist");
  if (console === "built") fakeConsoleBuild(consoleDist);
  const app = new App({ outdir, context: bundle ? { "aws:cdk:enable-asset-metadata": true } : { "aws:cdk:bundling-stacks": [] } });
  const stack = new Stack(app, "FupinTest", { env: { account: "123456789012", region: "ap-east-1" } });
  const props: PlatformProps = {
    root: process.cwd(),
    consoleDist,
    cognitoDomainPrefix: "fupin-test",
    stripePublishableKey: "pk_test_fupin123",
    ...platform,
  };
  const created = new Platform(stack, "Platform", props);
  const template = Template.fromStack(stack);
  const assembly = app.synth();
  const cleanup = () => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(webdir, { recursive: true, force: true });
  };
  return { app, stack, platform: created, template, outdir, assembly, consoleDist, cleanup };
}
