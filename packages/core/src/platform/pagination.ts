import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "./db";
import { validationFailed } from "./errors";
import { tableDefinition, type IndexName } from "./table";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** `?limit=&cursor=` as every list route accepts them. */
export const pageQuery = {
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be an integer" })
    .min(1, { error: "limit must be at least 1" })
    .max(MAX_LIMIT, { error: `limit must be at most ${MAX_LIMIT}` })
    .default(DEFAULT_LIMIT),
  cursor: z.string().min(1).max(2048).optional(),
};

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Key = Record<string, string>;

function keyNames(index?: IndexName): string[] {
  const { partitionKey, sortKey } = tableDefinition.primaryKey;
  const names = [partitionKey, sortKey];
  if (index) names.push(tableDefinition.indexes[index].partitionKey, tableDefinition.indexes[index].sortKey);
  return names;
}

function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const badCursor = () =>
  validationFailed("The cursor is not valid for this list (any more): start again from the first page", [
    {
      path: "query.cursor",
      message: "pass back the nextCursor of the previous page of the same list, unchanged",
      issue: "invalid_cursor",
    },
  ]);

/** A cursor is accepted only for the very list (index and partition) that produced it. */
function decodeCursor(cursor: string, names: string[], partitionName: string, partitionValue: string): Key {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw badCursor();
  const entries = Object.entries(parsed as Record<string, unknown>);
  const wellFormed =
    entries.length === names.length &&
    names.every((n) => typeof (parsed as Record<string, unknown>)[n] === "string") &&
    entries.every(([, v]) => typeof v === "string" && v.length > 0 && Buffer.byteLength(v, "utf8") <= 1024);
  if (!wellFormed || (parsed as Key)[partitionName] !== partitionValue) throw badCursor();
  return parsed as Key;
}

export interface ListQuery {
  index?: IndexName;
  partitionValue: string;
  /** Extra key condition on the sort key, e.g. `#sk >= :from`; use `#sk` and your own values. */
  sortCondition?: { expression: string; values: Record<string, unknown> };
  /** A filter applied after the key condition; pages are refilled until `limit` items pass it. */
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  forward?: boolean;
}

const MAX_ROUNDS = 8;

/**
 * One page of a Query (never a Scan). When a filter drops items it keeps reading, at most
 * MAX_ROUNDS requests, and the cursor then points just after the last item returned.
 */
export async function queryPage<T = Record<string, unknown>>({ client, tableName }: Db, q: ListQuery, page: PageRequest): Promise<Page<T>> {
  const names = keyNames(q.index);
  const pair = q.index ? tableDefinition.indexes[q.index] : tableDefinition.primaryKey;
  let startKey: Key | undefined = page.cursor ? decodeCursor(page.cursor, names, pair.partitionKey, q.partitionValue) : undefined;

  const items: Record<string, unknown>[] = [];
  let exhausted = false;
  for (let round = 0; round < MAX_ROUNDS && items.length <= page.limit; round++) {
    const wanted = page.limit + 1 - items.length;
    const input: QueryCommandInput = {
      TableName: tableName,
      IndexName: q.index,
      KeyConditionExpression: `#pk = :pk${q.sortCondition ? ` AND ${q.sortCondition.expression}` : ""}`,
      ExpressionAttributeNames: {
        "#pk": pair.partitionKey,
        ...(q.sortCondition ? { "#sk": pair.sortKey } : {}),
        ...q.filter?.names,
      },
      ExpressionAttributeValues: { ":pk": q.partitionValue, ...q.sortCondition?.values, ...q.filter?.values },
      FilterExpression: q.filter?.expression,
      ExclusiveStartKey: startKey,
      ScanIndexForward: q.forward ?? true,
      // With a filter, read ahead: most items usually pass it.
      Limit: q.filter ? Math.max(wanted * 2, 50) : wanted,
    };
    let out: QueryCommandOutput;
    try {
      out = await client.send(new QueryCommand(input));
    } catch (e) {
      // A cursor DynamoDB will not start from (e.g. one taken yesterday, now before `today` in a
      // key condition) is the client's stale input, not our failure.
      if (input.ExclusiveStartKey && (e as Error).name === "ValidationException") throw badCursor();
      throw e;
    }
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    startKey = out.LastEvaluatedKey as Key | undefined;
    if (!startKey) {
      exhausted = true;
      break;
    }
  }

  if (items.length > page.limit) {
    const kept = items.slice(0, page.limit);
    const last = kept[kept.length - 1]!;
    return { items: kept as T[], nextCursor: encodeCursor(pickKey(last, names)) };
  }
  return { items: items as T[], nextCursor: exhausted || !startKey ? null : encodeCursor(startKey) };
}

function pickKey(item: Record<string, unknown>, names: string[]): Key {
  const key: Key = {};
  for (const n of names) key[n] = String(item[n]);
  return key;
}
