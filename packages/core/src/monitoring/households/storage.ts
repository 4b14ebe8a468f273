import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import type { Part } from "../../platform/transact";
import { HouseholdRecord, HouseholdVersion, type MonitoringStatus } from "./schemas";

/**
 * The households' storage seam: their entities, declared once. Nothing outside this module builds
 * a household key. A household's partition holds the record and every version of it (so its
 * history is one Query).
 */
const pad = (n: number) => String(n).padStart(6, "0");
const householdPartition = (householdId: string) => `HOUSEHOLD#${householdId}`;

/** Sorted by township, village and id, so a township's or a village's households are a key range. */
const placeSort = (h: HouseholdRecord) => `${h.township}#${h.villageId}#${h.householdId}`;

export const Households = entity(HouseholdRecord, {
  type: "household",
  key: ({ householdId }: { householdId: string }) => ({ pk: householdPartition(householdId), sk: "HOUSEHOLD" }),
  indexes: {
    byCounty: {
      index: "gsi1",
      partition: ({ county }: { county: string }) => `HOUSEHOLDS#COUNTY#${county}`,
      partitionOf: (h) => ({ county: h.county }),
      sort: placeSort,
    },
    byCountyStatus: {
      index: "gsi2",
      partition: ({ county, status }: { county: string; status: MonitoringStatus }) => `HOUSEHOLDS#COUNTY#${county}#STATUS#${status}`,
      partitionOf: (h) => ({ county: h.county, status: h.status }),
      sort: placeSort,
    },
    /**
     * Monitored households with no support measure in effect, by the start of their monitoring
     * period: those confirmed before a cutoff are flagged (measures part). Sparse: a household
     * leaves it when its first measure is recorded or its monitoring ends.
     */
    awaitingMeasure: {
      index: "gsi3",
      partition: ({ county }: { county: string }) => `HOUSEHOLDS#COUNTY#${county}#AWAITING_MEASURE`,
      partitionOf: (h) => ({ county: h.county }),
      sort: (h) => `${h.monitoringPeriods.at(-1)?.from ?? ""}#${h.householdId}`,
      when: (h) => h.status === "monitored" && !h.activeMeasures,
    },
  },
});

/** Every version of a household's record, never overwritten. */
export const HouseholdVersions = entity(HouseholdVersion, {
  type: "household_version",
  key: ({ householdId, version }: { householdId: string; version: number }) => ({
    pk: householdPartition(householdId),
    sk: `VERSION#${pad(version)}`,
  }),
  indexes: {
    byHousehold: {
      index: "gsi3",
      partition: ({ householdId }: { householdId: string }) => `${householdPartition(householdId)}#VERSIONS`,
      partitionOf: (v) => ({ householdId: v.householdId }),
      sort: (v) => pad(v.version),
    },
  },
});

/** One registration per resident id (a household's head or any member), keyed by the id's HMAC so the plain id is never a key. */
export const ResidentIds = entity(HouseholdRecord.pick({ idNumberHash: true, householdId: true }), {
  type: "household_resident_id",
  key: ({ idNumberHash }: { idNumberHash: string }) => ({ pk: `RESIDENTID#${idNumberHash}`, sk: "RESIDENTID" }),
});

/** The household as stored, read consistently (changes condition on its version), or 404. */
export const loadHousehold = (store: Db, householdId: string) =>
  Households.get(store, { householdId }, "Household", householdId, { consistent: true });

/**
 * A new version of the household, for one transaction: the record moves on from the version that
 * was read (a concurrent change cancels it: read again), and the version's snapshot is created.
 */
export function householdChangeParts(
  store: Db,
  read: HouseholdRecord,
  next: HouseholdRecord,
  why: { reason: string; changed: string[] },
): { household: Part; version: Part } {
  const { idNumberHash: _hash, people, ...snapshot } = next;
  return {
    household: Households.replaceVersion(store, next, read.version),
    version: HouseholdVersions.create(store, {
      householdId: next.householdId,
      version: next.version,
      at: next.updatedAt,
      by: next.updatedBy,
      reason: why.reason,
      changed: why.changed,
      household: { ...snapshot, people: people.map(({ idNumberHash: _h, ...member }) => member) },
    }),
  };
}
