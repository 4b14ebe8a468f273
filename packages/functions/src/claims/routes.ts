import * as claims from "@fupin/core/claims";
import { page, type RouteSpec } from "../route-spec";
import { chainRoutes } from "./chain-routes";
import { documentRoutes } from "./document-routes";
import { exportRoutes } from "./export-routes";
import { fundRoutes } from "./fund-routes";
import { paymentRoutes } from "./payment-routes";

// biome-ignore format: one route per row, so the table reads as a table
export const claimRoutes = [
  // Schemes (防贫保险 / 防贫救助), their rules and pools
  { method: "PUT", path: "/schemes/{schemeId}", context: "claims", access: ["admin"], summary: "Set a scheme's rules and limits: each PUT creates a new immutable version", params: claims.SchemeIdParams, body: claims.PutScheme, response: claims.Scheme },
  { method: "GET", path: "/schemes", context: "claims", access: ["clerk", "approver", "finance", "admin"], summary: "List schemes by id (of one county with ?county=), each in its current version with its pool balance and paid total", query: claims.SchemesQuery, response: page(claims.Scheme) },
  { method: "GET", path: "/schemes/{schemeId}", context: "claims", access: ["clerk", "approver", "finance", "admin"], summary: "The scheme's current version (or ?version=) with its pool balance and paid total", params: claims.SchemeIdParams, query: claims.SchemeQuery, response: claims.Scheme },
  { method: "GET", path: "/schemes/{schemeId}/top-ups", context: "claims", access: ["clerk", "approver", "admin"], summary: "The scheme's top-ups, newest first", params: claims.SchemeIdParams, query: claims.TopUpsQuery, response: page(claims.StoredTopUp) },
  { method: "POST", path: "/schemes/{schemeId}/top-ups", context: "claims", access: ["admin"], summary: "Add money to the scheme's pool (premium, budget, donations)", params: claims.SchemeIdParams, body: claims.TopUp, response: claims.TopUpRecord, status: 201, idempotencyKey: "optional" },

  // Claims and their approval chain
  { method: "POST", path: "/claims", context: "claims", access: ["clerk"], summary: "File a claim; eligibility is checked against the scheme's current version", body: claims.CreateClaim, response: claims.Claim, status: 201, idempotencyKey: "optional" },
  { method: "POST", path: "/claims/preview", context: "claims", access: ["clerk", "approver", "admin"], summary: "What POST /claims would answer for the same body, without writing: its refusals (NOT_ELIGIBLE, OUTSIDE_COVERAGE_PERIOD, …) or the payout its approval would commit now, step by step, and whether the pool covers it", body: claims.CreateClaim, response: claims.PayoutPreview, status: 200 },
  { method: "GET", path: "/claims", context: "claims", access: ["clerk", "approver", "admin"], summary: "List the claims of the caller's area, newest first, by status and/or scheme (or of one county for province and city staff)", query: claims.ClaimsQuery, response: page(claims.Claim) },
  { method: "GET", path: "/claims/{claimId}", context: "claims", access: ["clerk", "approver", "admin"], summary: "One claim with its payout, the caps that applied and its history", params: claims.ClaimIdParams, response: claims.Claim },
  { method: "GET", path: "/claims/{claimId}/preview", context: "claims", access: ["clerk", "approver", "admin"], summary: "What approving the open claim would pay now, step by step: the approval's own computation over the claim as filed and the usage as it stands, and its refusals (NOT_ELIGIBLE, CAP_EXHAUSTED, …); 409 INVALID_STATE once approved, paid or rejected. Reads only (a GET: nothing to send, nothing written)", params: claims.ClaimIdParams, response: claims.ClaimPayoutPreview },
  { method: "POST", path: "/claims/{claimId}/review", context: "claims", access: ["clerk"], summary: "Review a submitted claim: pass (→ reviewed) or reject", params: claims.ClaimIdParams, body: claims.ReviewClaim, response: claims.Claim },
  { method: "POST", path: "/claims/{claimId}/approve", context: "claims", access: ["approver"], summary: "Approve a reviewed claim and commit its payout within the caps and the pool (maker-checker)", params: claims.ClaimIdParams, response: claims.Claim },
  { method: "POST", path: "/claims/{claimId}/reject", context: "claims", access: ["clerk", "approver"], summary: "Reject a submitted or reviewed claim", params: claims.ClaimIdParams, body: claims.RejectClaim, response: claims.Claim },
  // Retired (issue 12): an approver's free-text payment record. Finance pays through payment batches; old clients get 410 PAID_BY_BATCH.
  { method: "POST", path: "/claims/{claimId}/disburse", context: "claims", access: ["clerk", "approver", "finance", "admin"], summary: "Retired: answers 410 PAID_BY_BATCH and writes nothing. Claims are paid only through payment batches made by finance (POST /payment-batches), a line the bank confirmed paying its claim (POST /payment-batches/{batchId}/lines/{claimId})", params: claims.ClaimIdParams, retired: true },

  // Reports
  { method: "GET", path: "/reports/claims", context: "claims", access: ["clerk", "approver", "admin"], summary: "Claims by status, households paid, people covered, money paid and left in the pool", query: claims.ClaimsReportQuery, response: claims.ClaimsReport, csv: true },
  ...chainRoutes,
  ...fundRoutes,
  ...exportRoutes,
  ...documentRoutes,
  ...paymentRoutes,
] as const satisfies readonly RouteSpec[];
