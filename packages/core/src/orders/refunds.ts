import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type Stripe from "stripe";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { idempotent } from "../platform/idempotency";
import { stripe as defaultStripe } from "../payments/stripe";
import { adjustRefundRequested, invalidState, OrderService, paymentUnavailable } from "./orders";
import { orderKeys } from "./repository";
import type { RequestRefund } from "./schemas";

export interface RefundView {
  refundId: string;
  orderId: string;
  amountFen: number;
  reason: string;
  stripeRefundId: string;
  status: string;
  createdAt: string;
}

/**
 * Admin refunds: the amount is reserved on the order first (never more than was paid, under any
 * concurrency), then Stripe is asked to refund it. The village credit is reversed only when Stripe
 * reports the refund (charge.refunded), by exactly what was refunded.
 */
export class RefundService {
  constructor(
    private readonly store: Db = db(),
    private readonly stripe: () => Promise<Stripe> = defaultStripe,
  ) {}

  async request(orderId: string, input: RequestRefund, actor: Actor, idempotencyKey?: string): Promise<RefundView> {
    if (!idempotencyKey) return this.requestWithId(orderId, input, actor, newId("rfd"));
    const { result } = await idempotent(
      this.store,
      { scope: `refunds#${orderId}`, key: idempotencyKey, payload: input, newId: () => newId("rfd") },
      (refundId) => this.requestWithId(orderId, input, actor, refundId),
    );
    return result;
  }

  private async requestWithId(orderId: string, input: RequestRefund, actor: Actor, refundId: string): Promise<RefundView> {
    const order = await new OrderService(this.store, this.stripe).get(orderId, actor);
    if (order.status !== "paid" && order.status !== "partially_refunded") throw invalidState(order, "be refunded");
    const refundable = order.paidFen - Math.max(order.refundRequestedFen, order.refundedFen);
    const exceeds = () =>
      ruleViolated("REFUND_EXCEEDS_PAYMENT", `At most ${Math.max(0, refundable)} fen of this order can still be refunded`, [{ path: "body.amountFen", message: "more than remains refundable" }]);
    if (input.amountFen > refundable) throw exceeds();
    if (!(await adjustRefundRequested(this.store, orderId, input.amountFen, order.paidFen - input.amountFen))) throw exceeds();

    const createdAt = new Date().toISOString();
    let refund: Stripe.Refund;
    try {
      refund = await (await this.stripe()).refunds.create(
        { payment_intent: order.payment!.paymentIntentId, amount: input.amountFen, metadata: { orderId, refundId, reason: input.reason } },
        { idempotencyKey: `refund-${refundId}` },
      );
    } catch (e) {
      await adjustRefundRequested(this.store, orderId, -input.amountFen);
      const err = e as { type?: string; message?: string };
      if (err.type === "StripeInvalidRequestError") throw ruleViolated("REFUND_REJECTED", `Stripe refused the refund: ${err.message}`);
      throw paymentUnavailable(`The refund could not be made: ${err.message}`);
    }
    const view: RefundView = { refundId, orderId, amountFen: input.amountFen, reason: input.reason, stripeRefundId: refund.id, status: refund.status ?? "pending", createdAt };
    await this.store.client.send(new PutCommand({ TableName: this.store.tableName, Item: { ...orderKeys.refund(orderId, refundId), type: "refund", ...view, requestedBy: actor.id } }));
    return view;
  }
}

