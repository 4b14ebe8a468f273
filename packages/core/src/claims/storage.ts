import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../platform/db";
import { entity, type ItemKey } from "../platform/entity";
import { fen } from "../platform/money";
import type { Part } from "../platform/transact";
import { type Condition, updateWrite } from "../platform/update";
import { HOUSEHOLD_CATEGORIES } from "../monitoring/households/schemas";
import {
  type Cause,
  type Claim,
  ClaimEventRecord,
  ClaimRecord,
  type ClaimStage,
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

/**
 * An open claim's deadline, indexed by county and due date so `?overdue=true` is one Query of the
 * longest overdue first. Deleted when the claim closes (paid or rejected), by claimChangeParts.
 */
export const ClaimDeadlines = entity(z.object({ claimId: z.string(), county: z.string(), township: z.string(), dueOn: z.string() }), {
  type: "claim_deadline",
  key: ({ claimId }: { claimId: string }) => ({ pk: claimPartition(claimId), sk: "DEADLINE" }),
  indexes: {
    openByCounty: {
      index: "gsi1",
      partition: ({ county }: { county: string }) => `CLAIMS#COUNTY#${county}#OPEN`,
      partitionOf: (d) => ({ county: d.county }),
      sort: (d) => `${d.dueOn}#${d.claimId}`,
    },
  },
});

/**
 * A claim's 公示 on the public board, written with the step that starts the notice: what the board
 * shows (the head's name is masked by the board) and the dates. A county's running notices are a
 * key range by last day, as the assessments' are; it leaves the board when the claim closes.
 */
export const ClaimNotices = entity(
  z.object({
    claimId: z.string(),
    county: z.string(),
    township: z.string(),
    villageName: z.string(),
    headName: z.string(),
    cause: z.string(),
    causeLabel: z.string(),
    proposedFen: fen(),
    startsOn: z.string(),
    endsOn: z.string(),
  }),
  {
    type: "claim_notice",
    key: ({ claimId }: { claimId: string }) => ({ pk: claimPartition(claimId), sk: "NOTICE" }),
    indexes: {
      byCounty: {
        index: "gsi1",
        partition: ({ county }: { county: string }) => `CLAIM_NOTICES#COUNTY#${county}`,
        partitionOf: (n) => ({ county: n.county }),
        sort: (n) => `${n.endsOn}#${n.claimId}`,
      },
    },
  },
);

/** The audit trail: one event per claim version, never overwritten. */
export const ClaimEvents = entity(ClaimEventRecord, {
  type: "claim_event",
  key: ({ claimId, seq }: { claimId: string; seq: number }) => ({ pk: claimPartition(claimId), sk: `${EVENT_PREFIX}${pad(seq)}` }),
});

/**
 * Audit events that change nothing on the claim (a document confirmed or viewed): filed under the
 * version they saw, then by time, so history (one Query of EVENT#) lists them between that
 * version's event and the next.
 */
const DocumentEvents = entity(ClaimEventRecord, {
  type: "claim_event",
  key: ({ claimId, seq, time, document }: Pick<ClaimEventRecord, "claimId" | "seq" | "time" | "document">) => ({
    pk: claimPartition(claimId),
    sk: `${EVENT_PREFIX}${pad(seq)}#${time}#${document?.viewId ?? document?.documentId}`,
  }),
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
        cause: z.string(),
        causeLabel: z.string(),
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

interface PersonIds extends UsageIds {
  memberId: string;
}

/** What one member received from one scheme in one coverage year (per-person caps). */
export const PersonYears = entity(
  z.object({
    householdId: z.string(),
    memberId: z.string(),
    schemeId: z.string(),
    year: z.string(),
    usedFen: fen(),
    approvedClaims: z.number().int(),
  }),
  {
    type: "person_year_usage",
    key: ({ householdId, schemeId, year, memberId }: PersonIds) => ({
      pk: `HOUSEHOLD#${householdId}`,
      sk: `USAGE#${schemeId}#${year}#PERSON#${memberId}`,
    }),
  },
);

export interface BasisIds extends UsageIds {
  cause: Cause;
  /** The member on the person_year basis; null on the household_year basis. */
  memberId: string | null;
}

/**
 * An annual basis (DOMAIN.md §6): the burden the household's (or person's) approved claims of a
 * cause added up to in the coverage year, and what they were paid; a claim is paid the increment.
 */
export const BasisYears = entity(
  z.object({
    householdId: z.string(),
    memberId: z.string().nullable(),
    schemeId: z.string(),
    year: z.string(),
    cause: z.string(),
    burdenFen: fen(),
    paidFen: fen(),
    claims: z.number().int(),
  }),
  {
    type: "claim_basis_year",
    key: ({ householdId, schemeId, year, cause, memberId }: BasisIds) => ({
      pk: `HOUSEHOLD#${householdId}`,
      sk: `BURDEN#${schemeId}#${year}#${cause}#${memberId === null ? "HOUSEHOLD" : `PERSON#${memberId}`}`,
    }),
  },
);

/** Which claim first listed an invoice, by its number as compared (schemas.invoiceKey). */
export const InvoiceMarkers = entity(
  z.object({ invoiceKey: z.string(), number: z.string(), claimId: z.string(), householdId: z.string() }),
  {
    type: "claim_invoice",
    key: ({ invoiceKey }: { invoiceKey: string }) => ({ pk: `INVOICE#${invoiceKey}`, sk: "CLAIM" }),
  },
);

const CLAIMREF_PREFIX = "CLAIMREF#";
/** A household's claims by incident date, to find the same incident claimed twice. */
export const ClaimRefs = entity(
  z.object({
    householdId: z.string(),
    claimId: z.string(),
    cause: z.string(),
    incidentDate: z.string(),
    memberId: z.string().nullable().describe("the member the claim is for; null for the household"),
  }),
  {
    type: "claim_ref",
    key: ({ householdId, incidentDate, claimId }: { householdId: string; incidentDate: string; claimId: string }) => ({
      pk: `HOUSEHOLD#${householdId}`,
      sk: `${CLAIMREF_PREFIX}${incidentDate}#${claimId}`,
    }),
  },
);

/** Counts a household's filed claims: filing is conditioned on it, so two filings cannot both miss each other as duplicates. */
export const ClaimGuards = entity(z.object({ householdId: z.string(), claims: z.number().int() }), {
  type: "claim_guard",
  key: ({ householdId }: { householdId: string }) => ({ pk: `HOUSEHOLD#${householdId}`, sk: "CLAIMGUARD" }),
});

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

export const claimHistory = async (store: Db, claimId: string): Promise<ClaimEventRecord[]> =>
  (await itemsUnder(store, claimPartition(claimId), EVENT_PREFIX)).map(ClaimEvents.parse);

/** Every item of a partition under a sort-key prefix, oldest first, read consistently, all pages. */
export async function itemsUnder(store: Db, pk: string, prefix: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
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

/** The household's claims whose incident lies between two dates (inclusive), at most 100. */
export async function claimRefsBetween(store: Db, householdId: string, from: string, to: string) {
  const out = await store.client.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: {
        ":pk": `HOUSEHOLD#${householdId}`,
        ":from": `${CLAIMREF_PREFIX}${from}`,
        ":to": `${CLAIMREF_PREFIX}${to}#~`,
      },
      ConsistentRead: true,
      Limit: 100,
    }),
  );
  return (out.Items ?? []).map(ClaimRefs.parse);
}

export async function personYearUsage(store: Db, ids: PersonIds): Promise<Usage> {
  const usage = await PersonYears.find(store, ids, { consistent: true });
  return { exists: usage !== undefined, usedFen: usage?.usedFen ?? 0 };
}

export interface BasisUsage {
  exists: boolean;
  burdenFen: number;
  paidFen: number;
}

export async function basisYearUsage(store: Db, ids: BasisIds): Promise<BasisUsage> {
  const usage = await BasisYears.find(store, ids, { consistent: true });
  return { exists: usage !== undefined, burdenFen: usage?.burdenFen ?? 0, paidFen: usage?.paidFen ?? 0 };
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

/** The condition that a usage item is still as read: absent, or at exactly the amounts read. */
function stillAsRead(exists: boolean, read: Record<string, number>, extra?: Condition): Condition {
  if (!exists) return { expression: "attribute_not_exists(pk)" };
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ...extra?.values };
  const clauses = Object.entries(read).map(([name, value], i) => {
    names[`#r${i}`] = name;
    values[`:r${i}`] = value;
    return `#r${i} = :r${i}`;
  });
  if (extra) clauses.push(extra.expression);
  return { expression: clauses.join(" AND "), names: { ...names, ...extra?.names }, values };
}

/**
 * Adds a payout to a yearly usage (the household's or a member's). Under a yearly cap it is
 * conditioned on the usage read (absent, or exactly what was read and at most cap − payout), so a
 * concurrent approval for the same household or person cancels this one, which then recomputes:
 * the cap holds exactly. Without a cap concurrent approvals need not queue: ADD is atomic.
 */
function yearUsagePart(
  store: Db,
  key: ItemKey,
  set: Record<string, unknown>,
  u: { payoutFen: number; capFen: number | null; read: Usage },
): Part {
  const condition =
    u.capFen === null
      ? undefined
      : stillAsRead(
          u.read.exists,
          { usedFen: u.read.usedFen },
          { expression: "usedFen <= :capMinusPayout", values: { ":capMinusPayout": u.capFen - u.payoutFen } },
        );
  return { write: updateWrite(store, key, { add: { usedFen: u.payoutFen, approvedClaims: 1 }, set, condition }) };
}

export const householdYearUsagePart = (store: Db, ids: UsageIds, u: { payoutFen: number; capFen: number | null; read: Usage }): Part =>
  yearUsagePart(store, HouseholdYears.key(ids), { householdId: ids.householdId, schemeId: ids.schemeId, year: ids.year }, u);

export const personYearUsagePart = (store: Db, ids: PersonIds, u: { payoutFen: number; capFen: number | null; read: Usage }): Part =>
  yearUsagePart(store, PersonYears.key(ids), { ...ids }, u);

/**
 * Adds a claim's burden and payout to its annual basis, always conditioned on the amounts read:
 * the increment a claim is paid rests on them, so two approvals on one basis run one after the other.
 */
export function basisYearPart(store: Db, ids: BasisIds, u: { burdenFen: number; payoutFen: number; read: BasisUsage }): Part {
  return {
    write: updateWrite(store, BasisYears.key(ids), {
      add: { burdenFen: u.burdenFen, paidFen: u.payoutFen, claims: 1 },
      set: { ...ids },
      condition: stillAsRead(u.read.exists, { burdenFen: u.read.burdenFen, paidFen: u.read.paidFen }),
    }),
  };
}

/** Counts a filing on the household, conditioned on the count read: a concurrent filing makes this one look again. */
export function claimGuardPart(store: Db, householdId: string, read: { claims: number } | undefined): Part {
  return {
    write: updateWrite(store, ClaimGuards.key({ householdId }), {
      add: { claims: 1 },
      set: { householdId },
      condition: stillAsRead(read !== undefined, { claims: read?.claims ?? 0 }),
    }),
  };
}

/** Puts an invoice's marker: new, or taking it over from a rejected claim that held it (conditioned on that claim). */
export function invoiceMarkerPart(
  store: Db,
  marker: { invoiceKey: string; number: string; claimId: string; householdId: string },
  previousClaimId: string | null,
): Part {
  if (previousClaimId === null) return InvoiceMarkers.create(store, marker);
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item: InvoiceMarkers.item(marker),
        ConditionExpression: "claimId = :previous",
        ExpressionAttributeValues: { ":previous": previousClaimId },
      },
    },
  };
}

