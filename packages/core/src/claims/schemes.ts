import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, notFound } from "../platform/errors";
import { newId } from "../platform/ids";
import { getItem, type StoredItem } from "../platform/items";
import { schemeKeys } from "./keys";
import { SCHEME_KIND_LABELS, type PutScheme, type TopUp } from "./schemas";
import { withIdempotencyKey } from "../platform/idempotency";
import { runTransaction } from "../platform/transact";
import { referenceNotFound } from "../catalog/suppliers";

/** One immutable version of a scheme's rules. */
export interface SchemeVersion extends PutScheme {
  schemeId: string;
  version: number;
  createdAt: string;
  createdBy: string;
}

export interface SchemeTotals {
  poolBalanceFen: number;
  paidFen: number;
  toppedUpFen: number;
  householdsPaid: number;
  peopleCovered: number;
  counts: Record<string, number>;
}

export type SchemeView = SchemeVersion & {
  currentVersion: number;
  kindLabel: string;
  poolBalanceFen: number;
  paidFen: number;
  toppedUpFen: number;
};

const toVersion = (item: StoredItem): SchemeVersion => ({
  schemeId: item.schemeId,
  version: item.version,
  kind: item.kind,
  name: item.name,
  county: item.county,
  year: item.year,
  incomeLineFen: item.incomeLineFen,
  eligibleCategories: item.eligibleCategories,
  rules: item.rules,
  createdAt: item.createdAt,
  createdBy: item.createdBy,
});

export function toTotals(item: StoredItem | undefined): SchemeTotals {
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(item ?? {})) if (k.startsWith("claims_")) counts[k.slice(7)] = Number(v);
  return {
    poolBalanceFen: Number(item?.poolBalanceFen ?? 0),
    paidFen: Number(item?.paidFen ?? 0),
    toppedUpFen: Number(item?.toppedUpFen ?? 0),
    householdsPaid: Number(item?.householdsPaid ?? 0),
    peopleCovered: Number(item?.peopleCovered ?? 0),
    counts,
  };
}

/** Scheme items are read consistently: approvals condition on what they read. */
const read = (store: Db, key: { pk: string; sk: string }) => getItem(store, key, (item) => item, { consistent: true });

/** The current version (the head's copy), or undefined for an unknown scheme. */
export async function findCurrentScheme(schemeId: string, store: Db = db()): Promise<SchemeVersion | undefined> {
  const head = await read(store, schemeKeys.head(schemeId));
  return head ? toVersion(head) : undefined;
}

export async function findSchemeTotals(schemeId: string, store: Db = db()): Promise<SchemeTotals | undefined> {
  const item = await read(store, schemeKeys.totals(schemeId));
  return item ? toTotals(item) : undefined;
}

/**
 * Each PUT writes a new immutable version n+1 and moves the head to it, on the condition that the
 * head is still at n (two concurrent PUTs cannot both become version n+1). The first version also
 * creates the scheme's totals item, with an empty pool.
 */
