import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import { type Page, type PageRequest, queryPage } from "../../platform/pagination";
import type { Part } from "../../platform/transact";
import { counter } from "../totals/storage";
import { MeasureClaim, type MeasurePeriod, MeasureRecord, type MeasureKind } from "./schemas";

/**
 * The measures' storage seam. A household's measures share one partition of their own, so the
 * household page lists them with one Query on the table (no index to lag behind a write).
 */
const measuresPartition = (householdId: string) => `MEASURES#HOUSEHOLD#${householdId}`;
const MEASURE_SORT_PREFIX = "MEASURE#";

export const Measures = entity(MeasureRecord, {
  type: "support_measure",
  key: ({ householdId, measureId }: { householdId: string; measureId: string }) => ({
    pk: measuresPartition(householdId),
    sk: `${MEASURE_SORT_PREFIX}${measureId}`,
  }),
});

/** A claim counts as one measure only: this item, created with the measure, holds the link. */
export const MeasureClaims = entity(MeasureClaim, {
  type: "support_measure_claim",
  key: ({ claimId }: { claimId: string }) => ({ pk: `MEASURE_CLAIM#${claimId}`, sk: "MEASURE_CLAIM" }),
});

export const loadMeasure = (store: Db, householdId: string, measureId: string) =>
  Measures.get(store, { householdId, measureId }, "Measure", measureId, { consistent: true });

/** The household's measures in the order they were recorded (ids sort by time), page by page. */
export async function householdMeasures(store: Db, householdId: string, page: PageRequest): Promise<Page<MeasureRecord>> {
  const result = await queryPage(
    store,
    {
      partitionValue: measuresPartition(householdId),
      sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": MEASURE_SORT_PREFIX } },
    },
    page,
  );
  return { items: result.items.map(Measures.parse), nextCursor: result.nextCursor };
}

/** The measure's next version, conditioned on the version read (a concurrent change cancels it: read again). */
export function measureChangePart(store: Db, read: MeasureRecord, next: MeasureRecord): Part {
  return Measures.replaceVersion(store, next, read.version);
}

/**
 * The measures' counters in the county totals (monitoring/totals): recorded and ended by kind, and
 * the money by kind and period (a monthly amount is never added to a one-off). Each is kept for the
 * county and again with the township's name last, so a township's report reads its own.
 */
export const measureCounter = {
  recorded: (kind: MeasureKind, township?: string) => within(counter.measures(kind), township),
  ended: (kind: MeasureKind, township?: string) => within(`${counter.measures(kind)}#ended`, township),
  fen: (kind: MeasureKind, period: MeasurePeriod, township?: string) => within(`${counter.measuresFen(kind)}#${period}`, township),
};
const within = (name: string, township: string | undefined) => (township === undefined ? name : `${name}#${township}`);

/** What recording (or ending) a measure adds to the counters, county-wide and for its township. */
export function measureCounts(m: Pick<MeasureRecord, "kind" | "period" | "amountFen" | "township">, change: "recorded" | "ended") {
  const add: Record<string, number> = {};
  for (const township of [undefined, m.township]) {
    if (change === "ended") add[measureCounter.ended(m.kind, township)] = 1;
    else {
      add[measureCounter.recorded(m.kind, township)] = 1;
      add[measureCounter.fen(m.kind, m.period, township)] = m.amountFen;
    }
  }
  return add;
}
