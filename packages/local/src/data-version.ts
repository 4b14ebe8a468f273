import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "@fupin/core/platform/db";
import { StartupError } from "./startup-error";

/**
 * The shape of the local data. Bumped when records gain fields old items lack (version 2: every
 * household, claim and lead carries its province, city, county and township, by which staff see
 * only their own area; version 3: schemes carry their coverage period and the rule model of issue
 * 12, claims their member, invoices and cause label), so a DATA_DIR written by an older version is
 * reported, not served as 500s.
 */
export const DATA_VERSION = 3;
const KEY = { pk: "LOCAL#data-version", sk: "LOCAL" };

/** Records the version in a table that has none yet; refuses to start on data written by an older version. */
export async function checkDataVersion(store: Db, table: "created" | "existing", dataDir: string): Promise<void> {
  const found = await store.client.send(new GetCommand({ TableName: store.tableName, Key: KEY, ConsistentRead: true }));
  // Before versions were recorded (version 1), the demo seed's marker tells whether the table holds old data.
  const version = (found.Item?.version as number | undefined) ?? (table === "existing" && (await hasDemoData(store)) ? 1 : undefined);
  if (version === undefined) {
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: { ...KEY, version: DATA_VERSION } }));
    return;
  }
  if (version < DATA_VERSION) {
    throw new StartupError(
      `The local data in ${dataDir} was written by an older version of the platform (data version ${version}, now ${DATA_VERSION}): ` +
        `its records lack fields the platform now keeps. Remove ${dataDir} (or start with another DATA_DIR) to start afresh with the demo data.`,
    );
  }
}

async function hasDemoData(store: Db): Promise<boolean> {
  const seeded = await store.client.send(new GetCommand({ TableName: store.tableName, Key: { pk: "SEED#demo", sk: "SEED" } }));
  return seeded.Item !== undefined;
}
