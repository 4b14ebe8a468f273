import type { Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { shiftDays } from "../platform/clock";
import type { Part } from "../platform/transact";
import { DUPLICATE_WINDOW_DAYS, type DuplicateMatch, type Invoice, invoiceKey } from "./schemas";
import { ClaimGuards, ClaimRefs, Claims, claimGuardPart, claimRefsBetween, InvoiceMarkers, invoiceMarkerPart } from "./storage";

/**
 * Possible duplicates (issue 12): an invoice number another live claim already lists, or a claim of
 * the same household, cause and person whose incident lies within 30 days (two members ill in one
 * month are two incidents; a claim for the household matches any of its members'). A rejected claim frees its
 * invoices and incident. Found matches are refused (409 POSSIBLE_DUPLICATE) unless the submitter
 * explains them; the explained claim is flagged, and its review cannot pass without the
 * reviewer's override and reason.
 */

export interface DuplicateCheck {
  /** Claims this one may repeat. */
  matches: DuplicateMatch[];
  /** The filing count read: the claim's transaction is conditioned on it. */
  guard: { claims: number } | undefined;
  /** Each invoice's marker: whether it is free, or held by a rejected claim this one may take it from. */
  invoices: { invoiceKey: string; number: string; previousClaimId: string | null; free: boolean }[];
}

interface Filing {
  claimId: string;
  householdId: string;
  /** The member the claim is for; two members' incidents are different incidents. */
  memberId: string | null;
  cause: string;
  incidentDate: string;
  invoices: readonly Pick<Invoice, "number">[];
}

export async function checkDuplicates(store: Db, filing: Filing): Promise<DuplicateCheck> {
  const [guard, refs, markers] = await Promise.all([
    ClaimGuards.find(store, { householdId: filing.householdId }, { consistent: true }),
    claimRefsBetween(
      store,
      filing.householdId,
      shiftDays(filing.incidentDate, -DUPLICATE_WINDOW_DAYS),
      shiftDays(filing.incidentDate, DUPLICATE_WINDOW_DAYS),
    ),
    Promise.all(filing.invoices.map((inv) => InvoiceMarkers.find(store, { invoiceKey: invoiceKey(inv.number) }, { consistent: true }))),
  ]);
  // The same incident: same cause, and the same person (or a claim for the household on either side).
  const samePerson = (other: string | null) => other === null || filing.memberId === null || other === filing.memberId;
  const sameIncident = refs.filter((r) => r.cause === filing.cause && r.claimId !== filing.claimId && samePerson(r.memberId));
  const heldBy = new Set([
    ...sameIncident.map((r) => r.claimId),
    ...markers.flatMap((m) => (m && m.claimId !== filing.claimId ? [m.claimId] : [])),
  ]);
  const claims = new Map(
    (await Promise.all([...heldBy].map((claimId) => Claims.find(store, { claimId }, { consistent: true })))).flatMap((c) =>
      c ? [[c.claimId, c] as const] : [],
    ),
  );
  // A claim that was rejected, or whose record is gone, holds nothing.
  const live = (claimId: string) => {
    const c = claims.get(claimId);
    return c && c.status !== "rejected" ? c : undefined;
  };
  const matches: DuplicateMatch[] = [];
  const invoices = filing.invoices.map((inv, i) => {
    const marker = markers[i];
    const key = invoiceKey(inv.number);
    if (!marker || marker.claimId === filing.claimId) return { invoiceKey: key, number: inv.number, previousClaimId: null, free: !marker };
    const holder = live(marker.claimId);
    if (holder) {
      matches.push({
        claimId: holder.claimId,
        reason: "invoice_reused",
        invoiceNumber: inv.number,
        cause: holder.cause,
        incidentDate: holder.incidentDate,
        status: holder.status,
      });
    }
    return { invoiceKey: key, number: inv.number, previousClaimId: marker.claimId, free: !holder };
  });
  for (const ref of sameIncident) {
    const other = live(ref.claimId);
    if (other) {
      matches.push({
        claimId: other.claimId,
        reason: "same_incident",
        invoiceNumber: null,
        cause: other.cause,
        incidentDate: other.incidentDate,
        status: other.status,
      });
    }
  }
  return { matches, guard, invoices };
}

export const possibleDuplicate = (matches: DuplicateMatch[], message: string) =>
  conflict(
    "POSSIBLE_DUPLICATE",
    message,
    matches.map((m) => ({
      path: m.reason === "invoice_reused" ? "invoices" : "incidentDate",
      message:
        m.reason === "invoice_reused"
          ? `invoice ${m.invoiceNumber} is already claimed by ${m.claimId}`
          : `claim ${m.claimId} is for the same cause on ${m.incidentDate}`,
      ...m,
    })),
  );

/**
 * The writes that record a filing for later checks, in the claim's own transaction: the household's
 * filing count (conditioned on the count read, so a concurrent filing makes this one check again),
 * the incident reference, and a marker for each invoice no live claim holds.
 */
export function filingParts(store: Db, filing: Filing, check: DuplicateCheck): Record<string, Part | Part[]> {
  return {
    guard: claimGuardPart(store, filing.householdId, check.guard),
    ref: ClaimRefs.create(
      store,
      {
        householdId: filing.householdId,
        claimId: filing.claimId,
        cause: filing.cause,
        incidentDate: filing.incidentDate,
        memberId: filing.memberId,
      },
      "already_done",
    ),
    invoices: check.invoices
      .filter((inv) => inv.free)
      .map((inv) =>
        invoiceMarkerPart(
          store,
          { invoiceKey: inv.invoiceKey, number: inv.number, claimId: filing.claimId, householdId: filing.householdId },
          inv.previousClaimId,
        ),
      ),
  };
}
