import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { chinaMonth } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { validationFailed } from "../platform/errors";
import { getVillage } from "../catalog/villages";
import { salesKeys } from "./ledger";
import type { StoredItem } from "../platform/items";

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
  if (from > to) throw validationFailed("The period is reversed", [{ path: "query.from", message: "must not be after `to`" }]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_REPORT_MONTHS)
    throw validationFailed(`A report covers at most ${MAX_REPORT_MONTHS} months`, [{ path: "query.from", message: "period too long" }]);
  return { from, to, months };
}

async function queryAll(store: Db, input: ConstructorParameters<typeof QueryCommand>[0]) {
  const items: StoredItem[] = [];
  let start: StoredItem | undefined;
  do {
    const out = await store.client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A village's credited sales per month: one Query over its month aggregates. */
export async function villageSales(villageId: string, q: { from?: string | undefined; to?: string | undefined }, store: Db = db()) {
  const { from, to } = reportPeriod(q);
  await getVillage(villageId, store);
  const items = await queryAll(store, {
    TableName: store.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": salesKeys.villageSeries(villageId), ":from": from, ":to": to },
  });
  const months = items.map((i) => ({ month: i.month as string, creditedFen: Number(i.creditedFen), orders: Number(i.orders) }));
  return { villageId, from, to, totalFen: months.reduce((a, m) => a + m.creditedFen, 0), months };
}

/** Credited sales grouped by county or village over a period: one Query per month, of aggregates only. */
export async function salesReport(
  q: { groupBy: "county" | "village"; from?: string | undefined; to?: string | undefined },
  store: Db = db(),
) {
  const { from, to, months } = reportPeriod(q);
  const prefix = q.groupBy === "county" ? "COUNTY#" : "VILLAGE#";
  const perMonth = await Promise.all(
    months.map((m) =>
      queryAll(store, {
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": salesKeys.month(m), ":prefix": prefix },
      }),
    ),
  );
  const rows = new Map<string, { key: string; name: string; creditedFen: number; orders: number }>();
  for (const item of perMonth.flat()) {
    const row = rows.get(item.key) ?? { key: item.key, name: item.name, creditedFen: 0, orders: 0 };
    row.creditedFen += Number(item.creditedFen);
    row.orders += Number(item.orders);
    rows.set(item.key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.creditedFen - a.creditedFen || a.key.localeCompare(b.key));
  return { groupBy: q.groupBy, from, to, rows: sorted, totalFen: sorted.reduce((a, r) => a + r.creditedFen, 0) };
}

/** The rows of the CSV forms of the two sales reports. */
export const villageSalesRows = (r: Awaited<ReturnType<typeof villageSales>>) => [
  ["villageId", "month", "creditedFen", "orders"],
  ...r.months.map((m) => [r.villageId, m.month, m.creditedFen, m.orders]),
];
export const salesReportRows = (r: Awaited<ReturnType<typeof salesReport>>) => [
  [r.groupBy, "name", "creditedFen", "orders"],
  ...r.rows.map((row) => [row.key, row.name, row.creditedFen, row.orders]),
];
