import { HOUSEHOLD_CATEGORY_LABELS, type HouseholdRecord } from "../monitoring/households/schemas";
import { conflict, type ErrorDetail, ruleViolated } from "../platform/errors";
import { type Cause, type ClaimRecord, type ClaimStatus, DEFAULT_INCOME_TESTS, type IncomeTest, type SchemeVersion } from "./schemas";

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

/** The scheme's own period (保险期间), as every version now records it. */
export function coveragePeriod(scheme: Pick<SchemeVersion, "coveragePeriod">): CoveragePeriod {
  return scheme.coveragePeriod;
}

/**
 * The calendar year, for a scheme written without a period: county policies run for the calendar
 * year (Shicheng: 2022-01-01 00:00 to 2022-12-31 24:00, DOMAIN.md §6).
 */
export const calendarYear = (year: number): CoveragePeriod => ({ from: `${year}-01-01`, to: `${year}-12-31` });

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
  scheme: Pick<SchemeVersion, "coveragePeriod" | "schemeId" | "version">,
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
type Applicant = Pick<HouseholdRecord, "county" | "category" | "perCapitaIncomeFen" | "incomeYear" | "members">;

export type IneligibleReason =
  | "outside_county"
  | "category_not_covered"
  | "income_at_or_above_line"
  | "income_outdated"
  | "cause_not_covered"
  | "below_entry_threshold";

export interface EligibilityProblem extends ErrorDetail {
  reason: IneligibleReason;
}

/** How the scheme tests this category's income: as set, else the category's default, else before the expense. */
export const incomeTestOf = (scheme: Pick<SchemeVersion, "incomeTest">, category: HouseholdRecord["category"]): IncomeTest =>
  scheme.incomeTest[category] ?? DEFAULT_INCOME_TESTS[category] ?? "before_expense";

/** The scheme's rule for a cause, own keys only (a cause id never reaches Object.prototype), or undefined. */
export const ruleFor = (scheme: Pick<SchemeVersion, "rules">, cause: Cause) =>
  Object.hasOwn(scheme.rules, cause) ? scheme.rules[cause] : undefined;

/** What the claim's income test and threshold are measured against: the burden the rule counts. */
export interface ClaimBurden {
  /** The burden the rule measures (this claim's, plus the year's before it on an annual basis). */
  burdenFen: number;
  /** Whether it reaches the rule's entry threshold; an annual basis counts a claim below it and pays nothing yet. */
  meetsThreshold: boolean;
  entryThresholdFen: number | null;
}

/**
 * Eligibility is checked per claim, not by enrolment (DOMAIN.md §4): the household's county and
 * category, its income against the line (income alone, or after the expense for the categories
 * judged so), income evidence no older than the year before the coverage period, a rule for the
 * claim's cause, and on the per-claim basis the entry threshold. `burden` is absent when the cause
 * has no rule.
 */
export function eligibilityProblems(household: Applicant, scheme: SchemeVersion, cause: Cause, burden?: ClaimBurden): EligibilityProblem[] {
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
  const earliestIncomeYear = Number(scheme.coveragePeriod.from.slice(0, 4)) - 1;
  if (household.incomeYear < earliestIncomeYear) {
    problems.push({
      reason: "income_outdated",
      path: "householdId",
      message: `the household's income is of ${household.incomeYear}; the scheme needs income of ${earliestIncomeYear} or later`,
      incomeYear: household.incomeYear,
      earliestIncomeYear,
    });
  }
  const test = incomeTestOf(scheme, household.category);
  if (test === "before_expense" || burden) {
    // After the expense: per-person income less the burden per person, compared without division.
    const members = BigInt(Math.max(1, household.members));
    const householdIncome = BigInt(household.perCapitaIncomeFen) * members;
    const after = test === "after_expense" ? householdIncome - BigInt(burden?.burdenFen ?? 0) : householdIncome;
    if (after >= BigInt(scheme.incomeLineFen) * members) {
      problems.push({
        reason: "income_at_or_above_line",
        path: "householdId",
        message:
          test === "after_expense"
            ? `per-capita income ${household.perCapitaIncomeFen} fen less the burden of ${burden?.burdenFen ?? 0} fen over ${members} people is not below the line of ${scheme.incomeLineFen} fen`
            : `per-capita income ${household.perCapitaIncomeFen} fen is not below the scheme's income line of ${scheme.incomeLineFen} fen`,
        perCapitaIncomeFen: household.perCapitaIncomeFen,
        incomeLineFen: scheme.incomeLineFen,
        incomeTest: test,
        ...(test === "after_expense" ? { burdenFen: burden?.burdenFen ?? 0, members: household.members } : {}),
      });
    }
  }
  const rule = ruleFor(scheme, cause);
  if (!rule) {
    problems.push({ reason: "cause_not_covered", path: "cause", message: `the scheme has no rule for ${cause}`, cause });
  } else if (burden && rule.basis === "per_claim" && !burden.meetsThreshold) {
    problems.push({
      reason: "below_entry_threshold",
      path: "expenses",
      message: `the self-paid cost of ${burden.burdenFen} fen is below the entry threshold of ${burden.entryThresholdFen} fen for ${household.category}`,
      burdenFen: burden.burdenFen,
      entryThresholdFen: burden.entryThresholdFen,
      category: household.category,
    });
  }
  return problems;
}

export function assertEligible(household: Applicant, scheme: SchemeVersion, cause: Cause, burden?: ClaimBurden): void {
  const problems = eligibilityProblems(household, scheme, cause, burden);
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
