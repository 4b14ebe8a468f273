import type { ClaimStatus } from "./schemas";

/**
 * Key shapes of the claims context, declared once. Everything about a scheme lives in its
 * partition (versions, head, totals, top-ups, paid-household markers); a claim's partition holds
 * the claim, its audit events (so history is one Query) and its payout marker.
 */
const pad = (n: number) => String(n).padStart(6, "0");

export const schemeKeys = {
  /** The current version's pointer and copy. */
  head: (schemeId: string) => ({ pk: `SCHEME#${schemeId}`, sk: "HEAD" }),
  /** Every version is its own immutable item, so an approval can later show the rule it used. */
  version: (schemeId: string, version: number) => ({ pk: `SCHEME#${schemeId}`, sk: `VERSION#${pad(version)}` }),
  /** Pool balance, paid total, top-ups, claim counts by status, households paid, people covered. */
  totals: (schemeId: string) => ({ pk: `SCHEME#${schemeId}`, sk: "TOTALS" }),
  topUp: (schemeId: string, topUpId: string) => ({ pk: `SCHEME#${schemeId}`, sk: `TOPUP#${topUpId}` }),
  /** Exists once a household had its first approved claim in the scheme (householdsPaid, peopleCovered). */
  paidHousehold: (schemeId: string, householdId: string) => ({ pk: `SCHEME#${schemeId}`, sk: `PAIDHOUSEHOLD#${householdId}` }),
};

/** Status counters on the totals item: top-level numbers, so ADD can move them. */
export const statusCounter = (status: ClaimStatus) => `claims_${status}`;

export const usageKeys = {
  /** What a household received from one scheme in one coverage year (the scheme's year). */
  householdYear: (householdId: string, schemeId: string, year: string) => ({
    pk: `HOUSEHOLD#${householdId}`,
    sk: `USAGE#${schemeId}#${year}`,
  }),
};

export const claimKeys = {
  item: (claimId: string) => ({ pk: `CLAIM#${claimId}`, sk: "CLAIM" }),
  /** Audit event n is written by the transition that makes the claim version n: one per version, never overwritten. */
  event: (claimId: string, seq: number) => ({ pk: `CLAIM#${claimId}`, sk: `EVENT#${pad(seq)}` }),
  eventPrefix: () => "EVENT#",
  /** Written once by the approval: a claim is paid out at most once. */
  payout: (claimId: string) => ({ pk: `CLAIM#${claimId}`, sk: "PAYOUT" }),
  // Index partitions (sort key: the time-sortable claim id).
  byStatus: (status: ClaimStatus) => `CLAIMS#STATUS#${status}`, // gsi1
  bySchemeStatus: (schemeId: string, status: ClaimStatus) => `CLAIMS#SCHEME#${schemeId}#STATUS#${status}`, // gsi2
  byScheme: (schemeId: string) => `CLAIMS#SCHEME#${schemeId}`, // gsi3
  all: () => "CLAIMS", // gsi4
};

/** Index attributes of a claim in a given status; rewritten by every transition. */
export function claimIndexKeys(claimId: string, schemeId: string, status: ClaimStatus) {
  return {
    gsi1pk: claimKeys.byStatus(status),
    gsi1sk: claimId,
    gsi2pk: claimKeys.bySchemeStatus(schemeId, status),
    gsi2sk: claimId,
    gsi3pk: claimKeys.byScheme(schemeId),
    gsi3sk: claimId,
    gsi4pk: claimKeys.all(),
    gsi4sk: claimId,
  };
}
