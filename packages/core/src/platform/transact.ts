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
const backoff = (attempt: number) => sleep(Math.random() * Math.min(1000, 10 * 2 ** attempt));

/**
 * An idempotency token for one exact transaction (its purpose, e.g. claim id, version read and
 * attempt, plus a digest of the items): the SDK's own resends carry the same token, so a write
 * whose response was lost applies at most once within DynamoDB's 10-minute window, while a
 * recomputed attempt gets another token instead of a parameter mismatch. At most 36 characters.
 */
function transactionToken(purpose: string, items: TransactItem[]): string {
  return createHash("sha256").update(purpose).update("\n").update(JSON.stringify(items)).digest("base64url").slice(0, 36);
}

type TransactOutcome = { ok: true } | { ok: false; codes: (string | undefined)[] };

/**
 * Runs one TransactWriteItems. Writes that share hot items (a product's stock, a village-month
 * aggregate, a scheme's pool) collide as TransactionConflict; a cancelled transaction wrote nothing,
 * so it is sent again after a jittered backoff. A failed condition is not retried: the outcome names
 * the first item whose condition failed, for the caller to turn into a domain error or a re-read.
 */
async function transact(store: Db, items: TransactItem[], opts: { token?: string } = {}): Promise<TransactOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.client.send(
        new TransactWriteCommand({ TransactItems: items, ...(opts.token ? { ClientRequestToken: opts.token } : {}) }),
      );
      return { ok: true };
    } catch (e) {
      // The same token still being applied by an earlier send is a race like a conflict: go again.
      if (e instanceof Error && e.name === "TransactionInProgressException" && attempt < MAX_ATTEMPTS) {
        await backoff(attempt);
        continue;
      }
      if (!(e instanceof TransactionCanceledException)) throw e;
      const codes = (e.CancellationReasons ?? []).map((r) => (r.Code === "None" ? undefined : r.Code));
      if (codes.includes("ConditionalCheckFailed")) return { ok: false, codes };
      if (!codes.some((c) => c && RETRYABLE.has(c)) || attempt >= MAX_ATTEMPTS) {
        if (attempt >= MAX_ATTEMPTS) throw conflict("CONCURRENT_UPDATE", "Too many concurrent changes to the same records; try again");
        throw e;
      }
      await backoff(attempt);
    }
  }
}

/**
 * What a failed condition on a part means: a refusal to report (a domain error), a sign that what
 * was read is stale ("retry": read again and rebuild), or proof that the work was already done
 * (e.g. the record this operation creates exists: an earlier send committed it).
 */
export type Rejection = "retry" | "already_done" | DomainError;

/** What a rejection handler learns: which write of a list failed, and every part whose condition failed. */
export interface RejectionContext {
  index: number;
  failed: ReadonlySet<string>;
}

export interface Part {
  write: TransactItem;
  /** Default "retry". A function is asked only when this part's condition failed. */
  rejected?: Rejection | ((context: RejectionContext) => Rejection | Promise<Rejection>);
}

/** Named parts, written in declaration order; a list names several writes of one kind; false or undefined leaves a part out. */
export type Parts = Record<string, Part | readonly Part[] | false | undefined>;

export interface Plan {
  parts: Parts;
  /** Effects that must follow the commit (metrics, logs): run once, only when this run committed. */
  afterCommit?: () => void;
}

export interface TransactionSpec {
  /**
   * Names the operation, e.g. `top-up:${topUpId}`. With the attempt and a digest of the writes it
   * makes the ClientRequestToken, so the SDK's resend of a write whose response was lost commits once.
   */
  operation: string;
  /** Reads what the writes rest on and plans them; null when there is nothing left to write. */
  plan: (attempt: number) => Promise<Plan | null> | Plan | null;
  maxAttempts?: number;
  /** The refusal when every attempt found its reads stale. */
  exhausted?: () => DomainError;
}

export type TransactionResult = "committed" | "already_done" | "nothing_to_do";

interface NamedWrite {
  name: string;
  index: number;
  part: Part;
}

function flatten(parts: Parts): NamedWrite[] {
  return Object.entries(parts).flatMap(([name, value]) => {
    if (!value) return [];
    const list: readonly Part[] = Array.isArray(value) ? value : [value as Part];
    return list.map((part, index) => ({ name, index, part }));
  });
}

/**
 * The one way the platform writes several items together: named parts whose rejections say what
 * they mean, retries with jittered backoff when reads went stale, a ClientRequestToken per attempt
 * (derived from the operation), and effects hung on the commit. A read-decide-write loop is a plan
 * run again from a fresh read.
 */
export async function runTransaction(store: Db, spec: TransactionSpec): Promise<TransactionResult> {
  const maxAttempts = spec.maxAttempts ?? MAX_ATTEMPTS;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const plan = await spec.plan(attempt);
    if (!plan) return "nothing_to_do";
    const writes = flatten(plan.parts);
    const items = writes.map((w) => w.part.write);
    const outcome = await transact(store, items, { token: transactionToken(`${spec.operation}#${attempt}`, items) });
    if (outcome.ok) {
      plan.afterCommit?.();
      return "committed";
    }
    // The first failed part, in declaration order, says what the cancellation means.
    const failedWrites = writes.filter((_, i) => outcome.codes[i] === "ConditionalCheckFailed");
    const first = failedWrites[0]!;
    const { rejected = "retry" } = first.part;
    const verdict =
      typeof rejected === "function" ? await rejected({ index: first.index, failed: new Set(failedWrites.map((w) => w.name)) }) : rejected;
    if (verdict instanceof DomainError) throw verdict;
    if (verdict === "already_done") return "already_done";
  }
  throw spec.exhausted?.() ?? conflict("CONCURRENT_UPDATE", "Too many concurrent changes to the same records; try again");
}
