import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { piiHashKey } from "../households/pii";

/**
 * An objector's contact is personal data (DESIGN decision 18): kept encrypted at rest with
 * AES-256-GCM under a key derived from the platform's PII key, and shown only masked. Where an
 * objection came from (the client's address) is kept only as a keyed hash, for the rate limit.
 */
const ALGORITHM = "aes-256-gcm";

const derive = (key: string, purpose: string) => Buffer.from(hkdfSync("sha256", key, "fupin-monitoring", purpose, 32));

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export async function sealContact(contact: string, key?: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, derive(key ?? (await piiHashKey()), "objection-contact"), iv);
  const ciphertext = Buffer.concat([cipher.update(contact, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The contact back, for a staff member who must reach the objector (throws on a tampered value). */
export async function openContact(sealed: string, key?: string): Promise<string> {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("not a sealed contact");
  const decipher = createDecipheriv(ALGORITHM, derive(key ?? (await piiHashKey()), "objection-contact"), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** A keyed hash of the client's address: equal for one address under one key, worthless without it. */
export async function sourceHash(address: string, key?: string): Promise<string> {
  return createHmac("sha256", derive(key ?? (await piiHashKey()), "objection-source"))
    .update(address)
    .digest("base64url")
    .slice(0, 32);
}
