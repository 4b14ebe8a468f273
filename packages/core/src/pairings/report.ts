import { db, type Db } from "../platform/db";
import { type Counter, type Pairing, PairingTotals, type PairingsReport, type PairingsReportQuery, type Scope } from "./schemas";
import { Totals } from "./storage";

export type { Counter, Deltas, PairingsReport } from "./schemas";

/**
 * Report figures are aggregate items, never a Scan: every pairing and contribution write ADDs to
 * the totals of each scope it falls in, in the same TransactWriteItems as the write itself.
 *
 * Scopes of a pairing (from its village's place):
 *  - the platform;
 *  - the province;
 *  - the county within its province (`?province=&county=`): county names repeat across
 *    provinces (鼓楼区, 通州区), so a county is kept by name within its province;
 *  - the county name alone (`?county=` without province), for callers who know a county by name,
 *    as GET /villages?county= does; it sums every county of that name.
 *
 * Distinct enterprises and villages per scope are counted once each: the storage keeps a marker
 * per (scope, enterprise) and (scope, village), and the write that creates a marker counts it.
 */
export type Place = Pick<Pairing["village"], "province" | "county">;

/** The report's counters, in the order of its figures and CSV columns. */
export const COUNTERS = Object.keys(PairingTotals.shape) as Counter[];

/** Every scope a pairing in this place counts in. */
export const scopesOf = (place: Place): Scope[] => [
  { province: null, county: null },
  { province: place.province, county: null },
  { province: place.province, county: place.county },
  { province: null, county: place.county },
];

/** The scope a report query asks for. */
export const scopeOfQuery = (query: PairingsReportQuery): Scope => ({ province: query.province ?? null, county: query.county ?? null });

export async function pairingsReport(query: PairingsReportQuery, store: Db = db()): Promise<PairingsReport> {
  const scope = scopeOfQuery(query);
  // A counter never added to, or a scope never counted in, is 0.
  const totals = await Totals.find(store, { scope }, { consistent: true });
  return { scope, ...(Object.fromEntries(COUNTERS.map((c) => [c, totals?.[c] ?? 0])) as PairingTotals) };
}

/** The report as a table: a header row and one row of figures, for CSV. */
export function pairingsReportTable(report: PairingsReport): string[][] {
  return [
    ["province", "county", ...COUNTERS],
    [report.scope.province ?? "", report.scope.county ?? "", ...COUNTERS.map((c) => String(report[c]))],
  ];
}
