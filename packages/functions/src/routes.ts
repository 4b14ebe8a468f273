import { z } from "zod";
import type { Role } from "@fupin/core/platform/actor";
import * as catalog from "@fupin/core/catalog/schemas";

/**
 * The one route table. infra/ creates the HTTP API routes and one Lambda function per context
 * from it; the local gateway serves it; the OpenAPI document is generated from it; the access
 * rule of each route is enforced from it in one place (http/access.ts). Nothing else lists routes.
 *
 * access: "public" needs no token; "optional" needs none but honours a valid one (an admin sees
 * unlisted products); a role list needs a token with one of those roles.
 */
export type Access = "public" | "optional" | readonly Role[];
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteSpec {
  readonly method: Method;
  readonly path: string;
  readonly context: ContextName;
  readonly access: Access;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: z.ZodType;
  readonly status?: number;
  /** Responds with text/csv as well when asked with `Accept: text/csv`. */
  readonly csv?: boolean;
}

/** Bounded contexts: one Lambda function each, with only the permissions it needs. */
export const contexts = {
  platform: { description: "health and the OpenAPI document", table: false, stripe: false },
  catalog: { description: "villages, suppliers, certified products", table: true, stripe: false },
} as const;
export type ContextName = keyof typeof contexts;

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const routes = [
  // Platform
  { method: "GET", path: "/health", context: "platform", access: "public", summary: "Liveness", response: z.object({ status: z.literal("ok") }) },
  { method: "GET", path: "/openapi.json", context: "platform", access: "public", summary: "This OpenAPI 3.1 document" },

  // Villages and suppliers
  { method: "POST", path: "/villages", context: "catalog", access: ["admin"], summary: "Register a village", body: catalog.CreateVillage, response: catalog.Village, status: 201 },
  { method: "GET", path: "/villages", context: "catalog", access: "public", summary: "List villages", query: catalog.VillagesQuery, response: page(catalog.Village) },
  { method: "GET", path: "/villages/{villageId}", context: "catalog", access: "public", summary: "One village", params: catalog.VillageIdParams, response: catalog.Village },
  { method: "POST", path: "/suppliers", context: "catalog", access: ["admin"], summary: "Register a supplier", body: catalog.CreateSupplier, response: catalog.Supplier, status: 201 },
  { method: "GET", path: "/suppliers/{supplierId}", context: "catalog", access: "public", summary: "One supplier", params: catalog.SupplierIdParams, response: catalog.Supplier },

  // Catalog
  { method: "POST", path: "/products", context: "catalog", access: ["admin", "supplier"], summary: "Add a product, pending certification", body: catalog.CreateProduct, response: catalog.Product, status: 201 },
  { method: "PUT", path: "/products/{productId}/certification", context: "catalog", access: ["admin"], summary: "Record the product's certification (认定)", params: catalog.ProductIdParams, body: catalog.Certification, response: catalog.Product },
  { method: "PATCH", path: "/products/{productId}", context: "catalog", access: ["admin", "supplier"], summary: "Change price, stock, name, category or unit", params: catalog.ProductIdParams, body: catalog.PatchProduct, response: catalog.Product },
  { method: "GET", path: "/products", context: "catalog", access: "public", summary: "List products whose certification is valid today", query: catalog.ProductsQuery, response: page(catalog.Product) },
  { method: "GET", path: "/products/{productId}", context: "catalog", access: "optional", summary: "One listed product (admins and the supplier's staff see any)", params: catalog.ProductIdParams, response: catalog.Product },
] as const satisfies readonly RouteSpec[];

export type Route = (typeof routes)[number];
type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string } ? `${M} ${P}` : never;
export type RouteKey = KeyOf<Route>;
export type RouteFor<K extends RouteKey> = Route extends infer R ? (R extends Route ? (KeyOf<R> extends K ? R : never) : never) : never;

export const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}` as RouteKey;
export const routesOf = (context: ContextName): Route[] => routes.filter((r) => r.context === context);
export const isPublic = (r: RouteSpec) => r.access === "public" || r.access === "optional";
