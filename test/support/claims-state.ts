import { runTransaction } from "@fupin/core/platform/transact";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { ClaimDeadlines, ClaimNotices, claimChangeParts, loadClaim } from "@fupin/core/claims/storage";
import { testStore } from "./monitoring-state";

/**
 * State of a claim the HTTP API cannot make in a test run because it takes days to come about: a
 * notice that started a week ago, a deadline already passed. Written through the claims' own
 * storage seam (a version-conditioned change with its audit event, marked as the test's), against
 * the test platform's table.
 */

type Claim = Awaited<ReturnType<typeof loadClaim>>;

async function rewrite(claimId: string, action: string, set: (claim: Claim) => Partial<Claim>, deadline?: string) {
  const db = testStore();
  await runTransaction(db, {
    operation: `test-${action}:${claimId}`,
    plan: async () => {
      const claim = await loadClaim(db, claimId);
      const next = set(claim);
      // The public board's copy of the notice moves with it.
      const board = next.notice && (await ClaimNotices.find(db, { claimId }, { consistent: true }));
      return {
        parts: {
          ...claimChangeParts(db, claim, {
            to: claim.status,
            action,
            actor: "e2e-time-travel",
            note: "written by the test to stand for days passing",
            at: new Date().toISOString(),
            set: next,
          }),
          board: !!board && ClaimNotices.putPart(db, { ...board, startsOn: next.notice!.startsOn, endsOn: next.notice!.endsOn }),
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
