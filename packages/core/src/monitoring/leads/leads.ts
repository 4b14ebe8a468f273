import { createHash } from "node:crypto";
import type { Actor } from "../../platform/actor";
import { actArea, covers, readArea, withinArea } from "../../platform/area";
import { chinaMonth, chinaToday, type Clock, shiftDays, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { conflict, forbidden, referenceNotFound, validationFailed } from "../../platform/errors";
import { withIdempotencyKey } from "../../platform/idempotency";
import { newId } from "../../platform/ids";
import { formatYuan } from "../../platform/money";
import type { Page } from "../../platform/pagination";
import { runTransaction, type Part } from "../../platform/transact";
import { listCounty } from "../households/households";
import { piiHashKey, residentIdHash } from "../households/pii";
import { type HouseholdRecord, placeOf } from "../households/schemas";
import { Households } from "../households/storage";
import { LEAD_SOURCE_LABELS, type LeadSource } from "../settings/schemas";
import { countySettings } from "../settings/settings";
import { counter, countyAndTownship, monitoringTotalsPart } from "../totals/storage";
import { type BatchRow, type DepartmentBatchInput, parseDepartmentBatch } from "./department-batch";
import { type Crossing, earlyWarnings, isLowIncome } from "./early-warning";
import {
  type CreateLead,
  type DepartmentBatchSummary,
  type DepartmentSource,
  isDepartmentSource,
  isUnresolved,
  type Lead,
  LEAD_STATUS_LABELS,
  type LeadFacts,
  type LeadRecord,
  type LeadsQuery,
  MAX_REPORTED_DAYS_AGO,
} from "./schemas";
import {
  DepartmentBatches,
  householdIdsByHash,
  householdsById,
  type LeadGuard,
  leadClosedPart,
  leadGuardPart,
  leadGuards,
  Leads,
  leadsById,
  loadLead,
  phaseOf,
} from "./storage";

/**
 * Risk leads (风险线索): raised by hand (a household's report, a cadre's visit, one department
 * record) or by a department's batch over the county's early-warning rules; listed as the
 * township's inbox by due date; dismissed with a reason, or taken up by an identification.
 *
 * One unresolved lead per household, department source and year: a second report of the same kind
 * (a re-imported batch, next month's cumulative 医保 figures) finds the open one and raises nothing.
 * Leads from people (self_report, cadre_visit) are not limited: each visit may see something new.
 */

const WHAT = "Risk lead";

/** What the API shows: labels, and whether the lead is overdue today in China. */
export const leadView = (lead: LeadRecord, today: string): Lead => ({
  ...lead,
  sourceLabel: LEAD_SOURCE_LABELS[lead.source],
  statusLabel: LEAD_STATUS_LABELS[lead.status],
  overdue: isUnresolved(lead.status) && lead.dueOn < today,
});

// ── Raising leads ───────────────────────────────────────────────────────────────────────────

interface LeadToRaise {
  lead: LeadRecord;
  /** The household-source-year place it takes; null for leads from people. */
  guard: LeadGuard | null;
}

/** What became of a lead to raise: raised (now, or by an earlier send of the same batch), or another unresolved lead already holds its place. */
type Raised = { outcome: "raised"; leadId: string } | { outcome: "already_open"; leadId: string };

/** Transactions of at most 100 items: a lead and its guard each, plus the county totals. */
const LEADS_PER_TRANSACTION = 40;

/**
 * Writes the leads with their guards and the county's `leads#<month>` counter in one transaction
 * per chunk, read-decide-write: a guard taken meanwhile cancels the chunk and it is planned again.
 */
async function raiseLeads(store: Db, county: string, month: string, toRaise: LeadToRaise[]): Promise<Map<string, Raised>> {
  const results = new Map<string, Raised>();
  for (let i = 0; i < toRaise.length; i += LEADS_PER_TRANSACTION) {
    const chunk = toRaise.slice(i, i + LEADS_PER_TRANSACTION);
    await runTransaction(store, {
      operation: `raise-leads:${chunk[0]!.lead.leadId}:${chunk.length}`,
      plan: async () => {
        const guarded = chunk.flatMap((c) => (c.guard ? [c.guard] : []));
        const guards = new Map((await leadGuards(store, guarded)).map((g) => [`${g.householdId}#${g.source}#${g.year}`, g]));
        const holders = [...new Set([...guards.values()].map((g) => g.leadId))];
        const existing = await leadsById(store, [...holders, ...chunk.map((c) => c.lead.leadId)]);
        const guardParts: Part[] = [];
        const leadParts: Part[] = [];
        const raised: Record<string, number> = {};
        for (const { lead, guard } of chunk) {
          if (existing.has(lead.leadId)) {
            results.set(lead.leadId, { outcome: "raised", leadId: lead.leadId });
            continue;
          }
          const held = guard ? guards.get(`${guard.householdId}#${guard.source}#${guard.year}`) : undefined;
          const holder = held ? existing.get(held.leadId) : undefined;
          if (holder && isUnresolved(holder.status)) {
            results.set(lead.leadId, { outcome: "already_open", leadId: holder.leadId });
            continue;
          }
          if (guard) guardParts.push(leadGuardPart(store, guard, held?.leadId ?? null));
          leadParts.push(Leads.create(store, lead));
          for (const [name, n] of Object.entries(countyAndTownship(counter.leads(month), lead.township)))
            raised[name] = (raised[name] ?? 0) + n;
          results.set(lead.leadId, { outcome: "raised", leadId: lead.leadId });
        }
        if (leadParts.length === 0) return null;
        return {
          parts: {
            guards: guardParts,
            leads: leadParts,
            totals: monitoringTotalsPart(store, county, raised),
          },
        };
      },
    });
  }
  return results;
}

const FACT_TEXT: Record<Crossing["rule"], (f: LeadFacts) => string> = {
  medical_cost: (f) => `${f.year}年自付医疗费用 ${formatYuan(f.medicalCostFen ?? 0)}，超过预警线 ${formatYuan(f.thresholdFen ?? 0)}`,
  income_below_line: (f) =>
    `${f.year}年家庭人均收入 ${formatYuan(f.perCapitaIncomeFen ?? 0)}，低于监测线 ${formatYuan(f.thresholdFen ?? 0)}`,
  department_flag: (f) => (f.kind ? `部门推送：${f.kind}` : "部门推送预警信息"),
};

/** A department lead's description in the staff's language, from its facts. */
function batchDescription(source: LeadSource, facts: LeadFacts, rows: number[], notes: string[]): string {
  const what = facts.rule ? FACT_TEXT[facts.rule](facts) : "部门推送预警信息";
  const kind = facts.kind && facts.rule !== "department_flag" ? `（${facts.kind}）` : "";
  const note = notes.length ? `；备注：${notes.join("；")}` : "";
  return `${LEAD_SOURCE_LABELS[source]}：${what}${kind}（批次第 ${rows.join("、")} 行）${note}`.slice(0, 1000);
}

// ── One lead by hand ────────────────────────────────────────────────────────────────────────

function reportedOnOf(input: CreateLead, today: string): string {
  const reportedOn = input.reportedOn ?? today;
  if (reportedOn > today)
    throw validationFailed("A lead records something already seen: reportedOn cannot be in the future", [
      { path: "body.reportedOn", message: "must not be after today (in China)", issue: "in_future", today },
    ]);
  if (reportedOn < shiftDays(today, -MAX_REPORTED_DAYS_AGO))
    throw validationFailed(`reportedOn may lie at most ${MAX_REPORTED_DAYS_AGO} days back`, [
      {
        path: "body.reportedOn",
        message: `must be within the last ${MAX_REPORTED_DAYS_AGO} days`,
        issue: "too_old",
        maxDaysAgo: MAX_REPORTED_DAYS_AGO,
      },
    ]);
  return reportedOn;
}

/**
 * Records a lead for a household of the actor's area. Its deadline runs from the day the sign was
 * seen (reportedOn: a cadre may record a visit made days ago, never a future one). Figures given
 * are checked against the county's rules and the rule they cross is kept with the lead; a lead by
 * hand is raised whether or not they cross one (someone judged it worth a look). A department's
 * lead for a household with one of that source and year still unresolved is refused (409 DUPLICATE).
 */
export async function createLead(
  input: CreateLead,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
  idempotencyKey?: string,
): Promise<{ lead: Lead; replayed: boolean }> {
  const household = await Households.find(store, { householdId: input.householdId }, { consistent: true });
  if (!household || !covers(readArea(actor), household)) throw referenceNotFound("householdId", "Household", input.householdId);
  actArea(actor);
  const today = chinaToday(clock);
  const reportedOn = reportedOnOf(input, today);
  const settings = await countySettings(household.county, store);
  const department = isDepartmentSource(input.source);
  const year = input.year ?? (department ? Number(reportedOn.slice(0, 4)) : null);
  const figures = { medicalCostFen: input.medicalCostFen ?? null, perCapitaIncomeFen: input.perCapitaIncomeFen ?? null };
  const [crossing] = year === null ? [] : earlyWarnings(settings, { source: input.source, year, ...figures }, isLowIncome(household));

  let replayed = false;
  const lead = await withIdempotencyKey(
    store,
    { scope: `risk-leads#${actor.id}`, key: idempotencyKey, payload: input, newId: () => newId("lead") },
    async (leadId) => {
      const already = await Leads.find(store, { leadId }, { consistent: true });
      if (already) {
        replayed = true;
        return already;
      }
      const at = clock().toISOString();
      const record: LeadRecord = {
        leadId,
        ...placeOf(household),
        source: input.source,
        description: input.description,
        facts: { ...figures, year, kind: input.kind ?? null, rule: crossing?.rule ?? null, thresholdFen: crossing?.thresholdFen ?? null },
        batchId: null,
        batchRows: [],
        reportedOn,
        status: "open",
        dueOn: shiftDays(reportedOn, settings.leadDeadlineDays),
        assessmentId: null,
        resolution: null,
        version: 1,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      };
      const guard = department && year !== null ? { householdId: household.householdId, source: input.source, year, leadId } : null;
      const [result] = (await raiseLeads(store, household.county, chinaMonth(new Date(at)), [{ lead: record, guard }])).values();
      if (result?.outcome === "already_open")
        throw conflict("DUPLICATE", "The household already has an unresolved lead from this source for this year", [
          {
            path: "body.householdId",
            message: "an unresolved lead exists",
            resource: "risk lead",
            leadId: result.leadId,
            source: input.source,
            year,
          },
        ]);
      return record;
    },
  );
  return { lead: leadView(lead, today), replayed };
}

// ── Reading and the inbox ───────────────────────────────────────────────────────────────────

/** The lead, when it lies in the actor's area (404 otherwise, as for an unknown id). */
export async function getLead(leadId: string, actor: Actor, store: Db = db(), clock: Clock = systemClock): Promise<Lead> {
  return leadView(withinArea(actor, await loadLead(store, leadId), WHAT, leadId), chinaToday(clock));
}

/**
 * The inbox: a county's (or one township's) leads of one phase, soonest due first — unresolved by
 * default, `overdue=true` only those past their due date, `status`/`source` narrowing it. Township
 * staff see their own township; province and city staff and national administrators name a county.
 */
export async function listLeads(query: LeadsQuery, actor: Actor, store: Db = db(), clock: Clock = systemClock): Promise<Page<Lead>> {
  const area = readArea(actor);
  const county = listCounty(area, query.county);
  if (county === null || (area.township && query.township && query.township !== area.township)) return { items: [], nextCursor: null };
  const township = area.township ?? query.township;
  const today = chinaToday(clock);

  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const where = (attribute: string, value: unknown) => {
    filters.push(`#${attribute} = :${attribute}`);
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
  };
  if (query.status) where("status", query.status);
  if (query.source) where("source", query.source);
  for (const level of ["province", "city"] as const) if (area[level]) where(level, area[level]);
  const filter = () => (filters.length ? { filter: { expression: filters.join(" AND "), names, values } } : {});

  let page: Page<LeadRecord>;
  if (query.householdId) {
    where("county", county);
    if (township) where("township", township);
    if (query.overdue) {
      filters.push("#status IN (:open, :assessing) AND #dueOn < :today");
      Object.assign(names, { "#status": "status", "#dueOn": "dueOn" });
      Object.assign(values, { ":open": "open", ":assessing": "assessing", ":today": today });
    }
    page = await Leads.query.byHousehold(store, { householdId: query.householdId }, query, { forward: false, ...filter() });
  } else {
    const phase = query.status ? phaseOf(query.status) : "unresolved";
    if (township) {
      const sortCondition = query.overdue
        ? { expression: "#sk BETWEEN :from AND :to", values: { ":from": `${township}#`, ":to": `${township}#${today}` } }
        : { expression: "begins_with(#sk, :prefix)", values: { ":prefix": `${township}#` } };
      page = await Leads.query.byCountyPhase(store, { county, phase }, query, { sortCondition, ...filter() });
    } else {
      const sortCondition = query.overdue ? { expression: "#sk < :today", values: { ":today": today } } : undefined;
      page = await Leads.query.byCountyPhaseDue(store, { county, phase }, query, {
        ...(sortCondition ? { sortCondition } : {}),
        ...filter(),
      });
    }
  }
  return { items: page.items.map((l) => leadView(l, today)), nextCursor: page.nextCursor };
}

// ── Dismissal ───────────────────────────────────────────────────────────────────────────────

/**
 * Dismisses an open lead with the reason (e.g. the cost was reimbursed by 大病保险 after all). A
 * lead being assessed is decided by its identification, not dismissed (409 INVALID_STATE).
 */
export async function dismissLead(
  leadId: string,
  reason: string,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Lead> {
  let result: LeadRecord | undefined;
  await runTransaction(store, {
    operation: `dismiss-lead:${leadId}`,
    plan: async () => {
      const lead = withinArea(actor, await loadLead(store, leadId), WHAT, leadId, "act");
      if (lead.status !== "open")
        throw conflict("INVALID_STATE", `The lead is ${lead.status}; only open leads can be dismissed`, [
          {
            message: `lead is ${lead.status}`,
            resource: "risk lead",
            id: leadId,
            status: lead.status,
            action: "dismiss",
            allowed: ["open"],
          },
        ]);
      const at = clock().toISOString();
      const { part, counters, next } = leadClosedPart(store, lead, "dismissed", actor.id, reason, at);
      result = next;
      return { parts: { lead: part, totals: Object.keys(counters).length > 0 && monitoringTotalsPart(store, lead.county, counters) } };
    },
  });
  return leadView(result!, chinaToday(clock));
}

// ── A department's batch ────────────────────────────────────────────────────────────────────

/** The county a batch is for: the county staff's own; a national administrator names it. */
function batchCounty(actor: Actor, named: string | undefined): string {
  const area = actArea(actor);
  if (area.township)
    throw forbidden("Department batches are imported by the county's staff, not a township's", "FORBIDDEN", [
      { message: "county staff only", rule: "county_staff" },
    ]);
  if (area.county) {
    if (named !== undefined && named !== area.county)
      throw validationFailed("A batch is imported into your own county", [
        { path: "body.county", message: "must be your own county, or left out", issue: "own_county" },
      ]);
    return area.county;
  }
  if (!named)
    throw validationFailed("Name the county the batch is about", [
      { path: "body.county", message: "required for national administrators", issue: "required" },
    ]);
  return named;
}

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex");

/** Crockford base32 of the time, as platform ids begin: an id made from a batch still sorts by when the batch came. */
function timeSortableId(prefix: string, at: string, seed: string): string {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  let t = Date.parse(at);
  let time = "";
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const rand = [...Buffer.from(digest(seed), "hex").subarray(0, 12)].map((b) => alphabet[b % 32]).join("");
  return `${prefix}_${time}${rand}`;
}

interface HouseholdYear {
  household: HouseholdRecord;
  year: number;
  rows: Omit<BatchRow, "idNumber">[];
}

/** A household's rows of one year as one set of figures: costs add up over its people; the lowest income reported counts. */
function figuresOf(group: HouseholdYear, source: DepartmentSource) {
  const costs = group.rows.flatMap((r) => (r.medicalCostFen === null ? [] : [r.medicalCostFen]));
  const incomes = group.rows.flatMap((r) => (r.perCapitaIncomeFen === null ? [] : [r.perCapitaIncomeFen]));
  return {
    source,
    year: group.year,
    medicalCostFen: costs.length ? costs.reduce((a, b) => a + b, 0) : null,
    perCapitaIncomeFen: incomes.length ? Math.min(...incomes) : null,
  };
}

/**
 * Imports a department's batch for a county: each row's resident id is hashed (the plain id is
 * never stored or answered) and matched to a household of the county; a household's rows of a
 * year are taken together against the county's rules, and a lead is raised for each household
 * over one. A batch is named by its content (county, source and rows, the ids by their keyed
 * hash), so importing the same batch again answers the same summary and raises nothing twice;
 * an Idempotency-Key, when given, also refuses its reuse for another batch.
 */
export async function importDepartmentBatch(
  input: DepartmentBatchInput,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
  idempotencyKey?: string,
): Promise<DepartmentBatchSummary> {
  const county = batchCounty(actor, input.county);
  const parsed = parseDepartmentBatch(input, clock);
  const key = await piiHashKey();
  const rows = parsed.rows.map(({ idNumber, ...row }) => ({ ...row, idNumberHash: residentIdHash(idNumber, key) }));
  const content = JSON.stringify({ rows, invalid: parsed.invalid.map((r) => [r.row, r.issue]), total: parsed.total });
  const contentId = `bat_${digest(county, input.source, content).slice(0, 26)}`;

  return withIdempotencyKey(
    store,
    // The payload is the content's digest: the idempotency record must not hold a digest of plain ids.
    { scope: `department-batches#${county}`, key: idempotencyKey, payload: { contentId }, newId: () => contentId },
    async (batchId) => {
      const now = clock().toISOString();
      const earlier = await DepartmentBatches.find(store, { batchId }, { consistent: true });
      const importedAt = earlier?.importedAt ?? now;
      if (!earlier) {
        await DepartmentBatches.insert(store, {
          batchId,
          county,
          source: input.source,
          rows: parsed.total,
          matched: 0,
          unmatched: 0,
          invalid: parsed.invalid.length,
          leadsRaised: 0,
          importedAt,
          importedBy: actor.id,
        }).catch((e: Error) => {
          // The same batch sent twice at once: the other request imports it; this one answers as a replay.
          if (e.name !== "ConditionalCheckFailedException") throw e;
        });
      }

      const byHash = await householdIdsByHash(
        store,
        rows.map((r) => r.idNumberHash),
      );
      const households = await householdsById(store, [...new Set(byHash.values())]);
      const groups = new Map<string, HouseholdYear>();
      const unmatchedRows: number[] = [];
      for (const { idNumberHash, ...row } of rows) {
        const householdId = byHash.get(idNumberHash);
        const household = householdId ? households.get(householdId) : undefined;
        if (!household || household.county !== county) {
          unmatchedRows.push(row.row);
          continue;
        }
        const k = `${household.householdId}#${row.year}`;
        const group = groups.get(k) ?? { household, year: row.year, rows: [] };
        group.rows.push(row);
        groups.set(k, group);
      }

      const settings = await countySettings(county, store);
      const reportedOn = chinaToday(() => new Date(importedAt));
      const toRaise: LeadToRaise[] = [];
      let belowThreshold = 0;
      for (const group of groups.values()) {
        const figures = figuresOf(group, input.source);
        const [crossing] = earlyWarnings(settings, figures, isLowIncome(group.household));
        if (!crossing) {
          belowThreshold++;
          continue;
        }
        const leadId = timeSortableId("lead", importedAt, `${batchId}#${group.household.householdId}#${group.year}`);
        const kinds = [...new Set(group.rows.flatMap((r) => (r.kind ? [r.kind] : [])))];
        const facts: LeadFacts = {
          medicalCostFen: figures.medicalCostFen,
          perCapitaIncomeFen: figures.perCapitaIncomeFen,
          year: group.year,
          kind: kinds.join("、").slice(0, 100) || null,
          rule: crossing.rule,
          thresholdFen: crossing.thresholdFen,
        };
        const batchRows = group.rows.map((r) => r.row);
        const notes = group.rows.flatMap((r) => (r.note ? [r.note] : []));
        toRaise.push({
          lead: {
            leadId,
            ...placeOf(group.household),
            source: input.source,
            description: batchDescription(input.source, facts, batchRows, notes),
            facts,
            batchId,
            batchRows,
            reportedOn,
            status: "open",
            dueOn: shiftDays(reportedOn, settings.leadDeadlineDays),
            assessmentId: null,
            resolution: null,
            version: 1,
            createdAt: importedAt,
            createdBy: actor.id,
            updatedAt: importedAt,
          },
          guard: { householdId: group.household.householdId, source: input.source, year: group.year, leadId },
        });
      }

      const raised = await raiseLeads(store, county, chinaMonth(new Date(now)), toRaise);
      const outcomes = [...raised.values()];
      const leads = outcomes.filter((r) => r.outcome === "raised").map((r) => r.leadId);
      const alreadyOpenLeads = [...new Set(outcomes.filter((r) => r.outcome === "already_open").map((r) => r.leadId))];
      const matched = rows.length - unmatchedRows.length;
      await DepartmentBatches.put(store, {
        batchId,
        county,
        source: input.source,
        rows: parsed.total,
        matched,
        unmatched: unmatchedRows.length,
        invalid: parsed.invalid.length,
        leadsRaised: leads.length,
        importedAt,
        importedBy: earlier?.importedBy ?? actor.id,
      });
      return {
        batchId,
        county,
        source: input.source,
        importedAt,
        rows: parsed.total,
        matched,
        unmatched: unmatchedRows.length,
        unmatchedRows,
        invalid: parsed.invalid,
        ignoredColumns: parsed.ignoredColumns,
        households: groups.size,
        leadsRaised: leads.length,
        alreadyOpen: outcomes.length - leads.length,
        belowThreshold,
        leads,
        alreadyOpenLeads,
        replayed: earlier !== undefined,
      };
    },
  );
}
