import { createHmac } from "node:crypto";
import { normalizeResidentId } from "../identity/resident-id";

/**
 * Resident ids (身份证号) are personal data. We keep only two derived forms:
 * - a keyed HMAC-SHA256 hash, to find "is this person already registered?" without the plain id;
 * - the masked display form (maskResidentId).
 * The id itself is deliberately NOT stored, neither plain nor encrypted: no use case needs it back,
 * and what is never stored cannot leak. A keyed hash (not a bare SHA-256) because the space of
 * valid ids is small enough to enumerate; without the key the hashes are worthless.
 */

/** For development and tests only. In AWS, infra must set PII_HASH_KEY from a secret. */
export const LOCAL_DEVELOPMENT_PII_HASH_KEY = "local-development-only-pii-hash-key-do-not-use-in-production";

export function piiHashKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.PII_HASH_KEY;
  return key && key.length > 0 ? key : LOCAL_DEVELOPMENT_PII_HASH_KEY;
}

/** Hex HMAC-SHA256 of the canonical resident id: equal ids give equal hashes under one key. */
export function residentIdHash(idNumber: string, key: string = piiHashKey()): string {
  return createHmac("sha256", key).update(normalizeResidentId(idNumber), "utf8").digest("hex");
}