export async function putScheme(schemeId: string, input: PutScheme, actor: Actor, store: Db = db()): Promise<SchemeView> {
  await runTransaction(store, {
    operation: `put-scheme:${schemeId}`,
    maxAttempts: 5,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Scheme ${schemeId} is being changed by someone else; try again`),
    // Every part rests on the head read: another PUT that moved it first means read again.
    plan: async () => {
      const head = await read(store, schemeKeys.head(schemeId));
      const previous: number = head?.version ?? 0;
      const version: SchemeVersion = {
        schemeId,
        version: previous + 1,
        ...input,
        createdAt: new Date().toISOString(),
        createdBy: actor.id,
      };
      return {
        parts: {
          version: {
            write: {
              Put: {
                TableName: store.tableName,
                Item: { ...schemeKeys.version(schemeId, version.version), type: "scheme_version", ...version },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          },
          head: {
            write: {
              Put: {
                TableName: store.tableName,
                Item: { ...schemeKeys.head(schemeId), type: "scheme_head", ...version },
                ConditionExpression: previous === 0 ? "attribute_not_exists(pk)" : "#version = :previous",
                ...(previous === 0
                  ? {}
                  : { ExpressionAttributeNames: { "#version": "version" }, ExpressionAttributeValues: { ":previous": previous } }),
              },
            },
          },
          totals: previous === 0 && {
            write: {
              Put: {
                TableName: store.tableName,
                Item: {
                  ...schemeKeys.totals(schemeId),
                  type: "scheme_totals",
                  schemeId,
                  poolBalanceFen: 0,
                  paidFen: 0,
                  toppedUpFen: 0,
                  householdsPaid: 0,
                  peopleCovered: 0,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          },
        },
      };
    },
  });
  return getScheme(schemeId, {}, store);
}

/** The current version (or an earlier one asked for) with the live pool figures. */
export async function getScheme(schemeId: string, query: { version?: number | undefined } = {}, store: Db = db()): Promise<SchemeView> {
  const [head, totals] = await Promise.all([read(store, schemeKeys.head(schemeId)), read(store, schemeKeys.totals(schemeId))]);
  if (!head) throw notFound("Scheme", schemeId);
  let shown = toVersion(head);
  if (query.version !== undefined && query.version !== shown.version) {
    const old = await read(store, schemeKeys.version(schemeId, query.version));
    if (!old) throw notFound("Scheme version", `${schemeId}@${query.version}`);
    shown = toVersion(old);
  }
  const t = toTotals(totals);
  return {
    ...shown,
    currentVersion: head.version,
    kindLabel: SCHEME_KIND_LABELS[shown.kind],
    poolBalanceFen: t.poolBalanceFen,
    paidFen: t.paidFen,
    toppedUpFen: t.toppedUpFen,
  };
}

/**
 * Adds money to the pool (ADD, atomic) and records where it came from, in one transaction. Under an
 * Idempotency-Key a retried request answers the same top-up; without one, the SDK's own resend of a
 * write whose response was lost still commits once (the transaction token).
 */
export async function topUpScheme(
  schemeId: string,
  input: TopUp,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
) {
  return withIdempotencyKey(
    store,
    { scope: `top-ups#${schemeId}`, key: opts.idempotencyKey, payload: input, newId: () => newId("top") },
    async (topUpId) => {
      const record = { topUpId, schemeId, ...input, createdAt: new Date().toISOString(), createdBy: actor.id };
      await runTransaction(store, {
        operation: `top-up:${topUpId}`,
        plan: () => ({
          parts: {
            totals: {
              write: {
                Update: {
                  TableName: store.tableName,
                  Key: schemeKeys.totals(schemeId),
                  UpdateExpression: "ADD poolBalanceFen :amount, toppedUpFen :amount",
                  ConditionExpression: "attribute_exists(pk)",
                  ExpressionAttributeValues: { ":amount": input.amountFen },
                },
              },
              rejected: notFound("Scheme", schemeId),
            },
            record: {
              write: {
                Put: {
                  TableName: store.tableName,
                  Item: { ...schemeKeys.topUp(schemeId, topUpId), type: "scheme_top_up", ...record },
                  ConditionExpression: "attribute_not_exists(pk)",
                },
              },
              // A top-up with this id exists: this request's earlier attempt made it.
              rejected: "already_done",
            },
          },
        }),
      });
      const [stored, totals] = await Promise.all([read(store, schemeKeys.topUp(schemeId, topUpId)), findSchemeTotals(schemeId, store)]);
      const { topUpId: id, amountFen, source, note, createdAt, createdBy } = (stored ?? record) as typeof record;
      return {
        topUpId: id,
        schemeId,
        amountFen,
        source,
        ...(note !== undefined ? { note } : {}),
        createdAt,
        createdBy,
        poolBalanceFen: totals?.poolBalanceFen ?? 0,
      };
    },
  );
}

export async function requireScheme(schemeId: string, store: Db): Promise<SchemeVersion> {
  const scheme = await findCurrentScheme(schemeId, store);
  if (!scheme) throw referenceNotFound("schemeId", "Scheme", schemeId);
  return scheme;
}
