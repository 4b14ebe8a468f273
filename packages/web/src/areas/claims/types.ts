import { CAUSES, DOCUMENT_KINDS as CORE_DOCUMENT_KINDS, KNOWN_CAUSE_LABELS } from "@fupin/core/claims/labels";
import type { paths } from "../../api/schema";

/** The claims API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type Claim = Json<paths["/claims/{claimId}"]["get"]["responses"][200]>;
export type ClaimStatus = Claim["status"];
export type Cause = Claim["cause"];
export type ClaimEvent = NonNullable<Claim["history"]>[number];
export type CreateClaim = NonNullable<paths["/claims"]["post"]["requestBody"]>["content"]["application/json"];
export type PayoutPreview = Json<paths["/claims/preview"]["post"]["responses"][200]>;
/** What approving a filed, open claim would pay now (GET /claims/{claimId}/preview). */
export type ClaimPayoutPreview = Json<paths["/claims/{claimId}/preview"]["get"]["responses"][200]>;
export type PayoutBreakdown = PayoutPreview["breakdown"];
export type DuplicateMatch = PayoutPreview["possibleDuplicates"][number];
export type Household = Json<paths["/households/{householdId}"]["get"]["responses"][200]>;
export type HouseholdCategory = Household["category"];
export type Member = Household["people"][number];
export type Scheme = Json<paths["/schemes/{schemeId}"]["get"]["responses"][200]>;
export type SchemeRule = Scheme["rules"][string];
export type Basis = SchemeRule["basis"];
export type DocumentKind = SchemeRule["requiredDocuments"][number];
export type IncomeTest = NonNullable<Scheme["incomeTest"][HouseholdCategory]>;
export type TopUp = Json<paths["/schemes/{schemeId}/top-ups"]["get"]["responses"][200]>["items"][number];
export type PutScheme = NonNullable<paths["/schemes/{schemeId}"]["put"]["requestBody"]>["content"]["application/json"];

export const CLAIM_STATUSES = ["submitted", "reviewed", "approved", "paid", "rejected"] as const satisfies readonly ClaimStatus[];
/** The four causes every county covers: the editor always offers them. */
export const BASIC_CAUSES = CAUSES;
/** Causes the platform knows by name (its labels' keys); a county may add its own beside them. */
export const KNOWN_CAUSES: readonly string[] = Object.keys(KNOWN_CAUSE_LABELS);
export const CATEGORIES = [
  "unstable_out_of_poverty",
  "marginal_at_risk",
  "sudden_hardship",
] as const satisfies readonly HouseholdCategory[];
export const BASES = ["per_claim", "household_year", "person_year"] as const satisfies readonly Basis[];
export const INCOME_TESTS = ["before_expense", "after_expense"] as const satisfies readonly IncomeTest[];
export const DOCUMENT_KINDS = CORE_DOCUMENT_KINDS satisfies readonly DocumentKind[];
export const CHAIN_STEPS = ["homeVisit", "villageReview", "publicNotice"] as const satisfies readonly (keyof Scheme["chain"])[];

/** How a category's income is tested when the scheme does not say: 突发严重困难户 after the expense (DOMAIN.md §6). */
export const incomeTestOf = (scheme: Pick<Scheme, "incomeTest">, category: HouseholdCategory): IncomeTest =>
  scheme.incomeTest[category] ?? (category === "sudden_hardship" ? "after_expense" : "before_expense");

/** Whether a claim under the rule must name the member it is for (as the platform decides: schemas.ts needsMember). */
export const needsMember = (rule: Pick<SchemeRule, "basis" | "perPersonYearCapFen">) =>
  rule.basis === "person_year" || rule.perPersonYearCapFen !== null;

/** A scheme's causes in a stable order: the known ones first as listed, then the county's own by id. */
export function causesOf(rules: Record<string, unknown>): string[] {
  const known = (KNOWN_CAUSES as readonly string[]).filter((c) => c in rules);
  const own = Object.keys(rules)
    .filter((c) => !(KNOWN_CAUSES as readonly string[]).includes(c))
    .sort();
  return [...known, ...own];
}
