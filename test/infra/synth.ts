import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Platform } from "../../infra/platform";

/**
 * Synthesizes the platform in a plain CDK Stack into a temporary folder (removed by cleanup()).
 * Bundling is skipped through the `aws:cdk:bundling-stacks` context unless asked for.
 */
export function synthPlatform({ bundle = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "fupin-cdk-"));
  const app = new App({ outdir, context: bundle ? { "aws:cdk:enable-asset-metadata": true } : { "aws:cdk:bundling-stacks": [] } });
  const stack = new Stack(app, "FupinTest", { env: { account: "123456789012", region: "ap-east-1" } });
  const platform = new Platform(stack, "Platform", { root: process.cwd() });
  const template = Template.fromStack(stack);
  const assembly = app.synth();
  return { app, stack, platform, template, outdir, assembly, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}
