import { Households } from "../monitoring/households/storage";
import { loadClaimToAct } from "./claims";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, ruleViolated } from "../platform/errors";
import { countMetric } from "../platform/metrics";
import { runTransaction } from "../platform/transact";
import { type ClaimSubject, entitlement, readUsage, usageParts } from "./entitlement";
import { approvalNotificationPart } from "./payments/notifications";
import { assertFirstStep } from "./chain";
import { assertEligible, assertIncidentCovered, coveragePeriod, invalidState, ruleFor } from "./rules";
import { type Claim, type ClaimPayoutPreview, type ClaimRecord, needsMember } from "./schemas";
import { findSchemeTotals } from "./schemes";
import { withinArea } from "../platform/area";
import {
  claimChangeParts,
  currentScheme,
  loadClaim,
  PaidHouseholds,
  Payouts,
  readClaim,
  schemeStillAtPart,
  schemeTotalsPart,
  Totals,
} from "./storage";

/** Enough rounds for a county office's burst of approvals on one household or pool to drain. */
const MAX_ATTEMPTS = 30;

/**
 * What approving the claim pays now, and the refusals that stop it — the approval's own computation,
 * which the preview of an open claim (previewApproval) runs too, so the two cannot differ: the
 * scheme's CURRENT version (the approval pins it with schemeStillAtPart), the household as it is,
 * the claim's own member, cause and expenses, and the household's and member's usage as read now.
 * Refuses as the approval does: scheme or household gone (409 INVALID_STATE), NOT_ELIGIBLE,
 * MEMBER_REQUIRED, OUTSIDE_COVERAGE_PERIOD, CAP_EXHAUSTED. Reads only.
 */
export async function approvalPayout(store: Db, claim: ClaimRecord) {
  const { claimId, schemeId, householdId } = claim;
  const [scheme, household] = await Promise.all([currentScheme(store, schemeId), Households.find(store, { householdId })]);
  if (!scheme || !household) {
    throw conflict("INVALID_STATE", `Claim ${claimId} refers to a scheme or household that no longer exists`, [
      { message: "its scheme or household no longer exists", resource: "claim", action: "approve", status: claim.status },
    ]);
  }
  const found = ruleFor(scheme, claim.cause);
  if (!found) assertEligible(household, scheme, claim.cause);
  const rule = found!;
  // A rule changed to count per person needs the member the claim names; one filed without cannot be paid by it.
  if (needsMember(rule) && !claim.member) {
    throw ruleViolated(
      "MEMBER_REQUIRED",
      `Scheme version ${scheme.version} counts ${claim.cause} per person; claim ${claimId} names no member`,
      [
        {
          path: "memberId",
          message: "the claim names no member; reject it and file it again for the member",
          schemeVersion: scheme.version,
        },
      ],
    );
  }
  const subject: ClaimSubject = { householdId, memberId: claim.member?.memberId ?? null, cause: claim.cause, expenses: claim.expenses };
  const usage = await readUsage(store, scheme, rule, subject);
  const { breakdown: result, burden } = entitlement(rule, household, subject, usage);
  assertEligible(household, scheme, claim.cause, burden);
  // Again here: the claim may predate this check, or the scheme's period may have changed since.
  assertIncidentCovered(scheme, claim.incidentDate, "incidentDate");
  const year = usage.year;
  for (const [cap, remaining, used, who] of [
    [rule.perPersonYearCapFen, result.personYearRemainingFen, usage.person?.usedFen ?? 0, "person"],
    [rule.perHouseholdYearCapFen, result.householdYearRemainingFen, usage.household.usedFen, "household"],
  ] as const) {
    if (cap !== null && remaining === 0) {
      throw ruleViolated("CAP_EXHAUSTED", `Nothing remains of the ${who}'s ${year} cap of ${cap} fen in this scheme`, [
        who === "person"
          ? {
              path: "memberId",
              message: `already received ${used} fen of ${cap} fen in ${year}`,
              perPersonYearCapFen: cap,
              personYearPaidFen: used,
              year,
            }
          : {
              path: "householdId",
              message: `already received ${used} fen of ${cap} fen in ${year}`,
              perHouseholdYearCapFen: cap,
              householdYearPaidFen: used,
              year,
            },
      ]);
    }
  }
  return { scheme, household, rule, subject, usage, result };
}

