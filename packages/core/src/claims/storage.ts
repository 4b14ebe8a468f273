import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../platform/db";
import { entity } from "../platform/entity";
import { fen } from "../platform/money";
import type { Part } from "../platform/transact";
import { type Condition, updateWrite } from "../platform/update";
import { HOUSEHOLD_CATEGORIES } from "../monitoring/households/schemas";
import {
  CAUSES,
  type Cause,
  type Claim,
  ClaimEventRecord,
  ClaimRecord,
  claimView,
  type ClaimStatus,
  SchemeTotals,
  SchemeVersion,
  StoredTopUp,
} from "./schemas";

/**
 * The claims context's storage seam: its entities, declared once (keys, named indexes, record
 * schema), and the transaction parts its operations are made of. Nothing outside this module
 * builds a claims key, names an index or writes a condition.
 *
 * Everything about a scheme lives in its partition (versions, head, totals, top-ups, paid-household
 * markers); a claim's partition holds the claim, its audit events (so history is one Query) and its
 * payout marker; a household's yearly usage of a scheme lives in the household's partition.
 */
const pad = (n: number) => String(n).padStart(6, "0");
const schemePartition = (schemeId: string) => `SCHEME#${schemeId}`;
const claimPartition = (claimId: string) => `CLAIM#${claimId}`;
const EVENT_PREFIX = "EVENT#";

/** Every version is its own immutable item, so an approval can later show the rule it used. */
export const SchemeVersions = entity(SchemeVersion, {
  type: "scheme_version",
  key: ({ schemeId, version }: { schemeId: string; version: number }) => ({ pk: schemePartition(schemeId), sk: `VERSION#${pad(version)}` }),
});

/** The current version's pointer and copy; the schemes' list (GET /schemes) is their index. */
export const SchemeHeads = entity(SchemeVersion, {
  type: "scheme_head",
  key: ({ schemeId }: { schemeId: string }) => ({ pk: schemePartition(schemeId), sk: "HEAD" }),
  indexes: {
    all: { index: "gsi4", partition: () => "SCHEMES", partitionOf: () => ({}), sort: (s) => s.schemeId },
    byCounty: {
      index: "gsi1",
      partition: ({ county }: { county: string }) => `SCHEMES#COUNTY#${county}`,
      partitionOf: (s) => ({ county: s.county }),
      sort: (s) => s.schemeId,
    },
  },
});

/** Pool balance, paid total, top-ups, claim counts by status, households paid, people covered. */
export const Totals = entity(SchemeTotals, {
  type: "scheme_totals",
  key: ({ schemeId }: { schemeId: string }) => ({ pk: schemePartition(schemeId), sk: "TOTALS" }),
});

/** A scheme's top-ups, listed by their time-sortable ids. */
export const TopUps = entity(StoredTopUp, {
  type: "scheme_top_up",
  key: ({ schemeId, topUpId }: { schemeId: string; topUpId: string }) => ({ pk: schemePartition(schemeId), sk: `TOPUP#${topUpId}` }),
  indexes: {
    byScheme: {
      index: "gsi1",
      partition: ({ schemeId }: { schemeId: string }) => `${schemePartition(schemeId)}#TOPUPS`,
      partitionOf: (t) => ({ schemeId: t.schemeId }),
      sort: (t) => t.topUpId,
    },
  },
});

/** Exists once a household had its first payout in the scheme (householdsPaid, peopleCovered). */
export const PaidHouseholds = entity(
  z.object({ schemeId: z.string(), householdId: z.string(), members: z.number().int(), firstClaimId: z.string(), at: z.string() }),
  {
    type: "scheme_paid_household",
    key: ({ schemeId, householdId }: { schemeId: string; householdId: string }) => ({
      pk: schemePartition(schemeId),
      sk: `PAIDHOUSEHOLD#${householdId}`,
    }),
  },
);

/**
 * Claims by the filters of GET /claims, newest first by their time-sortable ids. Lists outside a
 * scheme are per county: staff list their own county's (DESIGN decision 16).
 */
export const Claims = entity(ClaimRecord, {
  type: "claim",
  key: ({ claimId }: { claimId: string }) => ({ pk: claimPartition(claimId), sk: "CLAIM" }),
  indexes: {
    byCountyStatus: {
      index: "gsi1",
      partition: ({ county, status }: { county: string; status: ClaimStatus }) => `CLAIMS#COUNTY#${county}#STATUS#${status}`,
      partitionOf: (c) => ({ county: c.county, status: c.status }),
      sort: (c) => c.claimId,
    },
    bySchemeStatus: {
      index: "gsi2",
      partition: ({ schemeId, status }: { schemeId: string; status: ClaimStatus }) => `CLAIMS#SCHEME#${schemeId}#STATUS#${status}`,
      partitionOf: (c) => ({ schemeId: c.schemeId, status: c.status }),
      sort: (c) => c.claimId,
    },
    byScheme: {
      index: "gsi3",
      partition: ({ schemeId }: { schemeId: string }) => `CLAIMS#SCHEME#${schemeId}`,
      partitionOf: (c) => ({ schemeId: c.schemeId }),
      sort: (c) => c.claimId,
    },
    byCounty: {
      index: "gsi4",
      partition: ({ county }: { county: string }) => `CLAIMS#COUNTY#${county}`,
      partitionOf: (c) => ({ county: c.county }),
      sort: (c) => c.claimId,
    },
  },
});

