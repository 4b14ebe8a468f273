import { HOUSEHOLD_CATEGORY_LABELS, type HouseholdRecord } from "../households/schemas";
import type { ErrorDetail } from "../platform/errors";
import { ruleViolated } from "../platform/errors";
import { CAUSE_LABELS, type Cause, type SchemeVersion } from "./schemas";

/** What eligibility looks at in a household. */
type Applicant = Pick<HouseholdRecord, "county" | "category" | "perCapitaIncomeFen">;

export type IneligibleReason = "outside_county" | "category_not_covered" | "income_at_or_above_line" | "cause_not_covered";

export interface EligibilityProblem extends ErrorDetail {
  reason: IneligibleReason;
}

/**
 * Eligibility is checked per claim, not by enrolment (DOMAIN.md §4): the household's county,
 * category and income against the scheme version in force, and a rule for the claim's cause.
 */
export function eligibilityProblems(household: Applicant, scheme: SchemeVersion, cause: Cause): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (household.county !== scheme.county) {
    problems.push({
      reason: "outside_county",
      path: "householdId",
      message: `the household lives in ${household.county}, the scheme covers ${scheme.county}`,
    });
  }
  if (!scheme.eligibleCategories.includes(household.category)) {
    problems.push({
      reason: "category_not_covered",
      path: "householdId",
      message: `the scheme does not cover ${household.category} (${HOUSEHOLD_CATEGORY_LABELS[household.category]}) households`,
    });
  }
  if (household.perCapitaIncomeFen >= scheme.incomeLineFen) {
    problems.push({
      reason: "income_at_or_above_line",
      path: "householdId",
      message: `per-capita income ${household.perCapitaIncomeFen} fen is not below the scheme's income line of ${scheme.incomeLineFen} fen`,
    });
  }
  if (!scheme.rules[cause]) {
    problems.push({ reason: "cause_not_covered", path: "cause", message: `the scheme has no rule for ${cause} (${CAUSE_LABELS[cause]})` });
  }
  return problems;
}

export function assertEligible(household: Applicant, scheme: SchemeVersion, cause: Cause): void {
  const problems = eligibilityProblems(household, scheme, cause);
  if (problems.length > 0) {
    throw ruleViolated("NOT_ELIGIBLE", `Not eligible: ${problems.map((p) => p.message).join("; ")}`, problems);
  }
}
