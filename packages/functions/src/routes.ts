import { catalogRoutes } from "./catalog/routes";
import { claimRoutes } from "./claims/routes";
import { monitoringRoutes } from "./monitoring/routes";
import { orderRoutes } from "./orders/routes";
import { pairingRoutes } from "./pairings/routes";
import { platformRoutes } from "./platform/routes";
import type { RouteSpec } from "./route-spec";

export type { Access, Method, RouteSpec } from "./route-spec";

/**
 * The one route table: every `METHOD /path` of the API with its context, access rule and zod
 * schemas, each row written once in its context's routes.ts. infra/ creates the HTTP API routes and
 * one Lambda function per context from it; the local gateway serves it; the OpenAPI document is
 * generated from it; access is enforced from it in one place (http/auth.ts). Nothing else lists routes.
 */
export const routes = [
  ...platformRoutes,
  ...catalogRoutes,
  ...orderRoutes,
  ...pairingRoutes,
  ...monitoringRoutes,
  ...claimRoutes,
] as const satisfies readonly RouteSpec[];

/**
 * Bounded contexts: one Lambda function each, with only the permissions it needs: the table (read
 * only, or read and write), the Stripe keys, the key that hashes resident ids.
 */
export const contexts = {
  platform: { description: "health, readiness and the OpenAPI document", table: "read", stripe: false, pii: false },
  catalog: { description: "villages, suppliers, certified products", table: true, stripe: false, pii: false },
  orders: { description: "orders, Stripe payments and webhooks, village sales credits and reports", table: true, stripe: true, pii: false },
  pairings: { description: "千企帮千村 enterprises, pairings, contributions and reports", table: true, stripe: false, pii: false },
  monitoring: {
    description: "防止返贫监测 household registry, risk leads, identification, support measures, risk removal, notices and reports",
    table: true,
    stripe: false,
    pii: true,
  },
  // pii: households' bank accounts and phones are sealed under the PII key (payment batches).
  // evidence: claim documents live in the evidence bucket (only this context reaches it).
  claims: { description: "防贫保险/防贫救助 schemes, claims, payouts and reports", table: true, stripe: false, pii: true, evidence: true },
} as const;
export type ContextName = keyof typeof contexts;

export type Route = (typeof routes)[number];
type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string } ? `${M} ${P}` : never;
export type RouteKey = KeyOf<Route>;
export type RouteFor<K extends RouteKey> = Route extends infer R ? (R extends Route ? (KeyOf<R> extends K ? R : never) : never) : never;

export const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}` as RouteKey;
export const routesOf = (context: ContextName): Route[] => routes.filter((r) => r.context === context);
export const isPublic = (r: RouteSpec) => r.access === "public" || r.access === "optional";
