import { Monitoring } from "../monitoring";
import { listCounty } from "../monitoring/households/households";
import type { Actor } from "../platform/actor";
import { actArea, readArea, withinArea } from "../platform/area";
import { chinaToday } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, isDomainError, referenceNotFound, validationFailed } from "../platform/errors";
import { withIdempotencyKey } from "../platform/idempotency";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import type { Page } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import { explainPayout } from "./payout";
import {
  CAUSE_LABELS,
  type Claim,
  type ClaimHousehold,
  type ClaimRecord,
  type ClaimStatus,
  type ClaimsQuery,
  claimView,
  type CreateClaim,
  type PayoutPreview,
} from "./schemas";
import { findSchemeTotals, requireScheme } from "./schemes";
import { assertEligible, assertIncidentCovered, assertMayReview, capYear, coveragePeriod, invalidState } from "./rules";
import {
  type ClaimChange,
  claimChangeParts,
  Claims,
  householdYearUsage,
  loadClaim,
  newClaimParts,
  readClaim,
  schemeTotalsPart,
} from "./storage";

/**
 * What filing the claim is held to and what it would be paid, checked against the scheme's current
 * version: the incident not in the future, the household and scheme found, eligibility, the
 * incident in the coverage year; the payout given the household's usage so far. Submission and
 * its preview share it, so a preview refuses exactly what a submission would.
 */
async function assessClaim(input: CreateClaim, actor: Actor, mode: "read" | "act", store: Db) {
  if (input.incidentDate > chinaToday()) {
    throw validationFailed("The incident date is in the future", [
      { path: "body.incidentDate", message: "must not be after today", issue: "in_future" },
    ]);
  }
  const [household, scheme] = await Promise.all([
    // Unknown or outside the area alike; any other failure (no area, an outage) is not a missing household.
    Monitoring.householdInArea({ householdId: input.householdId, mode: "read" }, { actor, store }).catch((e: unknown) => {
      if (isDomainError(e) && e.code === "NOT_FOUND") return undefined;
      throw e;
    }),
    requireScheme(input.schemeId, store),
  ]);
  // A household outside the clerk's area is answered exactly as one that does not exist.
  if (!household) throw referenceNotFound("householdId", "Household", input.householdId);
  if (mode === "act") actArea(actor);
  assertEligible(household, scheme, input.cause);
  assertIncidentCovered(scheme, input.incidentDate, "body.incidentDate");
  const rule = scheme.rules[input.cause]!;
  const usage = await householdYearUsage(store, { householdId: household.householdId, schemeId: scheme.schemeId, year: capYear(scheme) });
  return { household, scheme, breakdown: explainPayout(rule, input.expenses, usage.usedFen) };
}

/**
 * Files a claim: eligibility and the incident's coverage are checked against the scheme's current
 * version; the preview is what the rule would pay today given the household's usage so far (the
 * approval checks and recomputes both).
 */
