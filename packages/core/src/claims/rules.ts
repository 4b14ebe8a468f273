import { HOUSEHOLD_CATEGORY_LABELS, type HouseholdRecord } from "../monitoring/households/schemas";
import type { Actor } from "../platform/actor";
import { conflict, type ErrorDetail, forbidden, ruleViolated } from "../platform/errors";
import { CAUSE_LABELS, type Cause, type ClaimRecord, type ClaimStatus, type SchemeVersion } from "./schemas";

/*
 * The rules a claim is held to before any money moves, in one place: which incidents a scheme
 * covers, who is eligible, which state a step needs and who may take it. All pure: they read what
 * they are given and throw the refusal the API answers with. What is paid is payout.ts.
 */

// ── Coverage ──────────────────────────────────────────────────────────────────────────────────

/** First and last covered day, inclusive Chinese calendar dates (YYYY-MM-DD). */
export interface CoveragePeriod {
  from: string;
  to: string;
}

type SchemeYear = Pick<SchemeVersion, "year">;

/**
 * A scheme version records only its year, and county policies run for the calendar year
 * (Shicheng: 2022-01-01 00:00 to 2022-12-31 24:00, DOMAIN.md §6): that year is the period
 * until schemes carry an explicit one.
 */
export function coveragePeriod(scheme: SchemeYear): CoveragePeriod {
  return { from: `${scheme.year}-01-01`, to: `${scheme.year}-12-31` };
}

/**
 * The year a household-year cap counts in: the scheme's coverage year. Every covered incident lies
 * in it, so keying usage by it rather than by the incident leaves no other year to open.
 */
export const capYear = (scheme: SchemeYear) => String(scheme.year);

// ISO dates compare correctly as strings.
export const isCovered = (period: CoveragePeriod, date: string) => date >= period.from && date <= period.to;

/**
 * Incidents outside the period are not covered (DOMAIN.md §6); without this, a household at its
 * yearly cap could be paid again by dating an incident into another year.
 * `path` names where the date came from: the request body at submission, the claim at approval.
 */
export function assertIncidentCovered(
  scheme: Pick<SchemeVersion, "year" | "schemeId" | "version">,
  incidentDate: string,
  path: string,
): void {
  const period = coveragePeriod(scheme);
  if (isCovered(period, incidentDate)) return;
  throw ruleViolated(
    "OUTSIDE_COVERAGE_PERIOD",
    `The incident date ${incidentDate} is outside the coverage period of scheme ${scheme.schemeId} (version ${scheme.version}), ${period.from} to ${period.to}`,
    [{ path, message: `must be from ${period.from} to ${period.to}`, coveragePeriod: period, incidentDate }],
  );
}

// ── Eligibility ───────────────────────────────────────────────────────────────────────────────

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
      householdCounty: household.county,
      schemeCounty: scheme.county,
    });
  }
  if (!scheme.eligibleCategories.includes(household.category)) {
    problems.push({
      reason: "category_not_covered",
      path: "householdId",
      message: `the scheme does not cover ${household.category} (${HOUSEHOLD_CATEGORY_LABELS[household.category]}) households`,
      category: household.category,
    });
  }
  if (household.perCapitaIncomeFen >= scheme.incomeLineFen) {
    problems.push({
      reason: "income_at_or_above_line",
      path: "householdId",
      message: `per-capita income ${household.perCapitaIncomeFen} fen is not below the scheme's income line of ${scheme.incomeLineFen} fen`,
      perCapitaIncomeFen: household.perCapitaIncomeFen,
      incomeLineFen: scheme.incomeLineFen,
    });
  }
  if (!scheme.rules[cause]) {
    problems.push({
      reason: "cause_not_covered",
      path: "cause",
      message: `the scheme has no rule for ${cause} (${CAUSE_LABELS[cause]})`,
      cause,
    });
  }
  return problems;
}

export function assertEligible(household: Applicant, scheme: SchemeVersion, cause: Cause): void {
  const problems = eligibilityProblems(household, scheme, cause);
  if (problems.length > 0) {
    throw ruleViolated("NOT_ELIGIBLE", `Not eligible: ${problems.map((p) => p.message).join("; ")}`, problems);
  }
}

// ── State and separation of duties ─────────────────────────────────────────────────────────────

/** A step asked of a claim in a status it does not apply to. */
export const invalidState = (claim: ClaimRecord, action: string, allowed: readonly ClaimStatus[]) =>
  conflict("INVALID_STATE", `Claim ${claim.claimId} is ${claim.status}; ${action} needs a claim that is ${allowed.join(" or ")}`, [
    { path: "status", message: `is ${claim.status}`, resource: "claim", action, status: claim.status, allowed: [...allowed] },
  ]);

/**
 * Maker-checker (DESIGN decision 9): each step of a claim is checked by someone who did not take
 * the step before it, so no one person can file and pass a claim, nor pass and pay it.
 */
const SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES";

export function assertMayReview(claim: ClaimRecord, actor: Actor): void {
  if (actor.id === claim.submittedBy) {
    throw forbidden("The reviewer of a claim may not be its submitter", SEPARATION_OF_DUTIES, [
      { message: "you submitted this claim", step: "review", submittedBy: claim.submittedBy },
    ]);
  }
}

export function assertMayApprove(claim: ClaimRecord, actor: Actor): void {
  if (actor.id === claim.submittedBy || actor.id === claim.reviewedBy) {
    throw forbidden("The approver of a claim may be neither its submitter nor its reviewer", SEPARATION_OF_DUTIES, [
      { message: "you submitted or reviewed this claim", step: "approve", submittedBy: claim.submittedBy, reviewedBy: claim.reviewedBy },
    ]);
  }
}
