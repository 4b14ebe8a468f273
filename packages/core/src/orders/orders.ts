import type Stripe from "stripe";
import { isListed, type ProductRecord } from "../catalog";
import { Products, releaseStock, reserveStock } from "../catalog/storage";
import { hasRole, type Actor } from "../platform/actor";
import { chinaToday } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, isDomainError, notFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { idempotent } from "../platform/idempotency";
import { countMetric } from "../platform/metrics";
import { sumFen } from "../platform/money";
import type { Page, PageRequest } from "../platform/pagination";
import { callStripe, paymentUnavailable, stripe as defaultStripe } from "../payments/stripe";
import { deadlineIn, DEFAULT_BUDGET_MS, type Deadline } from "../platform/deadline";
import { runTransaction, type Part } from "../platform/transact";
import { Order, type OrderLineRecord, type OrderRecord, type PlaceOrder } from "./schemas";
import { attachPaymentPart, findOrder, listOrders, newOrderPart, orderTransition, paymentOrderPart, unpaidBefore } from "./storage";

export type { OrderRecord } from "./schemas";

/** Stripe's largest charge in CNY: ¥999,999.99. */
export const MAX_ORDER_FEN = 99_999_999;

export { paymentUnavailable };

/**
 * What a client sees of an order: the response schema keeps what it declares of the record (no
 * refunds per line, no line's township, city or credit); the client secret only while it can still pay.
 */
export function orderView(o: OrderRecord): Order {
  return Order.parse({ ...o, payment: paymentView(o), creditMonth: o.creditMonth ?? null });
}

function paymentView({ payment, status }: OrderRecord): Order["payment"] {
  if (!payment) return null;
  const { clientSecret, ...rest } = payment;
  return status === "pending_payment" ? { ...rest, clientSecret } : rest;
}
export type OrderView = Order;

export class OrderService {
  constructor(
    private readonly store: Db = db(),
    private readonly stripe: () => Promise<Stripe> = defaultStripe,
    /** When the request must have answered: Stripe calls are budgeted inside it. */
    private readonly deadline: Deadline = deadlineIn(DEFAULT_BUDGET_MS),
  ) {}

  /**
   * Places an order under the buyer's Idempotency-Key: prices are locked from the catalog, stock is
   * reserved in the same transaction that writes the order, and then a PaymentIntent is created with
   * an idempotency key of its own, so a retried request never reserves or charges twice.
   */
  async place(buyer: Actor, input: PlaceOrder, idempotencyKey: string): Promise<{ order: OrderView; replayed: boolean }> {
    const { result, replayed } = await idempotent(
      this.store,
      { scope: `orders#${buyer.id}`, key: idempotencyKey, payload: input, newId: () => newId("ord") },
      (orderId) => this.placeWithId(buyer, input, orderId),
    );
    if (!replayed) countMetric("OrdersPlaced");
    return { order: orderView(result), replayed };
  }

  private async placeWithId(buyer: Actor, input: PlaceOrder, orderId: string): Promise<OrderRecord> {
    let order = (await findOrder(this.store, orderId)) ?? (await this.reserve(buyer, input, orderId));
    if (!order.payment && order.status === "pending_payment") order = await this.attachPayment(order);
    return order;
  }

