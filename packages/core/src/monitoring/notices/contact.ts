import { createHmac } from "node:crypto";
import { derivedKey, openText, sealText } from "../../platform/sealed";
import { piiHashKey } from "../households/pii";

/**
 * An objector's contact is personal data (DESIGN decision 18): kept encrypted at rest with
 * AES-256-GCM under a key derived from the platform's PII key, and shown only masked. Where an
 * objection came from (the client's address) is kept only as a keyed hash, for the rate limit.
 */
const CONTACT = { salt: "fupin-monitoring", purpose: "objection-contact" };
const SOURCE = { salt: "fupin-monitoring", purpose: "objection-source" };

/** `v1.<iv>.<tag>.<ciphertext>`, base64url (platform/sealed.ts). */
export async function sealContact(contact: string, key?: string): Promise<string> {
  return sealText(contact, key ?? (await piiHashKey()), CONTACT);
}

/** The contact back, for a staff member who must reach the objector (throws on a tampered value). */
export async function openContact(sealed: string, key?: string): Promise<string> {
  return openText(sealed, key ?? (await piiHashKey()), CONTACT);
}

/** A keyed hash of the client's address: equal for one address under one key, worthless without it. */
export async function sourceHash(address: string, key?: string): Promise<string> {
  return createHmac("sha256", derivedKey(key ?? (await piiHashKey()), SOURCE))
    .update(address)
    .digest("base64url")
    .slice(0, 32);
}
