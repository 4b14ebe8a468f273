import { withinNotice } from "../monitoring/assessments/workflow";
import type { HouseholdCategory } from "../monitoring/households/schemas";
import { chinaToday, type Clock, systemClock } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, notFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import type { Page, PageRequest } from "../platform/pagination";
import { type Part, runTransaction } from "../platform/transact";
import type { Cause, ClaimRecord } from "./schemas";
import { ClaimNotices, Claims, claimChangeParts, Payouts } from "./storage";

/**
 * Claims on the public notice board (公示), which the monitoring context shows: claims in their
 * notice before the township's review (拟救助, open to objections from anyone), and claims approved
 * within the county's notice period.
 */

/** An approved claim as the public notice board needs it (the monitoring context masks the name). */
export interface ClaimOnNotice {
  claimId: string;
  county: string;
  township: string;
  villageName: string;
  headName: string;
  category: HouseholdCategory;
  cause: Cause;
  causeLabel: string;
  payoutFen: number;
  /** When it was approved (ISO instant): its notice runs from that day. */
  approvedAt: string;
}

/** A claim in its notice before review, as the board needs it (the monitoring context masks the name). */
export type ClaimProposalOnNotice = ReturnType<typeof ClaimNotices.parse>;

/** At most this many objections from the public board on one claim: the township has heard enough by then. */
export const MAX_PUBLIC_OBJECTIONS_PER_CLAIM = 30;

const townshipFilter = (township: string | undefined, path: string[]) =>
  township
    ? {
        expression: `${path.map((_, i) => `#p${i}`).join(".")} = :township`,
        names: Object.fromEntries(path.map((name, i) => [`#p${i}`, name])),
        values: { ":township": township },
      }
    : undefined;

/**
 * The county's claims approved at or after `approvedSince` (an ISO instant), oldest first, page by
 * page: a Query on the payouts' approval-time index, so it costs the same however many claims the
 * county ever paid.
 */
export async function claimsOnNotice(
  query: { county: string; township?: string | undefined; approvedSince: string },
  page: PageRequest,
  store: Db = db(),
): Promise<Page<ClaimOnNotice>> {
  const filter = townshipFilter(query.township, ["notice", "township"]);
  const result = await Payouts.query.byCountyApproved(store, { county: query.county }, page, {
    sortCondition: { expression: "#sk >= :since", values: { ":since": query.approvedSince } },
    ...(filter ? { filter } : {}),
  });
  return {
    items: result.items.flatMap((p) => (p.notice ? [{ claimId: p.claimId, ...p.notice, payoutFen: p.payoutFen, approvedAt: p.at }] : [])),
    nextCursor: result.nextCursor,
  };
}

/** The board's item for a claim whose notice starts: written by the step that starts it (claims/chain). */
export function noticeOnBoardPart(
  store: Db,
  claim: ClaimRecord,
  household: { headName: string; villageName: string },
  dates: { startsOn: string; endsOn: string },
): Part {
  return ClaimNotices.putPart(store, {
    claimId: claim.claimId,
    county: claim.county,
    township: claim.township,
    villageName: household.villageName,
    headName: household.headName,
    cause: claim.cause,
    causeLabel: claim.causeLabel,
    proposedFen: claim.payoutPreviewFen,
    ...dates,
  });
}

/**
 * The county's claims whose notice is up on `today`, by last day: a key range of the board's index
 * (those ending today or later), less those starting later. A closed claim has left the index.
 */
export async function claimProposalsOnNotice(
  query: { county: string; township?: string | undefined; today: string },
  page: PageRequest,
  store: Db = db(),
): Promise<Page<ClaimProposalOnNotice>> {
  const township = townshipFilter(query.township, ["township"]);
  return ClaimNotices.query.byCounty(store, { county: query.county }, page, {
    sortCondition: { expression: "#sk >= :today", values: { ":today": query.today } },
    filter: {
      expression: `#startsOn <= :today${township ? ` AND ${township.expression}` : ""}`,
      names: { "#startsOn": "startsOn", ...township?.names },
      values: { ":today": query.today, ...township?.values },
    },
  });
}

/**
 * An objection filed by anyone on the public board to a claim under notice: appended to the
 * claim's objections (it then blocks the township's review until answered) with an event in its
 * history, in one write with `extra` (the board's per-address rate limit). 404 for an id that is
 * no claim on notice, so the public route tells nothing of other claims; 422 outside the notice.
 */
export async function filePublicObjection(
  input: { claimId: string; summary: string; contact: { sealed: string; masked: string } | null },
  extra: (today: string) => Record<string, Part>,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<{ objectionId: string; receivedOn: string }> {
  const { claimId, summary, contact } = input;
  const objectionId = newId("obj");
  const today = chinaToday(clock);
  await runTransaction(store, {
    operation: `claim-public-objection:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", "The notice is taking many objections at once; try again"),
    plan: async () => {
      const claim = await Claims.find(store, { claimId }, { consistent: true });
      const notice = claim?.notice;
      if (!claim || !notice) throw notFound("Notice", claimId);
      if (claim.stage !== "public_notice" || !withinNotice(notice, today)) {
        throw ruleViolated("OUTSIDE_NOTICE_PERIOD", `Objections to this notice are heard from ${notice.startsOn} to ${notice.endsOn}`, [
          {
            message: claim.stage === "public_notice" ? "outside the notice period" : "the notice was taken down",
            startsOn: notice.startsOn,
            endsOn: notice.endsOn,
            date: today,
          },
        ]);
      }
      if (claim.objections.filter((o) => o.channel === "public").length >= MAX_PUBLIC_OBJECTIONS_PER_CLAIM) {
        throw ruleViolated("OBJECTION_LIMIT_REACHED", `This notice has taken its ${MAX_PUBLIC_OBJECTIONS_PER_CLAIM} objections`, [
          { message: "no more objections on this notice", limit: MAX_PUBLIC_OBJECTIONS_PER_CLAIM, scope: "notice" },
        ]);
      }
      const at = clock().toISOString();
      return {
        parts: {
          ...claimChangeParts(store, claim, {
            to: claim.status,
            action: "public_objection",
            actor: "public",
            note: summary,
            at,
            set: {
              objections: [
                ...claim.objections,
                {
                  objectionId,
                  channel: "public",
                  summary,
                  receivedOn: today,
                  recordedBy: "public",
                  contactMasked: contact?.masked ?? null,
                  contactSealed: contact?.sealed ?? null,
                  at,
                  resolution: null,
                },
              ],
            },
          }),
          ...extra(today),
        },
      };
    },
  });
  return { objectionId, receivedOn: today };
}
