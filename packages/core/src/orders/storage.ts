import { z } from "zod";
import type { Db } from "../platform/db";
import { entity } from "../platform/entity";
import type { Page, PageRequest } from "../platform/pagination";
import { tableDefinition } from "../platform/table";
import type { Part, TransactItem } from "../platform/transact";
import { updateWrite } from "../platform/update";
import { type OrderPayment, OrderRecord, type OrderStatus, RefundRecord } from "./schemas";

/**
 * The orders context's storage seam: orders, their refunds and what is recorded per PaymentIntent,
 * declared once (keys, named indexes, record schema), and the transaction parts the domain modules
 * plan with. Nothing outside this module builds an orders key, names an index or writes a
 * condition or update expression. Product stock changes only through catalog/storage.ts.
 */

// --- Orders ------------------------------------------------------------------------------------

/** Lists are newest first (queried backwards); an order's id breaks ties of the same instant. */
const listSort = (o: OrderRecord) => `${o.createdAt}#${o.orderId}`;

const orderPartition = (orderId: string) => `ORDER#${orderId}`;

export const Orders = entity(OrderRecord, {
  type: "order",
  key: ({ orderId }: { orderId: string }) => ({ pk: orderPartition(orderId), sk: "ORDER" }),
  indexes: {
    byBuyer: {
      index: "gsi1",
      partition: ({ buyerId }: { buyerId: string }) => `ORDERS#BUYER#${buyerId}`,
      partitionOf: (o) => ({ buyerId: o.buyerId }),
      sort: listSort,
    },
    all: { index: "gsi2", partition: () => "ORDERS#ALL", partitionOf: () => ({}), sort: listSort },
    /** Orders still waiting for payment, oldest first: the expiry job's work list (sparse). */
    unpaid: {
      index: "gsi3",
      partition: () => "ORDERS#UNPAID",
      partitionOf: () => ({}),
      sort: listSort,
      when: (o) => o.status === "pending_payment",
    },
  },
});

/** The attributes that put an order in the unpaid index: an order leaving pending_payment drops them. */
const UNPAID_INDEX_ATTRIBUTES = [tableDefinition.indexes.gsi3.partitionKey, tableDefinition.indexes.gsi3.sortKey];

/** An order as it is now (read consistently: a status just moved must be seen). */
export const findOrder = (store: Db, orderId: string) => Orders.find(store, { orderId }, { consistent: true });

/** Orders newest first: every order (admins), or one buyer's. */
export const listOrders = (store: Db, who: { buyerId: string } | "all", page: PageRequest): Promise<Page<OrderRecord>> =>
  who === "all" ? Orders.query.all(store, {}, page, { forward: false }) : Orders.query.byBuyer(store, who, page, { forward: false });

/** Unpaid orders placed before `cutoff`, oldest first. */
export const unpaidBefore = (store: Db, cutoff: Date, limit: number): Promise<Page<OrderRecord>> =>
  Orders.query.unpaid(
    store,
    {},
    { limit },
    { sortCondition: { expression: "#sk < :cutoff", values: { ":cutoff": cutoff.toISOString() } } },
  );

/** A part writing a new order; its id taken means an earlier attempt of the same request placed it. */
export const newOrderPart = (store: Db, order: OrderRecord): Part => Orders.create(store, order, "already_done");

/**
 * A part moving an order's status from one of `from` (and, with `refundedFen`, only while that much
 * is recorded as refunded), setting `set` with it. By default its rejection means "retry".
 */
export function orderTransition(
  store: Db,
  order: Pick<OrderRecord, "orderId">,
  change: { from: OrderStatus[]; set: Partial<OrderRecord>; refundedFen?: number; rejected?: Part["rejected"] },
): Part {
  const leavesUnpaid = change.set.status !== undefined && change.set.status !== "pending_payment";
  return {
    write: updateWrite(store, Orders.key(order), {
      set: { ...change.set, updatedAt: new Date().toISOString() },
      // Leaving pending_payment also leaves the index of unpaid orders the expiry job reads.
      remove: leavesUnpaid ? UNPAID_INDEX_ATTRIBUTES : [],
      oneOf: { status: change.from },
      ...(change.refundedFen !== undefined ? { expect: { refundedFen: change.refundedFen } } : {}),
    }),
    ...(change.rejected ? { rejected: change.rejected } : {}),
  };
}

/** The PaymentIntent made for an order, attached once: a second attempt finds the first one's and keeps it. */
export const attachPaymentPart = (store: Db, orderId: string, payment: OrderPayment): Part => ({
  write: updateWrite(store, Orders.key({ orderId }), { set: { payment }, absent: ["payment"] }),
  rejected: "already_done",
});

