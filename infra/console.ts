import { existsSync } from "node:fs";
import { join } from "node:path";
import { Annotations, Duration, IgnoreMode, Stack } from "aws-cdk-lib";
import type * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3deploy from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { CONSOLE_CALLBACK_PATH } from "./auth";

/** Where the console is served, on the API's origin; the API keeps the root (`/products`, `/orders`, …). */
export const CONSOLE_PATH = "/console/";

/**
 * The console's runtime configuration, served at `/console/config.json`. In AWS it names the hosted
 * sign-in; locally the gateway serves `{ "mode": "local", … }` at the same path.
 */
export interface ConsoleConfig {
  mode: "cognito";
  cognito: {
    /** The hosted sign-in's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
    domain: string;
    clientId: string;
    /** Where the hosted sign-in sends the authorization code: `<console>/auth/callback`. */
    redirectUri: string;
    /** Where signing out lands: the console itself. */
    logoutUri: string;
  };
  /** Stripe's publishable key (`pk_test_…`/`pk_live_…`) for Stripe.js. */
  stripePublishableKey: string;
}

export interface ConsoleHostingProps {
  httpApi: apigw.IHttpApi;
  /** The console's build (Vite's output). Without an `index.html` there, only config.json is deployed, with a warning. */
  distDir: string;
  /** The hosted sign-in's base URL and the console's app client. */
  cognito: { domainUrl: string; clientId: string };
  /**
   * Stripe's publishable key, for config.json. Needed with a console build (the console refuses a
   * configuration without one); with neither, config.json is not deployed either.
   */
  stripePublishableKey?: string;
  /** Where the console uploads files straight to (the evidence bucket), allowed by its CSP. */
  uploadOrigins?: readonly string[];
}

/**
 * Deep links into the single-page console (`/console/orders/123`) are answered with its
 * index.html; anything whose last segment has an extension is a file and is served, or refused,
 * as it is. Only on the `/console/*` behaviour: API answers (403, 404) are never rewritten.
 */
const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") === -1) request.uri = "${CONSOLE_PATH}index.html";
  return request;
}`;

/** On the API's behaviour, only the bare origin (and `/console` without its slash) is sent to the console. */
const ROOT_REDIRECT = `function handler(event) {
  var uri = event.request.uri;
  if (uri === "/" || uri === "${CONSOLE_PATH.slice(0, -1)}") {
    return { statusCode: 302, statusDescription: "Found", headers: { location: { value: "${CONSOLE_PATH}" } } };
  }
  return event.request;
}`;

/**
 * The console's Content-Security-Policy: its own files, Stripe.js (script, frames, API) and the
 * hosted sign-in's token endpoint. Inline styles are allowed because the component library (antd)
 * injects its CSS at run time; inline scripts are not.
 */
export function contentSecurityPolicy(signInUrl: string, uploadOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' https://js.stripe.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://*.stripe.com",
    "font-src 'self' data:",
    // The evidence bucket: documents are PUT there through pre-signed URLs.
    `connect-src 'self' https://api.stripe.com ${[signInUrl, ...uploadOrigins].join(" ")}`,
    "frame-src https://js.stripe.com https://hooks.stripe.com",
    `form-action 'self' ${signInUrl}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const PUBLISHABLE_KEY = /^pk_(test|live)_\w+$/;

/**
 * The console and the API on one origin, as locally: a CloudFront distribution whose default
 * behaviour is the HTTP API (uncached, every method, every viewer header but Host, query strings
 * and cookies) and whose `/console/*` behaviour serves the built console from a private bucket
 * through Origin Access Control (cached, compressed, HTTPS only, security headers).
 */
