import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { Context } from "aws-lambda";
import { Orders } from "@fupin/core/orders";
import { config } from "@fupin/core/platform/config";
import { deadlineOf } from "@fupin/core/platform/deadline";
import { logger } from "../http/logger";
import { metrics } from "../http/metrics";

/** The scheduled job (EventBridge in AWS, a timer locally): expires unpaid orders, oldest first. */
export const handler = middy(async (_event: unknown, context: Context) => {
  // UNPAID_ORDER_MINUTES: the time a buyer has to pay before the order is cancelled and its stock given back.
  const cutoff = new Date(Date.now() - config().UNPAID_ORDER_MINUTES * 60_000);
  const deadline = deadlineOf(context);
  const expired = await Orders.expireUnpaid({ cutoff }, { deadline });
  if (expired) logger.info("unpaid orders expired", { expired, cutoff: cutoff.toISOString() });
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  return { expired };
}).use(injectLambdaContext(logger, { resetKeys: true }));
