import * as claims from "@fupin/core/claims";
import type { RouteSpec } from "../route-spec";

/** The steps before the township's review (issue 12), and the working-day calendar deadlines count. */
// biome-ignore format: one route per row, so the table reads as a table
export const chainRoutes = [
  { method: "POST", path: "/claims/{claimId}/home-visit", context: "claims", access: ["clerk"], summary: "Record the home visit (入户核查): at least two visitors and their findings; by someone who took no other step on the claim", params: claims.ClaimIdParams, body: claims.HomeVisit, response: claims.Claim },
  { method: "POST", path: "/claims/{claimId}/village-review", context: "claims", access: ["clerk"], summary: "Record the village review (村级评议): pass moves the claim to its notice, reject ends it", params: claims.ClaimIdParams, body: claims.VillageReview, response: claims.Claim },
  { method: "POST", path: "/claims/{claimId}/notice", context: "claims", access: ["clerk"], summary: "Start the public notice (公示) for the county's minimum days; the township reviews after it ends", params: claims.ClaimIdParams, body: claims.StartNotice, response: claims.Claim },
  { method: "POST", path: "/claims/{claimId}/objections", context: "claims", access: ["clerk"], summary: "Record an objection received while the notice runs", params: claims.ClaimIdParams, body: claims.RecordObjection, response: claims.Claim, status: 201 },
  { method: "POST", path: "/claims/{claimId}/objections/{objectionId}/resolution", context: "claims", access: ["clerk"], summary: "The township's finding on an objection: upheld, the claim can only be rejected", params: claims.ObjectionParams, body: claims.ResolveObjection, response: claims.Claim },
  { method: "GET", path: "/calendars/{year}", context: "claims", access: ["clerk", "approver", "finance", "admin"], summary: "A year's public holidays and weekend working days (weekdays only when none were entered)", params: claims.CalendarYearParams, response: claims.Calendar },
  { method: "PUT", path: "/calendars/{year}", context: "claims", access: ["admin"], summary: "Set a year's public holidays and weekend working days, from the State Council's notice", params: claims.CalendarYearParams, body: claims.PutCalendar, response: claims.Calendar },
] as const satisfies readonly RouteSpec[];
