import { Monitoring } from "@fupin/core/monitoring";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { noticeRoutes } from "./notice-routes";

export const noticeHandlers: HandlersOf<typeof noticeRoutes> = {
  "GET /public/notices": async ({ query }) => ok(await Monitoring.publicNotices(query)),
  "POST /public/notices/{noticeId}/objections": async ({ params, body, event }) =>
    created(
      await Monitoring.fileObjection({ noticeId: params.noticeId, objection: body, sourceAddress: event.requestContext.http.sourceIp }),
    ),
};
