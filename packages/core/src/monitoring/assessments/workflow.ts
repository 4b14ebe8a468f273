import type { Role } from "../../platform/actor";
import { shiftDays } from "../../platform/clock";
import { conflict, type ErrorDetail, forbidden, ruleViolated } from "../../platform/errors";
import type { MonitoringStatus } from "../households/schemas";
import {
  type AssessmentKind,
  type AssessmentRecord,
  type AssessmentStatus,
  type MainStep,
  type NextStep,
  REMOVAL_GUARANTEE_LABELS,
  REMOVAL_GUARANTEES,
  type RemovalChecks,
  STEP_LABELS,
  type Step,
} from "./schemas";

/*
 * The identification and risk-removal path as pure rules: which step may follow which, who may
 * take it, and the dates of the public notice. Nothing here reads or writes; the operations
 * (assessments.ts) apply these to what they read and throw what they throw.
 */

/** The roles that may take each step (the route table grants exactly these). */
export const STEP_ROLES = {
  open: ["clerk", "admin"],
  visit: ["clerk", "admin"],
  village_review: ["clerk", "admin"],
  notice: ["clerk", "admin"],
  township_review: ["clerk", "approver", "admin"],
  county_decision: ["approver", "admin"],
  withdraw: ["clerk", "approver", "admin"],
  objection: ["clerk", "admin"],
  objection_finding: ["clerk", "approver", "admin"],
} as const satisfies Record<Step, readonly Role[]>;

type PathStep = Exclude<MainStep, "open">;

/** The status each step of the path is taken from. */
export const STEP_FROM: Record<PathStep, AssessmentStatus> = {
  visit: "opened",
  village_review: "visited",
  notice: "village_reviewed",
  township_review: "noticed",
  county_decision: "township_reviewed",
};

/** Where a step that passes leaves the assessment (a failed review or a rejection: `rejected`). */
export const PASSED_TO: Record<PathStep, AssessmentStatus> = {
  visit: "visited",
  village_review: "village_reviewed",
  notice: "noticed",
  township_review: "township_reviewed",
  county_decision: "confirmed",
};

const FINAL: readonly AssessmentStatus[] = ["confirmed", "rejected", "withdrawn"];
/** Objections are heard once the notice is up and until the county decides. */
const HEARING: readonly AssessmentStatus[] = ["noticed", "township_reviewed"];

export const isOpen = (status: AssessmentStatus) => !FINAL.includes(status);

/** The step of the path that comes next, or null once the assessment has ended. */
export function nextPathStep(status: AssessmentStatus): PathStep | null {
  return (Object.keys(STEP_FROM) as PathStep[]).find((step) => STEP_FROM[step] === status) ?? null;
}

type Progress = Pick<AssessmentRecord, "status" | "objections">;

/** The statuses a step may be taken in. */
export function statusesFor(step: Step): AssessmentStatus[] {
  switch (step) {
    case "open":
      return [];
    case "withdraw":
      return Object.values(STEP_FROM);
    case "objection":
    case "objection_finding":
      return [...HEARING];
    default:
      return [STEP_FROM[step]];
  }
}

/** What may happen to the assessment now, whoever asks: the next step of the path, a withdrawal, objections while heard. */
export function possibleSteps(a: Progress): Step[] {
  const next = nextPathStep(a.status);
  if (!next) return [];
  const steps: Step[] = [next, "withdraw"];
  if (HEARING.includes(a.status)) steps.push("objection");
  if (HEARING.includes(a.status) && a.objections.open > 0) steps.push("objection_finding");
  return steps;
}

/** 409 INVALID_STATE for a step out of order, naming the statuses it needs. */
export function assertStepAllowed(a: Pick<AssessmentRecord, "assessmentId" | "status">, step: Step): void {
  const allowed = statusesFor(step);
  if (allowed.includes(a.status)) return;
  throw conflict("INVALID_STATE", `Assessment ${a.assessmentId} is ${a.status}; ${step} needs one that is ${allowed.join(" or ")}`, [
    { path: "status", message: `is ${a.status}`, resource: "assessment", action: step, status: a.status, allowed },
  ]);
}

