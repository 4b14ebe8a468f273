import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexts } from "@fupin/functions/routes";
import { synthPlatform } from "./synth";

let synth: ReturnType<typeof synthPlatform>;
beforeAll(() => {
  synth = synthPlatform();
});
afterAll(() => synth?.cleanup());

const resources = (type: string) => Object.entries(synth.template.findResources(type)) as [string, any][];
const evidenceBucket = () => {
  const found = resources("AWS::S3::Bucket").filter(([, b]) => String(b.Properties.BucketName ?? "").startsWith("fupin-evidence-"));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("the evidence bucket", () => {
  it("is private, encrypted, versioned, kept when the stack goes, and named for its account and region", () => {
    const [, bucket] = evidenceBucket();
    const p = bucket.Properties;
    expect(bucket.DeletionPolicy).toBe("Retain");
    expect(p.BucketName).toMatch(/^fupin-evidence-123456789012-ap-east-1-[0-9a-f]{8}$/);
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe("AES256");
    expect(p.VersioningConfiguration).toEqual({ Status: "Enabled" });
    expect(p.OwnershipControls.Rules).toEqual([{ ObjectOwnership: "BucketOwnerEnforced" }]);
  });

  it("takes PUT and GET from the console's origin only, and lets uploads expire after a day", () => {
    const [, bucket] = evidenceBucket();
    const [rule] = bucket.Properties.CorsConfiguration.CorsRules;
    expect(rule.AllowedMethods).toEqual(["PUT", "GET"]);
    expect(rule.AllowedHeaders).toEqual(["content-type", "x-amz-checksum-sha256"]);
    const [distributionId] = resources("AWS::CloudFront::Distribution")[0]!;
    expect(JSON.stringify(rule.AllowedOrigins)).toContain(distributionId);
    expect(rule.AllowedOrigins).toHaveLength(1);
    const lifecycle = bucket.Properties.LifecycleConfiguration.Rules;
    expect(lifecycle).toEqual([
      expect.objectContaining({
        Prefix: "incoming/",
        ExpirationInDays: 1,
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        Status: "Enabled",
      }),
    ]);
  });

  it("refuses plain HTTP, any delete of a kept document, and writes to kept documents by anyone but the claims function", () => {
    const [bucketId] = evidenceBucket();
    const [, policy] = resources("AWS::S3::BucketPolicy").find(([, p]) => p.Properties.Bucket.Ref === bucketId)!;
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    const tls = statements.find((s) => s.Condition?.Bool?.["aws:SecureTransport"] === "false");
    expect(tls).toMatchObject({ Effect: "Deny", Action: "s3:*" });
    const deletes = statements.find((s) => s.Sid === "KeptDocumentsAreNeverDeleted");
    expect(deletes).toMatchObject({ Effect: "Deny", Principal: { AWS: "*" }, Action: ["s3:DeleteObject", "s3:DeleteObjectVersion"] });
    expect(JSON.stringify(deletes.Resource)).toContain("/documents/*");
    const writes = statements.find((s) => s.Sid === "OnlyTheClaimsFunctionKeepsDocuments");
    expect(writes).toMatchObject({ Effect: "Deny", Principal: { AWS: "*" }, Action: "s3:PutObject" });
    const claimsFn = resources("AWS::Lambda::Function").find(([, f]) => /^fupin claims:/.test(f.Properties.Description ?? ""))![1];
    const claimsRole = claimsFn.Properties.Role["Fn::GetAtt"][0];
    expect(writes.Condition.ArnNotEquals["aws:PrincipalArn"]).toEqual({ "Fn::GetAtt": [claimsRole, "Arn"] });
  });

  it("is reached by the claims function alone, which knows it from EVIDENCE_BUCKET and may delete only uploads", () => {
    const [bucketId] = evidenceBucket();
    const fns = resources("AWS::Lambda::Function").filter(([, f]) => /^fupin /.test(f.Properties.Description ?? ""));
    const policies = resources("AWS::IAM::Policy");
    for (const [, fn] of fns) {
      const context = /^fupin (\w+):/.exec(fn.Properties.Description)?.[1];
      const wants = context !== undefined && Object.hasOwn(contexts, context) && "evidence" in contexts[context as keyof typeof contexts];
      const role = fn.Properties.Role["Fn::GetAtt"][0];
      const statements = policies
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[])
        .filter((s) => JSON.stringify(s.Resource).includes(bucketId));
      expect(statements.length > 0, fn.Properties.Description).toBe(wants);
      expect(Object.hasOwn(fn.Properties.Environment.Variables, "EVIDENCE_BUCKET"), fn.Properties.Description).toBe(wants);
      if (!wants) continue;
      expect(fn.Properties.Environment.Variables.EVIDENCE_BUCKET).toEqual({ Ref: bucketId });
      const deletes = statements.filter((s) => JSON.stringify(s.Action).includes("Delete"));
      expect(deletes).toHaveLength(1);
      expect(JSON.stringify(deletes[0].Resource)).toContain("/incoming/*");
      expect(JSON.stringify(deletes[0].Resource)).not.toContain("/documents/*");
    }
  });

  it("is the one origin besides the API the console's CSP lets it send data to", () => {
    const [, bucket] = evidenceBucket();
    const [, policy] = resources("AWS::CloudFront::ResponseHeadersPolicy")[0]!;
    const csp = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy[
      "Fn::Join"
    ][1]
      .map((part: any) => (typeof part === "string" ? part : part.Ref === "AWS::URLSuffix" ? "amazonaws.com" : "{token}"))
      .join("");
    const connect = /connect-src ([^;]+)/.exec(csp)![1]!.split(" ");
    expect(connect).toContain(`https://${bucket.Properties.BucketName}.s3.ap-east-1.amazonaws.com`);
  });
});
