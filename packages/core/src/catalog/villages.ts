import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { db, type Db } from "../platform/db";
import { conflict, notFound } from "../platform/errors";
import { newId } from "../platform/ids";
import { queryPage, type Page, type PageRequest } from "../platform/pagination";
import type { CreateVillage } from "./schemas";

export interface Village extends CreateVillage {
  villageId: string;
  createdAt: string;
}

/** Key shapes of villages: the item, the all-villages list and the per-county list. */
export const villageKeys = {
  item: (villageId: string) => ({ pk: `VILLAGE#${villageId}`, sk: "VILLAGE" }),
  all: () => "VILLAGES",
  byCounty: (county: string) => `VILLAGES#COUNTY#${county}`,
  /** One place name is one village: province, city, county, township and name together. */
  uniqueName: (v: CreateVillage) => ({
    pk: `VILLAGENAME#${v.province}#${v.city}#${v.county}#${v.township}#${v.name}`,
    sk: "VILLAGENAME",
  }),
};

const toVillage = ({ villageId, name, province, city, county, township, createdAt }: Record<string, any>): Village => ({
  villageId,
  name,
  province,
  city,
  county,
  township,
  createdAt,
});

export async function createVillage(input: CreateVillage, store: Db = db()): Promise<Village> {
  const village: Village = { villageId: newId("vil"), ...input, createdAt: new Date().toISOString() };
  try {
    await store.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: store.tableName,
              Item: { ...villageKeys.uniqueName(input), villageId: village.villageId },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Put: {
              TableName: store.tableName,
              Item: {
                ...villageKeys.item(village.villageId),
                gsi1pk: villageKeys.all(),
                gsi1sk: village.villageId,
                gsi2pk: villageKeys.byCounty(input.county),
                gsi2sk: village.villageId,
                type: "village",
                ...village,
              },
            },
          },
        ],
      }),
    );
  } catch (e) {
    if (e instanceof TransactionCanceledException && e.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed") {
      throw conflict("DUPLICATE", `${input.county} ${input.township} ${input.name} is already registered`);
    }
    throw e;
  }
  return village;
}

export async function findVillage(villageId: string, store: Db = db()): Promise<Village | undefined> {
  const out = await store.client.send(new GetCommand({ TableName: store.tableName, Key: villageKeys.item(villageId) }));
  return out.Item ? toVillage(out.Item) : undefined;
}

export async function getVillage(villageId: string, store: Db = db()): Promise<Village> {
  const village = await findVillage(villageId, store);
  if (!village) throw notFound("Village", villageId);
  return village;
}

export async function listVillages(
  query: { county?: string | undefined } & PageRequest,
  store: Db = db(),
): Promise<Page<Village>> {
  const page = query.county
    ? await queryPage(store, { index: "gsi2", partitionValue: villageKeys.byCounty(query.county) }, query)
    : await queryPage(store, { index: "gsi1", partitionValue: villageKeys.all() }, query);
  return { items: page.items.map(toVillage), nextCursor: page.nextCursor };
}