/** Gives a scheme's totals a (zero) figure for each cause a new version adds; one already there is left as it is. */
export function schemeCausesPart(store: Db, schemeId: string, causes: readonly string[]): Part {
  const names: Record<string, string> = { "#byCause": "byCause" };
  const sets = causes.map((cause, i) => {
    names[`#c${i}`] = cause;
    return `#byCause.#c${i} = if_not_exists(#byCause.#c${i}, :empty)`;
  });
  return {
    write: {
      Update: {
        TableName: store.tableName,
        Key: Totals.key({ schemeId }),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ":empty": { claims: 0, paidFen: 0 } },
      },
    },
  };
}

/** A new claim and its first audit event; finding either taken means an earlier send of this very write committed. */
export function newClaimParts(
  store: Db,
  claim: ClaimRecord,
  event: { actor: string; action: string },
): { claim: Part; event: Part; deadline: Part } {
  const first = { claimId: claim.claimId, seq: claim.version, from: null, to: claim.status, time: claim.createdAt, note: claim.note };
  return {
    claim: Claims.create(store, claim, "already_done"),
    event: ClaimEvents.create(store, { ...first, ...event }, "already_done"),
    deadline: ClaimDeadlines.create(
      store,
      { claimId: claim.claimId, county: claim.county, township: claim.township, dueOn: claim.dueOn },
      "already_done",
    ),
  };
}

