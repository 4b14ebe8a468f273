import { createHash } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./db";
import { conflict, DomainError } from "./errors";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Cancellations that say nothing about our conditions: another transaction held an item, or throttling. */
const RETRYABLE = new Set(["TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded"]);
const MAX_ATTEMPTS = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Jittered exponential backoff between attempts of a read-compute-write loop. */
export const backoff = (attempt: number) => sleep(Math.random() * Math.min(1000, 10 * 2 ** attempt));

/** Whether the item at `index` is one whose condition failed. */
export const conditionFailed = (outcome: TransactOutcome, index: number) => !outcome.ok && outcome.codes[index] === "ConditionalCheckFailed";

/**
 * An idempotency token for one exact transaction (its purpose, e.g. claim id, version read and
 * attempt, plus a digest of the items): the SDK's own resends carry the same token, so a write
 * whose response was lost applies at most once within DynamoDB's 10-minute window, while a
 * recomputed attempt gets another token instead of a parameter mismatch. At most 36 characters.
 */
export function transactionToken(purpose: string, items: TransactItem[]): string {
  return createHash("sha256").update(purpose).update("\n").update(JSON.stringify(items)).digest("base64url").slice(0, 36);
}

export type TransactOutcome = { ok: true } | { ok: false; failedAt: number; codes: (string | undefined)[] };

/**
 * Runs one TransactWriteItems. Writes that share hot items (a product's stock, a village-month
 * aggregate, a scheme's pool) collide as TransactionConflict; a cancelled transaction wrote nothing,
 * so it is sent again after a jittered backoff. A failed condition is not retried: the outcome names
 * the first item whose condition failed, for the caller to turn into a domain error or a re-read.
 */
export async function transact(store: Db, items: TransactItem[], opts: { token?: string } = {}): Promise<TransactOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.client.send(new TransactWriteCommand({ TransactItems: items, ...(opts.token ? { ClientRequestToken: opts.token } : {}) }));
      return { ok: true };
    } catch (e) {
      // The same token still being applied by an earlier send is a race like a conflict: go again.
      if (e instanceof Error && e.name === "TransactionInProgressException" && attempt < MAX_ATTEMPTS) {
        await backoff(attempt);
        continue;
      }
      if (!(e instanceof TransactionCanceledException)) throw e;
      const codes = (e.CancellationReasons ?? []).map((r) => (r.Code === "None" ? undefined : r.Code));
      const failedAt = codes.findIndex((c) => c === "ConditionalCheckFailed");
      if (failedAt >= 0) return { ok: false, failedAt, codes };
      if (!codes.some((c) => c && RETRYABLE.has(c)) || attempt >= MAX_ATTEMPTS) {
        if (attempt >= MAX_ATTEMPTS) throw conflict("CONCURRENT_UPDATE", "Too many concurrent changes to the same records; try again");
        throw e;
      }
      await backoff(attempt);
    }
  }
}

/** What to do when a condition of a rebuilt transaction failed: read again and retry, or this error. */
export type Verdict = "retry" | DomainError | undefined;

export interface Attempt {
  items: TransactItem[];
  /** Given the cancellation codes (aligned with `items`) of a failed condition. */
  onCancel?: (codes: (string | undefined)[]) => Verdict;
}

/**
 * For transactions whose conditions rest on values read just before (e.g. "this counter marker does
 * not exist yet"): when such a condition fails because another writer got there first, the
 * transaction is built again from a fresh read. An unanticipated failed condition is a conflict.
 */
export async function transactRebuilt(store: Db, build: (attempt: number) => Promise<Attempt> | Attempt): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { items, onCancel } = await build(attempt);
    const outcome = await transact(store, items);
    if (outcome.ok) return;
    const verdict = onCancel?.(outcome.codes);
    if (verdict instanceof DomainError) throw verdict;
    if (verdict !== "retry") break;
  }
  throw conflict("CONCURRENT_UPDATE", "Too many concurrent changes to the same records; try again");
}
