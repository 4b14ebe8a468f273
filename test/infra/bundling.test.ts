import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexts } from "@fupin/functions/routes";
import { synthPlatform } from "./synth";

/** Once with bundling on: esbuild really bundles each context's handler. */
let synth: ReturnType<typeof synthPlatform>;
beforeAll(() => {
  synth = synthPlatform({ bundle: true });
});
afterAll(() => synth?.cleanup());

function bundles(): Record<string, { bytes: number; code: string }> {
  const out: Record<string, { bytes: number; code: string }> = {};
  const fns = synth.template.findResources("AWS::Lambda::Function");
  for (const fn of Object.values<any>(fns)) {
    const context = /^fupin (\w+):/.exec(fn.Properties.Description ?? "")?.[1];
    if (!context) continue;
    const assetDir = join(synth.outdir, fn.Metadata["aws:asset:path"]);
    const file = join(assetDir, "index.js");
    out[context] = { bytes: statSync(file).size, code: readFileSync(file, "utf8") };
    expect(readdirSync(assetDir).sort()).toEqual(["index.js", "index.js.map"]);
  }
  return out;
}

describe("function bundles", () => {
  it("bundle every context's handler, leaving the AWS SDK to the runtime but where evidence needs its own", () => {
    const found = bundles();
    expect(Object.keys(found).sort()).toEqual(Object.keys(contexts).sort());
    for (const [context, { bytes, code }] of Object.entries(found)) {
      console.log(`bundle ${context}: ${(bytes / 1024).toFixed(0)} KiB`);
      expect(bytes).toBeGreaterThan(10_000);
      expect(bytes).toBeLessThan(4 * 1024 * 1024);
      expect(code).not.toContain("DynamoDBLocal");
      const needs = contexts[context as keyof typeof contexts];
      if ("evidence" in needs && needs.evidence) {
        // The lock file's S3 client and presigner travel in the bundle: the runtime's copy may lack them.
        // Only the optional CRT signer (SigV4a, multi-region access points) stays a guarded require.
        expect([...new Set(code.match(/require\("@aws-sdk\/[^"]+"\)/g))]).toEqual(['require("@aws-sdk/signature-v4-crt")']);
        expect(code).toContain("X-Amz-Signature");
        expect(code).toContain("If-None-Match");
      } else expect(code).toContain('require("@aws-sdk/');
    }
  });
});

describe("the sign-up trigger's bundle", () => {
  it("is the handler alone, with Cognito's client left to the runtime", () => {
    const fns = Object.values<any>(synth.template.findResources("AWS::Lambda::Function"));
    const trigger = fns.find((f) => (f.Properties.Description ?? "").startsWith("fupin sign-up trigger:"));
    const code = readFileSync(join(synth.outdir, trigger.Metadata["aws:asset:path"], "index.js"), "utf8");
    expect(code).toContain('require("@aws-sdk/client-cognito-identity-provider")');
    expect(code).toContain("AdminAddUserToGroupCommand");
    expect(code.length).toBeLessThan(20_000);
  });
});
