import * as claims from "@fupin/core/claims";
import type { RouteSpec } from "../route-spec";

/** Staff who read a scheme's fund; only administrators write it. */
const readers = ["clerk", "approver", "finance", "admin"] as const;
const admin = ["admin"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const fundRoutes = [
  { method: "GET", path: "/schemes/{schemeId}/funds", context: "claims", access: readers, summary: "A scheme's fund in a year (the open one by default): money raised by source, the year's figures (premiums, raised, payouts, the insurer's fee, the settlement's result, or as they stand), the running totals with receivableFen (what payouts drew beyond an insurance pool, owed by the county), and the year's ledger, oldest first", params: claims.SchemeIdParams, query: claims.FundsQuery, response: claims.FundView },
  { method: "PUT", path: "/schemes/{schemeId}/fund-settings", context: "claims", access: admin, summary: "Set the insurer's service fee (basis points of payouts; 422 SCHEME_KIND_MISMATCH on a relief fund) and what a year-end surplus becomes (carry_forward or return_to_treasury)", params: claims.SchemeIdParams, body: claims.FundSettingsInput, response: claims.FundView },
  { method: "POST", path: "/schemes/{schemeId}/premiums", context: "claims", access: admin, summary: "Record an insurance scheme's premium for the open fund year: per-person premium × insured headcount, into the pool with its ledger entry (422 SCHEME_KIND_MISMATCH on a relief fund)", params: claims.SchemeIdParams, body: claims.PremiumInput, response: claims.EntryResult, status: 201, idempotencyKey: "optional" },
  { method: "POST", path: "/schemes/{schemeId}/contributions", context: "claims", access: admin, summary: "Record money raised for the fund from a source (county_budget 县财政, township 乡镇, donation 社会捐赠, social_assistance 社会救助资金, other), into the pool with its ledger entry", params: claims.SchemeIdParams, body: claims.ContributionInput, response: claims.EntryResult, status: 201, idempotencyKey: "optional" },
  { method: "POST", path: "/schemes/{schemeId}/settlements", context: "claims", access: admin, summary: "Settle the open fund year (多退少补): premiums + raised + top-ups + brought forward − payouts − the insurer's fee; a shortfall is topped up by the county, a surplus carried forward or returned to the treasury, as ledger entries in one transaction; once per year (409 ALREADY_SETTLED), in order (422 SETTLEMENT_OUT_OF_ORDER)", params: claims.SchemeIdParams, body: claims.SettlementInput, response: claims.SettlementResult, status: 201 },
] as const satisfies readonly RouteSpec[];
