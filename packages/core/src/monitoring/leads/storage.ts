import { BatchGetCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { chinaToday } from "../../platform/clock";
import type { Db } from "../../platform/db";
import { entity, type ItemKey } from "../../platform/entity";
import { conflict } from "../../platform/errors";
import type { StoredItem } from "../../platform/items";
import type { Part } from "../../platform/transact";
import type { HouseholdRecord } from "../households/schemas";
import { Households, ResidentIds } from "../households/storage";
import { LEAD_SOURCES } from "../settings/schemas";
import { counter, countyAndTownship } from "../totals/storage";
import { isUnresolved, type LeadOutcome, LeadRecord, type LeadStatus, UNRESOLVED_LEAD_STATUSES } from "./schemas";

/**
 * The leads' storage seam. Inboxes list a county's leads by phase (unresolved: open or assessing;
 * resolved: closed or dismissed), sorted by due date: per township (a key range of `township#dueOn`)
 * or county-wide (`dueOn#township`). Overdue leads are the start of an unresolved range.
 */
export type LeadPhase = "unresolved" | "resolved";
export const phaseOf = (status: LeadStatus): LeadPhase => (isUnresolved(status) ? "unresolved" : "resolved");

export const Leads = entity(LeadRecord, {
  type: "risk_lead",
  key: ({ leadId }: { leadId: string }) => ({ pk: `LEAD#${leadId}`, sk: "LEAD" }),
  indexes: {
    byCountyStatus: {
      index: "gsi1",
      partition: ({ county, status }: { county: string; status: LeadStatus }) => `LEADS#COUNTY#${county}#STATUS#${status}`,
      partitionOf: (l) => ({ county: l.county, status: l.status }),
      sort: (l) => `${l.township}#${l.dueOn}#${l.leadId}`,
    },
    byHousehold: {
      index: "gsi2",
      partition: ({ householdId }: { householdId: string }) => `LEADS#HOUSEHOLD#${householdId}`,
      partitionOf: (l) => ({ householdId: l.householdId }),
      sort: (l) => l.leadId,
    },
    /** A township's inbox: `township#dueOn#leadId`. */
    byCountyPhase: {
      index: "gsi3",
      partition: ({ county, phase }: { county: string; phase: LeadPhase }) => `LEADS#COUNTY#${county}#PHASE#${phase}`,
      partitionOf: (l) => ({ county: l.county, phase: phaseOf(l.status) }),
      sort: (l) => `${l.township}#${l.dueOn}#${l.leadId}`,
    },
    /** The county's inbox across townships: `dueOn#township#leadId`. */
    byCountyPhaseDue: {
      index: "gsi4",
      partition: ({ county, phase }: { county: string; phase: LeadPhase }) => `LEADS#COUNTY#${county}#PHASE#${phase}#DUE`,
      partitionOf: (l) => ({ county: l.county, phase: phaseOf(l.status) }),
      sort: (l) => `${l.dueOn}#${l.township}#${l.leadId}`,
    },
  },
});

/**
 * At most one unresolved lead per household, department source and year: this item names the
 * lead that holds the place. A new lead takes it over only from a resolved lead (closed and
 * dismissed are final), conditioned on the holder it read, so two imports racing raise one lead.
 * Resolving a lead leaves the item as it is: nothing else needs writing then.
 */
const LeadGuard = z.object({ householdId: z.string(), source: z.enum(LEAD_SOURCES), year: z.number().int(), leadId: z.string() });
export type LeadGuard = z.infer<typeof LeadGuard>;
export const LeadGuards = entity(LeadGuard, {
  type: "risk_lead_guard",
  key: ({ householdId, source, year }: { householdId: string; source: string; year: number }) => ({
    pk: `LEADGUARD#${householdId}#${source}#${year}`,
    sk: "LEADGUARD",
  }),
});

/** A department's batch as imported: who, when, what it counted (the rows themselves are not kept). */
export const DepartmentBatchRecord = z.object({
  batchId: z.string(),
  county: z.string(),
  source: z.string(),
  rows: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  invalid: z.number().int(),
  leadsRaised: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type DepartmentBatchRecord = z.infer<typeof DepartmentBatchRecord>;
export const DepartmentBatches = entity(DepartmentBatchRecord, {
  type: "department_batch",
  key: ({ batchId }: { batchId: string }) => ({ pk: `DEPTBATCH#${batchId}`, sk: "DEPTBATCH" }),
});

/** The lead as stored, read consistently (changes condition on its version), or 404. */
export const loadLead = (store: Db, leadId: string) => Leads.get(store, { leadId }, "Risk lead", leadId, { consistent: true });

/** The lead's next version, conditioned on the version read (a concurrent change cancels it: read again). */
export function leadChangePart(store: Db, read: LeadRecord, next: Omit<LeadRecord, "version">): Part {
  return Leads.replaceVersion(store, { ...next, version: read.version + 1 }, read.version);
}

const leadInvalidState = (lead: LeadRecord, action: string, allowed: readonly LeadStatus[]) =>
  conflict("INVALID_STATE", `The lead is ${lead.status}; only ${allowed.join(" or ")} leads can be ${action}`, [
    { message: `lead is ${lead.status}`, resource: "risk lead", id: lead.leadId, status: lead.status, action, allowed: [...allowed] },
  ]);

/**
 * For identification (helper C): an identification takes up an open lead, which becomes
 * `assessing` and names the assessment. 409 INVALID_STATE unless the lead is open; the part is
 * conditioned on the version read, so a concurrent dismissal cancels the transaction ("retry").
 * Nothing is counted: the lead stays unresolved.
 */
export function leadTakenUpPart(store: Db, lead: LeadRecord, assessmentId: string, at: string = new Date().toISOString()): Part {
  if (lead.status !== "open") throw leadInvalidState(lead, "take_up", ["open"]);
  return leadChangePart(store, lead, { ...lead, status: "assessing", assessmentId, updatedAt: at });
}

/** The China civil date of an ISO instant. */
const chinaDateOf = (at: string) => chinaToday(() => new Date(at));

/**
 * Resolving a lead: the lead's part, and the county counters it moves. ONE transaction may write
 * the county totals item only once, so add `counters` into the transaction's own
 * `monitoringTotalsPart(store, lead.county, {...yourCounters, ...counters})`.
 */
export interface LeadResolutionChange {
  part: Part;
  counters: Record<string, number>;
  /** The lead as the part writes it. */
  next: LeadRecord;
}

/**
 * For identification (helper C) and dismissal: the lead is closed (identified or not) or dismissed,
 * with who, when and why. Late when resolved (in China) after its due date: the county's
 * `leadsResolvedLate#<due month>` counter goes up. 409 INVALID_STATE unless open or assessing.
 */
export function leadClosedPart(
  store: Db,
  lead: LeadRecord,
  outcome: LeadOutcome,
  by: string,
  note: string,
  at: string,
): LeadResolutionChange {
  if (!isUnresolved(lead.status)) throw leadInvalidState(lead, outcome === "dismissed" ? "dismiss" : "close", UNRESOLVED_LEAD_STATUSES);
  const late = chinaDateOf(at) > lead.dueOn;
  const next: LeadRecord = {
    ...lead,
    status: outcome === "dismissed" ? "dismissed" : "closed",
    resolution: { outcome, at, by, note, late },
    version: lead.version + 1,
    updatedAt: at,
  };
  return {
    part: leadChangePart(store, lead, next),
    counters: late ? countyAndTownship(counter.leadsResolvedLate(lead.dueOn.slice(0, 7)), lead.township) : {},
    next,
  };
}

/** A household's leads, newest first (e.g. for identification to find the open ones). */
export const householdLeads = (store: Db, householdId: string, page: { limit: number; cursor?: string | undefined }) =>
  Leads.query.byHousehold(store, { householdId }, page, { forward: false });

/** Many items by key, 100 per request, unprocessed keys read again; mapped by `map`. */
async function batchGet<T>(store: Db, keys: ItemKey[], map: (item: StoredItem) => T, consistent = false): Promise<T[]> {
  const found: T[] = [];
  const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk }));
    for (let round = 0; pending?.length; round++) {
      if (round >= 10) throw new Error(`${pending.length} items could not be read`);
      if (round > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** round));
      const out: BatchGetCommandOutput = await store.client.send(
        new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: pending, ...(consistent ? { ConsistentRead: true } : {}) } } }),
      );
      for (const item of out.Responses?.[store.tableName] ?? []) found.push(map(item));
      pending = out.UnprocessedKeys?.[store.tableName]?.Keys;
    }
  }
  return found;
}

