import type { Actor } from "../../platform/actor";
import { actArea, areaLevel, covers, readArea, withinArea } from "../../platform/area";
import { chinaMonth, chinaToday, type Clock, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { conflict, type ErrorDetail, forbidden, referenceNotFound, ruleViolated, validationFailed } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Page } from "../../platform/pagination";
import { type Parts, runTransaction } from "../../platform/transact";
import { listCounty } from "../households/households";
import { HOUSEHOLD_CATEGORY_LABELS, type HouseholdRecord, placeOf } from "../households/schemas";
import { householdChangeParts, Households, loadHousehold } from "../households/storage";
import { leadChangePart, leadClosedPart, Leads, leadTakenUpPart, loadLead } from "../leads/storage";
import { maskContact, maskName } from "../notices/mask";
import { sealContact } from "../notices/contact";
import { Notices } from "../notices/storage";
import { countySettings, incomeLineOf } from "../settings/settings";
import { counter, countyAndTownship, householdCounterMove, monitoringTotalsPart } from "../totals/storage";
import {
  ASSESSMENT_KIND_LABELS,
  ASSESSMENT_STATUS_LABELS,
  type Assessment,
  type AssessmentDetail,
  type AssessmentEventRecord,
  type AssessmentRecord,
  type AssessmentsQuery,
  type Objection,
  type ObjectionRecord,
  type OpenAssessment,
  type RecordCountyDecision,
  type RecordNotice,
  type RecordObjection,
  type RecordObjectionFinding,
  type RecordTownshipReview,
  type RecordVillageReview,
  type RecordVisit,
  STEP_LABELS,
  type WithdrawAssessment,
} from "./schemas";
import {
  assessmentChangeParts,
  assessmentEvents,
  assessmentObjections,
  Assessments,
  type EventInput,
  loadAssessment,
  objectionFindingPart,
  Objections,
} from "./storage";
import {
  assertMayDecide,
  assertSeparation,
  assertStepAllowed,
  DURING,
  householdStatusAfter,
  isOpen,
  nextStepsFor,
  noticeEndsOn,
  OPENS_FROM,
  PASSED_TO,
  removalCheckFailures,
  withinNotice,
} from "./workflow";

/** The most objections one notice takes (the public route is open to anyone). */
export const MAX_OBJECTIONS_PER_NOTICE = 200;

// ── Views ─────────────────────────────────────────────────────────────────────────────────

export const assessmentView = (a: AssessmentRecord): Assessment => ({
  ...a,
  kindLabel: ASSESSMENT_KIND_LABELS[a.kind],
  statusLabel: ASSESSMENT_STATUS_LABELS[a.status],
  categoryLabel: HOUSEHOLD_CATEGORY_LABELS[a.category],
});

const objectionView = ({ contactSealed: _sealed, ...objection }: ObjectionRecord): Objection => objection;

const eventView = ({ assessmentId: _id, ...event }: AssessmentEventRecord) => ({ ...event, stepLabel: STEP_LABELS[event.step] });

/** Whether the actor may change records at all (province and city staff only read). */
function mayAct(actor: Actor): boolean {
  const level = areaLevel(readArea(actor));
  return level !== "province" && level !== "city";
}

async function detail(store: Db, a: AssessmentRecord, actor: Actor, clock: Clock): Promise<AssessmentDetail> {
  const [events, objections] = await Promise.all([assessmentEvents(store, a.assessmentId), assessmentObjections(store, a.assessmentId)]);
  const viewer = { id: actor.id, roles: actor.roles, countyLevel: !readArea(actor).township, mayAct: mayAct(actor) };
  return {
    ...assessmentView(a),
    timeline: events.map(eventView),
    objectionList: objections.map(objectionView),
    nextSteps: nextStepsFor(a, viewer, chinaToday(clock)),
  };
}

// ── Reads ─────────────────────────────────────────────────────────────────────────────────

