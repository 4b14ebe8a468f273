import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { findHousehold } from "../households/households";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { countMetric } from "../platform/metrics";
import { conflict, ruleViolated } from "../platform/errors";
import { invalidState, loadClaim, transitionParts, type ClaimView } from "./claim-records";
import { getClaim, householdYearUsage } from "./claims";
import { assertIncidentCovered, capYear, coveragePeriod } from "./coverage";
import { assertEligible } from "./eligibility";
import { claimKeys, schemeKeys, usageKeys } from "./keys";
import { computePayout } from "./payout";
import { findCurrentScheme } from "./schemes";
import { assertMayApprove } from "./separation-of-duties";
import { runTransaction } from "../platform/transact";

/** Enough rounds for a county office's burst of approvals on one household or pool to drain. */
const MAX_ATTEMPTS = 30;

/**
 * Approves a reviewed claim and moves the money, all in ONE TransactWriteItems (DESIGN decision 5):
 *   0 claim reviewed → approved, conditioned on the status and version read, and on its incident
 *     lying in the coverage period of the scheme version applied (item 3 pins that version);
 *   1 the audit event for the new version (attribute_not_exists: never overwritten);
 *   2 scheme totals: paidFen += payout, poolBalanceFen −= payout, status counters, first-time
 *     householdsPaid/peopleCovered — conditioned on poolBalanceFen >= payout (the pool limit);
 *   3 condition check that the scheme's current version is still the one whose rule was applied;
 *   4 the household-year usage += payout — conditioned on usage being exactly what was read (or
 *     absent), and ≤ cap − payout: a concurrent approval for the same household cancels this one,
 *     which then recomputes, so the yearly cap holds exactly;
 *   5 the per-claim payout marker (attribute_not_exists): a claim pays out at most once;
 *   6 when the household had no approved claim in the scheme yet, its paid-household marker
 *     (attribute_not_exists), so two first claims racing count the household once.
 * The household-year cap is per household, per scheme, per coverage year (the scheme's year, which
 * holds every covered incident).
 * Payout = computePayout(rule of the current version, expenses, household-year usage read just before).
 */