/** The households registered under these resident-id hashes (heads and members): hash → household id. */
export async function householdIdsByHash(store: Db, hashes: string[]): Promise<Map<string, string>> {
  const found = await batchGet(
    store,
    hashes.map((idNumberHash) => ResidentIds.key({ idNumberHash })),
    ResidentIds.parse,
  );
  return new Map(found.map((r) => [r.idNumberHash, r.householdId]));
}

export async function householdsById(store: Db, householdIds: string[]): Promise<Map<string, HouseholdRecord>> {
  const found = await batchGet(
    store,
    householdIds.map((householdId) => Households.key({ householdId })),
    Households.parse,
  );
  return new Map(found.map((h) => [h.householdId, h]));
}

export async function leadGuards(store: Db, keys: { householdId: string; source: string; year: number }[]) {
  return batchGet(
    store,
    keys.map((k) => LeadGuards.key(k)),
    LeadGuards.parse,
    true,
  );
}

export async function leadsById(store: Db, leadIds: string[]): Promise<Map<string, LeadRecord>> {
  const found = await batchGet(
    store,
    leadIds.map((leadId) => Leads.key({ leadId })),
    Leads.parse,
    true,
  );
  return new Map(found.map((l) => [l.leadId, l]));
}

/** Takes the household-source-year place for a lead: from nobody, or from the resolved lead that held it. */
export function leadGuardPart(store: Db, guard: LeadGuard, previousHolder: string | null): Part {
  const Item = LeadGuards.item(guard);
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item,
        ...(previousHolder === null
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : {
              ConditionExpression: "#leadId = :previous",
              ExpressionAttributeNames: { "#leadId": "leadId" },
              ExpressionAttributeValues: { ":previous": previousHolder },
            }),
      },
    },
  };
}
