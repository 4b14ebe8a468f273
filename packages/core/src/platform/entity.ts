import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { z } from "zod";
import type { Db } from "./db";
import { notFound } from "./errors";
import { getItem, type StoredItem } from "./items";
import { type ListQuery, type Page, type PageRequest, queryPage } from "./pagination";
import { type IndexName, keyAttributeNames } from "./table";
import type { Part } from "./transact";

/** A primary key of the one table. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/**
 * A named index of an entity: which of the table's overloaded indexes it uses, the partition it
 * puts a record in (from the arguments a query gives, which a record's `partitionOf` yields), its
 * sort key, and whether a record is in the index at all (a sparse index: listed products only).
 */
export interface IndexSpec<R, P> {
  index: IndexName;
  partition: (args: P) => string;
  partitionOf: (record: R) => P;
  sort: (record: R) => string;
  when?: (record: R) => boolean;
}

/** `P` maps each index name to the arguments its partition takes. */
export interface EntitySpec<R, K, P> {
  /** The item-kind attribute every item of the table carries. */
  type: string;
  key: (ids: K) => ItemKey;
  /** Attributes stored beside the record for queries (e.g. a search text), never read back into it. */
  derived?: (record: R) => StoredItem;
  indexes?: { [N in keyof P]: IndexSpec<R, P[N]> };
}

/** What a named index's query takes: its partition's arguments, an optional sort condition and the page. */
export interface IndexQueryOptions {
  sortCondition?: ListQuery["sortCondition"];
  filter?: ListQuery["filter"];
  forward?: boolean;
}

export interface Entity<R, K, P> {
  readonly type: string;
  key(ids: K): ItemKey;
  /** The stored item: key, the attributes of every index the record is in, the type, the record. */
  item(record: R): StoredItem & ItemKey;
  /** The record of a stored item, checked against the schema (stored data drifting from it is a bug, not a 4xx). */
  parse(item: StoredItem): R;
  find(store: Db, ids: K, opts?: { consistent?: boolean }): Promise<R | undefined>;
  /** The record, or 404 NOT_FOUND naming `what` and `id`. */
  get(store: Db, ids: K, what: string, id: string, opts?: { consistent?: boolean }): Promise<R>;
  /** Writes the record whatever is there: for records rewritten as a whole (a redelivered event's). */
  put(store: Db, record: R): Promise<void>;
  /** The same, as a transaction part. */
  putPart(store: Db, record: R): Part;
  /** Writes a new record on its own, refused (ConditionalCheckFailedException) when its key is taken. */
  insert(store: Db, record: R): Promise<void>;
  /** A transaction part creating the record, refused when its key is taken (by default: "retry"). */
  create(store: Db, record: R, rejected?: Part["rejected"]): Part;
  /**
   * A transaction part rewriting the record, refused unless the stored one is still at the
   * `version` that was read: a concurrent change cancels it, and the caller reads again.
   */
  replaceVersion(store: Db, record: R, readVersion: number): Part;
  query: { [N in keyof P]: (store: Db, args: P[N], page: PageRequest, opts?: IndexQueryOptions) => Promise<Page<R>> };
}

const KEY_ATTRIBUTES = new Set([...keyAttributeNames(), "type"]);

/**
 * Declares an entity once: its record schema (the stored record, from which the domain type and
 * the response views derive), its keys and its named indexes. Only a context's storage module
 * declares and uses entities, so no other code builds a key or names an index.
 */
export function entity<S extends z.ZodObject, K, P = Record<never, never>>(
  schema: S,
  spec: EntitySpec<z.output<S>, K, P>,
): Entity<z.output<S>, K, P> {
  type R = z.output<S>;
  const indexes = Object.entries(spec.indexes ?? {}) as [string, IndexSpec<R, unknown>][];
  const parse = (item: StoredItem): R => {
    // zod drops what the schema does not declare: key, index and derived attributes stay in storage.
    const record = Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name)));
    return schema.parse(record) as R;
  };
  const item = (record: R): StoredItem & ItemKey => {
    const indexAttributes: StoredItem = {};
    for (const [, ix] of indexes) {
      if (ix.when && !ix.when(record)) continue;
      indexAttributes[`${ix.index}pk`] = ix.partition(ix.partitionOf(record));
      indexAttributes[`${ix.index}sk`] = ix.sort(record);
    }
    return { ...spec.key(record as unknown as K), ...indexAttributes, ...spec.derived?.(record), type: spec.type, ...record };
  };
  const find = (store: Db, ids: K, opts: { consistent?: boolean } = {}) => getItem(store, spec.key(ids), parse, opts);
  const query = Object.fromEntries(
    indexes.map(([name, ix]) => [
      name,
      async (store: Db, args: unknown, page: PageRequest, opts: IndexQueryOptions = {}) => {
        const result = await queryPage(store, { index: ix.index, partitionValue: ix.partition(args), ...opts }, page);
        return { items: result.items.map(parse), nextCursor: result.nextCursor };
      },
    ]),
  );
  return {
    type: spec.type,
    key: spec.key,
    item,
    parse,
    find,
    get: async (store, ids, what, id, opts) => {
      const found = await find(store, ids, opts);
      if (found === undefined) throw notFound(what, id);
      return found;
    },
    put: async (store, record) => {
      await store.client.send(new PutCommand({ TableName: store.tableName, Item: item(record) }));
    },
    putPart: (store, record) => ({ write: { Put: { TableName: store.tableName, Item: item(record) } } }),
    insert: async (store, record) => {
      await store.client.send(
        new PutCommand({ TableName: store.tableName, Item: item(record), ConditionExpression: "attribute_not_exists(pk)" }),
      );
    },
    create: (store, record, rejected) => ({
      write: { Put: { TableName: store.tableName, Item: item(record), ConditionExpression: "attribute_not_exists(pk)" } },
      ...(rejected ? { rejected } : {}),
    }),
    replaceVersion: (store, record, readVersion) => ({
      write: {
        Put: {
          TableName: store.tableName,
          Item: item(record),
          ConditionExpression: "#version = :read",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: { ":read": readVersion },
        },
      },
    }),
    query: query as Entity<R, K, P>["query"],
  };
}
