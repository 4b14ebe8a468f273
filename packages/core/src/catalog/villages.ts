import { db, type Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { getItem, putUnique, requireItem, type StoredItem } from "../platform/items";
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

const toVillage = ({ villageId, name, province, city, county, township, createdAt }: StoredItem): Village => ({
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
  await putUnique(
    store,
    {
      ...villageKeys.item(village.villageId),
      gsi1pk: villageKeys.all(),
      gsi1sk: village.villageId,
      gsi2pk: villageKeys.byCounty(input.county),
      gsi2sk: village.villageId,
      type: "village",
      ...village,
    },
    { ...villageKeys.uniqueName(input), villageId: village.villageId },
    () => conflict("DUPLICATE", `${input.county} ${input.township} ${input.name} is already registered`),
  );
  return village;
}

export const findVillage = (villageId: string, store: Db = db()) => getItem(store, villageKeys.item(villageId), toVillage);
export const getVillage = (villageId: string, store: Db = db()) =>
  requireItem(store, villageKeys.item(villageId), toVillage, "Village", villageId);

export async function listVillages(query: { county?: string | undefined } & PageRequest, store: Db = db()): Promise<Page<Village>> {
  const page = query.county
    ? await queryPage(store, { index: "gsi2", partitionValue: villageKeys.byCounty(query.county) }, query)
    : await queryPage(store, { index: "gsi1", partitionValue: villageKeys.all() }, query);
  return { items: page.items.map(toVillage), nextCursor: page.nextCursor };
}
