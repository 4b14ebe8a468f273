import { createHash } from "node:crypto";
import type { Db } from "../platform/db";
import { transact as runTransaction, type TransactItem } from "../platform/transact";

export type { TransactItem } from "../platform/transact";

/** A cancelled transaction's reason code per item, in item order ("None" for items that were fine). */
export type Cancellation = { cancelled: true; reasons: string[] };

/**
 * The platform's transaction runner (which already retries transaction conflicts and throttling),
 * answering with every item's reason code when a condition failed, as the claim loops expect.
 */
export async function transact(store: Db, items: TransactItem[], clientRequestToken?: string): Promise<Cancellation | { cancelled: false }> {
  const outcome = await runTransaction(store, items, clientRequestToken ? { token: clientRequestToken } : {});
  return outcome.ok ? { cancelled: false } : { cancelled: true, reasons: items.map((_, i) => outcome.codes[i] ?? "None") };
}

export const failed = (c: Cancellation, index: number, code = "ConditionalCheckFailed") => c.reasons[index] === code;

/** Jittered exponential backoff between attempts of a read-compute-write loop. */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(400, 10 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/**
 * An idempotency token for one exact transaction (purpose = claim id, version read and attempt; plus
 * a digest of the items): the SDK's own resends of that request carry the same token, so a write
 * whose response was lost applies at most once within DynamoDB's 10-minute window, while a
 * recomputed attempt gets another token instead of a parameter mismatch. At most 36 characters.
 */
export function requestToken(purpose: string, items: TransactItem[]): string {
  return createHash("sha256").update(purpose).update("\n").update(JSON.stringify(items)).digest("base64url").slice(0, 36);
}
