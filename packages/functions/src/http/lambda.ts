import middy, { type MiddlewareObj } from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import type { z } from "zod";
import type { Actor } from "@fupin/core/platform/actor";
import { deadlineOf, type Deadline } from "@fupin/core/platform/deadline";
import { isServiceUnavailable, serviceUnavailable } from "@fupin/core/platform/availability";
import { isDomainError, notFound } from "@fupin/core/platform/errors";
import { negotiateLanguage } from "@fupin/core/platform/language";
import { countMetric } from "@fupin/core/platform/metrics";
import { routeKey, routesOf, type ContextName, type Route, type RouteFor, type RouteKey } from "../routes";
import { authorize } from "./auth";
import { parseInput } from "./input";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { errorResponse, internalErrorResponse, type ApiResponse } from "./response";

type Part<R, K extends string> = R extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;
type ActorOf<R> = R extends { access: "public" } ? undefined : R extends { access: "optional" } ? Actor | undefined : Actor;

/** What a handler receives: parsed input and the actor the route's access rule admitted. */
export interface ApiRequest<R> {
  params: Part<R, "params">;
  query: Part<R, "query">;
  body: Part<R, "body">;
  actor: ActorOf<R>;
  /** The Idempotency-Key header, on routes that declare one. */
  idempotencyKey: R extends { idempotencyKey: "required" } ? string : string | undefined;
  headers: Record<string, string | undefined>;
  requestId: string;
  /** When the function is cut off: calls to providers are budgeted inside it. */
  deadline: Deadline;
  event: APIGatewayProxyEventV2;
}

export type RouteHandler<K extends RouteKey> = (req: ApiRequest<RouteFor<K>>) => Promise<ApiResponse>;
export type ContextHandlers<C extends ContextName> = {
  [K in RouteKey as RouteFor<K>["context"] extends C ? K : never]: RouteHandler<K>;
};
/** The handlers of one list of routes (a part of a context), so a context's handlers may be written part by part. */
type KeysOf<R> = R extends { method: infer M extends string; path: infer P extends string } ? `${M} ${P}` : never;
export type HandlersOf<L extends readonly unknown[]> = {
  [K in RouteKey as K extends KeysOf<L[number]> ? K : never]: RouteHandler<K>;
};

/** Logs one line per request with its outcome, and maps errors to the API's error body. */
const requestLog = (): MiddlewareObj<APIGatewayProxyEventV2, ApiResponse> => {
  const started = new WeakMap<object, number>();
  return {
    before: (request) => {
      logger.appendKeys({ requestId: request.event.requestContext?.requestId, route: request.event.routeKey });
      started.set(request, Date.now());
    },
    after: (request) => {
      const durationMs = Date.now() - (started.get(request) ?? Date.now());
      logger.info("request", { status: request.response?.statusCode, durationMs });
    },
    onError: (request) => {
      const error = request.error;
      const requestId = request.event.requestContext?.requestId ?? "unknown";
      const headers = request.event.headers ?? {};
      const lang = negotiateLanguage(headers["accept-language"] ?? headers["Accept-Language"]);
      if (isDomainError(error)) {
        request.response = errorResponse(error, lang);
        logger.info("request refused", { status: request.response.statusCode, code: error.code });
      } else if (isServiceUnavailable(error)) {
        // An outage, not a bug: the client may retry, and the alarm on 500s stays quiet.
        request.response = errorResponse(serviceUnavailable(), lang);
        countMetric("DependencyUnavailable");
        logger.warn("a dependency is unavailable", error as Error);
      } else {
        request.response = internalErrorResponse(requestId, lang);
        // Answered 500 rather than crashed, so Lambda's Errors metric misses it: count it ourselves.
        countMetric("InternalErrors");
        logger.error("request failed", error as Error);
      }
    },
  };
};

/** Flushes the invocation's business metrics, if it counted any (reads count none: no empty-metrics warnings). */
const publishMetrics = (): MiddlewareObj<APIGatewayProxyEventV2, ApiResponse> => {
  const flush = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: flush, onError: flush };
};

/**
 * One Lambda function per bounded context: finds the route by the event's routeKey, enforces its
 * access, parses its input and calls its handler. The middy chain is the same for every context.
 */
export function contextHandler<C extends ContextName>(context: C, handlers: ContextHandlers<C>) {
  const table = new Map<string, Route>(routesOf(context).map((r) => [routeKey(r), r]));
  const byKey = handlers as unknown as Record<string, RouteHandler<RouteKey>>;
  return middy<APIGatewayProxyEventV2, ApiResponse, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(publishMetrics())
    .use(requestLog())
    .handler(async (event, context) => {
      const route = table.get(event.routeKey);
      const handle = byKey[event.routeKey];
      if (!route || !handle) throw notFound("Route", event.routeKey);
      const actor = await authorize(event, route.access);
      const input = parseInput(route, event);
      if (actor) logger.appendKeys({ actor: actor.id });
      return handle({
        ...input,
        actor,
        headers: event.headers ?? {},
        requestId: event.requestContext?.requestId ?? "",
        deadline: deadlineOf(context),
        event,
      } as ApiRequest<never>);
    });
}
