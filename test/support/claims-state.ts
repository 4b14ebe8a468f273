import { runTransaction } from "@fupin/core/platform/transact";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { ClaimDeadlines, claimChangeParts, loadClaim } from "@fupin/core/claims/storage";
import { testStore } from "./monitoring-state";

/**
 * State of a claim the HTTP API cannot make in a test run because it takes days to come about: a
 * notice that started a week ago, a deadline already passed. Written through the claims' own
 * storage seam (a version-conditioned change with its audit event, marked as the test's), against
 * the test platform's table.
 */

async function rewrite(claimId: string, action: string, set: (claim: Awaited<ReturnType<typeof loadClaim>>) => object, deadline?: string) {
  const db = testStore();
  await runTransaction(db, {
    operation: `test-${action}:${claimId}`,
    plan: async () => {
      const claim = await loadClaim(db, claimId);
      return {
        parts: {
          ...claimChangeParts(db, claim, {
            to: claim.status,
            action,
            actor: "e2e-time-travel",
            note: "written by the test to stand for days passing",
            at: new Date().toISOString(),
            set: set(claim),
          }),
          deadline:
            deadline !== undefined &&
            ClaimDeadlines.putPart(db, { claimId, county: claim.county, township: claim.township, dueOn: deadline }),
        },
      };
    },
  });
}

/** The claim's notice as if it had started `days` ago (its length kept). */
export const noticeStartedDaysAgo = (claimId: string, days: number) =>
  rewrite(claimId, "test_backdate_notice", (claim) => {
    if (!claim.notice) throw new Error(`claim ${claimId} has no notice to backdate`);
    const length = (Date.parse(claim.notice.endsOn) - Date.parse(claim.notice.startsOn)) / 86_400_000;
    const startsOn = shiftDays(chinaToday(), -days);
    return { notice: { ...claim.notice, startsOn, endsOn: shiftDays(startsOn, length) } };
  });

/** The claim's deadline moved to `days` ago, in the claim and in the overdue index. */
export const deadlinePassedDaysAgo = (claimId: string, days: number) => {
  const dueOn = shiftDays(chinaToday(), -days);
  return rewrite(claimId, "test_backdate_deadline", () => ({ dueOn }), dueOn);
};
