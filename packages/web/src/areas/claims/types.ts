import type { paths } from "../../api/schema";

/** The claims API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type Claim = Json<paths["/claims/{claimId}"]["get"]["responses"][200]>;
export type ClaimStatus = Claim["status"];
export type Cause = Claim["cause"];
export type ClaimEvent = NonNullable<Claim["history"]>[number];
export type CreateClaim = NonNullable<paths["/claims"]["post"]["requestBody"]>["content"]["application/json"];
export type PayoutPreview = Json<paths["/claims/preview"]["post"]["responses"][200]>;
export type PayoutBreakdown = PayoutPreview["breakdown"];
export type Household = Json<paths["/households/{householdId}"]["get"]["responses"][200]>;
export type HouseholdCategory = Household["category"];
export type Scheme = Json<paths["/schemes/{schemeId}"]["get"]["responses"][200]>;
export type SchemeRule = NonNullable<Scheme["rules"]["illness"]>;
export type TopUp = Json<paths["/schemes/{schemeId}/top-ups"]["get"]["responses"][200]>["items"][number];
export type PutScheme = NonNullable<paths["/schemes/{schemeId}"]["put"]["requestBody"]>["content"]["application/json"];

export const CLAIM_STATUSES = ["submitted", "reviewed", "approved", "paid", "rejected"] as const satisfies readonly ClaimStatus[];
export const CAUSES = ["illness", "education", "disaster", "accident"] as const satisfies readonly Cause[];
export const CATEGORIES = [
  "unstable_out_of_poverty",
  "marginal_at_risk",
  "sudden_hardship",
] as const satisfies readonly HouseholdCategory[];
