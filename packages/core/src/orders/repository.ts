import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../platform/db";
import { releaseStock } from "../catalog/storage";
import type { CreditLine } from "../sales/ledger";
import type { TransactItem } from "../platform/transact";
import type { OrderStatus } from "./schemas";
import type { StoredItem } from "../platform/items";

export type { TransactItem } from "../platform/transact";

export interface OrderLineRecord extends CreditLine {
  name: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  lineFen: number;
}

export interface OrderRecord {
  orderId: string;
  buyerId: string;
  status: OrderStatus;
  items: OrderLineRecord[];
  totalFen: number;
  currency: "cny";
  paidFen: number;
  refundedFen: number;
  refundRequestedFen: number;
  refundedPerLine: number[];
  payment?: { provider: "stripe"; paymentIntentId: string; clientSecret?: string };
  creditMonth?: string;
  paidAt?: string;
  /** Why an unpaid order was closed by the platform, e.g. "payment_timeout". */
  closedReason?: string;
  createdAt: string;
  updatedAt: string;
}

/** Key shapes of orders, their refunds, and what is recorded per PaymentIntent. */
export const orderKeys = {
  item: (orderId: string) => ({ pk: `ORDER#${orderId}`, sk: "ORDER" }),
  byBuyer: (buyerId: string) => `ORDERS#BUYER#${buyerId}`,
  all: () => "ORDERS#ALL",
  listSort: (createdAt: string, orderId: string) => `${createdAt}#${orderId}`,
  /** Sparse index of orders still waiting for payment, oldest first (gsi3). */
  unpaid: () => "ORDERS#UNPAID",
  refund: (orderId: string, refundId: string) => ({ pk: `ORDER#${orderId}`, sk: `REFUND#${refundId}` }),
  /** Points from a PaymentIntent to its order (a refund's charge names only the PaymentIntent). */
  paymentOrder: (paymentIntentId: string) => ({ pk: `PAYMENT#${paymentIntentId}`, sk: "ORDER" }),
  /** The permanent record of a PaymentIntent's transition, written once with its effects. */
  transition: (paymentIntentId: string, to: "succeeded" | "failed" | "canceled") => ({
    pk: `PAYMENT#${paymentIntentId}`,
    sk: `TRANSITION#${to}`,
  }),
  anomaly: (paymentIntentId: string, eventId: string) => ({ pk: `PAYMENT#${paymentIntentId}`, sk: `ANOMALY#${eventId}` }),
};

export function toOrderRecord(item: StoredItem): OrderRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, type: _t, ...rest } = item;
  return rest as OrderRecord;
}

export async function findOrder(store: Db, orderId: string): Promise<OrderRecord | undefined> {
  const out = await store.client.send(new GetCommand({ TableName: store.tableName, Key: orderKeys.item(orderId), ConsistentRead: true }));
  return out.Item ? toOrderRecord(out.Item) : undefined;
}

/** Gives the lines' stock back; only ever inside the transaction that leaves pending_payment. */
export const releaseStockItems = (store: Db, order: OrderRecord): TransactItem[] => order.items.map((l) => releaseStock(store, l));

/** The order's status moves from `from` to `to`, only if it still is `from`. */
export function orderTransition(store: Db, order: OrderRecord, from: OrderStatus[], set: Record<string, unknown>): TransactItem {
  const names: Record<string, string> = { "#status": "status" };
  const values: Record<string, unknown> = {};
  const assignments = Object.entries({ ...set, updatedAt: new Date().toISOString() }).map(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  for (const [i, s] of from.entries()) values[`:from${i}`] = s;
  return {
    Update: {
      TableName: store.tableName,
      Key: orderKeys.item(order.orderId),
      // Leaving pending_payment also leaves the index of unpaid orders the expiry job reads.
      UpdateExpression: `SET ${assignments.join(", ")}${set.status && set.status !== "pending_payment" ? " REMOVE gsi3pk, gsi3sk" : ""}`,
      ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(", ")})`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