/** The statuses a claim can still be approved from: a preview of any other would be no forecast. */
const OPEN_STATUSES = ["submitted", "reviewed"] as const;

/**
 * What approving the open claim would pay now, step by step, without writing: approvalPayout over
 * the claim as filed and the usage as it stands (earlier claims approved since it was filed count),
 * and its refusals; beside the pool that must cover it. For anyone who may read the claim (404
 * outside the area); a claim approved, paid or rejected is answered 409 INVALID_STATE — its payout
 * is the one stored on it (payoutBreakdown), or none.
 */
export async function previewApproval(claimId: string, actor: Actor, store: Db = db()): Promise<ClaimPayoutPreview> {
  const claim = withinArea(actor, await loadClaim(store, claimId), "Claim", claimId);
  if (!(OPEN_STATUSES as readonly string[]).includes(claim.status)) throw invalidState(claim, "preview_payout", OPEN_STATUSES);
  const [{ scheme, result }, totals] = await Promise.all([approvalPayout(store, claim), findSchemeTotals(claim.schemeId, store)]);
  const poolBalanceFen = totals?.poolBalanceFen ?? 0;
  return {
    claimId,
    status: claim.status as (typeof OPEN_STATUSES)[number],
    schemeId: scheme.schemeId,
    schemeVersion: scheme.version,
    householdId: claim.householdId,
    memberId: claim.member?.memberId ?? null,
    cause: claim.cause,
    causeLabel: claim.causeLabel,
    coveragePeriod: coveragePeriod(scheme),
    payoutFen: result.payoutFen,
    breakdown: result,
    poolBalanceFen,
    poolCovers: poolBalanceFen >= result.payoutFen,
  };
}

/**
 * Approves a reviewed claim and moves the money, all in ONE TransactWriteItems (DESIGN decision 5):
 * - claim: reviewed → approved, conditioned on the status and version read, and on its incident
 *   lying in the coverage period of the scheme version applied (schemeVersion pins that version);
 * - event: the audit event for the new version (never overwritten);
 * - totals: paidFen += payout, poolBalanceFen −= payout, status counters, first-time
 *   householdsPaid/peopleCovered — conditioned on the pool covering the payout (the pool limit);
 * - schemeVersion: the scheme's current version is still the one whose rule was applied;
 * - householdYear / personYear: the household's (and the named member's) yearly usage += payout —
 *   under a yearly cap conditioned on usage being exactly what was read (or absent), and ≤ cap −
 *   payout: a concurrent approval for the same household or person cancels this one, which then
 *   recomputes, so the yearly caps hold exactly;
 * - basisYear: on an annual basis, the basis's burden += self-paid and paid += payout, conditioned on
 *   both as read: the increment paid rests on them;
 * - payoutMarker: the per-claim payout marker: a claim pays out at most once;
 * - notification: the SMS telling the household of the approval (payments/notifications);
 * - paidHousehold: when the household had no payout in the scheme yet, its paid-household marker,
 *   so two first claims racing count the household once.
 * The household-year cap is per household, per scheme, per coverage year (the scheme's year, which
 * holds every covered incident).
 * Payout = computePayout(rule of the current version, expenses, the usage read just before), stored
 * step by step (explainPayout) on the claim.
 */
