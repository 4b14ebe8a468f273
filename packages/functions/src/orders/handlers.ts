import { monthlySalesRows, Orders, salesReportRows, villageSalesRows } from "@fupin/core/orders";
import { reportResponse } from "../http/csv";
import { rawBody } from "../http/input";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { logger } from "../http/logger";
import { created, json, ok } from "../http/response";

export const ordersHandlers: ContextHandlers<"orders"> = {
  "POST /orders": async ({ body, actor, idempotencyKey, deadline }) => {
    const { order, replayed } = await Orders.place({ order: body, idempotencyKey }, { actor, deadline });
    return json(replayed ? 200 : 201, order);
  },
  "GET /orders": async ({ query, actor, deadline }) => ok(await Orders.list(query, { actor, deadline })),
  "GET /orders/{orderId}": async ({ params, actor, deadline }) => ok(await Orders.get(params.orderId, { actor, deadline })),
  "POST /orders/{orderId}/cancel": async ({ params, actor, deadline }) => ok(await Orders.cancel(params.orderId, { actor, deadline })),
  "POST /orders/{orderId}/refunds": async ({ params, body, actor, idempotencyKey, deadline }) =>
    created(await Orders.refund({ orderId: params.orderId, refund: body, idempotencyKey }, { actor, deadline })),
  "POST /webhooks/stripe": async ({ event, headers, deadline }) => {
    const verified = await Orders.verifyStripeEvent({ payload: rawBody(event), signature: headers["stripe-signature"] });
    const outcome = await Orders.handleStripeEvent(verified, { log: logger, deadline });
    logger.info("stripe event", { eventId: verified.id, type: verified.type, outcome });
    return ok({ received: true, outcome });
  },
  "GET /reports/villages/{villageId}/sales": async ({ params, query, headers }) =>
    reportResponse(
      headers,
      await Orders.villageSales({ villageId: params.villageId, ...query }),
      villageSalesRows,
      `village-sales-${params.villageId}.csv`,
    ),
  "GET /reports/sales": async ({ query, headers }) => {
    const report = await Orders.salesReport(query);
    return reportResponse(headers, report, salesReportRows, `sales-by-${query.groupBy}-${report.from}-${report.to}.csv`);
  },
  "GET /reports/sales/monthly": async ({ query, headers }) => {
    const report = await Orders.monthlySales(query);
    return reportResponse(headers, report, monthlySalesRows, `monthly-sales-by-${query.groupBy}-${report.from}-${report.to}.csv`);
  },
};

export const handler = contextHandler("orders", ordersHandlers);
