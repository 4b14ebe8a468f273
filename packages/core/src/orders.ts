import { OrderService, orderView } from "./orders/orders";
import { type EventLog, PaymentEvents } from "./orders/payment-events";
import { RefundService } from "./orders/refunds";
import type { PlaceOrder, RequestRefund, SalesQuery, SalesRange } from "./orders/schemas";
import { type Stripe, stripe, verifyStripeEvent } from "./payments/stripe";
import type { ActorCtx, Ctx } from "./platform/context";
import { db } from "./platform/db";
import type { PageRequest } from "./platform/pagination";
import { monthlySales, salesReport, villageSales } from "./sales/reports";

export * from "./orders/schemas";
export type { EventLog, EventOutcome } from "./orders/payment-events";
/** The rows of the CSV forms of the sales reports. */
export { monthlySalesRows, salesReportRows, villageSalesRows } from "./sales/reports";

const orders = (ctx: Ctx) => new OrderService(ctx.store ?? db(), stripe, ctx.deadline);

/**
 * The orders context's public module: orders, their payments and refunds through Stripe, and the
 * village sales they credit. Handlers, jobs and seeds call only this; every function takes its
 * input, then the context (who acts, the store, the request's deadline).
 */
export const Orders = {
  /**
   * Places an order under the buyer's Idempotency-Key: prices locked, stock reserved, a
   * PaymentIntent created. `replayed` when the key was seen before (the same order is answered).
   */
  place: (input: { order: PlaceOrder; idempotencyKey: string }, ctx: ActorCtx) =>
    orders(ctx).place(ctx.actor, input.order, input.idempotencyKey),
  /** The buyer's own orders (admins: all), newest first. */
  list: (query: PageRequest, ctx: ActorCtx) => orders(ctx).list(ctx.actor, query),
  /** One order, to its buyer or an admin; to anyone else it does not exist. */
  get: async (orderId: string, ctx: ActorCtx) => orderView(await orders(ctx).get(orderId, ctx.actor)),
  /** Cancels an unpaid order: the PaymentIntent, then the order and its stock, once. */
  cancel: (orderId: string, ctx: ActorCtx) => orders(ctx).cancel(orderId, ctx.actor),
  /** An admin refund of part or all of a paid order, under an optional Idempotency-Key. */
  refund: (input: { orderId: string; refund: RequestRefund; idempotencyKey?: string | undefined }, ctx: ActorCtx) =>
    new RefundService(ctx.store ?? db(), stripe, ctx.deadline).request(input.orderId, input.refund, ctx.actor, input.idempotencyKey),
  /** Verifies a webhook's Stripe-Signature over its raw body and returns the event (else 400 INVALID_SIGNATURE). */
  verifyStripeEvent: (input: { payload: string; signature: string | undefined }, _ctx: Ctx = {}) =>
    verifyStripeEvent(input.payload, input.signature),
  /** Applies a verified Stripe event to orders and village credits exactly once. */
  handleStripeEvent: (event: Stripe.Event, ctx: Ctx & { log: EventLog }) =>
    new PaymentEvents(ctx.log, ctx.store ?? db(), stripe, ctx.deadline).handle(event),
  /** Cancels orders left unpaid since before `cutoff`, oldest first; returns how many. */
  expireUnpaid: (input: { cutoff: Date; limit?: number }, ctx: Ctx = {}) => orders(ctx).expireUnpaid(input.cutoff, input.limit),
  /** A village's credited sales per month. */
  villageSales: ({ villageId, ...range }: { villageId: string } & SalesRange, ctx: Ctx = {}) =>
    villageSales(villageId, range, ctx.store ?? db()),
  /** Credited sales grouped by province, county or village over a period. */
  salesReport: (query: SalesQuery, ctx: Ctx = {}) => salesReport(query, ctx.store ?? db()),
  /** The same with every month of the period: each row's months, and all rows' summed per month. */
  monthlySales: (query: SalesQuery, ctx: Ctx = {}) => monthlySales(query, ctx.store ?? db()),
};
