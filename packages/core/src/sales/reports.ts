import { chinaMonth } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { validationFailed } from "../platform/errors";
import { Catalog } from "../catalog";
import {
  type MonthlySales,
  type MonthlySalesRow,
  SalesMonth,
  type SalesQuery,
  type SalesRange,
  type SalesReport,
  type SalesRow,
  type VillageSales,
} from "../orders/schemas";
import { countyAggregates, villageAggregates, villageMonths } from "./storage";

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

type Grouping = SalesQuery["groupBy"];

/**
 * Each month's rows of a grouping: the month's village or county aggregates as they are, or its
 * county aggregates summed per province. One Query per month, of aggregates only.
 */
async function rowsOfMonths(store: Db, months: readonly string[], groupBy: Grouping): Promise<SalesRow[][]> {
  return Promise.all(
    months.map(async (month): Promise<SalesRow[]> => {
      if (groupBy === "village") return (await villageAggregates(store, month)).map(salesRow);
      const counties = await countyAggregates(store, month);
      if (groupBy === "county") return counties.map(salesRow);
      const provinces = new Map<string, SalesRow>();
      for (const c of counties) {
        const row = provinces.get(c.province) ?? { key: c.province, name: c.province, creditedFen: 0, orders: 0 };
        row.creditedFen += c.creditedFen;
        row.orders += c.orders;
        provinces.set(c.province, row);
      }
      return [...provinces.values()];
    }),
  );
}

const salesRow = ({ key, name, creditedFen, orders }: SalesRow): SalesRow => ({ key, name, creditedFen, orders });
const byLargest = (a: SalesRow, b: SalesRow) => b.creditedFen - a.creditedFen || a.key.localeCompare(b.key);

/** Credited sales grouped by province, county or village over a period. */
export async function salesReport(q: SalesQuery, store: Db = db()): Promise<SalesReport> {
  const { from, to, months } = reportPeriod(q);
  const perMonth = await rowsOfMonths(store, months, q.groupBy);
  const rows = new Map<string, SalesRow>();
  for (const item of perMonth.flat()) {
    const row = rows.get(item.key) ?? { key: item.key, name: item.name, creditedFen: 0, orders: 0 };
    row.creditedFen += item.creditedFen;
    row.orders += item.orders;
    rows.set(item.key, row);
  }
  const sorted = [...rows.values()].sort(byLargest);
  return { groupBy: q.groupBy, from, to, rows: sorted, totalFen: sorted.reduce((a, r) => a + r.creditedFen, 0) };
}

/** The same, with each row's figures for every month of the period, and every row's summed per month. */
export async function monthlySales(q: SalesQuery, store: Db = db()): Promise<MonthlySales> {
  const { from, to, months } = reportPeriod(q);
  const perMonth = await rowsOfMonths(store, months, q.groupBy);
  const zeros = () => months.map((month) => ({ month, creditedFen: 0, orders: 0 }));
  const rows = new Map<string, MonthlySalesRow>();
  const totals = zeros();
  perMonth.forEach((items, i) => {
    for (const item of items) {
      const row = rows.get(item.key) ?? { key: item.key, name: item.name, creditedFen: 0, orders: 0, months: zeros() };
      row.creditedFen += item.creditedFen;
      row.orders += item.orders;
      row.months[i]!.creditedFen += item.creditedFen;
      row.months[i]!.orders += item.orders;
      totals[i]!.creditedFen += item.creditedFen;
      totals[i]!.orders += item.orders;
      rows.set(item.key, row);
    }
  });
  const sorted = [...rows.values()].sort(byLargest);
  return { groupBy: q.groupBy, from, to, months: totals, rows: sorted, totalFen: sorted.reduce((a, r) => a + r.creditedFen, 0) };
}

/** Integer arithmetic, so large amounts print exactly: 123456 → "1234.56". */
const yuan = (fen: number) => `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;

/** The rows of the CSV forms of the sales reports. */
export const villageSalesRows = (r: VillageSales) => [
  ["villageId", "month", "creditedFen", "orders"],
  ...r.months.map((m) => [r.villageId, m.month, m.creditedFen, m.orders]),
];
export const salesReportRows = (r: SalesReport) => [
  [r.groupBy, "name", "creditedFen", "orders"],
  ...r.rows.map((row) => [row.key, row.name, row.creditedFen, row.orders]),
];
/** One line per row and month with sales (long form, for a pivot table), money in fen and in 元. */
export const monthlySalesRows = (r: MonthlySales) => [
  [r.groupBy, "name", "month", "creditedFen", "creditedYuan", "orders"],
  ...r.rows.flatMap((row) =>
    row.months
      .filter((m) => m.creditedFen !== 0 || m.orders !== 0)
      .map((m) => [row.key, row.name, m.month, m.creditedFen, yuan(m.creditedFen), m.orders]),
  ),
];
