import { chinaMonth } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { validationFailed } from "../platform/errors";
import { Catalog } from "../catalog";
import { SalesMonth, type SalesQuery, type SalesRange, type SalesReport, type SalesRow, type VillageSales } from "../orders/schemas";
import { monthAggregates, villageMonths } from "./storage";

/** The longest period one report covers; a report reads at most one partition per month. */
export const MAX_REPORT_MONTHS = 60;

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Defaults to the last twelve months (China's calendar); refuses reversed or overlong periods. */
export function reportPeriod(q: { from?: string | undefined; to?: string | undefined }, now = new Date()) {
  const to = q.to ?? chinaMonth(now);
  const from = q.from ?? shiftMonth(to, -11);
  if (from > to)
    throw validationFailed("The period is reversed", [
      { path: "query.from", message: "must not be after `to`", issue: "after_other", other: "to" },
    ]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_REPORT_MONTHS)
    throw validationFailed(`A report covers at most ${MAX_REPORT_MONTHS} months`, [
      { path: "query.from", message: "period too long", issue: "too_big", origin: "months", maximum: MAX_REPORT_MONTHS },
    ]);
  return { from, to, months };
}

/** A village's credited sales per month: one Query over its month aggregates. */
export async function villageSales(villageId: string, q: SalesRange, store: Db = db()): Promise<VillageSales> {
  const { from, to } = reportPeriod(q);
  await Catalog.getVillage(villageId, { store });
  const months = (await villageMonths(store, villageId, from, to)).map((m) => SalesMonth.parse(m));
  return { villageId, from, to, totalFen: months.reduce((a, m) => a + m.creditedFen, 0), months };
}

/** Credited sales grouped by county or village over a period: one Query per month, of aggregates only. */
export async function salesReport(q: SalesQuery, store: Db = db()): Promise<SalesReport> {
  const { from, to, months } = reportPeriod(q);
  const perMonth = await Promise.all(months.map((m) => monthAggregates(store, m, q.groupBy)));
  const rows = new Map<string, SalesRow>();
  for (const item of perMonth.flat()) {
    const row = rows.get(item.key) ?? { key: item.key, name: item.name, creditedFen: 0, orders: 0 };
    row.creditedFen += item.creditedFen;
    row.orders += item.orders;
    rows.set(item.key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.creditedFen - a.creditedFen || a.key.localeCompare(b.key));
  return { groupBy: q.groupBy, from, to, rows: sorted, totalFen: sorted.reduce((a, r) => a + r.creditedFen, 0) };
}

/** The rows of the CSV forms of the two sales reports. */
export const villageSalesRows = (r: VillageSales) => [
  ["villageId", "month", "creditedFen", "orders"],
  ...r.months.map((m) => [r.villageId, m.month, m.creditedFen, m.orders]),
];
export const salesReportRows = (r: SalesReport) => [
  [r.groupBy, "name", "creditedFen", "orders"],
  ...r.rows.map((row) => [row.key, row.name, row.creditedFen, row.orders]),
];
