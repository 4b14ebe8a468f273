import type Stripe from "stripe";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { deadlineIn, DEFAULT_BUDGET_MS, type Deadline } from "../platform/deadline";
import { isDomainError, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { withIdempotencyKey } from "../platform/idempotency";
import { callStripe, paymentUnavailable, stripe as defaultStripe } from "../payments/stripe";
import { invalidState, OrderService } from "./orders";
import { runTransaction } from "../platform/transact";
import { type OrderRecord, Refund, type RefundRecord, type RequestRefund } from "./schemas";
import { dropRequestedRefundPart, findOrder, refundReservation, Refunds, requestedRefundPart, saveRefund } from "./storage";

export type RefundView = Refund;

/** What a client sees of a refund: not who asked for it. */
const refundView = (r: RefundRecord): RefundView => Refund.parse(r);

/**
 * Admin refunds: the amount is reserved on the order first (never more than was paid, under any
 * concurrency), then Stripe is asked to refund it. The village credit is reversed only when Stripe
 * reports the refund (charge.refunded), by exactly what was refunded.
 */
export class RefundService {
  constructor(
    private readonly store: Db = db(),
    private readonly stripe: () => Promise<Stripe> = defaultStripe,
    private readonly deadline: Deadline = deadlineIn(DEFAULT_BUDGET_MS),
  ) {}

  async request(orderId: string, input: RequestRefund, actor: Actor, idempotencyKey?: string): Promise<RefundView> {
    return withIdempotencyKey(
      this.store,
      { scope: `refunds#${orderId}`, key: idempotencyKey, payload: input, newId: () => newId("rfd") },
      (refundId) => this.requestWithId(orderId, input, actor, refundId),
    );
  }

  /**
   * Resumable under one refund id: the reservation and a "requested" refund record are written
   * together, Stripe is asked with an idempotency key made of the refund id, and the record is then
   * completed. A replay finds the completed record and answers it; a request that crashed after
   * reserving finds the "requested" record and only finishes the Stripe call.
   */
  private async requestWithId(orderId: string, input: RequestRefund, actor: Actor, refundId: string): Promise<RefundView> {
    const order = await new OrderService(this.store, this.stripe, this.deadline).get(orderId, actor);
    const existing = await Refunds.find(this.store, { orderId, refundId });
    if (existing && existing.status !== "requested") return refundView(existing);
    const createdAt = existing?.createdAt ?? new Date().toISOString();
    if (!existing) await this.reserve(order, input, actor, refundId, createdAt);

    let refund: Stripe.Refund;
    try {
      const client = await this.stripe();
      refund = await callStripe(this.deadline, "make the refund", (options) =>
        client.refunds.create(
          {
            payment_intent: order.payment!.paymentIntentId,
            amount: input.amountFen,
            metadata: { orderId, refundId, reason: input.reason },
          },
          { ...options, idempotencyKey: `refund-${refundId}` },
        ),
      );
    } catch (e) {
      // Stripe refuses more than the charge holds, so giving the reservation back never allows an over-refund.
      await runTransaction(this.store, {
        operation: `release-refund:${refundId}`,
        plan: () => ({
          parts: {
            reservation: { write: refundReservation(this.store, orderId, -input.amountFen) },
            // Gone, or no longer "requested": released (or completed) already.
            record: dropRequestedRefundPart(this.store, { orderId, refundId }),
          },
        }),
      });
      if (isDomainError(e)) throw e;
      const err = e as { type?: string; message?: string };
      if (err.type === "StripeInvalidRequestError") throw ruleViolated("REFUND_REJECTED", `Stripe refused the refund: ${err.message}`);
      throw paymentUnavailable(`The refund could not be made: ${err.message}`);
    }
    const record: RefundRecord = {
      refundId,
      orderId,
      amountFen: input.amountFen,
      reason: input.reason,
      stripeRefundId: refund.id,
      status: refund.status ?? "pending",
      createdAt,
      requestedBy: actor.id,
    };
    await saveRefund(this.store, record);
    return refundView(record);
  }

  /** Reserves the amount on the order (never beyond what was paid) and records the request, in one transaction. */
  private async reserve(order: OrderRecord, input: RequestRefund, actor: Actor, refundId: string, createdAt: string): Promise<void> {
    if (order.status !== "paid" && order.status !== "partially_refunded") throw invalidState(order, "refund");
    const refundable = order.paidFen - Math.max(order.refundRequestedFen, order.refundedFen);
    const exceeds = () =>
      ruleViolated("REFUND_EXCEEDS_PAYMENT", `At most ${Math.max(0, refundable)} fen of this order can still be refunded`, [
        {
          path: "body.amountFen",
          message: "more than remains refundable",
          refundableFen: Math.max(0, refundable),
          requestedFen: input.amountFen,
        },
      ]);
    if (input.amountFen > refundable) throw exceeds();
    await runTransaction(this.store, {
      operation: `reserve-refund:${refundId}`,
      plan: () => ({
        parts: {
          reservation: {
            write: refundReservation(this.store, order.orderId, input.amountFen, order.paidFen - input.amountFen),
            rejected: async () => {
              const now = await findOrder(this.store, order.orderId);
              return now && now.status !== "paid" && now.status !== "partially_refunded" ? invalidState(now, "refund") : exceeds();
            },
          },
          // A refund with this id exists: this request's earlier attempt reserved it.
          record: requestedRefundPart(this.store, {
            refundId,
            orderId: order.orderId,
            amountFen: input.amountFen,
            reason: input.reason,
            status: "requested",
            createdAt,
            requestedBy: actor.id,
          }),
        },
      }),
    });
  }
}
