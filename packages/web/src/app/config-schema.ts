import * as z from "zod/mini";

/**
 * The console's runtime configuration, read from `GET /console/config.json` before it renders.
 * One build serves every environment; only this file differs:
 *
 * - locally the gateway answers it: `{ "mode": "local", "payments": "standin" }` (dev sign-in at
 *   POST /local/sign-in, payments through the Stripe stand-in at POST /local/payments/…);
 * - in AWS, infra uploads it beside the built console:
 *   `{ "mode": "cognito", "cognito": { "domain", "clientId", "redirectUri", "logoutUri"? }, "stripePublishableKey" }`.
 *
 * Unknown fields are allowed, so infra may add some before the console reads them.
 */
export const LocalConsoleConfig = z.looseObject({
  mode: z.literal("local"),
  /** "standin": the local Stripe stand-in; "stripe": a real Stripe test account (then stripePublishableKey). */
  payments: z.enum(["standin", "stripe"]),
  stripePublishableKey: z.optional(z.string().check(z.regex(/^pk_(test|live)_\w+$/))),
});

export const CognitoConsoleConfig = z.looseObject({
  mode: z.literal("cognito"),
  cognito: z.looseObject({
    /** The user pool's hosted UI, e.g. https://fupin-prod.auth.ap-east-1.amazoncognito.com */
    domain: z.url({ protocol: /^https$/ }),
    /** The user pool's public app client (no secret: authorization code with PKCE). */
    clientId: z.string().check(z.minLength(1)),
    /** Registered on the app client: https://<console host>/console/auth/callback */
    redirectUri: z.url(),
    /** Registered sign-out URL; the console's landing page when absent. */
    logoutUri: z.optional(z.url()),
  }),
  stripePublishableKey: z.string().check(z.regex(/^pk_(test|live)_\w+$/)),
});

export const ConsoleConfig = z.discriminatedUnion("mode", [LocalConsoleConfig, CognitoConsoleConfig]);
export type ConsoleConfig = z.infer<typeof ConsoleConfig>;
export type LocalConsoleConfig = z.infer<typeof LocalConsoleConfig>;
export type CognitoConsoleConfig = z.infer<typeof CognitoConsoleConfig>;
