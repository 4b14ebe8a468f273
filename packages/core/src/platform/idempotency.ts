import { createHash } from "node:crypto";
import { z } from "zod";
import { DeleteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import type { Db } from "./db";
import { conflict, isDomainError } from "./errors";
import { PATTERNS } from "./schema";
import { tableDefinition } from "./table";
import type { StoredItem } from "./items";

/**
 * Idempotency keys for writes that matter (DESIGN decision 7), as strict as Powertools' utility:
 * the first request with a key locks it and reserves the id of what it creates; the same key with
 * the same payload replays (the same id), with another payload is refused (409), and while the
 * first is still running is refused too (409, retry). A request that failed with a domain error
 * frees the key; one that crashed keeps its lock until it goes stale, and the retry that takes it
 * over resumes with the same reserved id, so the work is never done twice.
 */
const LOCK_MS = 30_000;
const KEEP_SECONDS = 24 * 3600;

export const idempotencyKeys = {
  item: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: "IDEMPOTENCY" }),
};

export const payloadHash = (payload: unknown) => createHash("sha256").update(JSON.stringify(payload)).digest("hex");

export interface IdempotentRun<T> {
  result: T;
  /** True when an earlier request with this key had completed: answer 200, not 201. */
  replayed: boolean;
}

/** The header's value: printable ASCII, long enough to be unique (a UUID fits). */
export const IdempotencyKey = z
  .string()
  .regex(PATTERNS.idempotency_key, { error: "the Idempotency-Key must be 8 to 255 printable ASCII characters, e.g. a UUID" });

export async function idempotent<T>(
  store: Db,
  opts: { scope: string; key: string; payload: unknown; newId: () => string },
  run: (reservedId: string) => Promise<T>,
): Promise<IdempotentRun<T>> {
  const Key = idempotencyKeys.item(opts.scope, opts.key);
  const hash = payloadHash(opts.payload);
  for (let attempt = 0; ; attempt++) {
    const reserved = await lock(store, Key, hash, opts.newId);
    if (reserved.expired) {
      if (attempt > 0)
        throw conflict("IDEMPOTENCY_IN_PROGRESS", "A request with this Idempotency-Key is still being processed; retry shortly");
      // Past its keeping time but not yet swept by TTL: as good as absent.
      await store.client
        .send(
          new DeleteCommand({
            TableName: store.tableName,
            Key,
            ConditionExpression: "#ttl = :ttl",
            ExpressionAttributeNames: { "#ttl": tableDefinition.ttlAttribute },
            ExpressionAttributeValues: { ":ttl": reserved.expiresAt },
          }),
        )
        .catch(() => undefined);
      continue;
    }
    if (reserved.replay) return { result: await run(reserved.id), replayed: true };
    try {
      const result = await run(reserved.id);
      await store.client.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key,
          UpdateExpression: "SET #status = :done REMOVE lockedUntil",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":done": "COMPLETED" },
        }),
      );
      return { result, replayed: false };
    } catch (e) {
      // A refusal (bad stock, unlisted product...) did nothing: free the key for a corrected retry.
      if (isDomainError(e)) await store.client.send(new DeleteCommand({ TableName: store.tableName, Key }));
      throw e;
    }
  }
}

/**
 * For writes where the Idempotency-Key is optional: under a key, `idempotent` (a retry answers the
 * same result, resuming under the same id); without one, a fresh id.
 */
export async function withIdempotencyKey<T>(
  store: Db,
  opts: { scope: string; key: string | undefined; payload: unknown; newId: () => string },
  run: (id: string) => Promise<T>,
): Promise<T> {
  if (!opts.key) return run(opts.newId());
  return (await idempotent(store, { ...opts, key: opts.key }, run)).result;
}

type Lock = { id: string; replay: boolean; expired: boolean; expiresAt?: number };

async function lock(store: Db, Key: { pk: string; sk: string }, hash: string, newId: () => string): Promise<Lock> {
  const now = Date.now();
  try {
    const out = await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key,
        UpdateExpression:
          "SET #status = :running, requestHash = if_not_exists(requestHash, :hash), reservedId = if_not_exists(reservedId, :id), lockedUntil = :lock, #ttl = :ttl, attempts = if_not_exists(attempts, :zero) + :one",
        ConditionExpression: "attribute_not_exists(pk) OR (#status = :running AND lockedUntil < :now AND requestHash = :hash)",
        ExpressionAttributeNames: { "#status": "status", "#ttl": tableDefinition.ttlAttribute },
        ExpressionAttributeValues: {
          ":running": "IN_PROGRESS",
          ":hash": hash,
          ":id": newId(),
          ":lock": now + LOCK_MS,
          ":now": now,
          ":ttl": Math.floor(now / 1000) + KEEP_SECONDS,
          ":zero": 0,
          ":one": 1,
        },
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return { id: String(out.Attributes!.reservedId), replay: false, expired: false };
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
    const existing = (e.Item ?? {}) as StoredItem;
    // The item on a failed condition comes back in DynamoDB's attribute-value form ({S}, {N}).
    const plain = (v: unknown) => (v as { S?: string; N?: string } | null)?.S ?? (v as { N?: string } | null)?.N ?? v;
    const old = Object.fromEntries(Object.entries(existing).map(([k, v]) => [k, plain(v)])) as StoredItem;
    const expiresAt = Number(old[tableDefinition.ttlAttribute]);
    if (expiresAt < Math.floor(now / 1000)) return { id: "", replay: false, expired: true, expiresAt };
    if (old.requestHash !== hash) {
      throw conflict("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used with a different request body");
    }
    if (old.status === "COMPLETED") return { id: String(old.reservedId), replay: true, expired: false };
    throw conflict("IDEMPOTENCY_IN_PROGRESS", "A request with this Idempotency-Key is still being processed; retry shortly");
  }
}
