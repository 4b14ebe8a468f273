import { expect, inject } from "vitest";
import type { z } from "zod";
import type { Role } from "@fupin/core/platform/actor";
import { routeKey, type RouteFor, type RouteKey } from "@fupin/functions/routes";
import { localIdp, type LocalIdp } from "@fupin/local/local-idp";
import { assertExchange, routeOf } from "./contract";

export const baseUrl = () => inject("baseUrl");

let idp: Promise<LocalIdp> | undefined;

/** A token signed by the running platform's local key, as `npm run token` prints. */
export async function tokenFor(sub: string, ...roles: Role[]): Promise<string> {
  idp ??= localIdp(inject("dataDir"));
  return (await idp).sign(sub, roles);
}

export interface ApiResult<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Another gateway serving the same route table (a side gateway); its answers are checked just the same. */
  baseUrl?: string;
}

/**
 * One request to the platform. Every answer is checked against the route table before the test
 * sees it (./contract.ts): a success against its route's status and response schema, a refusal
 * against the error body, strictly, so an undeclared or missing field fails the test that met it.
 */
export async function call<T = any>(method: string, path: string, opts: CallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const url = new URL(`${opts.baseUrl ?? baseUrl()}${path}`);
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  assertExchange(
    { method, pathname: url.pathname, status: res.status, contentType: res.headers.get("content-type"), text },
    `${method} ${path}`,
  );
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed as T, text, headers: res.headers };
}

type Schema<R, K extends string> = R extends { [P in K]: infer S extends z.ZodType } ? S : never;
type Declares<R, K extends string> = R extends { [P in K]: z.ZodType } ? true : false;

/** What a route takes, typed from its schemas: path parameters and a body when it declares them. */
export type ApiOptions<K extends RouteKey, R = RouteFor<K>> = {
  token?: string;
  headers?: Record<string, string>;
  baseUrl?: string;
} & (Declares<R, "params"> extends true ? { params: z.input<Schema<R, "params">> } : { params?: never }) &
  (Declares<R, "query"> extends true ? { query?: z.input<Schema<R, "query">> } : { query?: never }) &
  (Declares<R, "body"> extends true ? { body: z.input<Schema<R, "body">> } : { body?: never });

/** A route's success body, typed from its response schema (a refusal's body is the error body, checked just the same). */
export type ApiResponse<K extends RouteKey, R = RouteFor<K>> =
  Declares<R, "response"> extends true ? z.output<Schema<R, "response">> : unknown;

type ApiArgs<K extends RouteKey> = object extends ApiOptions<K> ? [opts?: ApiOptions<K>] : [opts: ApiOptions<K>];

/**
 * The typed client: a route by its key, e.g. `api("POST /orders", { token, body, headers })`, its
 * path parameters filled in and its query encoded; the body is typed by the route's body schema
 * and the answer by its response schema. The answer is checked as every `call` is.
 */
export async function api<K extends RouteKey>(key: K, ...[opts = {} as ApiOptions<K>]: ApiArgs<K>): Promise<ApiResult<ApiResponse<K>>> {
  const [method, template] = key.split(" ") as [string, string];
  const { params, query, ...rest } = opts as CallOptions & { params?: Record<string, unknown>; query?: Record<string, unknown> };
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(params?.[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) search.append(name, String(value));
  const target = search.size ? `${path}?${search}` : path;
  const reached = routeOf(method, new URL(target, "http://localhost").pathname);
  if (!reached || routeKey(reached) !== key)
    throw new Error(`${method} ${target} reaches ${reached ? routeKey(reached) : "no route"}, not ${key}`);
  return call(method, target, rest);
}

/**
 * Every item of a list route, following `nextCursor` page by page: each page must answer 200 with
 * at most `limit` items, and the walk must end within `maxPages`.
 */
export async function allPages<T = unknown>(
  path: string,
  opts: { token?: string; limit?: number; maxPages?: number } = {},
): Promise<{ items: T[]; pages: number }> {
  const { token, limit, maxPages = 100 } = opts;
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const search = new URLSearchParams();
    if (limit !== undefined) search.set("limit", String(limit));
    if (cursor) search.set("cursor", cursor);
    const sep = path.includes("?") ? "&" : "?";
    const res: ApiResult<{ items: T[]; nextCursor: string | null }> = await call(
      "GET",
      search.size ? `${path}${sep}${search}` : path,
      token ? { token } : {},
    );
    expect(res.status, res.text).toBe(200);
    if (limit !== undefined) expect(res.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
    expect(pages, `${path} still has a next page after ${maxPages}`).toBeLessThanOrEqual(maxPages);
  } while (cursor);
  return { items, pages };
}

/** A unique suffix, so tests sharing one platform never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A refusal: the status, and the API's error body with its stable code and a message. */
export function expectError(res: { status: number; body: any; text: string }, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code, res.text).toBe(code);
  expect(typeof res.body.error.message).toBe("string");
}

/**
 * A token with any claims, signed by the running platform's local key: for tokens the token CLI
 * never prints (ID tokens, odd group names), as an attacker holding a real but misused token would.
 */
export async function signClaims(claims: Record<string, unknown>, sub = "odd-1"): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { SignJWT, importJWK } = await import("jose");
  const { LOCAL_AUDIENCE, LOCAL_ISSUER } = await import("@fupin/local/local-idp");
  const key = JSON.parse(readFileSync(join(inject("dataDir"), "token-signing-key.json"), "utf8"));
  return new SignJWT({ client_id: LOCAL_AUDIENCE, ...claims })
    .setProtectedHeader({ alg: "ES256", kid: key.kid })
    .setSubject(sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(await importJWK(key.privateJwk, "ES256"));
}
