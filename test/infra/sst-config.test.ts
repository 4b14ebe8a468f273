import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Template } from "aws-cdk-lib/assertions";
import { initProject, useProject } from "sst/project.js";
import { load } from "sst/stacks/build.js";
import { App } from "sst/constructs";
import { routes } from "@fupin/functions/routes";

/**
 * sst.config.ts synthesized offline: what `sst build` does, minus its AWS calls (the account is
 * given instead of asked of STS; NODE_ENV=test makes SST skip its bootstrap lookup).
 */
const ROOT = process.cwd();
const STAGE = "test";
const hadSstDir = existsSync(join(ROOT, ".sst"));
let outdir: string;
let assembly: ReturnType<App["synth"]>;

beforeAll(async () => {
  process.env.NODE_ENV = "test";
  await initProject({ root: ROOT, stage: STAGE });
  const project = useProject();
  // initProject loads the config without `stacks`; load it whole, as `sst build` does.
  const [, config] = await load(project.paths.config);
  outdir = mkdtempSync(join(tmpdir(), "fupin-sst-"));
  const app = new App(
    { account: "123456789012", region: project.config.region, stage: project.config.stage, name: project.config.name, mode: "deploy" },
    // A publishable key, as a deploy gives one: the console may have been built (packages/web/dist) before this runs.
    { outdir, context: { "aws:cdk:bundling-stacks": [], stripePublishableKey: "pk_test_sstconfig" } },
  );
  await config.stacks(app);
  await app.finish();
  assembly = app.synth();
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
  if (!hadSstDir) rmSync(join(ROOT, ".sst"), { recursive: true, force: true });
});

describe("sst.config.ts", () => {
  it("synthesizes the platform stack with its table and every route", () => {
    expect(assembly.stacks.map((s) => s.stackName)).toEqual([`${STAGE}-fupin-platform-platform`]);
    const template = Template.fromJSON(assembly.stacks[0]!.template);
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.resourceCountIs("AWS::ApiGatewayV2::Route", routes.length);
    template.resourceCountIs("AWS::Cognito::UserPool", 1);
    template.resourceCountIs("AWS::CloudFront::Distribution", 1);
    template.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
  });
});
