import { db, type Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { newId } from "../platform/ids";
import { putUnique } from "../platform/items";
import type { Page, PageRequest } from "../platform/pagination";
import type { CreateVillage, Village } from "./schemas";
import { listVillagesIn, villageNameKey, Villages } from "./storage";

export type { Village } from "./schemas";

export async function createVillage(input: CreateVillage, store: Db = db()): Promise<Village> {
  const village: Village = { villageId: newId("vil"), ...input, createdAt: new Date().toISOString() };
  await putUnique(store, Villages.item(village), { ...villageNameKey(input), villageId: village.villageId }, () =>
    conflict("DUPLICATE", `${input.county} ${input.township} ${input.name} is already registered`, [
      {
        path: "body.name",
        message: "already registered in this township",
        resource: "village",
        county: input.county,
        township: input.township,
        name: input.name,
      },
    ]),
  );
  return village;
}

export const findVillage = (villageId: string, store: Db = db()) => Villages.find(store, { villageId });
export const getVillage = (villageId: string, store: Db = db()) => Villages.get(store, { villageId }, "Village", villageId);

/** Villages, all or of a county, oldest first; `q` keeps those whose name or township contains it. */
export function listVillages(
  query: { county?: string | undefined; q?: string | undefined } & PageRequest,
  store: Db = db(),
): Promise<Page<Village>> {
  return listVillagesIn(store, query, query);
}