/**
 * A document's audit event, for the transaction that confirms or views it: filed after the event of
 * the claim version read (the status stays: from = to), conditioned on the claim still being at
 * that version, so no transition slips in between and history keeps the order things happened in.
 * A transition meanwhile refuses `claimAt` ("retry": read the claim again).
 */
export function documentEventParts(
  store: Db,
  claim: Pick<ClaimRecord, "claimId" | "status" | "version">,
  event: { actor: string; action: string; time: string; document: NonNullable<ClaimEventRecord["document"]> },
): { claimAt: Part; event: Part } {
  return {
    claimAt: {
      write: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: Claims.key(claim),
          ConditionExpression: "#version = :read",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: { ":read": claim.version },
        },
      },
    },
    // Its key names the view or document and the time: taken only by an earlier send of this very write.
    event: DocumentEvents.create(
      store,
      { claimId: claim.claimId, seq: claim.version, from: claim.status, to: claim.status, note: null, ...event },
      "already_done",
    ),
  };
}

const STAGE_OF_STATUS: Partial<Record<ClaimStatus, ClaimStage>> = {
  reviewed: "county_approval",
  approved: "payment",
  paid: "closed",
  rejected: "closed",
};

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
export function claimChangeParts(
  store: Db,
  claim: ClaimRecord,
  change: ClaimChange,
): { claim: Part; event: Part; deadline?: Part; notice?: Part } {
  // A status past the township's review fixes the stage; before it, the step sets it.
  const stage = STAGE_OF_STATUS[change.to] ?? change.set?.stage ?? claim.stage;
  const next: ClaimRecord = { ...claim, ...change.set, status: change.to, stage, updatedAt: change.at, version: claim.version + 1 };
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
    // A closed claim has no deadline left: it leaves the overdue index with its last transition,
    // and the public board if its notice is still up.
    ...(next.stage === "closed" && claim.stage !== "closed"
      ? {
          deadline: { write: { Delete: { TableName: store.tableName, Key: ClaimDeadlines.key({ claimId: claim.claimId }) } } },
          ...(claim.notice
            ? { notice: { write: { Delete: { TableName: store.tableName, Key: ClaimNotices.key({ claimId: claim.claimId }) } } } }
            : {}),
        }
      : {}),
  };
}