export async function submitClaim(
  input: CreateClaim,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<Claim> {
  const { household, scheme, breakdown } = await assessClaim(input, actor, "act", store);
  const filedFor: ClaimHousehold = {
    headName: household.headName,
    villageId: household.villageId,
    county: household.county,
    category: household.category,
    members: household.members,
  };
  return withIdempotencyKey(
    store,
    { scope: `claims#${actor.id}`, key: opts.idempotencyKey, payload: input, newId: () => newId("clm") },
    (claimId) =>
      recordClaim(store, actor, input, claimId, {
        payoutPreviewFen: breakdown.payoutFen,
        previewSchemeVersion: scheme.version,
        household: filedFor,
        province: household.province,
        city: household.city,
        county: household.county,
        township: household.township,
      }),
  );
}

/**
 * What POST /claims would answer for this body, without writing anything: its refusals, or the
 * payout its approval would commit now, step by step, beside the pool that must cover it.
 */
export async function previewClaim(input: CreateClaim, actor: Actor, store: Db = db()): Promise<PayoutPreview> {
  const [{ scheme, breakdown }, totals] = await Promise.all([
    assessClaim(input, actor, "read", store),
    findSchemeTotals(input.schemeId, store),
  ]);
  const poolBalanceFen = totals?.poolBalanceFen ?? 0;
  return {
    schemeId: scheme.schemeId,
    schemeVersion: scheme.version,
    householdId: input.householdId,
    cause: input.cause,
    causeLabel: CAUSE_LABELS[input.cause],
    coveragePeriod: coveragePeriod(scheme),
    payoutFen: breakdown.payoutFen,
    breakdown,
    poolBalanceFen,
    poolCovers: poolBalanceFen >= breakdown.payoutFen,
  };
}

/** Writes a new claim, its first audit event and the scheme's submitted count: once, whatever is resent. */
async function recordClaim(
  store: Db,
  actor: Actor,
  input: CreateClaim,
  claimId: string,
  preview: Pick<ClaimRecord, "payoutPreviewFen" | "previewSchemeVersion" | "household" | "province" | "city" | "county" | "township">,
): Promise<Claim> {
  const now = new Date().toISOString();
  const claim: ClaimRecord = {
    claimId,
    householdId: input.householdId,
    schemeId: input.schemeId,
    cause: input.cause,
    incidentDate: input.incidentDate,
    expenses: input.expenses,
    documents: input.documents,
    note: input.note ?? null,
    status: "submitted",
    version: 1,
    ...preview,
    approvedPayoutFen: null,
    schemeVersion: null,
    capApplied: null,
    caps: null,
    payoutBreakdown: null,
    submittedBy: actor.id,
    reviewedBy: null,
    approvedBy: null,
    rejectedBy: null,
    rejectionReason: null,
    disbursement: null,
    createdAt: now,
    updatedAt: now,
  };
  await runTransaction(store, {
    operation: `submit-claim:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", "The scheme is busy; submit the claim again"),
    plan: () => ({
      parts: {
        // A claim (or its first event) with this id exists: this request's earlier attempt filed it.
        ...newClaimParts(store, claim, { actor: actor.id, action: "submit" }),
        totals: schemeTotalsPart(store, claim.schemeId, {
          claim: { from: null, to: "submitted", cause: claim.cause },
          rejected: referenceNotFound("schemeId", "Scheme", claim.schemeId),
        }),
      },
      afterCommit: () => countMetric("ClaimsSubmitted"),
    }),
  });
  return readClaim(store, claimId);
}

/** The claim with its audit history, when it lies in the actor's area (404 otherwise, as for an unknown id). */
export async function getClaim(claimId: string, actor: Actor, store: Db = db()): Promise<Claim> {
  const claim = await readClaim(store, claimId);
  return withinArea(actor, claim, "Claim", claimId);
}

/** A claim as stored, when it lies in the actor's area and the actor may act on it. */
export async function loadClaimToAct(store: Db, claimId: string, actor: Actor): Promise<ClaimRecord> {
  return withinArea(actor, await loadClaim(store, claimId), "Claim", claimId, "act");
}

/**
 * Newest first, by the index that matches the filters (never a Scan), inside the actor's area: a
 * scheme's claims, or one county's. Claims of a scheme outside the area, of another county, or of
 * another township than a township clerk's, are filtered out, never shown.
 */
export async function listClaims(query: ClaimsQuery, actor: Actor, store: Db = db()): Promise<Page<Claim>> {
  const area = readArea(actor);
  const { status, schemeId } = query;
  const inArea = Object.entries(area).map(([level]) => `#${level} = :${level}`);
  const opts = {
    forward: false,
    ...(inArea.length
      ? {
          filter: {
            expression: inArea.join(" AND "),
            names: Object.fromEntries(Object.keys(area).map((level) => [`#${level}`, level])),
            values: Object.fromEntries(Object.entries(area).map(([level, name]) => [`:${level}`, name])),
          },
        }
      : {}),
  };
  let page: Page<ClaimRecord>;
  if (schemeId) {
    page = status
      ? await Claims.query.bySchemeStatus(store, { schemeId, status }, query, opts)
      : await Claims.query.byScheme(store, { schemeId }, query, opts);
  } else {
    const county = listCounty(area, query.county);
    if (county === null) return { items: [], nextCursor: null };
    page = status
      ? await Claims.query.byCountyStatus(store, { county, status }, query, opts)
      : await Claims.query.byCounty(store, { county }, query, opts);
  }
  return { items: page.items.map((c) => claimView(c)), nextCursor: page.nextCursor };
}

interface StatusChange {
  action: string;
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  note: string | null;
  /** A rule about who may take this step, checked on the claim as read; throws to refuse. */
  allow?: (claim: ClaimRecord) => void;
  set?: (claim: ClaimRecord, at: string) => ClaimChange["set"];
}

/**
 * Read, check the state, write the transition conditioned on the status and version read. When the
 * claim changed meanwhile the transaction is cancelled and the loop decides again on the fresh
 * state, so a disallowed transition always ends in INVALID_STATE with nothing written.
 */
async function changeStatus(claimId: string, actor: Actor, change: StatusChange, store: Db): Promise<Claim> {
  await runTransaction(store, {
    operation: `claim-${change.action}:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Claim ${claimId} is being changed by someone else; try again`),
    plan: async () => {
      const claim = await loadClaimToAct(store, claimId, actor);
      if (!change.from.includes(claim.status)) throw invalidState(claim, change.action, change.from);
      change.allow?.(claim);
      const at = new Date().toISOString();
      return {
        parts: {
          ...claimChangeParts(store, claim, {
            to: change.to,
            action: change.action,
            actor: actor.id,
            note: change.note,
            at,
            set: change.set?.(claim, at) ?? {},
          }),
          totals: schemeTotalsPart(store, claim.schemeId, { claim: { from: claim.status, to: change.to, cause: claim.cause } }),
        },
      };
    },
  });
  return readClaim(store, claimId);
}

export function reviewClaim(claimId: string, input: { decision: "pass" | "reject"; note: string }, actor: Actor, store: Db = db()) {
  const pass = input.decision === "pass";
  return changeStatus(
    claimId,
    actor,
    {
      action: pass ? "review_pass" : "review_reject",
      from: ["submitted"],
      to: pass ? "reviewed" : "rejected",
      note: input.note,
      allow: (claim) => assertMayReview(claim, actor),
      set: () => ({ reviewedBy: actor.id, ...(pass ? {} : { rejectedBy: actor.id, rejectionReason: input.note }) }),
    },
    store,
  );
}

export function rejectClaim(claimId: string, input: { reason: string }, actor: Actor, store: Db = db()) {
  return changeStatus(
    claimId,
    actor,
    {
      action: "reject",
      from: ["submitted", "reviewed"],
      to: "rejected",
      note: input.reason,
      set: () => ({ rejectedBy: actor.id, rejectionReason: input.reason }),
    },
    store,
  );
}

export function disburseClaim(claimId: string, input: { reference: string }, actor: Actor, store: Db = db()) {
  return changeStatus(
    claimId,
    actor,
    {
      action: "disburse",
      from: ["approved"],
      to: "paid",
      note: `reference ${input.reference}`,
      set: (_claim, at) => ({ disbursement: { reference: input.reference, by: actor.id, at } }),
    },
    store,
  );
}
