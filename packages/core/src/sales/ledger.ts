import type { Db } from "../platform/db";
import type { TransactItem } from "../platform/transact";

/** A line of a paid order as the village ledger sees it. */
export interface CreditLine {
  productId: string;
  villageId: string;
  village: string;
  township?: string;
  county: string;
  city?: string;
  province: string;
  amountFen: number;
}

/**
 * Key shapes of village sales: one ledger entry per credited (or reversed) order line, and month
 * aggregates per village and per county that the same transaction keeps current. The aggregates
 * live in one partition per month (for the grouped report) and are indexed per village and per
 * county (for a village's monthly series), so a report reads a handful of items at any scale.
 */
export const salesKeys = {
  ledger: (villageId: string, month: string, orderId: string, productId: string, entry: string) => ({
    pk: `CREDIT#VILLAGE#${villageId}`,
    sk: `${month}#${orderId}#${productId}#${entry}`,
  }),
  month: (month: string) => `SALES#MONTH#${month}`,
  villageInMonth: (villageId: string) => `VILLAGE#${villageId}`,
  countyInMonth: (province: string, county: string) => `COUNTY#${province}#${county}`,
  villageSeries: (villageId: string) => `SALES#VILLAGE#${villageId}`,
  countySeries: (province: string, county: string) => `SALES#COUNTY#${province}#${county}`,
};

function sumBy<K>(lines: readonly CreditLine[], key: (l: CreditLine) => K) {
  const sums = new Map<K, { line: CreditLine; amountFen: number }>();
  for (const l of lines) {
    const s = sums.get(key(l));
    if (s) s.amountFen += l.amountFen;
    else sums.set(key(l), { line: l, amountFen: l.amountFen });
  }
  return [...sums.values()];
}

function aggregate(
  store: Db,
  month: string,
  sk: string,
  series: string,
  name: string,
  fields: Record<string, string>,
  amountFen: number,
  orders: number,
): TransactItem {
  return {
    Update: {
      TableName: store.tableName,
      Key: { pk: salesKeys.month(month), sk },
      UpdateExpression:
        "SET gsi1pk = :series, gsi1sk = :month, #name = :name, #month = :month, #key = :key ADD creditedFen :amount, #orders :orders",
      ExpressionAttributeNames: { "#name": "name", "#month": "month", "#orders": "orders", "#key": "key" },
      ExpressionAttributeValues: {
        ":series": series,
        ":month": month,
        ":name": name,
        ":key": fields.key,
        ":amount": amountFen,
        ":orders": orders,
      },
    },
  };
}

export const villageName = (l: CreditLine) => [l.province, l.city, l.county, l.township, l.village].filter(Boolean).join(" ");
export const countyName = (l: CreditLine) => [l.province, l.city, l.county].filter(Boolean).join(" ");

/**
 * The ledger entries and aggregate updates for crediting (sign +1) or reversing (sign −1) order
 * lines in `month`. `orderDelta` is how the orders count moves: +1 when an order is credited,
 * −1 when it is refunded in full, 0 otherwise. Conditions on the ledger entries make a replay fail.
 */
export function ledgerItems(
  store: Db,
  opts: { orderId: string; month: string; entry: string; lines: readonly CreditLine[]; sign: 1 | -1; orderDelta: -1 | 0 | 1; at: string },
): TransactItem[] {
  const items: TransactItem[] = [];
  for (const l of opts.lines) {
    if (l.amountFen === 0) continue;
    items.push({
      Put: {
        TableName: store.tableName,
        Item: {
          ...salesKeys.ledger(l.villageId, opts.month, opts.orderId, l.productId, opts.entry),
          type: "credit",
          orderId: opts.orderId,
          productId: l.productId,
          villageId: l.villageId,
          county: l.county,
          province: l.province,
          month: opts.month,
          amountFen: opts.sign * l.amountFen,
          at: opts.at,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    });
  }
  for (const { line, amountFen } of sumBy(opts.lines, (l) => l.villageId)) {
    if (amountFen === 0 && opts.orderDelta === 0) continue;
    items.push(
      aggregate(
        store,
        opts.month,
        salesKeys.villageInMonth(line.villageId),
        salesKeys.villageSeries(line.villageId),
        villageName(line),
        { key: line.villageId },
        opts.sign * amountFen,
        opts.orderDelta,
      ),
    );
  }
  for (const { line, amountFen } of sumBy(opts.lines, (l) => `${l.province}#${l.county}`)) {
    if (amountFen === 0 && opts.orderDelta === 0) continue;
    items.push(
      aggregate(
        store,
        opts.month,
        salesKeys.countyInMonth(line.province, line.county),
        salesKeys.countySeries(line.province, line.county),
        countyName(line),
        { key: `${line.province}/${line.county}` },
        opts.sign * amountFen,
        opts.orderDelta,
      ),
    );
  }
  return items;
}
