import { BatchGetCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../../platform/db";
import type { Entity } from "../../platform/entity";
import type { StoredItem } from "../../platform/items";

/**
 * Records of one entity by their ids, read in batches of 100 (DynamoDB's limit), unprocessed keys
 * read again with backoff. An export reads each household and payout marker of its rows once.
 */
export async function batchGet<R, K>(
  store: Db,
  entity: Entity<R, K, unknown>,
  ids: readonly K[],
  idOf: (record: R) => string,
): Promise<Map<string, R>> {
  const found = new Map<string, R>();
  for (let i = 0; i < ids.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = ids.slice(i, i + 100).map((id) => ({ ...entity.key(id) }));
    for (let round = 0; keys?.length && round < 10; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** round));
      const out: BatchGetCommandOutput = await store.client.send(
        new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: keys } } }),
      );
      for (const item of out.Responses?.[store.tableName] ?? []) {
        const record = entity.parse(item as StoredItem);
        found.set(idOf(record), record);
      }
      keys = out.UnprocessedKeys?.[store.tableName]?.Keys;
    }
    if (keys?.length) throw new Error(`${keys.length} ${entity.type} items could not be read`);
  }
  return found;
}