type Actors = Pick<AssessmentRecord, "openedBy" | "visit" | "villageReview" | "notice" | "townshipReview">;

/** Who took each step of the path so far, in order. */
export function pathActors(a: Actors): { step: MainStep; by: string }[] {
  const taken: [MainStep, { by: string } | null][] = [
    ["open", { by: a.openedBy }],
    ["visit", a.visit],
    ["village_review", a.villageReview],
    ["notice", a.notice],
    ["township_review", a.townshipReview],
  ];
  return taken.flatMap(([step, done]) => (done ? [{ step, by: done.by }] : []));
}

/** The earlier step of the path the actor took, if any: no one takes two steps of one assessment. */
export const earlierStepBy = (a: Actors, actorId: string): MainStep | null => pathActors(a).find((s) => s.by === actorId)?.step ?? null;

/** 403 SEPARATION_OF_DUTIES when the actor took an earlier step of this assessment. */
export function assertSeparation(a: Actors, actorId: string, step: PathStep): void {
  const earlierStep = earlierStepBy(a, actorId);
  if (!earlierStep) return;
  throw forbidden(`Each step of an assessment is taken by a different person: you took its ${earlierStep} step`, "SEPARATION_OF_DUTIES", [
    { message: `you took the ${earlierStep} step of this assessment`, step, earlierStep },
  ]);
}

// ── The public notice ─────────────────────────────────────────────────────────────────────

/** The last day of a notice that runs `days` full China days from `startsOn` (startsOn counts as the first). */
export const noticeEndsOn = (startsOn: string, days: number) => shiftDays(startsOn, days - 1);

/** The first day the county may decide: the day after the notice's last. */
export const decisionOpensOn = (notice: { endsOn: string }) => shiftDays(notice.endsOn, 1);

/** Whether a date falls in the notice period (dates compare as strings). */
export const withinNotice = (notice: { startsOn: string; endsOn: string }, date: string) =>
  date >= notice.startsOn && date <= notice.endsOn;

type Decidable = Pick<AssessmentRecord, "notice" | "objections">;

/** What stands in the way of the county's decision today, if anything. */
export function decisionBlocker(
  a: Decidable,
  today: string,
  decision: "confirm" | "reject",
): { blockedBy: "notice_period_not_over" | "objection_unresolved" | "objection_upheld"; availableOn: string | null } | null {
  if (!a.notice || today < decisionOpensOn(a.notice))
    return { blockedBy: "notice_period_not_over", availableOn: a.notice ? decisionOpensOn(a.notice) : null };
  if (a.objections.open > 0) return { blockedBy: "objection_unresolved", availableOn: null };
  if (decision === "confirm" && a.objections.upheld > 0) return { blockedBy: "objection_upheld", availableOn: null };
  return null;
}

/** 422 when the notice is still running or an objection stands. */
export function assertMayDecide(
  a: Decidable & Pick<AssessmentRecord, "assessmentId">,
  today: string,
  decision: "confirm" | "reject",
): void {
  const blocker = decisionBlocker(a, today, decision);
  if (!blocker) return;
  switch (blocker.blockedBy) {
    case "notice_period_not_over":
      throw ruleViolated(
        "NOTICE_PERIOD_NOT_OVER",
        `The public notice runs until ${a.notice?.endsOn}; the county decides from ${blocker.availableOn}`,
        [{ message: "the notice period is not over", endsOn: a.notice?.endsOn, availableOn: blocker.availableOn }],
      );
    case "objection_unresolved":
      throw ruleViolated("OBJECTION_UNRESOLVED", `${a.objections.open} objection(s) await the township's finding`, [
        { message: "record the township's finding on every objection first", open: a.objections.open },
      ]);
    case "objection_upheld":
      throw ruleViolated("OBJECTION_UPHELD", "An objection was upheld: the assessment can only be rejected", [
        { message: "an upheld objection allows only a rejection", upheld: a.objections.upheld },
      ]);
  }
}

