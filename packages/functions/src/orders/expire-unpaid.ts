import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { Context } from "aws-lambda";
import { OrderService } from "@fupin/core/orders/orders";
import { stripe } from "@fupin/core/payments/stripe";
import { db } from "@fupin/core/platform/db";
import { deadlineOf } from "@fupin/core/platform/deadline";
import { logger } from "../http/logger";
import { metrics } from "../http/metrics";

/** Minutes a buyer has to pay before the order is cancelled and its stock given back. */
export const unpaidOrderMinutes = (env = process.env) => {
  const minutes = Number(env.UNPAID_ORDER_MINUTES ?? 30);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : 30;
};

/** The scheduled job (EventBridge in AWS, a timer locally): expires unpaid orders, oldest first. */
export const handler = middy(async (_event: unknown, context: Context) => {
  const cutoff = new Date(Date.now() - unpaidOrderMinutes() * 60_000);
  const deadline = deadlineOf(context);
  const expired = await new OrderService(db(), stripe, deadline).expireUnpaid(cutoff);
  if (expired) logger.info("unpaid orders expired", { expired, cutoff: cutoff.toISOString() });
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  return { expired };
}).use(injectLambdaContext(logger, { resetKeys: true }));