/**
 * Moves an order's refund reservation by `deltaFen`. Reserving (`maxBefore` given) holds only
 * while the order is paid and neither what is reserved nor what is refunded exceeds paid − amount.
 */
export function refundReservation(store: Db, orderId: string, deltaFen: number, maxBefore?: number): TransactItem {
  return updateWrite(store, Orders.key({ orderId }), {
    add: { refundRequestedFen: deltaFen },
    ...(maxBefore !== undefined
      ? {
          oneOf: { status: ["paid", "partially_refunded"] },
          atMost: { refundRequestedFen: maxBefore, refundedFen: maxBefore },
        }
      : {}),
  });
}

// --- Refunds -----------------------------------------------------------------------------------

/** Refunds live in their order's partition. */
export const Refunds = entity(RefundRecord, {
  type: "refund",
  key: ({ orderId, refundId }: { orderId: string; refundId: string }) => ({ pk: orderPartition(orderId), sk: `REFUND#${refundId}` }),
});

/** A part recording a requested refund; its key taken means an earlier attempt of this request reserved it. */
export const requestedRefundPart = (store: Db, refund: RefundRecord): Part => Refunds.create(store, refund, "already_done");

/** A part deleting a refund still "requested" (its reservation given back); otherwise released or completed already. */
export const dropRequestedRefundPart = (store: Db, ids: { orderId: string; refundId: string }): Part => ({
  write: {
    Delete: {
      TableName: store.tableName,
      Key: Refunds.key(ids),
      ConditionExpression: "#status = :requested",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":requested": "requested" },
    },
  },
  rejected: "already_done",
});

/** Records the refund as Stripe answered it, over the "requested" record. */
export const saveRefund = (store: Db, refund: RefundRecord) => Refunds.put(store, refund);

// --- What is recorded per PaymentIntent ---------------------------------------------------------

const paymentPartition = (paymentIntentId: string) => `PAYMENT#${paymentIntentId}`;

/** Points from a PaymentIntent to its order (a refund's charge names only the PaymentIntent). */
export const PaymentOrder = z.object({ paymentIntentId: z.string(), orderId: z.string() });
export type PaymentOrder = z.infer<typeof PaymentOrder>;

export const PaymentOrders = entity(PaymentOrder, {
  type: "payment_order",
  key: ({ paymentIntentId }: { paymentIntentId: string }) => ({ pk: paymentPartition(paymentIntentId), sk: "ORDER" }),
});

/** The pointer never changes once written: writing it again with the same order is harmless. */
export const paymentOrderPart = (store: Db, pointer: PaymentOrder): Part => PaymentOrders.putPart(store, pointer);

/** The permanent record of a PaymentIntent's transition, written once with its effects. */
export const PaymentTransition = z.object({
  paymentIntentId: z.string(),
  to: z.enum(["succeeded", "failed", "canceled"]),
  orderId: z.string(),
  eventId: z.string(),
  at: z.string(),
});
export type PaymentTransition = z.infer<typeof PaymentTransition>;

export const PaymentTransitions = entity(PaymentTransition, {
  type: "payment_transition",
  key: ({ paymentIntentId, to }: Pick<PaymentTransition, "paymentIntentId" | "to">) => ({
    pk: paymentPartition(paymentIntentId),
    sk: `TRANSITION#${to}`,
  }),
});

/** A part recording the transition; recorded already means another delivery of the event applied it. */
export const transitionPart = (store: Db, transition: PaymentTransition): Part =>
  PaymentTransitions.create(store, transition, "already_done");

/** A payment event refused (never credited), kept for an administrator with what made it suspect. */
export const PaymentAnomaly = z.object({
  paymentIntentId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  reason: z.string(),
  orderId: z.string().nullable().optional(),
  status: z.string().optional(),
  expectedFen: z.number().int().optional(),
  receivedFen: z.number().int().optional(),
  refundedFen: z.number().int().optional(),
  paidFen: z.number().int().optional(),
  currency: z.string().optional(),
  at: z.string(),
});
export type PaymentAnomaly = z.infer<typeof PaymentAnomaly>;
/** What an anomaly records beyond the event and the reason. */
export type AnomalyDetails = Omit<PaymentAnomaly, "paymentIntentId" | "eventId" | "eventType" | "reason" | "at">;

export const PaymentAnomalies = entity(PaymentAnomaly, {
  type: "payment_anomaly",
  key: ({ paymentIntentId, eventId }: Pick<PaymentAnomaly, "paymentIntentId" | "eventId">) => ({
    pk: paymentPartition(paymentIntentId),
    sk: `ANOMALY#${eventId}`,
  }),
});

/** Each delivery of a refused event records it again, over the same item. */
export const recordAnomaly = (store: Db, anomaly: PaymentAnomaly) => PaymentAnomalies.put(store, anomaly);