/** The audit trail: one event per claim version, never overwritten. */
export const ClaimEvents = entity(ClaimEventRecord, {
  type: "claim_event",
  key: ({ claimId, seq }: { claimId: string; seq: number }) => ({ pk: claimPartition(claimId), sk: `${EVENT_PREFIX}${pad(seq)}` }),
});

/** Written once by the approval: a claim is paid out at most once. */
export const Payouts = entity(
  z.object({
    claimId: z.string(),
    schemeId: z.string(),
    schemeVersion: z.number().int(),
    householdId: z.string(),
    year: z.string(),
    payoutFen: fen(),
    approvedBy: z.string(),
    at: z.string(),
    // What the public notice of an approved claim shows (absent from payouts approved before it was kept).
    notice: z
      .object({
        county: z.string(),
        township: z.string(),
        villageName: z.string(),
        headName: z.string(),
        category: z.enum(HOUSEHOLD_CATEGORIES),
        cause: z.enum(CAUSES),
      })
      .optional(),
  }),
  {
    type: "claim_payout",
    key: ({ claimId }: { claimId: string }) => ({ pk: claimPartition(claimId), sk: "PAYOUT" }),
    indexes: {
      /** A county's payouts by approval time: the claims on public notice are the latest few days' (monitoring/notices). */
      byCountyApproved: {
        index: "gsi1",
        partition: ({ county }: { county: string }) => `PAYOUTS#COUNTY#${county}`,
        partitionOf: (p) => ({ county: p.notice?.county ?? "" }),
        sort: (p) => `${p.at}#${p.claimId}`,
        when: (p) => p.notice !== undefined,
      },
    },
  },
);

interface UsageIds {
  householdId: string;
  schemeId: string;
  /** The coverage year (the scheme's year). */
  year: string;
}

/** What a household received from one scheme in one coverage year. */
export const HouseholdYears = entity(
  z.object({ householdId: z.string(), schemeId: z.string(), year: z.string(), usedFen: fen(), approvedClaims: z.number().int() }),
  {
    type: "household_year_usage",
    key: ({ householdId, schemeId, year }: UsageIds) => ({ pk: `HOUSEHOLD#${householdId}`, sk: `USAGE#${schemeId}#${year}` }),
  },
);

// Reads.

/** A claim's audit trail, oldest first: one consistent Query on its partition. */
/** The current version (the head's copy), read consistently (approvals condition on it), or undefined for an unknown scheme. */
export const currentScheme = (store: Db, schemeId: string) => SchemeHeads.find(store, { schemeId }, { consistent: true });

/** The claim as stored, read consistently (transitions condition on it), or 404. */
export const loadClaim = (store: Db, claimId: string) => Claims.get(store, { claimId }, "Claim", claimId, { consistent: true });

/** The claim with its audit history, as a response shows it. */
export async function readClaim(store: Db, claimId: string): Promise<Claim> {
  const [claim, history] = await Promise.all([loadClaim(store, claimId), claimHistory(store, claimId)]);
  return claimView(claim, history);
}

export async function claimHistory(store: Db, claimId: string): Promise<ClaimEventRecord[]> {
  const events: ClaimEventRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": claimPartition(claimId), ":prefix": EVENT_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    events.push(...(out.Items ?? []).map(ClaimEvents.parse));
    start = out.LastEvaluatedKey;
  } while (start);
  return events;
}

export interface Usage {
  exists: boolean;
  usedFen: number;
}

/** What the household already received from the scheme in that year (0 when nothing yet), read consistently. */
export async function householdYearUsage(store: Db, ids: UsageIds): Promise<Usage> {
  const usage = await HouseholdYears.find(store, ids, { consistent: true });
  return { exists: usage !== undefined, usedFen: usage?.usedFen ?? 0 };
}

// Transaction parts.

/** Moves a scheme's head to a new version n, refused unless it is still at n − 1 (or absent, for the first). */
export function schemeHeadPart(store: Db, version: SchemeVersion): Part {
  const first = version.version === 1;
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item: SchemeHeads.item(version),
        // Two concurrent PUTs cannot both become version n.
        ...(first
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : {
              ConditionExpression: "#version = :previous",
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":previous": version.version - 1 },
            }),
      },
    },
  };
}

/** Checks that the scheme's current version is still the one a decision used. */
export function schemeStillAtPart(store: Db, schemeId: string, version: number): Part {
  return {
    write: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: SchemeHeads.key({ schemeId }),
        ConditionExpression: "#version = :version",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":version": version },
      },
    },
  };
}