  private async reserve(buyer: Actor, input: PlaceOrder, orderId: string): Promise<OrderRecord> {
    const findProduct = (productId: string) => Products.find(this.store, { productId });
    let order: OrderRecord | undefined;
    const result = await runTransaction(this.store, {
      operation: `place-order:${orderId}`,
      maxAttempts: 4,
      exhausted: () => conflict("CONCURRENT_UPDATE", "The catalog changed while the order was being placed; try again"),
      plan: async () => {
        const today = chinaToday();
        const found = await Promise.all(input.items.map((i) => findProduct(i.productId)));
        const lines: OrderLineRecord[] = input.items.map((item, i) => {
          const p = found[i];
          if (!p || !isListed(p.certification, today)) {
            throw ruleViolated("PRODUCT_NOT_LISTED", `Product ${item.productId} is not listed for sale`, [
              {
                path: `body.items.${i}.productId`,
                message: "not listed",
                productId: item.productId,
                ...(p ? { productName: p.name } : {}),
              },
            ]);
          }
          return lineOf(p, item.quantity);
        });
        const totalFen = lines.reduce((a, l) => a + l.lineFen, 0);
        if (lines.some((l) => !Number.isSafeInteger(l.lineFen)) || totalFen > MAX_ORDER_FEN) {
          throw ruleViolated("ORDER_TOO_LARGE", `One order may total at most ${MAX_ORDER_FEN} fen (Stripe's limit for CNY); split it`, [
            {
              path: "body.items",
              message: "total too large",
              maxTotalFen: MAX_ORDER_FEN,
              ...(Number.isSafeInteger(totalFen) ? { totalFen } : {}),
            },
          ]);
        }
        const now = new Date().toISOString();
        order = {
          orderId,
          buyerId: buyer.id,
          status: "pending_payment",
          items: lines,
          totalFen: sumFen(lines.map((l) => l.lineFen)),
          currency: "cny",
          paidFen: 0,
          refundedFen: 0,
          refundRequestedFen: 0,
          refundedPerLine: lines.map(() => 0),
          createdAt: now,
          updatedAt: now,
        };
        const reservations: Part[] = lines.map((l, i) => ({
          write: reserveStock(this.store, { productId: l.productId, quantity: l.quantity, priceFen: found[i]!.priceFen, today }),
          // Out of stock is a refusal; a price or certificate that changed since the read is read again.
          rejected: async () => {
            const now = await findProduct(l.productId);
            if (now && now.stock < l.quantity) {
              return conflict("OUT_OF_STOCK", `Only ${now.stock} left of ${l.name}`, [
                {
                  path: `body.items.${i}.quantity`,
                  message: `${now.stock} available`,
                  productId: l.productId,
                  productName: l.name,
                  available: now.stock,
                  requested: l.quantity,
                },
              ]);
            }
            return "retry";
          },
        }));
        // An order with this id exists: this request's earlier attempt placed it.
        return { parts: { reservations, order: newOrderPart(this.store, order) } };
      },
    });
    return result === "committed" ? order! : (await findOrder(this.store, orderId))!;
  }

  private async attachPayment(order: OrderRecord): Promise<OrderRecord> {
    let intent: Stripe.PaymentIntent;
    try {
      const client = await this.stripe();
      intent = await callStripe(this.deadline, "start the payment", (options) =>
        client.paymentIntents.create(
          {
            amount: order.totalFen,
            currency: "cny",
            description: `消费扶贫订单 ${order.orderId}`,
            metadata: { orderId: order.orderId, buyerId: order.buyerId },
            allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
          },
          { ...options, idempotencyKey: `order-${order.orderId}-payment-intent` },
        ),
      );
    } catch (e) {
      // Give the stock back and close the order, so nothing stays reserved for a payment that cannot
      // start. A PaymentIntent Stripe made without answering us has no client secret anywhere: it cannot be paid.
      await closeUnpaid(this.store, order, "payment_failed", undefined, "payment_provider_unavailable");
      if (isDomainError(e)) throw e;
      const err = e as { type?: string; message?: string };
      if (err.type === "StripeInvalidRequestError") throw ruleViolated("PAYMENT_REJECTED", `Stripe refused the payment: ${err.message}`);
      throw paymentUnavailable(`The payment could not be started: ${err.message}`);
    }
    const payment = { provider: "stripe" as const, paymentIntentId: intent.id, clientSecret: intent.client_secret ?? undefined };
    const result = await runTransaction(this.store, {
      operation: `attach-payment:${order.orderId}`,
      plan: () => ({
        parts: {
          // Another attempt of this request attached it first: keep that one.
          payment: attachPaymentPart(this.store, order.orderId, payment),
          pointer: paymentOrderPart(this.store, { paymentIntentId: intent.id, orderId: order.orderId }),
        },
      }),
    });
    return result === "committed" ? { ...order, payment } : (await findOrder(this.store, order.orderId))!;
  }

  /** The buyer who placed it and admins see an order; to anyone else it does not exist. */
  async get(orderId: string, actor: Actor): Promise<OrderRecord> {
    const order = await findOrder(this.store, orderId);
    if (!order || !(order.buyerId === actor.id || hasRole(actor, "admin"))) throw notFound("Order", orderId);
    return order;
  }

  async list(actor: Actor, page: PageRequest): Promise<Page<OrderView>> {
    const result = await listOrders(this.store, hasRole(actor, "admin") ? "all" : { buyerId: actor.id }, page);
    return { items: result.items.map(orderView), nextCursor: result.nextCursor };
  }

  /**
   * Cancels orders left unpaid since before `cutoff`, oldest first, so their stock is not held for
   * ever: the PaymentIntent first (one paid at the last moment stays, and its webhook credits it),
   * then the order and its stock, once. Returns how many were cancelled.
   */
  async expireUnpaid(cutoff: Date, limit = 100): Promise<number> {
    const page = await unpaidBefore(this.store, cutoff, limit);
    let expired = 0;
    for (const listed of page.items) {
      // The index is eventually consistent: the order itself says whether it is still unpaid.
      const order = (await findOrder(this.store, listed.orderId))!;
      if (order.status !== "pending_payment") continue;
      if (order.payment && (await cancelIntent(await this.stripe(), order.payment.paymentIntentId, this.deadline, "abandoned")) === "paid")
        continue;
      if (await closeUnpaid(this.store, order, "cancelled", undefined, "payment_timeout")) expired++;
    }
    if (expired) countMetric("OrdersExpired", expired);
    return expired;
  }

