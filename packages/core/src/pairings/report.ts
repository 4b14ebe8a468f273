import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, type Db } from "../platform/db";
import type { PairingsReportQuery } from "./schemas";

/**
 * Report figures are aggregate items, never a Scan: every pairing and contribution write ADDs to
 * the totals of each scope it falls in, in the same TransactWriteItems as the write itself.
 *
 * Scopes of a pairing (from its village's place):
 *  - the platform;
 *  - the province;
 *  - the county within its province (`?province=&county=`): county names repeat across
 *    provinces (鼓楼区, 通州区), so a county is keyed by name within its province;
 *  - the county name alone (`?county=` without province), for callers who know a county by name,
 *    as GET /villages?county= does; it sums every county of that name.
 *
 * Distinct enterprises and villages per scope are counted with marker items, one per
 * (scope, enterprise) and (scope, village), in the scope's partition: the write that creates a
 * marker is the one that counts it.
 */
export interface Place {
  province: string;
  county: string;
}

export const COUNTERS = [
  "enterprises",
  "villages",
  "pairings",
  "activePairings",
  "committedFen",
  "deliveredFen",
  "peopleHelped",
  "contributions",
  "projects",
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Deltas = Partial<Record<Counter, number>>;

export const reportKeys = {
  platform: () => "PAIRINGSTATS#ALL",
  province: (province: string) => `PAIRINGSTATS#PROVINCE#${province}`,
  county: (province: string, county: string) => `PAIRINGSTATS#COUNTY#${province}#${county}`,
  countyName: (county: string) => `PAIRINGSTATS#COUNTYNAME#${county}`,
  totals: (scope: string) => ({ pk: scope, sk: "TOTALS" }),
  enterpriseMarker: (scope: string, enterpriseId: string) => ({ pk: scope, sk: `ENTERPRISE#${enterpriseId}` }),
  villageMarker: (scope: string, villageId: string) => ({ pk: scope, sk: `VILLAGE#${villageId}` }),
};

/** Every scope a pairing in this place counts in. */
export const scopesOf = (place: Place): string[] => [
  reportKeys.platform(),
  reportKeys.province(place.province),
  reportKeys.county(place.province, place.county),
  reportKeys.countyName(place.county),
];

/** The scope a report query asks for. */
export function scopeOfQuery(query: PairingsReportQuery): string {
  if (query.county !== undefined) {
    return query.province !== undefined ? reportKeys.county(query.province, query.county) : reportKeys.countyName(query.county);
  }
  return query.province !== undefined ? reportKeys.province(query.province) : reportKeys.platform();
}

/** An Update that ADDs the deltas to a scope's totals (creating the item on first use). */
export function addToTotals(tableName: string, scope: string, deltas: Deltas) {
  const entries = Object.entries(deltas).filter(([, v]) => v !== undefined && v !== 0);
  const names: Record<string, string> = { "#type": "type" };
  const values: Record<string, unknown> = { ":type": "pairing_totals" };
  const adds = entries.map(([k, v], i) => {
    names[`#c${i}`] = k;
    values[`:c${i}`] = v;
    return `#c${i} :c${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: reportKeys.totals(scope),
      UpdateExpression: `SET #type = :type${adds.length ? ` ADD ${adds.join(", ")}` : ""}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

export interface PairingsReport extends Record<Counter, number> {
  scope: { province: string | null; county: string | null };
}

export async function pairingsReport(query: PairingsReportQuery, store: Db = db()): Promise<PairingsReport> {
  const out = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: reportKeys.totals(scopeOfQuery(query)), ConsistentRead: true }),
  );
  const item = out.Item ?? {};
  const figures = Object.fromEntries(COUNTERS.map((c) => [c, Number(item[c] ?? 0)])) as Record<Counter, number>;
  return { scope: { province: query.province ?? null, county: query.county ?? null }, ...figures };
}

/** The report as a table: a header row and one row of figures, for CSV. */
export function pairingsReportTable(report: PairingsReport): string[][] {
  return [
    ["province", "county", ...COUNTERS],
    [report.scope.province ?? "", report.scope.county ?? "", ...COUNTERS.map((c) => String(report[c]))],
  ];
}
