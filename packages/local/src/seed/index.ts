import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "@fupin/core/platform/db";
import { seedCalendar } from "./calendar";
import { seedCatalog } from "./catalog";
import { seedClaims } from "./claims";
import { seedMonitoring } from "./monitoring";
import { seedPairings } from "./pairings";

const MARKER = { pk: "SEED#demo", sk: "SEED" };

export interface SeedSummary {
  seeded: boolean;
  villages: number;
  products: number;
}

/** Seeds the demo once: a marker item records that it was done, so restarts keep the data as it is. */
export async function seedDemo(store: Db): Promise<SeedSummary> {
  const done = await store.client.send(new GetCommand({ TableName: store.tableName, Key: MARKER }));
  if (done.Item) return { seeded: false, villages: done.Item.villages, products: done.Item.products };
  await seedCalendar(store);
  const catalog = await seedCatalog(store);
  await seedPairings(store, catalog);
  await seedClaims(store, catalog);
  await seedMonitoring(store, catalog);
  const summary = { seeded: true, villages: Object.keys(catalog.villages).length, products: catalog.products.length };
  await store.client.send(new PutCommand({ TableName: store.tableName, Item: { ...MARKER, ...summary, at: new Date().toISOString() } }));
  return summary;
}
