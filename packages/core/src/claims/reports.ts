import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { notFound } from "../platform/errors";
import { CLAIM_STATUSES, type ClaimsReport } from "./schemas";
import { findSchemeTotals, schemeInArea } from "./schemes";

/**
 * Read from the scheme's totals item, which every claim write maintains in its own transaction:
 * the cost is two reads whatever the number of claims (DESIGN decision 3).
 */
export async function claimsReport(schemeId: string, actor: Actor, store: Db = db()): Promise<ClaimsReport> {
  // Staff see the figures of the schemes of their area's counties only.
  const [scheme, totals] = await Promise.all([schemeInArea(schemeId, actor, store), findSchemeTotals(schemeId, store)]);
  if (!totals) throw notFound("Scheme", schemeId);
  const { name, county, year } = scheme;
  return { ...totals, name, county, year };
}

/** One header row and one row of figures, like a county's published summary (Jiangkou: 1.71 million yuan to 352 households, 651 people). */
export function claimsReportRows(r: ClaimsReport): (string | number)[][] {
  // Integer arithmetic, so large amounts print exactly.
  const yuan = (fen: number) => `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;
  // The scheme's causes in a stable order: whichever its versions had.
  const causes = Object.keys(r.byCause).sort();
  return [
    [
      "schemeId",
      "name",
      "county",
      "year",
      ...CLAIM_STATUSES,
      "householdsPaid",
      "peopleCovered",
      "paidFen",
      "paidYuan",
      "poolBalanceFen",
      "poolBalanceYuan",
      "toppedUpFen",
      ...causes.flatMap((c) => [`${c}Claims`, `${c}PaidFen`]),
    ],
    [
      r.schemeId,
      r.name,
      r.county,
      r.year,
      ...CLAIM_STATUSES.map((s) => r.byStatus[s]),
      r.householdsPaid,
      r.peopleCovered,
      r.paidFen,
      yuan(r.paidFen),
      r.poolBalanceFen,
      yuan(r.poolBalanceFen),
      r.toppedUpFen,
      ...causes.flatMap((c) => [r.byCause[c]?.claims ?? 0, r.byCause[c]?.paidFen ?? 0]),
    ],
  ];
}
