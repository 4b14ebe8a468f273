import { db, type Db } from "../platform/db";
import { notFound } from "../platform/errors";
import { findEnterprise } from "./enterprises";
import {
  type Counter,
  type Pairing,
  type PairingsRegionRow,
  type PairingsRegions,
  type PairingsRegionsQuery,
  PairingTotals,
  type PairingsReport,
  type PairingsReportQuery,
  type Scope,
} from "./schemas";
import { regionTotals, Totals } from "./storage";

export type { Counter, Deltas, PairingsReport } from "./schemas";

/**
 * Report figures are aggregate items, never a Scan: every pairing and contribution write ADDs to
 * the totals of each scope it falls in, in the same TransactWriteItems as the write itself.
 *
 * Scopes of a pairing (from its village's place and its enterprise):
 *  - the platform;
 *  - the province;
 *  - the county within its province (`?province=&county=`): county names repeat across
 *    provinces (鼓楼区, 通州区), so a county is kept by name within its province;
 *  - the county name alone (`?county=` without province), for callers who know a county by name,
 *    as GET /villages?county= does; it sums every county of that name;
 *  - the enterprise (`?enterpriseId=`): its own pairings, the villages it paired with.
 *
 * Distinct enterprises and villages per scope are counted once each: the storage keeps a marker
 * per (scope, enterprise) and (scope, village), and the write that creates a marker counts it.
 * Provinces, and the counties of a province, are listed together (GET /reports/pairings/regions).
 */
export type Place = Pick<Pairing["village"], "province" | "county">;

/** The report's counters, in the order of its figures and CSV columns. */
export const COUNTERS = Object.keys(PairingTotals.shape) as Counter[];

const place = (province: string | null, county: string | null): Scope => ({ province, county, enterpriseId: null });

/** Every scope a pairing of this enterprise in this place counts in. */
export const scopesOf = ({ village, enterpriseId }: { village: Place; enterpriseId: string }): Scope[] => [
  place(null, null),
  place(village.province, null),
  place(village.province, village.county),
  place(null, village.county),
  { province: null, county: null, enterpriseId },
];

/** The scope a report query asks for. */
export const scopeOfQuery = (query: PairingsReportQuery): Scope => ({
  province: query.province ?? null,
  county: query.county ?? null,
  enterpriseId: query.enterpriseId ?? null,
});

const figures = (totals: Partial<PairingTotals> | undefined) =>
  Object.fromEntries(COUNTERS.map((c) => [c, totals?.[c] ?? 0])) as PairingTotals;

export async function pairingsReport(query: PairingsReportQuery, store: Db = db()): Promise<PairingsReport> {
  const scope = scopeOfQuery(query);
  // A place nobody paired with has zeros; an enterprise that does not exist is not found.
  const [totals, enterprise] = await Promise.all([
    Totals.find(store, scope, { consistent: true }),
    scope.enterpriseId === null ? undefined : findEnterprise(scope.enterpriseId, store),
  ]);
  if (scope.enterpriseId !== null && !enterprise) throw notFound("Enterprise", scope.enterpriseId);
  return { scope, ...figures(totals) };
}

/** Every province's figures, or every county's of one province, by name: one Query of aggregate items. */
export async function pairingsRegions(query: PairingsRegionsQuery, store: Db = db()): Promise<PairingsRegions> {
  const province = query.province ?? null;
  const rows: PairingsRegionRow[] = (await regionTotals(store, province)).map((t) => ({
    province: t.province ?? "",
    county: t.county,
    ...figures(t),
  }));
  return { province, rows };
}

/** The report as a table: a header row and one row of figures, for CSV. */
export function pairingsReportTable(report: PairingsReport): string[][] {
  return [
    ["province", "county", "enterpriseId", ...COUNTERS],
    [report.scope.province ?? "", report.scope.county ?? "", report.scope.enterpriseId ?? "", ...COUNTERS.map((c) => String(report[c]))],
  ];
}

/** The regions as a table: a header row and one row per region, for CSV. */
export function pairingsRegionsTable(report: PairingsRegions): string[][] {
  return [
    ["province", "county", ...COUNTERS],
    ...report.rows.map((r) => [r.province, r.county ?? "", ...COUNTERS.map((c) => String(r[c]))]),
  ];
}
