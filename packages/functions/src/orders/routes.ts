import { z } from "zod";
import * as orders from "@fupin/core/orders";
import { page, type RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const orderRoutes = [
  { method: "POST", path: "/orders", context: "orders", access: ["buyer"], summary: "Place an order: prices locked, stock reserved, a Stripe PaymentIntent created", body: orders.PlaceOrder, response: orders.Order, status: 201, replayStatus: 200, idempotencyKey: "required" },
  { method: "GET", path: "/orders", context: "orders", access: ["buyer", "admin"], summary: "The buyer's own orders (admins: all), newest first", query: orders.OrdersQuery, response: page(orders.Order) },
  { method: "GET", path: "/orders/{orderId}", context: "orders", access: ["buyer", "admin"], summary: "One order (its buyer or an admin)", params: orders.OrderIdParams, response: orders.Order },
  { method: "POST", path: "/orders/{orderId}/cancel", context: "orders", access: ["buyer", "admin"], summary: "Cancel an unpaid order: the PaymentIntent is cancelled and the stock released once", params: orders.OrderIdParams, response: orders.Order },
  { method: "POST", path: "/orders/{orderId}/refunds", context: "orders", access: ["admin"], summary: "Refund part or all of a paid order through Stripe; the village credit is reversed when Stripe reports it", params: orders.OrderIdParams, body: orders.RequestRefund, response: orders.Refund, status: 201, idempotencyKey: "optional" },
  { method: "POST", path: "/webhooks/stripe", context: "orders", access: "public", summary: "Stripe webhook events, verified by their Stripe-Signature", response: z.object({ received: z.literal(true), outcome: z.string() }) },
  { method: "GET", path: "/reports/villages/{villageId}/sales", context: "orders", access: "public", summary: "A village's credited sales per month", params: orders.VillageSalesParams, query: orders.SalesRange, response: orders.VillageSales, csv: true },
  { method: "GET", path: "/reports/sales", context: "orders", access: "public", summary: "Credited sales grouped by province, county or village over a period", query: orders.SalesQuery, response: orders.SalesReport, csv: true },
  { method: "GET", path: "/reports/sales/monthly", context: "orders", access: "public", summary: "The same with every month of the period: each row's months and every row's summed per month (CSV: one line per row and month with sales)", query: orders.SalesQuery, response: orders.MonthlySales, csv: true },
] as const satisfies readonly RouteSpec[];
