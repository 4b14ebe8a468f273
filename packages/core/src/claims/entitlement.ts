import type { HouseholdRecord } from "../monitoring/households/schemas";
import type { Db } from "../platform/db";
import type { Part } from "../platform/transact";
import { explainPayout } from "./payout";
import { type ClaimBurden, capYear } from "./rules";
import type { CauseRule, PayoutBreakdown, SchemeVersion } from "./schemas";
import {
  type BasisIds,
  type BasisUsage,
  basisYearPart,
  basisYearUsage,
  householdYearUsage,
  householdYearUsagePart,
  personYearUsage,
  personYearUsagePart,
  type Usage,
} from "./storage";

/**
 * What a claim is owed, in one place for its preview, its submission and its approval: the usage
 * it rests on (the household's and the member's yearly usage, the annual basis's burden and paid
 * amounts), read consistently, the payout step by step, and the transaction parts that add this
 * claim to that usage on the condition that it is still what was read.
 */

export interface ClaimSubject {
  householdId: string;
  /** The member the claim is for; null for a claim for the household. */
  memberId: string | null;
  cause: string;
  expenses: { totalFen: number; reimbursedFen: number };
}

export interface UsageRead {
  year: string;
  household: Usage;
  person: Usage | null;
  basisIds: BasisIds | null;
  basis: BasisUsage | null;
}

/** The basis item an annual rule accumulates in: the household's, or the member's (null on the per-claim basis). */
function basisIdsOf(scheme: SchemeVersion, rule: CauseRule, subject: ClaimSubject): BasisIds | null {
  if (rule.basis === "per_claim") return null;
  const ids = { householdId: subject.householdId, schemeId: scheme.schemeId, year: capYear(scheme), cause: subject.cause };
  return { ...ids, memberId: rule.basis === "person_year" ? subject.memberId : null };
}

export async function readUsage(store: Db, scheme: SchemeVersion, rule: CauseRule, subject: ClaimSubject): Promise<UsageRead> {
  const year = capYear(scheme);
  const ids = { householdId: subject.householdId, schemeId: scheme.schemeId, year };
  const basisIds = basisIdsOf(scheme, rule, subject);
  const [household, person, basis] = await Promise.all([
    householdYearUsage(store, ids),
    subject.memberId === null ? null : personYearUsage(store, { ...ids, memberId: subject.memberId }),
    basisIds === null ? null : basisYearUsage(store, basisIds),
  ]);
  return { year, household, person, basisIds, basis };
}

/** The payout step by step given the usage read, and the burden eligibility tests. */
export function entitlement(
  rule: CauseRule,
  household: Pick<HouseholdRecord, "category">,
  subject: ClaimSubject,
  read: UsageRead,
): { breakdown: PayoutBreakdown; burden: ClaimBurden } {
  const breakdown = explainPayout(rule, subject.expenses, {
    category: household.category,
    burdenBeforeFen: read.basis?.burdenFen ?? 0,
    paidBeforeFen: read.basis?.paidFen ?? 0,
    personYearPaidFen: read.person?.usedFen ?? 0,
    householdYearPaidFen: read.household.usedFen,
  });
  return {
    breakdown,
    burden: { burdenFen: breakdown.burdenFen, meetsThreshold: breakdown.meetsThreshold, entryThresholdFen: breakdown.entryThresholdFen },
  };
}

/**
 * The writes that add an approved claim to the usage it was computed from, each conditioned on that
 * usage being unchanged where a limit rests on it: a concurrent approval on the same household,
 * member or basis cancels this one, which reads again and recomputes, so no cap is passed and no
 * increment is paid twice.
 */
export function usageParts(
  store: Db,
  scheme: SchemeVersion,
  rule: CauseRule,
  subject: ClaimSubject,
  read: UsageRead,
  breakdown: PayoutBreakdown,
): Record<string, Part | false> {
  const ids = { householdId: subject.householdId, schemeId: scheme.schemeId, year: read.year };
  const payoutFen = breakdown.payoutFen;
  return {
    householdYear: householdYearUsagePart(store, ids, { payoutFen, capFen: rule.perHouseholdYearCapFen, read: read.household }),
    personYear:
      subject.memberId !== null &&
      read.person !== null &&
      personYearUsagePart(
        store,
        { ...ids, memberId: subject.memberId },
        { payoutFen, capFen: rule.perPersonYearCapFen, read: read.person },
      ),
    basisYear:
      read.basisIds !== null &&
      read.basis !== null &&
      basisYearPart(store, read.basisIds, { burdenFen: breakdown.selfPaidFen, payoutFen, read: read.basis }),
  };
}
