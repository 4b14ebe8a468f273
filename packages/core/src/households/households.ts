import { referenceNotFound } from "../catalog/suppliers";
import { findVillage } from "../catalog/villages";
import { maskResidentId } from "../identity/resident-id";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { getItem, putUnique, requireItem, type StoredItem } from "../platform/items";
import { newId } from "../platform/ids";
import { piiHashKey, residentIdHash } from "./pii";
import { HOUSEHOLD_CATEGORY_LABELS, type CreateHousehold, type HouseholdCategory } from "./schemas";

export interface Household {
  householdId: string;
  villageId: string;
  county: string;
  headName: string;
  /** Masked display form only. */
  idNumber: string;
  members: number;
  category: HouseholdCategory;
  categoryLabel: string;
  perCapitaIncomeFen: number;
  incomeYear: number;
  createdAt: string;
  createdBy: string;
}

export const householdKeys = {
  item: (householdId: string) => ({ pk: `HOUSEHOLD#${householdId}`, sk: "HOUSEHOLD" }),
  /** One household per resident id, keyed by the id's HMAC so the plain id is never a key. */
  uniqueResident: (idHash: string) => ({ pk: `RESIDENTID#${idHash}`, sk: "RESIDENTID" }),
};

const toHousehold = (item: StoredItem): Household => ({
  householdId: item.householdId,
  villageId: item.villageId,
  county: item.county,
  headName: item.headName,
  idNumber: item.idNumberMasked,
  members: item.members,
  category: item.category,
  categoryLabel: HOUSEHOLD_CATEGORY_LABELS[item.category as HouseholdCategory],
  perCapitaIncomeFen: item.perCapitaIncomeFen,
  incomeYear: item.incomeYear,
  createdAt: item.createdAt,
  createdBy: item.createdBy,
});

export async function createHousehold(input: CreateHousehold, actor: Actor, store: Db = db()): Promise<Household> {
  const village = await findVillage(input.villageId, store);
  if (!village) throw referenceNotFound("villageId", "Village", input.villageId);
  const householdId = newId("hh");
  const idHash = residentIdHash(input.idNumber, await piiHashKey());
  const { idNumber, ...rest } = input;
  // Only the keyed hash and the masked form are stored; the id itself, plain or encrypted, is not.
  const record = {
    ...rest,
    householdId,
    county: village.county,
    idNumberHash: idHash,
    idNumberMasked: maskResidentId(idNumber),
    createdAt: new Date().toISOString(),
    createdBy: actor.id,
  };
  const unique = householdKeys.uniqueResident(idHash);
  await putUnique(store, { ...householdKeys.item(householdId), type: "household", ...record }, { ...unique, householdId }, async () => {
    const existing = await getItem(store, unique, (i) => i.householdId as string);
    return conflict("DUPLICATE", "A household with this resident id is already registered", [
      { path: "body.idNumber", message: "already registered", ...(existing ? { householdId: existing } : {}) },
    ]);
  });
  return toHousehold(record);
}

export const findHousehold = (householdId: string, store: Db = db()) => getItem(store, householdKeys.item(householdId), toHousehold);
export const getHousehold = (householdId: string, store: Db = db()) =>
  requireItem(store, householdKeys.item(householdId), toHousehold, "Household", householdId);
