import { createHmac } from "node:crypto";
import { normalizeResidentId } from "../../identity/resident-id";
import { config, type Config } from "../../platform/config";
import { secretJson } from "../../platform/secrets";

/**
 * Resident ids (身份证号) are personal data. We keep only two derived forms:
 * - a keyed HMAC-SHA256 hash, to find "is this person already registered?" without the plain id;
 * - the masked display form (maskResidentId).
 * The id itself is deliberately NOT stored, neither plain nor encrypted: no use case needs it back,
 * and what is never stored cannot leak. A keyed hash (not a bare SHA-256) because the space of
 * valid ids is small enough to enumerate; without the key the hashes are worthless.
 */

/** For development and tests only; in AWS the key is a generated secret (infra: PII_HASH_KEY_SECRET_ARN). */
export const LOCAL_DEVELOPMENT_PII_HASH_KEY = "local-development-only-pii-hash-key-do-not-use-in-production";

/** The hashing key: from Secrets Manager in AWS, PII_HASH_KEY or the development key locally. */
export async function piiHashKey(
  settings: Pick<Config, "PII_HASH_KEY_SECRET_ARN" | "PII_HASH_KEY" | "AWS_LAMBDA_FUNCTION_NAME"> = config(),
): Promise<string> {
  if (settings.PII_HASH_KEY_SECRET_ARN) {
    const { key } = await secretJson(settings.PII_HASH_KEY_SECRET_ARN);
    if (!key) throw new Error("The PII hash key secret has no `key`");
    return key;
  }
  if (settings.PII_HASH_KEY) return settings.PII_HASH_KEY;
  // Never hash real people's ids with a key published in this repository.
  if (settings.AWS_LAMBDA_FUNCTION_NAME) throw new Error("No PII hash key configured (PII_HASH_KEY_SECRET_ARN)");
  return LOCAL_DEVELOPMENT_PII_HASH_KEY;
}

/** Hex HMAC-SHA256 of the canonical resident id: equal ids give equal hashes under one key. */
export function residentIdHash(idNumber: string, key: string): string {
  return createHmac("sha256", key).update(normalizeResidentId(idNumber), "utf8").digest("hex");
}
