import { entity } from "../platform/entity";
import { HouseholdRecord } from "./schemas";

/**
 * The households context's storage seam: its entities, declared once. Nothing outside this module
 * builds a household key.
 */
export const Households = entity(HouseholdRecord, {
  type: "household",
  key: ({ householdId }: { householdId: string }) => ({ pk: `HOUSEHOLD#${householdId}`, sk: "HOUSEHOLD" }),
});

/** One household per resident id, keyed by the id's HMAC so the plain id is never a key. */
export const ResidentIds = entity(HouseholdRecord.pick({ idNumberHash: true, householdId: true }), {
  type: "household_resident_id",
  key: ({ idNumberHash }: { idNumberHash: string }) => ({ pk: `RESIDENTID#${idNumberHash}`, sk: "RESIDENTID" }),
});
