import { z } from "zod";
import type { Db } from "../platform/db";
import { type Entity, entity } from "../platform/entity";
import { type Page, type PageRequest, queryPage } from "../platform/pagination";
import type { Part } from "../platform/transact";
import { updateWrite } from "../platform/update";
import { SalesRow } from "../orders/schemas";

/**
 * Village sales' storage seam: one ledger entry per credited (or reversed) order line, and month
 * aggregates per village and per county that the same transaction keeps current. The aggregates
 * live in one partition per month (for the grouped report) and are indexed per village and per
 * county (for a monthly series), so a report reads a handful of items at any scale. Nothing
 * outside this module builds a sales key, names an index or writes an expression.
 */

// --- The ledger --------------------------------------------------------------------------------

/** A credit (amount > 0) or a reversal (amount < 0) of one order line to its village, in a month. */
export const CreditEntry = z.object({
  villageId: z.string(),
  month: z.string(),
  orderId: z.string(),
  productId: z.string(),
  /** "C" for the credit; "R" and the order's cumulative refunded fen for a reversal. */
  entry: z.string(),
  county: z.string(),
  province: z.string(),
  amountFen: z.number().int(),
  at: z.string(),
});
export type CreditEntry = z.infer<typeof CreditEntry>;

/** A village's ledger is one partition, by month. */
export const Credits = entity(CreditEntry, {
  type: "credit",
  key: ({ villageId, month, orderId, productId, entry }: Pick<CreditEntry, "villageId" | "month" | "orderId" | "productId" | "entry">) => ({
    pk: `CREDIT#VILLAGE#${villageId}`,
    sk: `${month}#${orderId}#${productId}#${entry}`,
  }),
});

/** A part writing a ledger entry; written already means this credit or reversal was applied. */
export const creditPart = (store: Db, entry: CreditEntry, rejected?: Part["rejected"]): Part => Credits.create(store, entry, rejected);

// --- Month aggregates --------------------------------------------------------------------------

const monthPartition = (month: string) => `SALES#MONTH#${month}`;
const byMonth = (a: { month: string }) => a.month;

/** A village's credited sales in a month (`key` is the village's id). */
export const VillageMonth = SalesRow.extend({ month: z.string(), villageId: z.string() });
export type VillageMonth = z.infer<typeof VillageMonth>;

export const VillageMonths = entity(VillageMonth, {
  type: "sales_village_month",
  key: ({ month, villageId }: Pick<VillageMonth, "month" | "villageId">) => ({ pk: monthPartition(month), sk: `VILLAGE#${villageId}` }),
  indexes: {
    byVillage: {
      index: "gsi1",
      partition: ({ villageId }: { villageId: string }) => `SALES#VILLAGE#${villageId}`,
      partitionOf: (a) => ({ villageId: a.villageId }),
      sort: byMonth,
    },
  },
});

/** A county's credited sales in a month (`key` is province/county: county names repeat across provinces). */
export const CountyMonth = SalesRow.extend({ month: z.string(), province: z.string(), county: z.string() });
export type CountyMonth = z.infer<typeof CountyMonth>;

export const CountyMonths = entity(CountyMonth, {
  type: "sales_county_month",
  key: ({ month, province, county }: Pick<CountyMonth, "month" | "province" | "county">) => ({
    pk: monthPartition(month),
    sk: `COUNTY#${province}#${county}`,
  }),
  indexes: {
    byCounty: {
      index: "gsi1",
      partition: ({ province, county }: { province: string; county: string }) => `SALES#COUNTY#${province}#${county}`,
      partitionOf: (a) => ({ province: a.province, county: a.county }),
      sort: byMonth,
    },
  },
});

/** How a month aggregate moves: credited fen and the count of orders credited. */
export type SalesDelta = Pick<SalesRow, "creditedFen" | "orders">;

/**
 * A part ADDing to a month aggregate, creating it on first use: every other attribute (names,
 * index attributes, type) is SET from the entity's item, so the declaration alone says what is stored.
 */
function addToAggregate<R extends SalesDelta>(
  store: Db,
  // biome-ignore lint/suspicious/noExplicitAny: any aggregate entity's key and index arguments
  aggregates: Entity<R, any, any>,
  aggregate: Omit<R, keyof SalesDelta>,
  delta: SalesDelta,
  rejected?: Part["rejected"],
): Part {
  const { pk, sk, creditedFen: _c, orders: _o, ...set } = aggregates.item({ ...aggregate, creditedFen: 0, orders: 0 } as R);
  return { write: updateWrite(store, { pk, sk }, { set, add: { ...delta } }), ...(rejected ? { rejected } : {}) };
}

export const addToVillageMonth = (store: Db, a: Omit<VillageMonth, keyof SalesDelta>, delta: SalesDelta, rejected?: Part["rejected"]) =>
  addToAggregate(store, VillageMonths, a, delta, rejected);

export const addToCountyMonth = (store: Db, a: Omit<CountyMonth, keyof SalesDelta>, delta: SalesDelta, rejected?: Part["rejected"]) =>
  addToAggregate(store, CountyMonths, a, delta, rejected);

/** Reads every page of a list (a report's lists are short: a month per item, or one month's aggregates). */
async function all<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 1000, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** A village's month aggregates from `from` to `to` (YYYY-MM), by month: one Query. */
export const villageMonths = (store: Db, villageId: string, from: string, to: string): Promise<VillageMonth[]> =>
  all((page) =>
    VillageMonths.query.byVillage(store, { villageId }, page, {
      sortCondition: { expression: "#sk BETWEEN :from AND :to", values: { ":from": from, ":to": to } },
    }),
  );

/** Every aggregate of one month with this sort-key prefix: one Query of the month's partition. */
const ofMonth = (store: Db, month: string, prefix: "COUNTY#" | "VILLAGE#") =>
  all((page) =>
    queryPage(
      store,
      { partitionValue: monthPartition(month), sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": prefix } } },
      page,
    ),
  );

/** Every county's aggregate of one month, with its province and county. */
export const countyAggregates = async (store: Db, month: string): Promise<CountyMonth[]> =>
  (await ofMonth(store, month, "COUNTY#")).map((item) => CountyMonths.parse(item));

/** Every village's aggregate of one month. */
export const villageAggregates = async (store: Db, month: string): Promise<VillageMonth[]> =>
  (await ofMonth(store, month, "VILLAGE#")).map((item) => VillageMonths.parse(item));
