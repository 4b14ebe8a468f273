import { ClaimFunds } from "@fupin/core/claims";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { fundRoutes } from "./fund-routes";

export const fundHandlers: HandlersOf<typeof fundRoutes> = {
  "GET /schemes/{schemeId}/funds": async ({ params, query, actor }) =>
    ok(await ClaimFunds.view({ schemeId: params.schemeId, ...query }, { actor })),
  "PUT /schemes/{schemeId}/fund-settings": async ({ params, body, actor }) =>
    ok(await ClaimFunds.putSettings({ schemeId: params.schemeId, settings: body }, { actor })),
  "POST /schemes/{schemeId}/premiums": async ({ params, body, actor, idempotencyKey }) =>
    created(await ClaimFunds.recordPremium({ schemeId: params.schemeId, premium: body }, { actor, idempotencyKey })),
  "POST /schemes/{schemeId}/contributions": async ({ params, body, actor, idempotencyKey }) =>
    created(await ClaimFunds.recordContribution({ schemeId: params.schemeId, contribution: body }, { actor, idempotencyKey })),
  "POST /schemes/{schemeId}/settlements": async ({ params, body, actor }) =>
    created(await ClaimFunds.settle({ schemeId: params.schemeId, year: body.year }, { actor })),
};