// ── Risk removal ──────────────────────────────────────────────────────────────────────────

/** Each check a risk removal fails (empty: it may go on). Income must lie above the county's line of its year, and be stable. */
export function removalCheckFailures(checks: RemovalChecks, incomeLineFen: number | null): ErrorDetail[] {
  const failures: ErrorDetail[] = [];
  const path = "body.removalChecks";
  if (incomeLineFen === null) {
    failures.push({
      path: `${path}.year`,
      message: `the county has no monitoring line for ${checks.year}`,
      check: "income_line",
      year: checks.year,
    });
  } else if (checks.perCapitaIncomeFen <= incomeLineFen) {
    failures.push({
      path: `${path}.perCapitaIncomeFen`,
      message: `income ${checks.perCapitaIncomeFen} fen is not above the ${checks.year} line of ${incomeLineFen} fen`,
      check: "income_above_line",
      perCapitaIncomeFen: checks.perCapitaIncomeFen,
      incomeLineFen,
      year: checks.year,
    });
  }
  if (!checks.incomeStable) failures.push({ path: `${path}.incomeStable`, message: "the income is not stable", check: "incomeStable" });
  for (const guarantee of REMOVAL_GUARANTEES) {
    if (!checks[guarantee])
      failures.push({ path: `${path}.${guarantee}`, message: `not confirmed: ${REMOVAL_GUARANTEE_LABELS[guarantee]}`, check: guarantee });
  }
  return failures;
}

// ── The household ─────────────────────────────────────────────────────────────────────────

/** The household statuses an assessment of this kind may start from: identification of a household not (or no longer) monitored; removal of a monitored one. */
export const OPENS_FROM: Record<AssessmentKind, readonly MonitoringStatus[]> = {
  identification: ["registered", "removed"],
  removal: ["monitored"],
};

/** Where the household stands while the assessment runs. */
export const DURING: Record<AssessmentKind, MonitoringStatus> = { identification: "identifying", removal: "removing" };

/** Where a confirmation leaves the household. */
export const CONFIRMED: Record<AssessmentKind, MonitoringStatus> = { identification: "monitored", removal: "removed" };

/** The household's status once the assessment ends: confirmed, or back to what it was. */
export const householdStatusAfter = (a: Pick<AssessmentRecord, "kind" | "householdStatusBefore">, confirmed: boolean): MonitoringStatus =>
  confirmed ? CONFIRMED[a.kind] : a.householdStatusBefore;

// ── What the viewer may do next ───────────────────────────────────────────────────────────

export interface Viewer {
  id: string;
  roles: readonly Role[];
  /** County staff (or a national administrator): not bound to a township. */
  countyLevel: boolean;
  /** Province and city staff read but do not act. */
  mayAct: boolean;
}

/** The possible steps, each marked as allowed for this viewer today or with what blocks it. */
export function nextStepsFor(a: AssessmentRecord, viewer: Viewer, today: string): NextStep[] {
  return possibleSteps(a).map((step) => {
    let blockedBy: NextStep["blockedBy"] = null;
    let availableOn: string | null = null;
    if (!viewer.mayAct) blockedBy = "read_only_area";
    else if (!(STEP_ROLES[step] as readonly Role[]).some((r) => viewer.roles.includes(r))) blockedBy = "role";
    else if (step === "county_decision" && !viewer.countyLevel) blockedBy = "county_level";
    else if (step in STEP_FROM && earlierStepBy(a, viewer.id)) blockedBy = "separation_of_duties";
    else if (step === "county_decision") {
      // The county may always reject once the notice is over; it may confirm only when nothing stands against it.
      const blocker = decisionBlocker(a, today, "reject");
      blockedBy = blocker?.blockedBy ?? null;
      availableOn = blocker?.availableOn ?? null;
    }
    return { step, stepLabel: STEP_LABELS[step], allowed: blockedBy === null, blockedBy, availableOn };
  });
}