  /**
   * Cancels an unpaid order: the PaymentIntent first (if Stripe says it already succeeded, the
   * order is paid, not cancellable), then the order and its stock in one transaction, once.
   */
  async cancel(orderId: string, actor: Actor): Promise<OrderView> {
    const order = await this.get(orderId, actor);
    if (order.status !== "pending_payment") throw invalidState(order, "cancel");
    if (order.payment) {
      const state = await cancelIntent(await this.stripe(), order.payment.paymentIntentId, this.deadline, "requested_by_customer");
      if (state === "paid")
        throw conflict("INVALID_STATE", "The payment for this order has already been received; it cannot be cancelled", [
          stateDetail("paid", "cancel"),
        ]);
    }
    await closeUnpaid(this.store, order, "cancelled");
    return orderView((await findOrder(this.store, orderId))!);
  }
}

const ORDER_ACTIONS = { cancel: "be cancelled", refund: "be refunded" } as const;
type OrderAction = keyof typeof ORDER_ACTIONS;

/** What INVALID_STATE details say of an order: its status and the action refused, for a message in any language. */
const stateDetail = (status: string, action: OrderAction) => ({
  path: "status",
  message: `is ${status}`,
  resource: "order",
  status,
  action,
});

export const invalidState = (order: OrderRecord, action: OrderAction) =>
  conflict("INVALID_STATE", `An order that is ${order.status} cannot ${ORDER_ACTIONS[action]}`, [stateDetail(order.status, action)]);

function lineOf(p: ProductRecord, quantity: number): OrderLineRecord {
  return {
    productId: p.productId,
    name: p.name,
    unit: p.unit,
    quantity,
    unitPriceFen: p.priceFen,
    lineFen: p.priceFen * quantity,
    amountFen: p.priceFen * quantity,
    villageId: p.villageId,
    village: p.origin.village,
    township: p.origin.township,
    county: p.origin.county,
    city: p.origin.city,
    province: p.origin.province,
  };
}

/**
 * Cancels a PaymentIntent at Stripe so it can never succeed later. Returns "paid" when it is too
 * late for that (it succeeded, or is processing and will), "closed" otherwise.
 */
export async function cancelIntent(
  client: Stripe,
  paymentIntentId: string,
  deadline: Deadline,
  reason?: "abandoned" | "requested_by_customer",
): Promise<"closed" | "paid"> {
  try {
    await callStripe(deadline, "cancel the payment", (options) =>
      client.paymentIntents.cancel(paymentIntentId, reason ? { cancellation_reason: reason } : {}, options),
    );
    return "closed";
  } catch (e) {
    if (isDomainError(e)) throw e;
    // A PaymentIntent Stripe does not know can never succeed.
    if ((e as { code?: string }).code === "resource_missing") return "closed";
    const intent = await callStripe(deadline, "check the payment", (options) =>
      client.paymentIntents.retrieve(paymentIntentId, {}, options),
    ).catch(() => undefined);
    if (!intent) throw paymentUnavailable(`The payment could not be cancelled: ${(e as Error).message}`);
    if (intent.status === "canceled") return "closed";
    if (intent.status === "succeeded" || intent.status === "processing") return "paid";
    throw paymentUnavailable(`The payment could not be cancelled: ${(e as Error).message}`);
  }
}

/** pending_payment → cancelled | payment_failed, with the stock given back, in one transaction; a no-op if it already moved. */
export async function closeUnpaid(
  store: Db,
  order: OrderRecord,
  to: "cancelled" | "payment_failed",
  marker?: Part,
  reason?: string,
): Promise<boolean> {
  const set = { status: to, ...(reason ? { closedReason: reason } : {}) };
  // Whatever fails, the order already left pending_payment (or the marker exists): it was closed once.
  const result = await runTransaction(store, {
    operation: `close-unpaid:${order.orderId}`,
    plan: () => ({
      parts: {
        order: orderTransition(store, order, { from: ["pending_payment"], set, rejected: "already_done" }),
        // The stock goes back only with the move out of pending_payment, so only once.
        stock: order.items.map((line) => ({ write: releaseStock(store, line), rejected: "already_done" as const })),
        marker: marker && { ...marker, rejected: "already_done" },
      },
    }),
  });
  return result === "committed";
}
