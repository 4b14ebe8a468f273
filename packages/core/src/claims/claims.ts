import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { referenceNotFound } from "../catalog/suppliers";
import { findHousehold } from "../households/households";
import type { Actor } from "../platform/actor";
import { chinaToday } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { countMetric } from "../platform/metrics";
import { conflict, validationFailed } from "../platform/errors";
import { newId } from "../platform/ids";
import { queryPage, type Page } from "../platform/pagination";
import type { IndexName } from "../platform/table";
import {
  claimHistory,
  invalidState,
  loadClaim,
  toRecord,
  toView,
  transitionParts,
  type ClaimRecord,
  type ClaimView,
  type TransitionWrite,
} from "./claim-records";
import { assertIncidentCovered, capYear } from "./coverage";
import { assertEligible } from "./eligibility";
import { claimIndexKeys, claimKeys, schemeKeys, statusCounter, usageKeys } from "./keys";
import { computePayout } from "./payout";
import type { ClaimStatus, ClaimsQuery, CreateClaim } from "./schemas";
import { requireScheme } from "./schemes";
import { assertMayReview } from "./separation-of-duties";
import { withIdempotencyKey } from "../platform/idempotency";
import { runTransaction } from "../platform/transact";
import type { StoredItem } from "../platform/items";

/** What the household already received from the scheme in that year (0 when nothing yet). */
export async function householdYearUsage(store: Db, householdId: string, schemeId: string, year: string) {
  const out = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: usageKeys.householdYear(householdId, schemeId, year), ConsistentRead: true }),
  );
  return { exists: !!out.Item, usedFen: Number(out.Item?.usedFen ?? 0) };
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
): Promise<ClaimView> {
  if (input.incidentDate > chinaToday()) {
    throw validationFailed("The incident date is in the future", [{ path: "body.incidentDate", message: "must not be after today" }]);
  }
  const [household, scheme] = await Promise.all([findHousehold(input.householdId, store), requireScheme(input.schemeId, store)]);
  if (!household) throw referenceNotFound("householdId", "Household", input.householdId);
  assertEligible(household, scheme, input.cause);
  assertIncidentCovered(scheme, input.incidentDate, "body.incidentDate");
  const rule = scheme.rules[input.cause]!;
  const usage = await householdYearUsage(store, household.householdId, scheme.schemeId, capYear(scheme));
  const preview = computePayout(rule, input.expenses, usage.usedFen);

  return withIdempotencyKey(
    store,
    { scope: `claims#${actor.id}`, key: opts.idempotencyKey, payload: input, newId: () => newId("clm") },
    (claimId) => recordClaim(store, actor, input, claimId, { payoutPreviewFen: preview.payoutFen, previewSchemeVersion: scheme.version }),
  );
}

/** Writes a new claim, its first audit event and the scheme's submitted count: once, whatever is resent. */
async function recordClaim(
  store: Db,
  actor: Actor,
  input: CreateClaim,
  claimId: string,
  preview: Pick<ClaimRecord, "payoutPreviewFen" | "previewSchemeVersion">,
): Promise<ClaimView> {
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
        // A claim with this id exists: this request's earlier attempt filed it.
        claim: {
          write: {
            Put: {
              TableName: store.tableName,
              Item: { ...claimKeys.item(claimId), type: "claim", ...claim, ...claimIndexKeys(claimId, claim.schemeId, "submitted") },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          rejected: "already_done",
        },
        event: {
          write: {
            Put: {
              TableName: store.tableName,
              Item: {
                ...claimKeys.event(claimId, 1),
                type: "claim_event",
                claimId,
                actor: actor.id,
                action: "submit",
                from: null,
                to: "submitted",
                time: now,
                note: claim.note,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          rejected: "already_done",
        },
        totals: {
          write: {
            Update: {
              TableName: store.tableName,
              Key: schemeKeys.totals(claim.schemeId),
              UpdateExpression: "ADD #submitted :one",
              ConditionExpression: "attribute_exists(pk)",
              ExpressionAttributeNames: { "#submitted": statusCounter("submitted") },
              ExpressionAttributeValues: { ":one": 1 },
            },
          },
          rejected: referenceNotFound("schemeId", "Scheme", claim.schemeId),
        },
      },
      afterCommit: () => countMetric("ClaimsSubmitted"),
    }),
  });
  return getClaim(claimId, store);
}

export async function getClaim(claimId: string, store: Db = db()): Promise<ClaimView> {
  const [claim, history] = await Promise.all([loadClaim(claimId, store), claimHistory(claimId, store)]);
  return toView(claim, history);
}

/** Newest first, by the index that matches the filters (never a Scan). */
export async function listClaims(query: ClaimsQuery, store: Db = db()): Promise<Page<ClaimView>> {
  const { status, schemeId } = query;
  const [index, partitionValue]: [IndexName, string] =
    status && schemeId
      ? ["gsi2", claimKeys.bySchemeStatus(schemeId, status)]
      : status
        ? ["gsi1", claimKeys.byStatus(status)]
        : schemeId
          ? ["gsi3", claimKeys.byScheme(schemeId)]
          : ["gsi4", claimKeys.all()];
  const page = await queryPage<StoredItem>(store, { index, partitionValue, forward: false }, query);
  return { items: page.items.map((i) => toView(toRecord(i))), nextCursor: page.nextCursor };
}

interface StatusChange {
  action: string;
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  note: string | null;
  /** A rule about who may take this step, checked on the claim as read; throws to refuse. */
  allow?: (claim: ClaimRecord) => void;
  set?: (claim: ClaimRecord, at: string) => Record<string, unknown>;
}

/**
 * Read, check the state, write the transition conditioned on the status and version read. When the
 * claim changed meanwhile the transaction is cancelled and the loop decides again on the fresh
 * state, so a disallowed transition always ends in INVALID_STATE with nothing written.
 */
async function changeStatus(claimId: string, actor: Actor, change: StatusChange, store: Db): Promise<ClaimView> {
  await runTransaction(store, {
    operation: `claim-${change.action}:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Claim ${claimId} is being changed by someone else; try again`),
    plan: async () => {
      const claim = await loadClaim(claimId, store);
      if (!change.from.includes(claim.status)) throw invalidState(claim, change.action, change.from);
      change.allow?.(claim);
      const at = new Date().toISOString();
      const write: TransitionWrite = {
        claim,
        actor,
        action: change.action,
        to: change.to,
        note: change.note,
        at,
        set: change.set?.(claim, at) ?? {},
      };
      return { parts: transitionParts(store, write) };
    },
  });
  return getClaim(claimId, store);
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
