import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { App, Stack } from "aws-cdk-lib";
import { Annotations, Match } from "aws-cdk-lib/assertions";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import { BucketDeployment } from "aws-cdk-lib/aws-s3-deployment";
import { CognitoConsoleConfig } from "@fupin/web/config-schema";
import { Platform } from "../../infra/platform";
import { synthPlatform } from "./synth";

let synth: ReturnType<typeof synthPlatform>;
beforeAll(() => {
  synth = synthPlatform();
});
afterAll(() => synth?.cleanup());

type Resources = [string, any][];
const resourcesOf = (s: ReturnType<typeof synthPlatform>, type: string) => Object.entries(s.template.findResources(type)) as Resources;
const resources = (type: string) => resourcesOf(synth, type);
/** The console's bucket (the evidence bucket, infra/evidence.ts, is the other). */
const consoleBucket = () => {
  const found = resources("AWS::S3::Bucket").filter(([, b]) => !String(b.Properties.BucketName ?? "").startsWith("fupin-evidence-"));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const consoleBucketPolicy = () => resources("AWS::S3::BucketPolicy").find(([, p]) => p.Properties.Bucket.Ref === consoleBucket()[0])!;
const only = (type: string) => {
  const found = resources(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const ref = (id: string) => ({ Ref: id });
const domainOf = (distributionId: string) => ({ "Fn::GetAtt": [distributionId, "DomainName"] });

const distribution = () => only("AWS::CloudFront::Distribution");
const config = () => distribution()[1].Properties.DistributionConfig;
const originById = (id: string) => config().Origins.find((o: any) => o.Id === id);
const functionCode = (arn: any) => {
  const [id] = arn["Fn::GetAtt"];
  return synth.template.toJSON().Resources[id].Properties.FunctionCode as string;
};
/** Runs a CloudFront Function's code as CloudFront would, on a viewer request for `uri`. */
const runViewerFunction = (code: string, uri: string) =>
  new Function(`${code}\nreturn handler;`)()({ request: { method: "GET", uri, headers: {}, querystring: {}, cookies: {} } });

/** The deployed file `name` of a BucketDeployment, with its deploy-time markers mapped to what they resolve to. */
function deployedFile(s: ReturnType<typeof synthPlatform>, deployment: any, name: string) {
  const p = deployment.Properties;
  for (const [i, key] of (p.SourceObjectKeys as string[]).entries()) {
    const file = join(s.outdir, `asset.${key.replace(/\.zip$/, "")}`, name);
    if (existsSync(file)) return { text: readFileSync(file, "utf8"), markers: (p.SourceMarkers?.[i] ?? {}) as Record<string, unknown> };
  }
  return undefined;
}
const deployments = (s: ReturnType<typeof synthPlatform>) => resourcesOf(s, "Custom::CDKBucketDeployment");
const shellOf = (s: ReturnType<typeof synthPlatform>) =>
  deployments(s).find(([, d]) => d.Properties.DestinationBucketKeyPrefix === "console/")!;
function consoleConfig(s: ReturnType<typeof synthPlatform>) {
  const file = deployedFile(s, shellOf(s)[1], "config.json")!;
  expect(file, "config.json is deployed").toBeDefined();
  expect(file.markers).toBeDefined();
  return { config: JSON.parse(file.text), markers: file.markers };
}

describe("the console's bucket", () => {
  it("is private, encrypted, not a website, and refuses requests without TLS", () => {
    const [bucketId, bucket] = consoleBucket();
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe(
      "AES256",
    );
    expect(bucket.Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: "BucketOwnerEnforced" }]);
    expect(bucket.Properties).not.toHaveProperty("WebsiteConfiguration");
    const [, policy] = consoleBucketPolicy();
    expect(policy.Properties.Bucket).toEqual(ref(bucketId));
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });

  it("is read only by this distribution, through Origin Access Control", () => {
    const [distributionId] = distribution();
    const allows = consoleBucketPolicy()[1].Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === "Allow");
    expect(allows).toHaveLength(1);
    expect(allows[0].Principal).toEqual({ Service: "cloudfront.amazonaws.com" });
    expect(allows[0].Action).toBe("s3:GetObject");
    expect(JSON.stringify(allows[0].Condition.StringEquals["AWS:SourceArn"])).toContain(distributionId);

    const [oacId, oac] = only("AWS::CloudFront::OriginAccessControl");
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: "s3", SigningBehavior: "always" });
    const s3Origin = originById(config().CacheBehaviors[0].TargetOriginId);
    expect(s3Origin.OriginAccessControlId).toEqual({ "Fn::GetAtt": [oacId, "Id"] });
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe("");
  });
});

