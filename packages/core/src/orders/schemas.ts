import { z } from "zod";
import { fen, positiveFen } from "../platform/money";
import { pageQuery } from "../platform/pagination";
import { id, month, note } from "../platform/schema";

export const ORDER_STATUSES = ["pending_payment", "paid", "payment_failed", "cancelled", "partially_refunded", "refunded"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const MAX_QUANTITY = 10_000;

export const PlaceOrder = z.strictObject({
  items: z
    .array(z.strictObject({ productId: id(), quantity: z.number().int({ error: "must be a whole number" }).min(1).max(MAX_QUANTITY) }))
    .min(1, { error: "an order needs at least one item" })
    .max(20, { error: "an order has at most 20 lines" })
    .refine((items) => new Set(items.map((i) => i.productId)).size === items.length, {
      error: "list each product once; use quantity for more",
      params: { issue: "repeated" },
    }),
});
export type PlaceOrder = z.infer<typeof PlaceOrder>;

export const RequestRefund = z.strictObject({ amountFen: positiveFen(), reason: note(200) });
export type RequestRefund = z.infer<typeof RequestRefund>;

export const OrderIdParams = z.strictObject({ orderId: id() });
export const OrdersQuery = z.strictObject({ ...pageQuery });

export const OrderLine = z.object({
  productId: z.string(),
  name: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  unitPriceFen: fen(),
  lineFen: fen(),
  villageId: z.string(),
  village: z.string(),
  county: z.string(),
  province: z.string(),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const OrderPayment = z.object({ provider: z.literal("stripe"), paymentIntentId: z.string(), clientSecret: z.string().optional() });
export type OrderPayment = z.infer<typeof OrderPayment>;

export const Order = z.object({
  orderId: z.string(),
  buyerId: z.string(),
  status: z.enum(ORDER_STATUSES),
  totalFen: fen(),
  currency: z.literal("cny"),
  items: z.array(OrderLine),
  paidFen: fen(),
  refundedFen: fen(),
  refundRequestedFen: fen(),
  payment: OrderPayment.nullable(),
  creditMonth: z.string().nullable(),
  paidAt: z.string().optional().describe("when the payment succeeded; absent until then"),
  closedReason: z.string().optional().describe("why the platform closed an unpaid order, e.g. payment_timeout"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.infer<typeof Order>;

/** A line as stored: also where its village lies (for the sales reports) and what it credits. */
export const OrderLineRecord = OrderLine.extend({ township: z.string(), city: z.string(), amountFen: fen() });
export type OrderLineRecord = z.infer<typeof OrderLineRecord>;

/**
 * An order as stored: its lines in full, what was refunded of each line, and the payment and
 * credit month absent (not null) until they exist.
 */
export const OrderRecord = Order.extend({
  items: z.array(OrderLineRecord),
  refundedPerLine: z.array(fen()),
  payment: OrderPayment.optional(),
  creditMonth: z.string().optional(),
});
export type OrderRecord = z.infer<typeof OrderRecord>;

export const Refund = z.object({
  refundId: z.string(),
  orderId: z.string(),
  amountFen: fen(),
  reason: z.string(),
  stripeRefundId: z.string(),
  status: z.string(),
  createdAt: z.string(),
});
export type Refund = z.infer<typeof Refund>;

/** A refund as stored: "requested" (no Stripe refund yet) until Stripe has answered; who asked for it. */
export const RefundRecord = Refund.extend({ stripeRefundId: z.string().optional(), requestedBy: z.string() });
export type RefundRecord = z.infer<typeof RefundRecord>;

export const SalesRange = z.strictObject({ from: month().optional(), to: month().optional() });
/** How a sales report groups its rows; a province's figures are its counties' summed. */
export const SALES_GROUPINGS = ["province", "county", "village"] as const;
const groupBy = () =>
  z
    .enum(SALES_GROUPINGS)
    .describe(
      "province: one row per province (key: its name); county: per county (key: province/county); village: per village (key: its id)",
    );
export const SalesQuery = z.strictObject({
  groupBy: groupBy().default("county"),
  from: month().optional(),
  to: month().optional(),
});
/** A month of a village's credited sales. */
export const SalesMonth = z.object({ month: z.string(), creditedFen: z.number().int(), orders: z.number().int() });
export type SalesMonth = z.infer<typeof SalesMonth>;
/** A village's or a county's credited sales over a period. */
export const SalesRow = z.object({ key: z.string(), name: z.string(), creditedFen: z.number().int(), orders: z.number().int() });
export type SalesRow = z.infer<typeof SalesRow>;
export type SalesRange = z.infer<typeof SalesRange>;
export type SalesQuery = z.infer<typeof SalesQuery>;

export const VillageSalesParams = z.strictObject({ villageId: id() });
export const VillageSales = z.object({
  villageId: z.string(),
  from: z.string().describe("the first month of the period, YYYY-MM"),
  to: z.string().describe("the last month of the period, YYYY-MM"),
  totalFen: z.number().int(),
  months: z.array(SalesMonth),
});
export type VillageSales = z.infer<typeof VillageSales>;
export const SalesReport = z.object({
  groupBy: groupBy(),
  from: z.string(),
  to: z.string(),
  rows: z.array(SalesRow),
  totalFen: z.number().int(),
});
export type SalesReport = z.infer<typeof SalesReport>;
/** A row of the monthly report: its period's figures and each month's. */
export const MonthlySalesRow = SalesRow.extend({
  months: z.array(SalesMonth).describe("every month of the period, in order, months without sales included as zeros"),
});
export type MonthlySalesRow = z.infer<typeof MonthlySalesRow>;
export const MonthlySales = z.object({
  groupBy: groupBy(),
  from: z.string().describe("the first month of the period, YYYY-MM"),
  to: z.string().describe("the last month of the period, YYYY-MM"),
  months: z.array(SalesMonth).describe("every row summed, for every month of the period, in order"),
  rows: z.array(MonthlySalesRow).describe("largest sales first"),
  totalFen: z.number().int(),
});
export type MonthlySales = z.infer<typeof MonthlySales>;
