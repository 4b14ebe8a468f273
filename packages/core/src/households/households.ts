import { Catalog } from "../catalog";
import { maskResidentId } from "../identity/resident-id";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, referenceNotFound } from "../platform/errors";
import { putUnique } from "../platform/items";
import { newId } from "../platform/ids";
import { piiHashKey, residentIdHash } from "./pii";
import { HOUSEHOLD_CATEGORY_LABELS, type CreateHousehold, type Household, type HouseholdRecord } from "./schemas";
import { Households, ResidentIds } from "./storage";

export type { Household, HouseholdRecord } from "./schemas";

/** What a response shows: the masked id and the category's label, never the id's hash. */
const householdView = ({ idNumberHash: _hash, ...household }: HouseholdRecord): Household => ({
  ...household,
  categoryLabel: HOUSEHOLD_CATEGORY_LABELS[household.category],
});

export async function createHousehold(input: CreateHousehold, actor: Actor, store: Db = db()): Promise<Household> {
  const village = await Catalog.findVillage(input.villageId, { store });
  if (!village) throw referenceNotFound("villageId", "Village", input.villageId);
  const { idNumber, ...rest } = input;
  // Only the keyed hash and the masked form are stored; the id itself, plain or encrypted, is not.
  const household: HouseholdRecord = {
    ...rest,
    householdId: newId("hh"),
    county: village.county,
    idNumber: maskResidentId(idNumber),
    idNumberHash: residentIdHash(idNumber, await piiHashKey()),
    createdAt: new Date().toISOString(),
    createdBy: actor.id,
  };
  const { householdId, idNumberHash } = household;
  await putUnique(store, Households.item(household), ResidentIds.item({ idNumberHash, householdId }), async () => {
    const existing = await ResidentIds.find(store, { idNumberHash });
    return conflict("DUPLICATE", "A household with this resident id is already registered", [
      { path: "body.idNumber", message: "already registered", ...(existing ? { householdId: existing.householdId } : {}) },
    ]);
  });
  return householdView(household);
}

export const getHousehold = async (householdId: string, store: Db = db()) =>
  householdView(await Households.get(store, { householdId }, "Household", householdId));