export interface TotalsChange {
  /** Money and counts to add (negative to take away). */
  add?: Partial<Pick<SchemeTotals, "poolBalanceFen" | "paidFen" | "toppedUpFen" | "householdsPaid" | "peopleCovered">>;
  /** A claim that moved between statuses (from none: a new claim): its counters, and its cause's, move with it. */
  claim?: { from: ClaimStatus | null; to: ClaimStatus; cause: Cause };
  /** Refused unless the pool holds at least this much (the pool limit). */
  poolCovers?: number;
  /** The totals item exists with its scheme, so a refusal means an unknown scheme or a short pool. Default "retry". */
  rejected?: Part["rejected"];
}

/** The one writer of a scheme's totals item: atomic ADDs, conditioned on the scheme existing and, for a payout, on the pool. */
export function schemeTotalsPart(store: Db, schemeId: string, change: TotalsChange): Part {
  const add: Record<string, number> = {};
  for (const [k, v] of Object.entries(change.add ?? {})) if (v !== undefined) add[k] = v;
  if (change.claim?.from) add[`byStatus.${change.claim.from}`] = -1;
  if (change.claim) add[`byStatus.${change.claim.to}`] = 1;
  if (change.claim?.from === null) add[`byCause.${change.claim.cause}.claims`] = 1;
  if (change.claim && change.add?.paidFen) add[`byCause.${change.claim.cause}.paidFen`] = change.add.paidFen;
  const condition: Condition =
    change.poolCovers === undefined
      ? { expression: "attribute_exists(pk)" }
      : { expression: "attribute_exists(pk) AND poolBalanceFen >= :covers", values: { ":covers": change.poolCovers } };
  return {
    write: updateWrite(store, Totals.key({ schemeId }), { add, condition }),
    ...(change.rejected ? { rejected: change.rejected } : {}),
  };
}

/**
 * Adds a payout to the household's usage of the scheme in the year. Under a yearly cap it is
 * conditioned on the usage read (absent, or exactly what was read and at most cap − payout), so a
 * concurrent approval for the same household cancels this one, which then recomputes: the cap holds
 * exactly. Without a cap concurrent approvals need not queue on the household: ADD is atomic.
 */
export function householdYearUsagePart(store: Db, ids: UsageIds, u: { payoutFen: number; capFen: number | null; read: Usage }): Part {
  const condition: Condition | undefined =
    u.capFen === null
      ? undefined
      : u.read.exists
        ? {
            expression: "usedFen = :read AND usedFen <= :capMinusPayout",
            values: { ":read": u.read.usedFen, ":capMinusPayout": u.capFen - u.payoutFen },
          }
        : { expression: "attribute_not_exists(pk)" };
  return {
    write: updateWrite(store, HouseholdYears.key(ids), {
      add: { usedFen: u.payoutFen, approvedClaims: 1 },
      set: { householdId: ids.householdId, schemeId: ids.schemeId, year: ids.year },
      condition,
    }),
  };
}

/** A new claim and its first audit event; finding either taken means an earlier send of this very write committed. */
export function newClaimParts(store: Db, claim: ClaimRecord, event: { actor: string; action: string }): { claim: Part; event: Part } {
  const first = { claimId: claim.claimId, seq: claim.version, from: null, to: claim.status, time: claim.createdAt, note: claim.note };
  return {
    claim: Claims.create(store, claim, "already_done"),
    event: ClaimEvents.create(store, { ...first, ...event }, "already_done"),
  };
}

export interface ClaimChange {
  to: ClaimStatus;
  action: string;
  actor: string;
  note: string | null;
  at: string;
  /** Other claim fields that change with the status. */
  set?: Partial<Omit<ClaimRecord, "claimId" | "status" | "version">>;
  /** Also requires the stored incident date to lie in this period (inclusive ISO dates). */
  incidentWithin?: { from: string; to: string };
}

/**
 * A state change of a claim, for one transaction: the claim moves on from the status and version
 * that were read (a concurrent change cancels it: read again) to the next version, re-indexed under
 * its new status, and the audit event of that version is created, never to be overwritten.
 */
export function claimChangeParts(store: Db, claim: ClaimRecord, change: ClaimChange): { claim: Part; event: Part } {
  const next: ClaimRecord = { ...claim, ...change.set, status: change.to, updatedAt: change.at, version: claim.version + 1 };
  const within = change.incidentWithin;
  return {
    claim: {
      write: {
        Put: {
          TableName: store.tableName,
          Item: Claims.item(next),
          ConditionExpression: `#status = :from AND #version = :read${within ? " AND #incident BETWEEN :firstDay AND :lastDay" : ""}`,
          ExpressionAttributeNames: { "#status": "status", "#version": "version", ...(within ? { "#incident": "incidentDate" } : {}) },
          ExpressionAttributeValues: {
            ":from": claim.status,
            ":read": claim.version,
            ...(within ? { ":firstDay": within.from, ":lastDay": within.to } : {}),
          },
        },
      },
    },
    event: ClaimEvents.create(store, {
      claimId: claim.claimId,
      seq: next.version,
      actor: change.actor,
      action: change.action,
      from: claim.status,
      to: change.to,
      time: change.at,
      note: change.note,
    }),
  };
}