/** One assessment with its timeline, objections and the steps the viewer may take; 404 outside their area. */
export async function getAssessment(
  assessmentId: string,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<AssessmentDetail> {
  const a = withinArea(actor, await loadAssessment(store, assessmentId), "Assessment", assessmentId);
  return detail(store, a, actor, clock);
}

/** The assessments of the actor's area by county (township), status and kind, or one household's; page by page. */
export async function listAssessments(query: AssessmentsQuery, actor: Actor, store: Db = db()): Promise<Page<Assessment>> {
  const area = readArea(actor);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const filters: string[] = [];
  if (query.kind) {
    filters.push("#kind = :kind");
    names["#kind"] = "kind";
    values[":kind"] = query.kind;
  }
  const filter = () => (filters.length ? { filter: { expression: filters.join(" AND "), names, values } } : {});
  if (query.householdId) {
    // Outside the area, the household does not exist.
    withinArea(actor, await loadHousehold(store, query.householdId), "Household", query.householdId);
    if (query.status) {
      filters.push("#status = :status");
      names["#status"] = "status";
      values[":status"] = query.status;
    }
    const page = await Assessments.query.byHousehold(store, { householdId: query.householdId }, query, { forward: false, ...filter() });
    return { items: page.items.map(assessmentView), nextCursor: page.nextCursor };
  }
  const county = listCounty(area, query.county);
  if (county === null || (area.township && query.township && query.township !== area.township)) return { items: [], nextCursor: null };
  const township = area.township ?? query.township;
  for (const level of ["province", "city"] as const) {
    if (!area[level]) continue;
    filters.push(`#${level} = :${level}`);
    names[`#${level}`] = level;
    values[`:${level}`] = area[level];
  }
  const opts = {
    forward: false,
    ...(township ? { sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": `${township}#` } } } : {}),
    ...filter(),
  };
  const page = query.status
    ? await Assessments.query.byCountyStatus(store, { county, status: query.status }, query, opts)
    : await Assessments.query.byCounty(store, { county }, query, opts);
  return { items: page.items.map(assessmentView), nextCursor: page.nextCursor };
}

// ── Changing an assessment ────────────────────────────────────────────────────────────────

export interface Now {
  at: string;
  today: string;
  month: string;
}

const nowOf = (clock: Clock): Now => {
  const instant = clock();
  return { at: instant.toISOString(), today: chinaToday(() => instant), month: chinaMonth(instant) };
};

/** What a step does to the assessment it read. */
interface Change {
  next: AssessmentRecord;
  event: Pick<EventInput, "step" | "outcome" | "note" | "objectionId">;
  /** The step ends the assessment: the household (and its lead, and a running notice) move in the same transaction. */
  ends?: { confirmed: boolean; note: string };
  parts?: Parts;
}

/**
 * One step, as a read-decide-write loop: the assessment is read, the step decided on what was read,
 * and the new version written with its timeline event (and whatever else the step moves) in one
 * transaction conditioned on the version read. A concurrent change makes it read and decide again.
 */
async function change(
  store: Db,
  clock: Clock,
  by: string,
  load: () => Promise<AssessmentRecord>,
  decide: (a: AssessmentRecord, now: Now) => Change | Promise<Change>,
): Promise<AssessmentRecord> {
  let result: AssessmentRecord | undefined;
  const first = await load();
  await runTransaction(store, {
    operation: `assessment:${first.assessmentId}:${first.version}`,
    plan: async (attempt) => {
      const now = nowOf(clock);
      const read = attempt === 0 ? first : await load();
      const step = await decide(read, now);
      const next: AssessmentRecord = { ...step.next, version: read.version + 1, updatedAt: now.at };
      const parts: Parts = {
        ...assessmentChangeParts(store, read, next, { ...step.event, at: now.at, by, from: read.status, to: next.status }),
        ...step.parts,
        ...(step.ends ? await endParts(store, next, step.ends, by, now) : {}),
      };
      result = next;
      return { parts };
    },
  });
  return result!;
}

/** A staff step: the assessment within the actor's area (404 outside it; 403 for staff who only read). */
async function act(
  assessmentId: string,
  actor: Actor,
  store: Db,
  clock: Clock,
  decide: (a: AssessmentRecord, now: Now) => Change | Promise<Change>,
): Promise<AssessmentDetail> {
  const load = async () => withinArea(actor, await loadAssessment(store, assessmentId), "Assessment", assessmentId, "act");
  const next = await change(store, clock, actor.id, load, decide);
  return detail(store, next, actor, clock);
}

const REASONS = {
  identified: "县级确认为监测对象",
  removed: "县级确认风险消除",
  rejected: "研判未通过",
  withdrawn: "研判撤回",
} as const;

/**
 * The household's side of an ending assessment: confirmed, it becomes a 监测对象 with a new
 * monitoring period (or its period closes, for a removal); otherwise it goes back to where it was.
 * Its county counters, the month's identified/removed count, its lead and a notice still up move with it.
 */
async function endParts(store: Db, a: AssessmentRecord, ends: { confirmed: boolean; note: string }, by: string, now: Now): Promise<Parts> {
  const household = await loadHousehold(store, a.householdId);
  if (household.status !== DURING[a.kind]) {
    throw conflict("INVALID_STATE", `Household ${a.householdId} is ${household.status}, not ${DURING[a.kind]}`, [
      {
        path: "status",
        message: `is ${household.status}`,
        resource: "household",
        action: "end_assessment",
        status: household.status,
        allowed: [DURING[a.kind]],
      },
    ]);
  }
  const next: HouseholdRecord = { ...householdNext(household, by, now.at), status: householdStatusAfter(a, ends.confirmed) };
  const changed = ["status"];
  if (ends.confirmed && a.kind === "identification") {
    next.category = a.category;
    next.monitoringPeriods = [...household.monitoringPeriods, { from: now.today, to: null, category: a.category }];
    changed.push("category", "monitoringPeriods");
  }
  if (ends.confirmed && a.kind === "removal") {
    next.monitoringPeriods = household.monitoringPeriods.map((p) => (p.to === null ? { ...p, to: now.today } : p));
    changed.push("monitoringPeriods");
  }
  const counters = householdCounterMove(household, next);
  if (ends.confirmed) {
    const month = a.kind === "identification" ? counter.identified(now.month) : counter.removed(now.month);
    Object.assign(counters, countyAndTownship(month, household.township));
  }

  const parts: Parts = {
    ...householdChangeParts(store, household, next, {
      reason: ends.confirmed
        ? REASONS[a.kind === "identification" ? "identified" : "removed"]
        : REASONS[a.status === "withdrawn" ? "withdrawn" : "rejected"],
      changed,
    }),
  };
  if (a.leadId) {
    const lead = await loadLead(store, a.leadId);
    if (lead.status === "assessing" && lead.assessmentId === a.assessmentId) {
      if (a.status === "withdrawn") {
        // Withdrawn, the lead goes back to the township's inbox, still due when it was.
        parts.lead = leadChangePart(store, lead, { ...lead, status: "open", assessmentId: null, updatedAt: now.at });
      } else {
        const closed = leadClosedPart(store, lead, ends.confirmed ? "identified" : "not_identified", by, ends.note, now.at);
        parts.lead = closed.part;
        Object.assign(counters, closed.counters);
      }
    }
  }
  if (a.notice && !ends.confirmed) {
    const notice = await Notices.find(store, { noticeId: a.notice.noticeId }, { consistent: true });
    if (notice && !notice.withdrawn) parts.notice = Notices.putPart(store, { ...notice, withdrawn: true });
  }
  parts.totals = monitoringTotalsPart(store, a.county, counters);
  return parts;
}

/** The record the household's next version starts from: one more version, by this actor, now. */
const householdNext = (h: HouseholdRecord, by: string, at: string): HouseholdRecord => ({
  ...h,
  version: h.version + 1,
  updatedAt: at,
  updatedBy: by,
});

// ── Input checks ──────────────────────────────────────────────────────────────────────────

const inFuture = (path: string, date: string, today: string): ErrorDetail | null =>
  date > today ? { path, message: "must not be after today", issue: "in_future" } : null;

const before = (path: string, date: string, other: string, otherDate: string): ErrorDetail | null =>
  date < otherDate ? { path, message: `must not be before ${other} (${otherDate})`, issue: "before_other", other } : null;

function assertDates(...problems: (ErrorDetail | null)[]): void {
  const found = problems.filter((p): p is ErrorDetail => p !== null);
  if (found.length) throw validationFailed("A date is not possible here", found);
}

// ── Opening ───────────────────────────────────────────────────────────────────────────────

/** The newest assessment of the household still open, if any (to name it in a refusal). */
async function openAssessmentOf(store: Db, householdId: string): Promise<AssessmentRecord | undefined> {
  const page = await Assessments.query.byHousehold(store, { householdId }, { limit: 5 }, { forward: false });
  return page.items.find((a) => isOpen(a.status));
}

async function assertMayOpen(store: Db, household: HouseholdRecord, kind: OpenAssessment["kind"]): Promise<void> {
  if (OPENS_FROM[kind].includes(household.status)) return;
  if (household.status === "identifying" || household.status === "removing") {
    const running = await openAssessmentOf(store, household.householdId);
    throw conflict("ASSESSMENT_IN_PROGRESS", `Household ${household.householdId} already has an assessment in progress`, [
      {
        message: "one assessment at a time per household",
        householdId: household.householdId,
        ...(running ? { assessmentId: running.assessmentId } : {}),
      },
    ]);
  }
  const action = kind === "identification" ? "identify" : "remove_risk";
  throw conflict(
    "INVALID_STATE",
    `Household ${household.householdId} is ${household.status}; to ${action} it must be ${OPENS_FROM[kind].join(" or ")}`,
    [
      {
        path: "status",
        message: `is ${household.status}`,
        resource: "household",
        action,
        status: household.status,
        allowed: [...OPENS_FROM[kind]],
      },
    ],
  );
}

/** A record the body names, within the actor's area; outside it or unknown: 422 REFERENCE_NOT_FOUND (nothing leaks). */
async function named<T extends { province: string; city: string; county: string; township: string }>(
  actor: Actor,
  find: () => Promise<T | undefined>,
  field: string,
  what: string,
  id: string,
): Promise<T> {
  const found = await find();
  if (!found || !covers(readArea(actor), found)) throw referenceNotFound(field, what, id);
  return found;
}

/**
 * Opens an identification (taking up an open risk lead, which becomes `assessing`) or a risk
 * removal (of a monitored household). In the same transaction the household moves to identifying
 * or removing, with its county counters. One assessment at a time per household (409 otherwise).
 */
export async function openAssessment(
  input: OpenAssessment,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<AssessmentDetail> {
  actArea(actor);
  const assessmentId = newId("asm");
  let opened: AssessmentRecord | undefined;
  await runTransaction(store, {
    operation: `open-assessment:${assessmentId}`,
    plan: async () => {
      const { at } = nowOf(clock);
      const lead =
        input.kind === "identification"
          ? await named(
              actor,
              () => Leads.find(store, { leadId: input.leadId }, { consistent: true }),
              "body.leadId",
              "Risk lead",
              input.leadId,
            )
          : null;
      // A lead already taken up or resolved: 409 INVALID_STATE, before anything about its household.
      const leadPart = lead && leadTakenUpPart(store, lead, assessmentId, at);
      const householdId = lead ? lead.householdId : (input as { householdId: string }).householdId;
      const household = await named(
        actor,
        () => Households.find(store, { householdId }, { consistent: true }),
        lead ? "body.leadId" : "body.householdId",
        "Household",
        householdId,
      );
      await assertMayOpen(store, household, input.kind);
      const a: AssessmentRecord = {
        assessmentId,
        kind: input.kind,
        status: "opened",
        ...placeOf(household),
        leadId: lead?.leadId ?? null,
        category: (input.kind === "identification" ? input.category : undefined) ?? household.category,
        householdStatusBefore: household.status,
        openNote: input.note ?? null,
        openedAt: at,
        openedBy: actor.id,
        visit: null,
        villageReview: null,
        notice: null,
        townshipReview: null,
        decision: null,
        withdrawal: null,
        objections: { total: 0, open: 0, upheld: 0 },
        version: 1,
        updatedAt: at,
      };
      const nextHousehold: HouseholdRecord = { ...householdNext(household, actor.id, at), status: DURING[input.kind] };
      opened = a;
      return {
        parts: {
          ...assessmentChangeParts(store, null, a, {
            step: "open",
            at,
            by: actor.id,
            from: null,
            to: "opened",
            outcome: null,
            note: a.openNote,
            objectionId: null,
          }),
          lead: leadPart ?? undefined,
          ...householdChangeParts(store, household, nextHousehold, {
            reason: input.kind === "identification" ? "启动监测对象识别" : "启动风险消除",
            changed: ["status"],
          }),
          totals: monitoringTotalsPart(store, household.county, householdCounterMove(household, nextHousehold)),
        },
      };
    },
  });
  return detail(store, opened!, actor, clock);
}

// ── The steps ─────────────────────────────────────────────────────────────────────────────

const noEvent = { outcome: null, note: null, objectionId: null };

/** The home visit: two or more visitors, findings, the household's signed consent; for a removal, its checks must all hold. */
export async function recordVisit(assessmentId: string, input: RecordVisit, actor: Actor, store: Db = db(), clock: Clock = systemClock) {
  return act(assessmentId, actor, store, clock, async (a, now) => {
    assertStepAllowed(a, "visit");
    assertSeparation(a, actor.id, "visit");
    assertDates(
      inFuture("body.visitedOn", input.visitedOn, now.today),
      inFuture("body.consent.signedOn", input.consent.signedOn, now.today),
    );
    if (a.kind === "removal" && !input.removalChecks)
      throw validationFailed("A risk removal's visit records its checks", [
        { path: "body.removalChecks", message: "required for a risk removal", issue: "required" },
      ]);
    if (a.kind === "identification" && input.removalChecks)
      throw validationFailed("Only a risk removal's visit records removal checks", [
        { path: "body.removalChecks", message: "only for a risk removal", issue: "invalid" },
      ]);
    if (!input.consent.signed) {
      throw ruleViolated("CONSENT_REQUIRED", "The household's signed consent is needed before its data are checked", [
        { path: "body.consent.signed", message: "the household has not signed its consent" },
      ]);
    }
    let removalChecks = null;
    if (input.removalChecks) {
      const line = incomeLineOf(await countySettings(a.county, store), input.removalChecks.year);
      const failures = removalCheckFailures(input.removalChecks, line);
      if (failures.length)
        throw ruleViolated("REMOVAL_CHECKS_FAILED", `The risk cannot be removed: ${failures.map((f) => f.message).join("; ")}`, failures);
      removalChecks = { ...input.removalChecks, incomeLineFen: line! };
    }
    const { removalChecks: _checks, ...visit } = input;
    return {
      next: { ...a, status: PASSED_TO.visit, visit: { ...visit, removalChecks, at: now.at, by: actor.id } },
      event: { ...noEvent, step: "visit", note: input.findings },
    };
  });
}

/** The village review (评议): a pass goes on to the public notice, a fail ends the assessment. */
export async function recordVillageReview(
  assessmentId: string,
  input: RecordVillageReview,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  return act(assessmentId, actor, store, clock, (a, now) => {
    assertStepAllowed(a, "village_review");
    assertSeparation(a, actor.id, "village_review");
    assertDates(inFuture("body.heldOn", input.heldOn, now.today), before("body.heldOn", input.heldOn, "visitedOn", a.visit!.visitedOn));
    const passed = input.outcome === "pass";
    return {
      next: { ...a, status: passed ? PASSED_TO.village_review : "rejected", villageReview: { ...input, at: now.at, by: actor.id } },
      event: { ...noEvent, step: "village_review", outcome: input.outcome, note: input.note },
      ...(passed ? {} : { ends: { confirmed: false, note: input.note } }),
    };
  });
}

/**
 * The public notice in the village: from `startsOn` (today or a day already past: a notice put up
 * before it is recorded) for at least the county's noticeMinDays. It goes on the public board.
 */
export async function recordNotice(assessmentId: string, input: RecordNotice, actor: Actor, store: Db = db(), clock: Clock = systemClock) {
  return act(assessmentId, actor, store, clock, async (a, now) => {
    assertStepAllowed(a, "notice");
    assertSeparation(a, actor.id, "notice");
    const { noticeMinDays } = await countySettings(a.county, store);
    const days = input.days ?? noticeMinDays;
    if (days < noticeMinDays) {
      throw validationFailed(`The county's notices run at least ${noticeMinDays} days`, [
        {
          path: "body.days",
          message: `must be at least ${noticeMinDays}`,
          issue: "too_small",
          minimum: noticeMinDays,
          origin: "number",
          inclusive: true,
        },
      ]);
    }
    assertDates(
      inFuture("body.startsOn", input.startsOn, now.today),
      before("body.startsOn", input.startsOn, "heldOn", a.villageReview!.heldOn),
    );
    const notice = {
      noticeId: newId("ntc"),
      startsOn: input.startsOn,
      endsOn: noticeEndsOn(input.startsOn, days),
      days,
      note: input.note ?? null,
      at: now.at,
      by: actor.id,
    };
    return {
      next: { ...a, status: PASSED_TO.notice, notice },
      event: { ...noEvent, step: "notice", note: notice.note },
      parts: {
        board: Notices.create(store, {
          noticeId: notice.noticeId,
          assessmentId: a.assessmentId,
          kind: a.kind,
          province: a.province,
          city: a.city,
          county: a.county,
          township: a.township,
          villageId: a.villageId,
          villageName: a.villageName,
          // The board never holds the name in full.
          maskedName: maskName(a.headName),
          category: a.category,
          startsOn: notice.startsOn,
          endsOn: notice.endsOn,
          withdrawn: false,
          createdAt: now.at,
        }),
      },
    };
  });
}

/** The township's review, by staff of the household's township or county: a pass goes to the county, a fail ends it. */
export async function recordTownshipReview(
  assessmentId: string,
  input: RecordTownshipReview,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  return act(assessmentId, actor, store, clock, (a, now) => {
    assertStepAllowed(a, "township_review");
    assertSeparation(a, actor.id, "township_review");
    const passed = input.outcome === "pass";
    return {
      next: { ...a, status: passed ? PASSED_TO.township_review : "rejected", townshipReview: { ...input, at: now.at, by: actor.id } },
      event: { ...noEvent, step: "township_review", outcome: input.outcome, note: input.note },
      ...(passed ? {} : { ends: { confirmed: false, note: input.note } }),
    };
  });
}

/**
 * The county's decision, by county staff (not a township's): only once the notice period is over
 * and no objection awaits a finding; an upheld objection allows only a rejection. A confirmation
 * makes the household a 监测对象 from today (or ends its monitoring, for a removal).
 */
export async function recordCountyDecision(
  assessmentId: string,
  input: RecordCountyDecision,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  return act(assessmentId, actor, store, clock, (a, now) => {
    assertStepAllowed(a, "county_decision");
    if (actArea(actor).township) {
      throw forbidden("The county's decision is taken by county staff, not a township's", "FORBIDDEN", [
        { message: "county-level staff only", rule: "county_level" },
      ]);
    }
    assertSeparation(a, actor.id, "county_decision");
    assertMayDecide(a, now.today, input.decision);
    const confirmed = input.decision === "confirm";
    return {
      next: {
        ...a,
        status: confirmed ? PASSED_TO.county_decision : "rejected",
        decision: { ...input, decidedOn: now.today, at: now.at, by: actor.id },
      },
      event: { ...noEvent, step: "county_decision", outcome: input.decision, note: input.note },
      ends: { confirmed, note: input.note },
    };
  });
}

/** Ends an assessment that will not go on (the household moved away, asked to stop): everything goes back as it was. */
export async function withdrawAssessment(
  assessmentId: string,
  input: WithdrawAssessment,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  return act(assessmentId, actor, store, clock, (a, now) => {
    assertStepAllowed(a, "withdraw");
    return {
      next: { ...a, status: "withdrawn", withdrawal: { reason: input.reason, at: now.at, by: actor.id } },
      event: { ...noEvent, step: "withdraw", note: input.reason },
      ends: { confirmed: false, note: input.reason },
    };
  });
}

// ── Objections ────────────────────────────────────────────────────────────────────────────

export interface HeardObjection {
  receivedOn: string;
  note: string;
  contact?: string | undefined;
  channel: ObjectionRecord["channel"];
}

/**
 * An objection added to the assessment: only while it is heard (notice up, county not yet decided)
 * and dated within the notice period. It blocks the county's confirmation until the township's finding.
 */
export async function objectionChange(store: Db, a: AssessmentRecord, heard: HeardObjection, by: string, now: Now): Promise<Change> {
  assertStepAllowed(a, "objection");
  const notice = a.notice!;
  if (!withinNotice(notice, heard.receivedOn)) {
    throw ruleViolated("OUTSIDE_NOTICE_PERIOD", `Objections are heard from ${notice.startsOn} to ${notice.endsOn}`, [
      {
        path: heard.channel === "staff" ? "body.receivedOn" : undefined,
        message: "outside the notice period",
        startsOn: notice.startsOn,
        endsOn: notice.endsOn,
        date: heard.receivedOn,
      },
    ]);
  }
  if (a.objections.total >= MAX_OBJECTIONS_PER_NOTICE) {
    throw ruleViolated("OBJECTION_LIMIT_REACHED", `This notice has taken its ${MAX_OBJECTIONS_PER_NOTICE} objections`, [
      { message: "no more objections on this notice", limit: MAX_OBJECTIONS_PER_NOTICE, scope: "notice" },
    ]);
  }
  const objection: ObjectionRecord = {
    objectionId: newId("obj"),
    assessmentId: a.assessmentId,
    noticeId: notice.noticeId,
    channel: heard.channel,
    receivedOn: heard.receivedOn,
    note: heard.note,
    contactMasked: heard.contact ? maskContact(heard.contact) : null,
    contactSealed: heard.contact ? await sealContact(heard.contact) : null,
    recordedBy: by,
    at: now.at,
    finding: null,
  };
  return {
    next: { ...a, objections: { ...a.objections, total: a.objections.total + 1, open: a.objections.open + 1 } },
    event: { step: "objection", outcome: null, note: null, objectionId: objection.objectionId },
    parts: { objection: Objections.create(store, objection) },
  };
}

/** An objection heard in the village and recorded by staff. */
export async function recordObjection(
  assessmentId: string,
  input: RecordObjection,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  return act(assessmentId, actor, store, clock, (a, now) => {
    assertDates(inFuture("body.receivedOn", input.receivedOn, now.today));
    return objectionChange(store, a, { ...input, channel: "staff" }, actor.id, now);
  });
}

/** An objection filed on the public board, on the notice's assessment (no area: the public has none). */
export async function fileObjectionOn(
  assessmentId: string,
  input: { note: string; contact?: string | undefined },
  extra: (now: Now) => Parts,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<{ objectionId: string; receivedOn: string }> {
  let filed: { objectionId: string; receivedOn: string } | undefined;
  await change(
    store,
    clock,
    "public",
    () => loadAssessment(store, assessmentId),
    async (a, now) => {
      const step = await objectionChange(store, a, { ...input, receivedOn: now.today, channel: "public" }, "public", now);
      filed = { objectionId: step.event.objectionId!, receivedOn: now.today };
      return { ...step, parts: { ...step.parts, ...extra(now) } };
    },
  );
  return filed!;
}

/** The township's finding on an objection, once: not upheld, it no longer blocks; upheld, the county may only reject. */
export async function recordObjectionFinding(
  input: { assessmentId: string; objectionId: string; finding: RecordObjectionFinding },
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
) {
  const { assessmentId, objectionId, finding } = input;
  return act(assessmentId, actor, store, clock, async (a, now) => {
    assertStepAllowed(a, "objection_finding");
    const objection = await Objections.get(store, { assessmentId, objectionId }, "Objection", objectionId, { consistent: true });
    if (objection.finding) {
      throw conflict("INVALID_STATE", `Objection ${objectionId} already has the township's finding`, [
        {
          path: "status",
          message: `found ${objection.finding.outcome}`,
          resource: "objection",
          action: "objection_finding",
          status: objection.finding.outcome,
          allowed: [],
        },
      ]);
    }
    const upheld = finding.outcome === "upheld";
    return {
      next: { ...a, objections: { ...a.objections, open: a.objections.open - 1, upheld: a.objections.upheld + (upheld ? 1 : 0) } },
      event: { step: "objection_finding", outcome: finding.outcome, note: finding.note, objectionId },
      parts: { objection: objectionFindingPart(store, { ...objection, finding: { ...finding, at: now.at, by: actor.id } }) },
    };
  });
}