describe("the distribution", () => {
  it("sends everything but /console/* to the HTTP API: every method, uncached, every viewer header but Host", () => {
    const [apiId] = only("AWS::ApiGatewayV2::Api");
    const d = config().DefaultCacheBehavior;
    expect(JSON.stringify(originById(d.TargetOriginId).DomainName)).toContain(apiId);
    expect(originById(d.TargetOriginId).CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
    expect([...d.AllowedMethods].sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(d.CachePolicyId).toBe(cloudfront.CachePolicy.CACHING_DISABLED.cachePolicyId);
    // AWS's managed AllViewerExceptHostHeader: Authorization, Idempotency-Key, Accept-Language,
    // Stripe-Signature and every other viewer header, all query strings and cookies.
    expect(d.OriginRequestPolicyId).toBe(cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId);
    expect(d.OriginRequestPolicyId).toBe("b689b0a8-53d0-40ab-baf2-68738e2966ac");
    expect(d.ViewerProtocolPolicy).toBe("https-only");
  });

  it("serves /console/* from the bucket: cached, compressed, HTTPS only, with the security headers", () => {
    const behaviors = config().CacheBehaviors;
    expect(behaviors.map((b: any) => b.PathPattern)).toEqual(["/console/*"]);
    const [b] = behaviors;
    expect(originById(b.TargetOriginId)).toHaveProperty("S3OriginConfig");
    expect(b.CachePolicyId).toBe(cloudfront.CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(b.Compress).toBe(true);
    expect(b.ViewerProtocolPolicy).toBe("https-only");
    expect(b.AllowedMethods).toEqual(["GET", "HEAD"]);
    const [policyId] = only("AWS::CloudFront::ResponseHeadersPolicy");
    expect(b.ResponseHeadersPolicyId).toEqual(ref(policyId));
  });

  it("answers console deep links with index.html on /console/* only, and never rewrites API errors", () => {
    expect(config()).not.toHaveProperty("CustomErrorResponses");
    const [b] = config().CacheBehaviors;
    expect(b.FunctionAssociations).toHaveLength(1);
    expect(b.FunctionAssociations[0].EventType).toBe("viewer-request");
    const rewrite = functionCode(b.FunctionAssociations[0].FunctionARN);
    expect(runViewerFunction(rewrite, "/console/").uri).toBe("/console/index.html");
    expect(runViewerFunction(rewrite, "/console/orders/ord_123").uri).toBe("/console/index.html");
    expect(runViewerFunction(rewrite, "/console/auth/callback").uri).toBe("/console/index.html");
    expect(runViewerFunction(rewrite, "/console/assets/index-3f9a1c.js").uri).toBe("/console/assets/index-3f9a1c.js");
    expect(runViewerFunction(rewrite, "/console/config.json").uri).toBe("/console/config.json");

    // On the API's behaviour only the bare origin is redirected; every API path passes untouched.
    const d = config().DefaultCacheBehavior;
    expect(d.FunctionAssociations).toHaveLength(1);
    const redirect = functionCode(d.FunctionAssociations[0].FunctionARN);
    expect(runViewerFunction(redirect, "/")).toEqual({
      statusCode: 302,
      statusDescription: "Found",
      headers: { location: { value: "/console/" } },
    });
    expect(runViewerFunction(redirect, "/console").statusCode).toBe(302);
    for (const uri of ["/products", "/orders/ord_123", "/openapi.json", "/webhooks/stripe", "/consoles"]) {
      expect(runViewerFunction(redirect, uri), uri).toEqual(expect.objectContaining({ uri }));
    }
    for (const [, fn] of resources("AWS::CloudFront::Function")) expect(fn.Properties.FunctionConfig.Runtime).toBe("cloudfront-js-2.0");
  });

  it("gives the console HSTS, nosniff, no framing, a referrer policy and a CSP that allows Stripe.js and the hosted sign-in", () => {
    const [, policy] = only("AWS::CloudFront::ResponseHeadersPolicy");
    const h = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(h.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 31536000, Override: true });
    expect(h.ContentTypeOptions).toEqual({ Override: true });
    expect(h.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(h.ReferrerPolicy).toEqual({ ReferrerPolicy: "strict-origin-when-cross-origin", Override: true });
    const [domainId] = only("AWS::Cognito::UserPoolDomain");
    const csp = h.ContentSecurityPolicy.ContentSecurityPolicy["Fn::Join"][1]
      .map((part: any) =>
        typeof part === "string"
          ? part
          : part.Ref === domainId
            ? "{domain}"
            : part.Ref === "AWS::URLSuffix"
              ? "amazonaws.com"
              : JSON.stringify(part),
      )
      .join("");
    const directives = Object.fromEntries(
      csp.split(/;\s*/).map((d: string) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://js.stripe.com"]);
    expect(directives["frame-src"]).toEqual(["https://js.stripe.com", "https://hooks.stripe.com"]);
    // …and the evidence bucket, where claim documents are uploaded through pre-signed URLs.
    const [, evidence] = resources("AWS::S3::Bucket").find(([, b]) => String(b.Properties.BucketName ?? "").startsWith("fupin-evidence-"))!;
    expect(directives["connect-src"]).toEqual([
      "'self'",
      "https://api.stripe.com",
      "https://{domain}.auth.ap-east-1.amazoncognito.com",
      `https://${evidence.Properties.BucketName}.s3.ap-east-1.amazonaws.com`,
    ]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
  });
});

describe("the console's app client and the hosted sign-in", () => {
  it("is a public client with the authorization-code grant only, back to the console on the distribution", () => {
    const [distributionId] = distribution();
    const [, client] = only("AWS::Cognito::UserPoolClient");
    const p = client.Properties;
    expect(p.GenerateSecret ?? false).toBe(false);
    expect(p.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(p.AllowedOAuthFlows).toEqual(["code"]);
    expect([...p.AllowedOAuthScopes].sort()).toEqual(["email", "openid", "profile"]);
    expect(p.SupportedIdentityProviders).toEqual(["COGNITO"]);
    expect(p.CallbackURLs).toEqual([{ "Fn::Join": ["", ["https://", domainOf(distributionId), "/console/auth/callback"]] }]);
    expect(p.LogoutURLs).toEqual([{ "Fn::Join": ["", ["https://", domainOf(distributionId), "/console/"]] }]);
    expect(p.ExplicitAuthFlows).not.toContain("ALLOW_USER_PASSWORD_AUTH");
    expect(p.WriteAttributes.filter((a: string) => a.startsWith("custom:"))).toEqual([]);
  });

  it("is the audience the API's JWT authorizer and the functions accept", () => {
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const [poolId] = only("AWS::Cognito::UserPool");
    const [, authorizer] = only("AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([ref(clientId)]);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain(poolId);
    synth.template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("^fupin orders:"),
      Environment: { Variables: Match.objectLike({ JWT_AUDIENCE: ref(clientId) }) },
    });
  });

  it("has a hosted sign-in domain with the configured prefix", () => {
    const [poolId] = only("AWS::Cognito::UserPool");
    const [, domain] = only("AWS::Cognito::UserPoolDomain");
    expect(domain.Properties).toMatchObject({ Domain: "fupin-test", UserPoolId: ref(poolId) });
  });

  it("lets buyers sign up themselves and puts them in the buyer group once confirmed, through a trigger that can do nothing else", () => {
    const [poolId, pool] = only("AWS::Cognito::UserPool");
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    const triggerId = pool.Properties.LambdaConfig.PostConfirmation["Fn::GetAtt"][0];
    expect(Object.keys(pool.Properties.LambdaConfig).sort()).toEqual(["PostConfirmation", "PreTokenGenerationConfig"]);
    const trigger = synth.template.toJSON().Resources[triggerId];
    expect(trigger.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 5 });
    const role = trigger.Properties.Role["Fn::GetAtt"][0];
    const statements = resources("AWS::IAM::Policy")
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    expect(statements).toEqual([
      { Effect: "Allow", Action: "cognito-idp:AdminAddUserToGroup", Resource: { "Fn::GetAtt": [poolId, "Arn"] } },
    ]);
    synth.template.hasResourceProperties("AWS::Lambda::Permission", {
      FunctionName: { "Fn::GetAtt": [triggerId, "Arn"] },
      Principal: "cognito-idp.amazonaws.com",
      SourceArn: { "Fn::GetAtt": [poolId, "Arn"] },
    });
    expect(
      resources("AWS::CloudWatch::Alarm").some(([, a]) => JSON.stringify(a.Properties.Dimensions ?? []).includes(triggerId)),
      "the trigger's errors are alarmed",
    ).toBe(true);
  });
});

describe("the console's deployment", () => {
  it("writes console/config.json naming the hosted sign-in, the client, the callback and the publishable key", () => {
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const [domainId] = only("AWS::Cognito::UserPoolDomain");
    const [distributionId] = distribution();
    const { config: c, markers } = consoleConfig(synth);
    expect(Object.keys(c).sort()).toEqual(["cognito", "mode", "stripePublishableKey"]);
    expect(Object.keys(c.cognito).sort()).toEqual(["clientId", "domain", "logoutUri", "redirectUri"]);
    expect(c.mode).toBe("cognito");
    expect(c.stripePublishableKey).toBe("pk_test_fupin123");
    const resolved = (value: string) => value.replace(/<<marker:0xbaba:\d+>>/g, (m) => `{${JSON.stringify(markers[m])}}`);
    expect(resolved(c.cognito.clientId)).toBe(`{${JSON.stringify(ref(clientId))}}`);
    expect(resolved(c.cognito.domain)).toBe(`https://{${JSON.stringify(ref(domainId))}}.auth.ap-east-1.amazoncognito.com`);
    expect(resolved(c.cognito.redirectUri)).toBe(`https://{${JSON.stringify(domainOf(distributionId))}}/console/auth/callback`);
    expect(resolved(c.cognito.logoutUri)).toBe(`https://{${JSON.stringify(domainOf(distributionId))}}/console/`);
    expect(shellOf(synth)[1].Properties.SourceMarkersConfig).toContainEqual({ jsonEscape: true });
  });

  it("is a configuration the console accepts once its deploy-time values are filled in", () => {
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const [domainId] = only("AWS::Cognito::UserPoolDomain");
    const [distributionId] = distribution();
    const deployed = deployedFile(synth, shellOf(synth)[1], "config.json")!;
    const values = new Map<string, string>([
      [JSON.stringify(ref(domainId)), "fupin-test"],
      [JSON.stringify(ref(clientId)), "3n4b5urk1ft4fl3mg5e62d9ado"],
      [JSON.stringify(domainOf(distributionId)), "d111111abcdef8.cloudfront.net"],
    ]);
    const text = deployed.text.replace(/<<marker:0xbaba:\d+>>/g, (m) => values.get(JSON.stringify(deployed.markers[m]))!);
    const parsed = CognitoConsoleConfig.parse(JSON.parse(text));
    expect(parsed.cognito).toEqual({
      domain: "https://fupin-test.auth.ap-east-1.amazoncognito.com",
      clientId: "3n4b5urk1ft4fl3mg5e62d9ado",
      redirectUri: "https://d111111abcdef8.cloudfront.net/console/auth/callback",
      logoutUri: "https://d111111abcdef8.cloudfront.net/console/",
    });
  });

  it("uploads the hashed files first, immutable, then index.html and config.json, revalidated, and invalidates those two", () => {
    const [distributionId] = distribution();
    const [shellId, shell] = shellOf(synth);
    const [filesId, files] = deployments(synth).find(([, d]) => d.Properties.DestinationBucketKeyPrefix === "console/assets/")!;
    expect(files.Properties.SystemMetadata["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(shell.Properties.SystemMetadata["cache-control"]).toBe("no-cache");
    expect(shell.Properties.DistributionId).toEqual(ref(distributionId));
    expect(shell.Properties.DistributionPaths).toEqual(["/console/index.html", "/console/config.json"]);
    for (const d of [files, shell]) expect(d.Properties.Prune).toBe(false);
    expect(synth.template.toJSON().Resources[shellId].DependsOn).toContain(filesId);
    expect(deployedFile(synth, files, "index-3f9a1c.js")).toBeDefined();
    const index = deployedFile(synth, shell, "index.html");
    expect(index?.text).toContain("/console/assets/index-3f9a1c.js");
    const shellFiles = (shell.Properties.SourceObjectKeys as string[]).flatMap((k) =>
      readdirSync(join(synth.outdir, `asset.${k.replace(/\.zip$/, "")}`)),
    );
    // The build's own config.json (and its assets folder) are left out; the generated config.json is the one deployed.
    expect(shellFiles.sort()).toEqual(["config.json", "favicon.svg", "index.html"]);
  });

  it("names the console, the API and the hosted sign-in in the stack's outputs", () => {
    const outputs = synth.template.toJSON().Outputs;
    const value = (prefix: string) => JSON.stringify(Object.entries<any>(outputs).find(([k]) => k.startsWith(prefix))?.[1].Value);
    expect(value("PlatformConsoleUrl")).toMatch(/DomainName.*\/console\//);
    expect(value("PlatformApiUrl")).toContain("ApiEndpoint");
    expect(value("PlatformHostedSignInDomain")).toContain(".auth.ap-east-1.amazoncognito.com");
  });
});

describe("synthesis without a console build", () => {
  let bare: ReturnType<typeof synthPlatform>;
  beforeAll(() => {
    bare = synthPlatform({ console: "missing" });
  });
  afterAll(() => bare?.cleanup());

  it("still works: it deploys config.json alone, and warns that the console was not built", () => {
    expect(deployments(bare)).toHaveLength(1);
    const [, shell] = shellOf(bare);
    expect(shell.Properties.SourceObjectKeys).toHaveLength(1);
    const { config: c } = consoleConfig(bare);
    expect(c.mode).toBe("cognito");
    expect(c.stripePublishableKey).toBe("pk_test_fupin123");
    Annotations.fromStack(bare.stack).hasWarning("*", Match.stringLikeRegexp("No console build in .*only its config.json"));
    bare.template.resourceCountIs("AWS::CloudFront::Distribution", 1);
  });
});

describe("the platform's settings", () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), "fupin-cdk-"));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const synthesize = (props: ConstructorParameters<typeof Platform>[2]) => {
    const app = new App({ outdir, context: { "aws:cdk:bundling-stacks": [] } });
    const stack = new Stack(app, "Settings", { env: { account: "123456789012", region: "ap-east-1" } });
    return new Platform(stack, "Platform", { root: process.cwd(), consoleDist: join(outdir, "no-build"), ...props });
  };

  it("refuses a Stripe key that is not a publishable one: config.json is public", () => {
    expect(() => synthesize({ cognitoDomainPrefix: "fupin-x", stripePublishableKey: "sk_test_secret" })).toThrow(/publishable key/);
  });

  it("without a console build or a publishable key, deploys nothing to the bucket (what is there stays) and says so", () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "");
    try {
      const platform = synthesize({ cognitoDomainPrefix: "fupin-x" });
      expect(platform.console.config).toBeUndefined();
      expect(platform.console.node.findAll().filter((c) => c instanceof BucketDeployment)).toEqual([]);
      const warnings = platform.console.node.metadata.filter((m) => m.type === "aws:cdk:warning").map((m) => String(m.data));
      expect(warnings.join("\n")).toMatch(/No console build in .*nor is its config.json/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses a console build without a publishable key: the console would refuse its configuration", () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "");
    const dist = join(outdir, "dist");
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html>");
    try {
      expect(() => synthesize({ cognitoDomainPrefix: "fupin-x", consoleDist: dist })).toThrow(
        /no Stripe publishable key: set STRIPE_PUBLISHABLE_KEY/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("takes the publishable key and the domain prefix from context values", () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "");
    vi.stubEnv("COGNITO_DOMAIN_PREFIX", "");
    try {
      const app = new App({
        outdir,
        context: { "aws:cdk:bundling-stacks": [], stripePublishableKey: "pk_live_fromcontext", cognitoDomainPrefix: "fupin-context" },
      });
      const stack = new Stack(app, "Context", { env: { account: "123456789012", region: "ap-east-1" } });
      const platform = new Platform(stack, "Platform", { root: process.cwd(), consoleDist: join(outdir, "no-build") });
      expect(platform.console.config?.stripePublishableKey).toBe("pk_live_fromcontext");
      expect(stack.resolve((platform.auth.domain.node.defaultChild as any).domain)).toBe("fupin-context");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses a hosted sign-in domain prefix Cognito would refuse", () => {
    for (const prefix of ["Fupin", "fupin-cognito", "-fupin", "fupin_prod"]) {
      expect(() => synthesize({ cognitoDomainPrefix: prefix, stripePublishableKey: "pk_test_x" }), prefix).toThrow(/domain prefix/);
    }
  });
});
