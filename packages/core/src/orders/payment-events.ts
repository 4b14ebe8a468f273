import type Stripe from "stripe";
import { z } from "zod";
import { chinaMonth } from "../platform/clock";
import { deadlineIn, DEFAULT_BUDGET_MS, type Deadline } from "../platform/deadline";
import { countMetric } from "../platform/metrics";
import { db, type Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { stripe as defaultStripe } from "../payments/stripe";
import { allocateRefund } from "../sales/allocation";
import { ledgerParts } from "../sales/ledger";
import { cancelIntent, closeUnpaid } from "./orders";
import { runTransaction } from "../platform/transact";
import type { OrderRecord } from "./schemas";
import { type AnomalyDetails, findOrder, orderTransition, PaymentOrders, recordAnomaly, transitionPart } from "./storage";

const IntentShape = z.object({
  id: z.string().min(1),
  cancellation_reason: z.string().nullish(),
  amount_received: z.number().int().nonnegative(),
  currency: z.string(),
  metadata: z.record(z.string(), z.string()).nullish(),
});
const ChargeShape = z.object({
  id: z.string().min(1),
  payment_intent: z.union([z.string(), z.object({ id: z.string() }), z.null()]),
  amount_refunded: z.number().int().nonnegative(),
  currency: z.string(),
});

/** What became of one webhook event; every outcome but a thrown error answers Stripe 200. */
export type EventOutcome = "applied" | "duplicate" | "ignored" | "refused";

export interface EventLog {
  error(message: string, fields: Record<string, unknown>): void;
  info(message: string, fields: Record<string, unknown>): void;
}

/**
 * Applies Stripe's payment events to orders and village credits exactly once, whatever the
 * order, delay, duplication or concurrency of their delivery: each effect is one transaction
 * conditioned on the state it moves from, so a second delivery finds nothing to do.
 */
export class PaymentEvents {
  constructor(
    private readonly log: EventLog,
    private readonly store: Db = db(),
    private readonly stripe: () => Promise<Stripe> = defaultStripe,
    private readonly deadline: Deadline = deadlineIn(DEFAULT_BUDGET_MS),
  ) {}

  async handle(event: Stripe.Event): Promise<EventOutcome> {
    const handled = event.type === "charge.refunded" ? ChargeShape : event.type.startsWith("payment_intent.") ? IntentShape : undefined;
    // A signed event is Stripe's, but its content is still checked before money moves on it.
    if (handled && !handled.safeParse((event as { data?: { object?: unknown } }).data?.object).success) {
      return this.refuse(event, "unknown", "malformed_event", {});
    }
    switch (event.type) {
      case "payment_intent.succeeded":
        return this.succeeded(event, event.data.object);
      case "payment_intent.payment_failed":
        return this.failed(event, event.data.object);
      case "payment_intent.canceled":
        return this.canceled(event.data.object);
      case "charge.refunded":
        return this.refunded(event, event.data.object);
      default:
        return "ignored";
    }
  }

  private async orderOf(intent: Stripe.PaymentIntent): Promise<OrderRecord | undefined> {
    const orderId = intent.metadata?.orderId;
    return orderId ? findOrder(this.store, orderId) : undefined;
  }

  /** Logged and kept for an administrator; never credited. */
  private async refuse(event: Stripe.Event, paymentIntentId: string, reason: string, fields: AnomalyDetails): Promise<EventOutcome> {
    countMetric("PaymentAnomalies");
    this.log.error("payment event refused", { eventId: event.id, type: event.type, paymentIntentId, reason, ...fields });
    await recordAnomaly(this.store, {
      paymentIntentId,
      eventId: event.id,
      eventType: event.type,
      reason,
      ...fields,
      at: new Date().toISOString(),
    });
    return "refused";
  }

  private async succeeded(event: Stripe.Event, intent: Stripe.PaymentIntent): Promise<EventOutcome> {
    const order = await this.orderOf(intent);
    if (!order) return this.refuse(event, intent.id, "unknown_order", { orderId: intent.metadata?.orderId ?? null });
    if (order.payment && order.payment.paymentIntentId !== intent.id)
      return this.refuse(event, intent.id, "payment_intent_mismatch", { orderId: order.orderId });
    if (intent.currency !== order.currency || intent.amount_received !== order.totalFen) {
      return this.refuse(event, intent.id, "amount_mismatch", {
        orderId: order.orderId,
        expectedFen: order.totalFen,
        receivedFen: intent.amount_received,
        currency: intent.currency,
      });
    }
    if (order.status !== "pending_payment") {
      if (order.status === "cancelled" || order.status === "payment_failed") {
        return this.refuse(event, intent.id, "paid_after_close", { orderId: order.orderId, status: order.status });
      }
      return "duplicate";
    }
    const now = new Date();
    const month = chinaMonth(now);
    // Another delivery of the event credited it first: the order has left pending_payment, the transition is recorded.
    const result = await runTransaction(this.store, {
      operation: `payment-succeeded:${intent.id}`,
      plan: () => ({
        parts: {
          order: orderTransition(this.store, order, {
            from: ["pending_payment"],
            set: { status: "paid", paidFen: intent.amount_received, creditMonth: month, paidAt: now.toISOString() },
            rejected: "already_done",
          }),
          transition: transitionPart(this.store, {
            paymentIntentId: intent.id,
            to: "succeeded",
            orderId: order.orderId,
            eventId: event.id,
            at: now.toISOString(),
          }),
          ledger: ledgerParts(
            this.store,
            { orderId: order.orderId, month, entry: "C", lines: order.items, sign: 1, orderDelta: 1, at: now.toISOString() },
            "already_done",
          ),
        },
        afterCommit: () => {
          countMetric("OrdersPaid");
          countMetric("CreditedFen", intent.amount_received);
          this.log.info("order paid and credited", { orderId: order.orderId, amountFen: intent.amount_received, month });
        },
      }),
    });
    return result === "committed" ? "applied" : "duplicate";
  }

  /** A declined payment: the PaymentIntent is cancelled so it cannot succeed later, then the stock goes back. */
  private async failed(event: Stripe.Event, intent: Stripe.PaymentIntent): Promise<EventOutcome> {
    const order = await this.orderOf(intent);
    if (order?.status !== "pending_payment") return "duplicate";
    if ((await cancelIntent(await this.stripe(), intent.id, this.deadline)) === "paid") return "ignored";
    const marker = transitionPart(this.store, {
      paymentIntentId: intent.id,
      to: "failed",
      orderId: order.orderId,
      eventId: event.id,
      at: new Date().toISOString(),
    });
    return (await closeUnpaid(this.store, order, "payment_failed", marker)) ? "applied" : "duplicate";
  }

  /**
   * The platform cancels PaymentIntents itself (a decline, the buyer, the expiry job), and the
   * event may overtake its own bookkeeping: whoever closes the order first, it closes the same way.
   */
  private async canceled(intent: Stripe.PaymentIntent): Promise<EventOutcome> {
    const order = await this.orderOf(intent);
    if (order?.status !== "pending_payment") return "duplicate";
    const declined = !!intent.last_payment_error;
    const reason = intent.cancellation_reason === "abandoned" ? "payment_timeout" : undefined;
    return (await closeUnpaid(this.store, order, declined ? "payment_failed" : "cancelled", undefined, reason)) ? "applied" : "duplicate";
  }

  /**
   * Charges report the cumulative amount refunded, so the reversal is the difference from what the
   * order has recorded: duplicates and stale events find nothing new, and the order's refunded total
   * is the condition that serialises concurrent ones.
   */
  private async refunded(event: Stripe.Event, charge: Stripe.Charge): Promise<EventOutcome> {
    const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
    if (!paymentIntentId) return "ignored";
    // The PaymentIntent → order pointer never changes: read it once, the order on every attempt.
    const pointer = await PaymentOrders.find(this.store, { paymentIntentId }, { consistent: true });
    // Decided on each fresh read; what the event means when there is nothing to write is kept here.
    let verdict: EventOutcome = "duplicate";
    const result = await runTransaction(this.store, {
      operation: `charge-refunded:${event.id}`,
      maxAttempts: 5,
      exhausted: () => conflict("CONCURRENT_UPDATE", "The order kept changing; deliver again later"),
      plan: async () => {
        const order = pointer ? await findOrder(this.store, pointer.orderId) : undefined;
        if (!order) {
          verdict = await this.refuse(event, paymentIntentId, "unknown_order", {});
          return null;
        }
        if (order.status === "pending_payment") {
          // The refund overtook the payment's own event: Stripe retries non-2xx answers later.
          throw conflict("ORDER_NOT_PAID_YET", "The payment of this order has not been recorded yet; deliver again later");
        }
        if (order.status === "cancelled" || order.status === "payment_failed") {
          verdict = "ignored";
          return null;
        }
        const cumulative = charge.amount_refunded;
        if (charge.currency !== order.currency || cumulative > order.paidFen) {
          verdict = await this.refuse(event, paymentIntentId, "refund_mismatch", {
            orderId: order.orderId,
            refundedFen: cumulative,
            paidFen: order.paidFen,
            currency: charge.currency,
          });
          return null;
        }
        const delta = cumulative - order.refundedFen;
        if (delta <= 0) {
          verdict = "duplicate";
          return null;
        }
        const parts = allocateRefund(
          order.items.map((l) => l.lineFen),
          order.refundedPerLine,
          delta,
        );
        const full = cumulative === order.paidFen;
        const at = new Date().toISOString();
        const lines = order.items.map((l, i) => ({ ...l, amountFen: parts[i]! }));
        return {
          parts: {
            // Another delivery moved the order meanwhile (its refunded total is not the one read):
            // read again and see what is left to do.
            order: orderTransition(this.store, order, {
              from: ["paid", "partially_refunded"],
              refundedFen: order.refundedFen,
              set: {
                status: full ? "refunded" : "partially_refunded",
                refundedFen: cumulative,
                refundedPerLine: order.refundedPerLine.map((r, i) => r + parts[i]!),
              },
            }),
            ledger: ledgerParts(this.store, {
              orderId: order.orderId,
              month: order.creditMonth!,
              entry: `R${String(cumulative).padStart(14, "0")}`,
              lines,
              sign: -1,
              orderDelta: full ? -1 : 0,
              at,
            }),
          },
          afterCommit: () => {
            countMetric("RefundedFen", delta);
            this.log.info("refund reversed from village credits", { orderId: order.orderId, refundedFen: delta, cumulative });
          },
        };
      },
    });
    return result === "committed" ? "applied" : verdict;
  }
}
