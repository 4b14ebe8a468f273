import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./db";
import type { DomainError } from "./errors";
import { runTransaction } from "./transact";

type Key = { pk: string; sk: string };

/**
 * An item as DynamoDB returns it, before a mapper gives it its domain shape: the one place the
 * platform admits an untyped record (entity declarations will type it from their schemas).
 */
// biome-ignore lint/suspicious/noExplicitAny: stored items are untyped until mapped
export type StoredItem = Record<string, any>;

/** One item by its key, mapped to its domain shape; undefined when absent. */
export async function getItem<T>(
  store: Db,
  key: Key,
  map: (item: StoredItem) => T,
  opts: { consistent?: boolean } = {},
): Promise<T | undefined> {
  const out = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: key, ...(opts.consistent ? { ConsistentRead: true } : {}) }),
  );
  return out.Item ? map(out.Item) : undefined;
}

/**
 * Writes a new item together with a uniqueness item (a natural key such as a credit code or a
 * resident-id hash) in one transaction: either both are written, or, when the natural key is taken,
 * neither is and `duplicate()` is thrown. The new item's own key is fresh, so finding it taken means
 * an earlier send of this very write committed.
 */
export async function putUnique(
  store: Db,
  item: Record<string, unknown> & Key,
  unique: Key & Record<string, unknown>,
  duplicate: () => DomainError | Promise<DomainError>,
): Promise<void> {
  await runTransaction(store, {
    operation: `put-unique:${item.pk}#${item.sk}`,
    plan: () => ({
      parts: {
        unique: {
          write: { Put: { TableName: store.tableName, Item: unique, ConditionExpression: "attribute_not_exists(pk)" } },
          rejected: duplicate,
        },
        item: {
          write: { Put: { TableName: store.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
          rejected: "already_done",
        },
      },
    }),
  });
}
