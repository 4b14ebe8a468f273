import { ClaimPayments, Claims } from "@fupin/core/claims";
import { reportResponse } from "../http/csv";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";
import { chainHandlers } from "./chain-handlers";
import { documentHandlers } from "./document-handlers";
import { exportHandlers } from "./export-handlers";
import { fundHandlers } from "./fund-handlers";
import { paymentHandlers } from "./payment-handlers";

export const claimsHandlers: ContextHandlers<"claims"> = {
  "PUT /schemes/{schemeId}": async ({ params, body, actor }) =>
    ok(await Claims.putScheme({ schemeId: params.schemeId, scheme: body }, { actor })),
  "GET /schemes": async ({ query, actor }) => ok(await Claims.listSchemes(query, { actor })),
  "GET /schemes/{schemeId}/top-ups": async ({ params, query, actor }) =>
    ok(await Claims.listTopUps({ schemeId: params.schemeId, ...query }, { actor })),
  "GET /schemes/{schemeId}": async ({ params, query, actor }) =>
    ok(await Claims.getScheme({ schemeId: params.schemeId, ...query }, { actor })),
  "POST /schemes/{schemeId}/top-ups": async ({ params, body, actor, idempotencyKey }) =>
    created(await Claims.topUp({ schemeId: params.schemeId, topUp: body }, { actor, idempotencyKey })),
  "POST /claims": async ({ body, actor, idempotencyKey }) => created(await Claims.submit(body, { actor, idempotencyKey })),
  "POST /claims/preview": async ({ body, actor }) => ok(await Claims.preview(body, { actor })),
  "GET /claims": async ({ query, actor }) => ok(await Claims.list(query, { actor })),
  "GET /claims/{claimId}": async ({ params, actor }) => ok(await Claims.get(params.claimId, { actor })),
  "GET /claims/{claimId}/preview": async ({ params, actor }) => ok(await Claims.previewApproval(params.claimId, { actor })),
  "POST /claims/{claimId}/review": async ({ params, body, actor }) =>
    ok(await Claims.review({ claimId: params.claimId, review: body }, { actor })),
  "POST /claims/{claimId}/approve": async ({ params, actor }) => ok(await Claims.approve(params.claimId, { actor })),
  "POST /claims/{claimId}/reject": async ({ params, body, actor }) =>
    ok(await Claims.reject({ claimId: params.claimId, rejection: body }, { actor })),
  "POST /claims/{claimId}/disburse": ({ params }) => ClaimPayments.retiredDisburse(params.claimId),
  "GET /reports/claims": async ({ query, headers, actor }) => {
    const report = await Claims.report(query, { actor });
    return reportResponse(headers, report, Claims.reportRows, `claims-report-${report.schemeId}.csv`);
  },
  ...chainHandlers,
  ...fundHandlers,
  ...exportHandlers,
  ...documentHandlers,
  ...paymentHandlers,
};

export const handler = contextHandler("claims", claimsHandlers);
