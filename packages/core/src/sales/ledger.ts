import type { OrderLineRecord } from "../orders/schemas";
import type { Db } from "../platform/db";
import type { Part } from "../platform/transact";
import { addToCountyMonth, addToVillageMonth, creditPart } from "./storage";

/** A line of a paid order as the village ledger sees it: where it was made and what it credits. */
export type CreditLine = Pick<
  OrderLineRecord,
  "productId" | "villageId" | "village" | "township" | "county" | "city" | "province" | "amountFen"
>;

function sumBy<K>(lines: readonly CreditLine[], key: (l: CreditLine) => K) {
  const sums = new Map<K, { line: CreditLine; amountFen: number }>();
  for (const l of lines) {
    const s = sums.get(key(l));
    if (s) s.amountFen += l.amountFen;
    else sums.set(key(l), { line: l, amountFen: l.amountFen });
  }
  return [...sums.values()];
}

export const villageName = (l: CreditLine) => [l.province, l.city, l.county, l.township, l.village].filter(Boolean).join(" ");
export const countyName = (l: CreditLine) => [l.province, l.city, l.county].filter(Boolean).join(" ");

/**
 * The ledger entries and aggregate updates for crediting (sign +1) or reversing (sign −1) order
 * lines in `month`. `orderDelta` is how the orders count moves: +1 when an order is credited,
 * −1 when it is refunded in full, 0 otherwise. The ledger entries' keys make a replay fail, with
 * `rejected` as its meaning (by default "retry").
 */
export function ledgerParts(
  store: Db,
  opts: { orderId: string; month: string; entry: string; lines: readonly CreditLine[]; sign: 1 | -1; orderDelta: -1 | 0 | 1; at: string },
  rejected?: Part["rejected"],
): Part[] {
  const { orderId, month, entry, sign, orderDelta: orders, at } = opts;
  const parts: Part[] = [];
  for (const l of opts.lines) {
    if (l.amountFen === 0) continue;
    const { productId, villageId, county, province } = l;
    parts.push(
      creditPart(store, { villageId, month, orderId, productId, entry, county, province, amountFen: sign * l.amountFen, at }, rejected),
    );
  }
  for (const { line, amountFen } of sumBy(opts.lines, (l) => l.villageId)) {
    if (amountFen === 0 && orders === 0) continue;
    const village = { month, villageId: line.villageId, key: line.villageId, name: villageName(line) };
    parts.push(addToVillageMonth(store, village, { creditedFen: sign * amountFen, orders }, rejected));
  }
  for (const { line, amountFen } of sumBy(opts.lines, (l) => `${l.province}#${l.county}`)) {
    if (amountFen === 0 && orders === 0) continue;
    const county = { month, province: line.province, county: line.county, key: `${line.province}/${line.county}`, name: countyName(line) };
    parts.push(addToCountyMonth(store, county, { creditedFen: sign * amountFen, orders }, rejected));
  }
  return parts;
}
