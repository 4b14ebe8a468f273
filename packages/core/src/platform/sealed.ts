import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data kept encrypted at rest (DESIGN decision 18): objectors' contacts, households' bank
 * accounts and phone numbers. AES-256-GCM under a key derived (HKDF-SHA256) from the platform's PII
 * key material for one purpose, so a value sealed for one purpose never opens as another, and a
 * tampered value fails to open instead of reading as something else.
 */
const ALGORITHM = "aes-256-gcm";

/** Where a sealed value belongs: the HKDF salt (its context) and info (its purpose). */
export interface SealScope {
  salt: string;
  purpose: string;
}

const derive = (key: string, scope: SealScope) => Buffer.from(hkdfSync("sha256", key, scope.salt, scope.purpose, 32));

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh IV each time, so equal values seal differently. */
export function sealText(plain: string, key: string, scope: SealScope): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, derive(key, scope), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The value back (throws on a tampered value, another key or another scope). */
export function openText(sealed: string, key: string, scope: SealScope): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("not a sealed value");
  const decipher = createDecipheriv(ALGORITHM, derive(key, scope), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** The key derived for a scope, for keyed hashes beside the sealed values (e.g. a rate limit's source hash). */
export const derivedKey = derive;