export class ConsoleHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<distribution domain>/console/` */
  readonly url: string;
  /** What console/config.json holds; undefined when it is not deployed (no publishable key, no build). */
  readonly config: ConsoleConfig | undefined;

  constructor(scope: Construct, id: string, { httpApi, distDir, cognito, stripePublishableKey, uploadOrigins = [] }: ConsoleHostingProps) {
    super(scope, id);
    if (stripePublishableKey !== undefined && !PUBLISHABLE_KEY.test(stripePublishableKey)) {
      // config.json is public: a secret key (sk_, rk_) must never end up there.
      throw new Error("The Stripe publishable key must look like pk_test_… or pk_live_… (it is served to every browser)");
    }

    this.bucket = new s3.Bucket(this, "Files", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });

    const stack = Stack.of(this);
    const apiOrigin = new origins.HttpOrigin(`${httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "fupin console: HSTS, nosniff, no framing, referrer policy, CSP allowing Stripe.js and the hosted sign-in",
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(cognito.domainUrl, uploadOrigins), override: true },
      },
    });
    const viewerFunction = (id: string, comment: string, code: string) =>
      new cloudfront.Function(this, id, {
        comment,
        code: cloudfront.FunctionCode.fromInline(code),
        runtime: cloudfront.FunctionRuntime.JS_2_0,
      });

    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: "fupin: the HTTP API, and the console under /console/",
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200, // includes the edge locations in Asia
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: apiOrigin,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        // Authorization, Idempotency-Key, Accept-Language, Stripe-Signature… reach the API; Host must not
        // (API Gateway answers only to its own host name).
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: viewerFunction("RootRedirect", "fupin: / to the console", ROOT_REDIRECT),
          },
        ],
      },
      additionalBehaviors: {
        [`${CONSOLE_PATH}*`]: {
          origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          compress: true,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: [
            {
              eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
              function: viewerFunction("SpaRewrite", "fupin: console deep links to its index.html", SPA_REWRITE),
            },
          ],
        },
      },
    });

    this.url = `https://${this.distribution.distributionDomainName}${CONSOLE_PATH}`;
    const built = existsSync(join(distDir, "index.html"));
    if (built && stripePublishableKey === undefined) {
      // The console refuses a configuration without the key (it could not take payments): say so now, not in the browser.
      throw new Error(
        `The console is built (${distDir}) but has no Stripe publishable key: set STRIPE_PUBLISHABLE_KEY or the stripePublishableKey context value`,
      );
    }
    if (!built) {
      Annotations.of(this).addWarningV2(
        "@fupin/infra:consoleNotBuilt",
        `No console build in ${distDir}: the console is not deployed (build packages/web first to publish it)` +
          (stripePublishableKey === undefined ? ", and nor is its config.json (no Stripe publishable key)" : ", only its config.json"),
      );
    }
    this.config =
      stripePublishableKey === undefined
        ? undefined
        : {
            mode: "cognito",
            cognito: {
              domain: cognito.domainUrl,
              clientId: cognito.clientId,
              redirectUri: `${this.url}${CONSOLE_CALLBACK_PATH}`,
              logoutUri: this.url,
            },
            stripePublishableKey,
          };

    // The build's hashed files first, kept for a year and never overwritten in place; then the
    // files that name them (index.html) and config.json, revalidated on every load. Old hashed
    // files are kept (no pruning), so a browser still holding the previous index.html loads, and a
    // deploy without a build leaves the console that is there.
    const deploymentDefaults = { destinationBucket: this.bucket, prune: false, memoryLimit: 512 };
    const files =
      built && existsSync(join(distDir, "assets"))
        ? new s3deploy.BucketDeployment(this, "DeployFiles", {
            ...deploymentDefaults,
            sources: [s3deploy.Source.asset(join(distDir, "assets"))],
            destinationKeyPrefix: `${CONSOLE_PATH.slice(1)}assets/`,
            cacheControl: [
              s3deploy.CacheControl.setPublic(),
              s3deploy.CacheControl.maxAge(Duration.days(365)),
              s3deploy.CacheControl.immutable(),
            ],
          })
        : undefined;
    if (!this.config) return;
    const shell = new s3deploy.BucketDeployment(this, "DeployShell", {
      ...deploymentDefaults,
      sources: [
        // The build's own config.json, if any (from public/, for local work), never shadows the generated one.
        ...(built ? [s3deploy.Source.asset(distDir, { exclude: ["/assets/", "/config.json"], ignoreMode: IgnoreMode.GIT })] : []),
        // Each deploy-time value is a marker inside its JSON string, JSON-escaped when replaced. (Source.jsonData
        // puts whole quoted strings in its markers, which its own `escape` option then breaks, in aws-cdk-lib 2.224.)
        s3deploy.Source.data("config.json", JSON.stringify(this.config), { jsonEscape: true }),
      ],
      destinationKeyPrefix: CONSOLE_PATH.slice(1),
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: [`${CONSOLE_PATH}index.html`, `${CONSOLE_PATH}config.json`],
    });
    if (files) shell.node.addDependency(files);
  }
}
