import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Actor } from "../platform/actor";
import type { Db } from "../platform/db";
import { conflict, notFound } from "../platform/errors";
import { claimIndexKeys, claimKeys, schemeKeys, statusCounter } from "./keys";
import type { CapApplied } from "./payout";
import { CAUSE_LABELS, type Cause, type ClaimStatus } from "./schemas";
import type { Part } from "../platform/transact";
import type { StoredItem } from "../platform/items";

export interface ClaimCaps {
  perClaimCapFen: number | null;
  perHouseholdYearCapFen: number | null;
  householdYearPaidBeforeFen: number;
  uncappedFen: number;
}

export interface ClaimRecord {
  claimId: string;
  householdId: string;
  schemeId: string;
  cause: Cause;
  incidentDate: string;
  expenses: { totalFen: number; reimbursedFen: number };
  documents: { kind: string; ref: string }[];
  note: string | null;
  status: ClaimStatus;
  /** Bumped by every transition; transitions are conditioned on it. */
  version: number;
  payoutPreviewFen: number;
  previewSchemeVersion: number;
  approvedPayoutFen: number | null;
  schemeVersion: number | null;
  capApplied: CapApplied | null;
  caps: ClaimCaps | null;
  submittedBy: string;
  reviewedBy: string | null;
  approvedBy: string | null;
  rejectedBy: string | null;
  rejectionReason: string | null;
  disbursement: { reference: string; by: string; at: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimEvent {
  actor: string;
  action: string;
  from: ClaimStatus | null;
  to: ClaimStatus;
  time: string;
  note: string | null;
}

export type ClaimView = Omit<ClaimRecord, "version"> & { causeLabel: string; history?: ClaimEvent[] };

const FIELDS = [
  "claimId",
  "householdId",
  "schemeId",
  "cause",
  "incidentDate",
  "expenses",
  "documents",
  "note",
  "status",
  "version",
  "payoutPreviewFen",
  "previewSchemeVersion",
  "approvedPayoutFen",
  "schemeVersion",
  "capApplied",
  "caps",
  "submittedBy",
  "reviewedBy",
  "approvedBy",
  "rejectedBy",
  "rejectionReason",
  "disbursement",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof ClaimRecord)[];

export function toRecord(item: StoredItem): ClaimRecord {
  const record: Record<string, unknown> = {};
  for (const f of FIELDS) record[f] = item[f] ?? null;
  return record as unknown as ClaimRecord;
}

export function toView({ version: _v, ...rest }: ClaimRecord, history?: ClaimEvent[]): ClaimView {
  return { ...rest, causeLabel: CAUSE_LABELS[rest.cause], ...(history ? { history } : {}) };
}

export async function findClaim(claimId: string, store: Db): Promise<ClaimRecord | undefined> {
  const out = await store.client.send(new GetCommand({ TableName: store.tableName, Key: claimKeys.item(claimId), ConsistentRead: true }));
  return out.Item ? toRecord(out.Item) : undefined;
}

export async function loadClaim(claimId: string, store: Db): Promise<ClaimRecord> {
  const claim = await findClaim(claimId, store);
  if (!claim) throw notFound("Claim", claimId);
  return claim;
}

/** A claim's audit trail: one Query on its partition, oldest first. */
export async function claimHistory(claimId: string, store: Db): Promise<ClaimEvent[]> {
  const events: ClaimEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": claimKeys.item(claimId).pk, ":prefix": claimKeys.eventPrefix() },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const e of out.Items ?? [])
      events.push({ actor: e.actor, action: e.action, from: e.from ?? null, to: e.to, time: e.time, note: e.note ?? null });
    start = out.LastEvaluatedKey;
  } while (start);
  return events;
}

export const invalidState = (claim: ClaimRecord, action: string, allowed: readonly ClaimStatus[]) =>
  conflict("INVALID_STATE", `Claim ${claim.claimId} is ${claim.status}; ${action} needs a claim that is ${allowed.join(" or ")}`, [
    { path: "status", message: `is ${claim.status}`, status: claim.status, allowed: [...allowed] },
  ]);

/** A condition on one item of the transition, with its own placeholder prefix so parts never clash. */
export interface ItemCondition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export interface TransitionWrite {
  claim: ClaimRecord;
  actor: Actor;
  action: string;
  to: ClaimStatus;
  note: string | null;
  at: string;
  /** Other claim attributes to set with the status. */
  set?: Record<string, unknown>;
  /** A condition on the claim beside its status and version (names prefixed #c, values :c). */
  claimCondition?: ItemCondition;
  /** More numbers to ADD on the scheme totals item, beside the status counters. */
  totalsAdd?: Record<string, number>;
  /** A condition on the totals item, with its own placeholders (names prefixed #t, values :t). */
  totalsCondition?: ItemCondition;
}

/**
 * The three parts of every state change, for one transaction: the claim moves from the status and
 * version that were read (so a concurrent change cancels it: read again), the audit event for the
 * new version is created and can never be overwritten, and the scheme's status counters move with it.
 */
export function transitionParts(store: Db, w: TransitionWrite): { claim: Part; event: Part; totals: Part } {
  const { claim } = w;
  const next = claim.version + 1;
  const setFields: Record<string, unknown> = {
    status: w.to,
    updatedAt: w.at,
    ...claimIndexKeys(claim.claimId, claim.schemeId, w.to),
    ...w.set,
  };
  const names: Record<string, string> = { "#status": "status", "#version": "version", ...w.claimCondition?.names };
  const values: Record<string, unknown> = { ":from": claim.status, ":read": claim.version, ":next": next, ...w.claimCondition?.values };
  const assignments = Object.entries(setFields).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    return `#f${i} = :f${i}`;
  });

  const add: Record<string, number> = { [statusCounter(claim.status)]: -1, [statusCounter(w.to)]: 1, ...w.totalsAdd };
  const tNames: Record<string, string> = { ...w.totalsCondition?.names };
  const tValues: Record<string, unknown> = { ...w.totalsCondition?.values };
  const adds = Object.entries(add).map(([k, v], i) => {
    tNames[`#a${i}`] = k;
    tValues[`:a${i}`] = v;
    return `#a${i} :a${i}`;
  });

  return {
    claim: {
      write: {
        Update: {
          TableName: store.tableName,
          Key: claimKeys.item(claim.claimId),
          UpdateExpression: `SET ${assignments.join(", ")}, #version = :next`,
          ConditionExpression: `#status = :from AND #version = :read${w.claimCondition ? ` AND (${w.claimCondition.expression})` : ""}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
    event: {
      write: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...claimKeys.event(claim.claimId, next),
            type: "claim_event",
            claimId: claim.claimId,
            actor: w.actor.id,
            action: w.action,
            from: claim.status,
            to: w.to,
            time: w.at,
            note: w.note,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    },
    totals: {
      write: {
        Update: {
          TableName: store.tableName,
          Key: schemeKeys.totals(claim.schemeId),
          UpdateExpression: `ADD ${adds.join(", ")}`,
          ...(w.totalsCondition ? { ConditionExpression: w.totalsCondition.expression } : {}),
          ExpressionAttributeNames: tNames,
          ExpressionAttributeValues: tValues,
        },
      },
    },
  };
}
