import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../platform/db";
import { conflict } from "../platform/errors";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/**
 * The pairing writes all ADD to a few shared aggregate items (platform, province, county), so
 * concurrent transactions touching the same item are cancelled with `TransactionConflict` by
 * DynamoDB. Those, and throttling, are retried with jittered exponential backoff; a transaction
 * that was cancelled wrote nothing, so running it again is safe.
 */
const RETRYABLE = new Set(["TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded"]);
export const MAX_ATTEMPTS = 12;

/** One attempt's outcome as the caller decides it from the cancellation reasons. */
export type Verdict = "retry" | Error | undefined;

export interface Attempt {
  items: TransactItems;
  /** Called with the cancellation reason codes, aligned with `items`. Return "retry" to go again (after re-reading), an error to throw, or undefined for the default. */
  onCancel?: (codes: (string | undefined)[]) => Verdict;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoffMs = (attempt: number) => Math.random() * Math.min(1_000, 15 * 2 ** attempt);

/**
 * Runs a transaction built afresh for each attempt (so it can re-read what it conditions on).
 * `token` makes each attempt idempotent against the SDK's own retries of a request whose answer was lost.
 */
export async function transactWithRetry(store: Db, token: string, build: (attempt: number) => Promise<Attempt> | Attempt): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { items, onCancel } = await build(attempt);
    try {
      await store.client.send(
        new TransactWriteCommand({ TransactItems: items, ClientRequestToken: `${token}-${attempt}`.slice(0, 36) }),
      );
      return;
    } catch (e) {
      if (!(e instanceof TransactionCanceledException)) throw e;
      const codes = (e.CancellationReasons ?? []).map((r) => r.Code);
      const verdict = onCancel?.(codes);
      if (verdict instanceof Error) throw verdict;
      if (verdict !== "retry" && !codes.some((c) => c !== undefined && RETRYABLE.has(c))) throw e;
      await sleep(backoffMs(attempt));
    }
  }
  throw conflict("CONCURRENT_UPDATE", "Too many concurrent changes to the same pairing figures; try again");
}
