import { db, type Db } from "../platform/db";
import type { Page, PageRequest } from "../platform/pagination";
import type { HouseholdCategory } from "../monitoring/households/schemas";
import type { Cause } from "./schemas";
import { Payouts } from "./storage";

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
  const result = await Payouts.query.byCountyApproved(store, { county: query.county }, page, {
    sortCondition: { expression: "#sk >= :since", values: { ":since": query.approvedSince } },
    ...(query.township
      ? {
          filter: {
            expression: "#notice.#township = :township",
            names: { "#notice": "notice", "#township": "township" },
            values: { ":township": query.township },
          },
        }
      : {}),
  });
  return {
    items: result.items.flatMap((p) => (p.notice ? [{ claimId: p.claimId, ...p.notice, payoutFen: p.payoutFen, approvedAt: p.at }] : [])),
    nextCursor: result.nextCursor,
  };
}
