import { OrderService, orderView } from "@fupin/core/orders/orders";
import { PaymentEvents } from "@fupin/core/orders/payment-events";
import { RefundService } from "@fupin/core/orders/refunds";
import { salesReport, salesReportRows, villageSales, villageSalesRows } from "@fupin/core/sales/reports";
import { reportResponse } from "../http/csv";
import { rawBody } from "../http/input";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { logger } from "../http/logger";
import { created, json, ok } from "../http/response";

import type { Deadline } from "@fupin/core/platform/deadline";
import { db } from "@fupin/core/platform/db";
import { stripe, verifyStripeEvent } from "@fupin/core/payments/stripe";

const orders = (deadline: Deadline) => new OrderService(db(), stripe, deadline);

export const ordersHandlers: ContextHandlers<"orders"> = {
  "POST /orders": async ({ body, actor, idempotencyKey, deadline }) => {
    const { order, replayed } = await orders(deadline).place(actor, body, idempotencyKey);
    return json(replayed ? 200 : 201, order);
  },
  "GET /orders": async ({ query, actor, deadline }) => ok(await orders(deadline).list(actor, query)),
  "GET /orders/{orderId}": async ({ params, actor, deadline }) => ok(orderView(await orders(deadline).get(params.orderId, actor))),
  "POST /orders/{orderId}/cancel": async ({ params, actor, deadline }) => ok(await orders(deadline).cancel(params.orderId, actor)),
  "POST /orders/{orderId}/refunds": async ({ params, body, actor, idempotencyKey, deadline }) =>
    created(await new RefundService(db(), stripe, deadline).request(params.orderId, body, actor, idempotencyKey)),
  "POST /webhooks/stripe": async ({ event, headers, deadline }) => {
    const verified = await verifyStripeEvent(rawBody(event), headers["stripe-signature"]);
    const outcome = await new PaymentEvents(logger, db(), stripe, deadline).handle(verified);
    logger.info("stripe event", { eventId: verified.id, type: verified.type, outcome });
    return ok({ received: true, outcome });
  },
  "GET /reports/villages/{villageId}/sales": async ({ params, query, headers }) =>
    reportResponse(headers, await villageSales(params.villageId, query), villageSalesRows, `village-sales-${params.villageId}.csv`),
  "GET /reports/sales": async ({ query, headers }) => {
    const report = await salesReport(query);
    return reportResponse(headers, report, salesReportRows, `sales-by-${query.groupBy}-${report.from}-${report.to}.csv`);
  },
};

export const handler = contextHandler("orders", ordersHandlers);