export async function approveClaim(claimId: string, actor: Actor, store: Db = db()): Promise<ClaimView> {
  const at = new Date().toISOString();
  await runTransaction(store, {
    operation: `approve:${claimId}`,
    maxAttempts: MAX_ATTEMPTS,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Claim ${claimId} could not be approved amid concurrent approvals; try again`),
    plan: async () => {
      const claim = await loadClaim(claimId, store);
      if (claim.status !== "reviewed") throw invalidState(claim, "approve", ["reviewed"]);
      assertMayApprove(claim, actor);
      const [scheme, household] = await Promise.all([findCurrentScheme(claim.schemeId, store), findHousehold(claim.householdId, store)]);
      if (!scheme || !household) throw conflict("INVALID_STATE", `Claim ${claimId} refers to a scheme or household that no longer exists`);
      assertEligible(household, scheme, claim.cause);
      // Again here: the claim may predate this check, or the scheme's year may have changed since.
      assertIncidentCovered(scheme, claim.incidentDate, "incidentDate");
      const period = coveragePeriod(scheme);
      const rule = scheme.rules[claim.cause]!;
      const year = capYear(scheme);
      const [usage, paidMarker] = await Promise.all([
        householdYearUsage(store, claim.householdId, claim.schemeId, year),
        store.client.send(
          new GetCommand({
            TableName: store.tableName,
            Key: schemeKeys.paidHousehold(claim.schemeId, claim.householdId),
            ConsistentRead: true,
          }),
        ),
      ]);
      const result = computePayout(rule, claim.expenses, usage.usedFen);
      const cap = rule.perHouseholdYearCapFen;
      if (cap !== null && result.householdYearRemainingFen === 0) {
        throw ruleViolated("CAP_EXHAUSTED", `Nothing remains of the household's ${year} cap of ${cap} fen in this scheme`, [
          {
            path: "householdId",
            message: `already received ${usage.usedFen} fen of ${cap} fen in ${year}`,
            perHouseholdYearCapFen: cap,
            householdYearPaidFen: usage.usedFen,
            year,
          },
        ]);
      }
      const payout = result.payoutFen;
      // A household counts as paid (and its members as covered) from its first payout above zero.
      const firstForHousehold = !paidMarker.Item && payout > 0;

      const transition = transitionParts(store, {
        claim,
        actor,
        action: "approve",
        to: "approved",
        note: `payout ${payout} fen under scheme version ${scheme.version}`,
        at,
        set: {
          approvedBy: actor.id,
          approvedPayoutFen: payout,
          schemeVersion: scheme.version,
          capApplied: result.capApplied,
          caps: {
            perClaimCapFen: rule.perClaimCapFen,
            perHouseholdYearCapFen: cap,
            householdYearPaidBeforeFen: usage.usedFen,
            uncappedFen: result.uncappedFen,
          },
        },
        claimCondition: {
          expression: "#cIncident BETWEEN :cFirstDay AND :cLastDay",
          names: { "#cIncident": "incidentDate" },
          values: { ":cFirstDay": period.from, ":cLastDay": period.to },
        },
        totalsAdd: {
          paidFen: payout,
          poolBalanceFen: -payout,
          ...(firstForHousehold ? { householdsPaid: 1, peopleCovered: household.members } : {}),
        },
        totalsCondition: { expression: "#tPool >= :tPayout", names: { "#tPool": "poolBalanceFen" }, values: { ":tPayout": payout } },
      });
      return {
        parts: {
          ...transition,
          totals: {
            ...transition.totals,
            // Only the pool's own condition failing means the pool cannot cover it; anything else that
            // changed (claim, usage, scheme version, marker) is read again and decided afresh.
            rejected: ({ failed }) =>
              failed.size === 1
                ? ruleViolated("POOL_INSUFFICIENT", `The scheme's pool cannot cover a payout of ${payout} fen`, [
                    { path: "schemeId", message: "pool balance is below the payout; top the pool up first", payoutFen: payout },
                  ])
                : "retry",
          },
          schemeVersion: {
            write: {
              ConditionCheck: {
                TableName: store.tableName,
                Key: schemeKeys.head(claim.schemeId),
                ConditionExpression: "#version = :version",
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: { ":version": scheme.version },
              },
            },
          },
          householdYear: {
            write: {
              Update: {
                TableName: store.tableName,
                Key: usageKeys.householdYear(claim.householdId, claim.schemeId, year),
                UpdateExpression:
                  "ADD usedFen :payout, approvedClaims :one SET householdId = :household, schemeId = :scheme, #year = :year",
                ExpressionAttributeNames: { "#year": "year" },
                ExpressionAttributeValues: {
                  ":payout": payout,
                  ":one": 1,
                  ":household": claim.householdId,
                  ":scheme": claim.schemeId,
                  ":year": year,
                  ...(cap !== null && usage.exists ? { ":read": usage.usedFen, ":capMinusPayout": cap - payout } : {}),
                },
                // Without a yearly cap concurrent approvals need not queue on the household: ADD is atomic.
                ...(cap === null
                  ? {}
                  : { ConditionExpression: usage.exists ? "usedFen = :read AND usedFen <= :capMinusPayout" : "attribute_not_exists(pk)" }),
              },
            },
          },
          payoutMarker: {
            write: {
              Put: {
                TableName: store.tableName,
                Item: {
                  ...claimKeys.payout(claimId),
                  type: "claim_payout",
                  claimId,
                  schemeId: claim.schemeId,
                  schemeVersion: scheme.version,
                  householdId: claim.householdId,
                  year,
                  payoutFen: payout,
                  approvedBy: actor.id,
                  at,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          },
          paidHousehold: firstForHousehold && {
            write: {
              Put: {
                TableName: store.tableName,
                Item: {
                  ...schemeKeys.paidHousehold(claim.schemeId, claim.householdId),
                  type: "scheme_paid_household",
                  householdId: claim.householdId,
                  members: household.members,
                  firstClaimId: claimId,
                  at,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          },
        },
        afterCommit: () => {
          countMetric("PayoutsApproved");
          countMetric("PayoutFen", payout);
        },
      };
    },
  });
  return getClaim(claimId, store);
}