export async function approveClaim(claimId: string, actor: Actor, store: Db = db()): Promise<Claim> {
  const at = new Date().toISOString();
  await runTransaction(store, {
    operation: `approve:${claimId}`,
    maxAttempts: MAX_ATTEMPTS,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Claim ${claimId} could not be approved amid concurrent approvals; try again`),
    plan: async () => {
      const claim = await loadClaimToAct(store, claimId, actor);
      if (claim.status !== "reviewed") throw invalidState(claim, "approve", ["reviewed"]);
      assertFirstStep(claim, actor, "approve");
      const { schemeId, householdId } = claim;
      const { scheme, household, rule, subject, usage, result } = await approvalPayout(store, claim);
      const year = usage.year;
      const paidMarker = await PaidHouseholds.find(store, { schemeId, householdId }, { consistent: true });
      const payout = result.payoutFen;
      // The household is told by SMS (DOMAIN.md §6), in the same transaction: once, whatever is retried. Nothing to tell for 0.
      const notification = payout > 0 && (await approvalNotificationPart(store, claim, payout));
      // A household counts as paid (and its members as covered) from its first payout above zero.
      const firstForHousehold = !paidMarker && payout > 0;

      return {
        parts: {
          ...claimChangeParts(store, claim, {
            to: "approved",
            action: "approve",
            actor: actor.id,
            note: `payout ${payout} fen under scheme version ${scheme.version}`,
            at,
            set: {
              actors: [...claim.actors, actor.id],
              approvedBy: actor.id,
              approvedPayoutFen: payout,
              schemeVersion: scheme.version,
              capApplied: result.capApplied,
              caps: {
                perClaimCapFen: rule.perClaimCapFen,
                perPersonYearCapFen: rule.perPersonYearCapFen,
                perHouseholdYearCapFen: rule.perHouseholdYearCapFen,
                personYearPaidBeforeFen: usage.person?.usedFen ?? 0,
                householdYearPaidBeforeFen: usage.household.usedFen,
                uncappedFen: result.uncappedFen,
              },
              // Stored, not recomputed when shown: it is the record of what was paid and why, and
              // stays so whatever later becomes of the payout code or the scheme's versions.
              payoutBreakdown: result,
            },
            incidentWithin: coveragePeriod(scheme),
          }),
          totals: schemeTotalsPart(store, schemeId, {
            claim: { from: claim.status, to: "approved", cause: claim.cause },
            add: {
              paidFen: payout,
              poolBalanceFen: -payout,
              ...(firstForHousehold ? { householdsPaid: 1, peopleCovered: household.members } : {}),
            },
            poolCovers: scheme.kind === "relief" ? payout : undefined, // insurance: a short pool is the county's receivable (claims/funds)
            // Only the pool's own condition failing means the pool cannot cover it; anything else that
            // changed (claim, usage, scheme version, marker) is read again and decided afresh.
            rejected: async ({ failed }) => {
              if (failed.size !== 1) return "retry";
              const totals = await Totals.find(store, { schemeId }, { consistent: true });
              return ruleViolated("POOL_INSUFFICIENT", `The scheme's pool cannot cover a payout of ${payout} fen`, [
                {
                  path: "schemeId",
                  message: "pool balance is below the payout; top the pool up first",
                  payoutFen: payout,
                  ...(totals ? { poolBalanceFen: totals.poolBalanceFen } : {}),
                },
              ]);
            },
          }),
          schemeVersion: schemeStillAtPart(store, schemeId, scheme.version),
          ...usageParts(store, scheme, rule, subject, usage, result),
          payoutMarker: Payouts.create(store, {
            claimId,
            schemeId,
            schemeVersion: scheme.version,
            householdId,
            year,
            payoutFen: payout,
            approvedBy: actor.id,
            at,
            notice: {
              county: claim.county,
              township: claim.township,
              villageName: household.villageName,
              headName: household.headName,
              category: household.category,
              cause: claim.cause,
              causeLabel: claim.causeLabel,
            },
          }),
          notification,
          paidHousehold:
            firstForHousehold &&
            PaidHouseholds.create(store, { schemeId, householdId, members: household.members, firstClaimId: claimId, at }),
        },
        afterCommit: () => {
          countMetric("PayoutsApproved");
          countMetric("PayoutFen", payout);
        },
      };
    },
  });
  return readClaim(store, claimId);
}
