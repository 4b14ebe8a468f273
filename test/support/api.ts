import { expect, inject } from "vitest";
import type { Role } from "@fupin/core/platform/actor";
import { localIdp, type LocalIdp } from "@fupin/local/local-idp";

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
}

export async function call<T = any>(method: string, path: string, opts: CallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${baseUrl()}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed as T, text, headers: res.headers };
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
