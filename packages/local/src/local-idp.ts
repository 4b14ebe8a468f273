import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, SignJWT, jwtVerify, createLocalJWKSet, type JWK, type JWTPayload } from "jose";
import { ROLES, type Role } from "@fupin/core/platform/actor";

/**
 * The local stand-in for Cognito: an ES256 key kept in DATA_DIR signs tokens with the claims a
 * Cognito user pool puts in them (`sub`, `cognito:groups`, `client_id`), and the gateway verifies
 * them the way the HTTP API's JWT authorizer does.
 */
export const LOCAL_ISSUER = "https://fupin.local/idp";
export const LOCAL_AUDIENCE = "fupin-local-client";
const ALG = "ES256";

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

async function loadOrCreateKey(dataDir: string): Promise<StoredKey> {
  const file = join(dataDir, "token-signing-key.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as StoredKey;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = randomUUID();
    const key: StoredKey = {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALG },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" },
    };
    mkdirSync(dataDir, { recursive: true });
    // "wx": if another process created it meanwhile, keep theirs.
    try {
      writeFileSync(file, JSON.stringify(key), { flag: "wx", mode: 0o600 });
    } catch {
      return JSON.parse(readFileSync(file, "utf8")) as StoredKey;
    }
    return key;
  }
}

export interface LocalIdp {
  jwks: { keys: JWK[] };
  /** An access token as Cognito issues them; `extraClaims` adds claims such as `custom:county`. */
  sign(sub: string, roles: readonly Role[], ttlSeconds?: number, extraClaims?: Record<string, string>): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
}

export async function localIdp(dataDir: string): Promise<LocalIdp> {
  const key = await loadOrCreateKey(dataDir);
  const privateKey = await importJWK(key.privateJwk, ALG);
  const jwks = { keys: [key.publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  return {
    jwks,
    sign: (sub, roles, ttlSeconds = 12 * 3600, extraClaims = {}) =>
      new SignJWT({ ...extraClaims, "cognito:groups": [...roles], client_id: LOCAL_AUDIENCE, token_use: "access" })
        .setProtectedHeader({ alg: ALG, kid: key.kid })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey),
    verify: async (token) => (await jwtVerify(token, keySet, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE })).payload,
  };
}

export function parseRoles(value: string): Role[] {
  const roles = value
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`unknown role(s): ${unknown.join(", ")}; roles are ${ROLES.join(", ")}`);
  return roles as Role[];
}
