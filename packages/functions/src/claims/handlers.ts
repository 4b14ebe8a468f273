import { approveClaim } from "@fupin/core/claims/approval";
import { disburseClaim, getClaim, listClaims, rejectClaim, reviewClaim, submitClaim } from "@fupin/core/claims/claims";
import { claimsReport, claimsReportRows } from "@fupin/core/claims/reports";
import { getScheme, putScheme, topUpScheme } from "@fupin/core/claims/schemes";
import { createHousehold, getHousehold } from "@fupin/core/households/households";
import { reportResponse } from "../http/csv";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";

export const claimsHandlers: ContextHandlers<"claims"> = {
  "POST /households": async ({ body, actor }) => created(await createHousehold(body, actor)),
  "GET /households/{householdId}": async ({ params }) => ok(await getHousehold(params.householdId)),
  "PUT /schemes/{schemeId}": async ({ params, body, actor }) => ok(await putScheme(params.schemeId, body, actor)),
  "GET /schemes/{schemeId}": async ({ params, query }) => ok(await getScheme(params.schemeId, query)),
  "POST /schemes/{schemeId}/top-ups": async ({ params, body, actor, idempotencyKey }) =>
    created(await topUpScheme(params.schemeId, body, actor, { idempotencyKey })),
  "POST /claims": async ({ body, actor, idempotencyKey }) => created(await submitClaim(body, actor, { idempotencyKey })),
  "GET /claims": async ({ query }) => ok(await listClaims(query)),
  "GET /claims/{claimId}": async ({ params }) => ok(await getClaim(params.claimId)),
  "POST /claims/{claimId}/review": async ({ params, body, actor }) => ok(await reviewClaim(params.claimId, body, actor)),
  "POST /claims/{claimId}/approve": async ({ params, actor }) => ok(await approveClaim(params.claimId, actor)),
  "POST /claims/{claimId}/reject": async ({ params, body, actor }) => ok(await rejectClaim(params.claimId, body, actor)),
  "POST /claims/{claimId}/disburse": async ({ params, body, actor }) => ok(await disburseClaim(params.claimId, body, actor)),
  "GET /reports/claims": async ({ query, headers }) => {
    const report = await claimsReport(query.schemeId);
    return reportResponse(headers, report, claimsReportRows, `claims-report-${report.schemeId}.csv`);
  },
};

export const handler = contextHandler("claims", claimsHandlers);
