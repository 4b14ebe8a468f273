import { Claims } from "@fupin/core/claims";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { chainRoutes } from "./chain-routes";

export const chainHandlers: HandlersOf<typeof chainRoutes> = {
  "POST /claims/{claimId}/home-visit": async ({ params, body, actor }) =>
    ok(await Claims.homeVisit({ claimId: params.claimId, visit: body }, { actor })),
  "POST /claims/{claimId}/village-review": async ({ params, body, actor }) =>
    ok(await Claims.villageReview({ claimId: params.claimId, review: body }, { actor })),
  "POST /claims/{claimId}/notice": async ({ params, body, actor }) =>
    ok(await Claims.startNotice({ claimId: params.claimId, notice: body }, { actor })),
  "POST /claims/{claimId}/objections": async ({ params, body, actor }) =>
    created(await Claims.recordObjection({ claimId: params.claimId, objection: body }, { actor })),
  "POST /claims/{claimId}/objections/{objectionId}/resolution": async ({ params, body, actor }) =>
    ok(await Claims.resolveObjection({ ...params, resolution: body }, { actor })),
  "GET /calendars/{year}": async ({ params }) => ok(await Claims.getCalendar({ year: params.year })),
  "PUT /calendars/{year}": async ({ params, body, actor }) =>
    ok(await Claims.putCalendar({ year: params.year, calendar: body }, { actor })),
};
