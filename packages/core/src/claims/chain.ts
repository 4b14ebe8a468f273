import type { z } from "zod";
import { decisionOpensOn, noticeEndsOn, withinNotice } from "../monitoring/assessments/workflow";
import { countySettings } from "../monitoring/settings/settings";
import type { Actor } from "../platform/actor";
import { chinaToday } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, forbidden, ruleViolated, validationFailed } from "../platform/errors";
import { newId } from "../platform/ids";
import { type Part, runTransaction } from "../platform/transact";
import { Households } from "../monitoring/households/storage";
import { loadClaimToAct } from "./claims";
import { possibleDuplicate } from "./duplicates";
import { noticeOnBoardPart } from "./notices";
import type {
  ChainSteps,
  Claim,
  ClaimRecord,
  ClaimStage,
  ClaimStatus,
  HomeVisit,
  RecordObjection,
  ResolveObjection,
  ReviewClaim,
  StartNotice,
  VillageReview,
} from "./schemas";
import { type ClaimChange, claimChangeParts, readClaim, schemeTotalsPart } from "./storage";

/**
 * The approval chain counties use (DOMAIN.md §4, issue 12): submitted → home visit (入户核查, at
 * least two visitors) → village review (评议) → public notice (公示, the county's minimum days,
 * objections answered) → township review → county approval → payment. A scheme may skip the
 * first three. Every step is taken by someone who took no other step on the claim. Payment is not
 * a step here: only a finance batch line the bank confirmed pays a claim (claims/payments).
 */

const OPTIONAL_STAGES = [
  ["home_visit", "homeVisit"],
  ["village_review", "villageReview"],
  ["public_notice", "publicNotice"],
] as const satisfies readonly (readonly [ClaimStage, keyof ChainSteps])[];

/** The stage after `stage` (or the first, for a new claim) that the scheme's chain takes. */
export function stageAfter(chain: ChainSteps, stage: ClaimStage | null): ClaimStage {
  const from = stage === null ? 0 : OPTIONAL_STAGES.findIndex(([s]) => s === stage) + 1;
  for (const [s, step] of OPTIONAL_STAGES.slice(from)) if (chain[step]) return s;
  return "township_review";
}

/** A step asked of a claim at a stage it does not apply to. */
const invalidStage = (claim: ClaimRecord, action: string, allowed: readonly ClaimStage[]) =>
  conflict("INVALID_STATE", `Claim ${claim.claimId} is at ${claim.stage}; ${action} needs a claim at ${allowed.join(" or ")}`, [
    { path: "stage", message: `is at ${claim.stage}`, resource: "claim", action, status: claim.stage, allowed: [...allowed] },
  ]);

/** Separation of duties (DESIGN decision 9): no one takes two steps on one claim, from filing to payment. */
export function assertFirstStep(claim: Pick<ClaimRecord, "actors" | "submittedBy">, actor: Actor, step: string): void {
  if (claim.actors.includes(actor.id) || claim.submittedBy === actor.id) {
    throw forbidden(`You already took a step on this claim; ${step} must be someone else's`, "SEPARATION_OF_DUTIES", [
      { message: "you already took a step on this claim", step, submittedBy: claim.submittedBy },
    ]);
  }
}

interface Step {
  action: string;
  /** The stages it may be taken at. */
  stages: readonly ClaimStage[];
  /** The status it leads to; unchanged by default. */
  to?: ClaimStatus;
  note: string | null;
  /** Whether it is a step in the sense of separation of duties (recording an objection is not). Default true. */
  separate?: boolean;
  /** Further rules on the claim as read; throws (or rejects) to refuse. */
  allow?: (claim: ClaimRecord, today: string) => void | Promise<void>;
  set?: (claim: ClaimRecord, at: string, today: string) => ClaimChange["set"];
  /** Further items written in the same transaction. */
  parts?: (claim: ClaimRecord, at: string, today: string) => Record<string, Part>;
}

/**
 * Read, check the stage and the person, write the step conditioned on the status and version read.
 * When the claim changed meanwhile the transaction is cancelled and the loop decides again on the
 * fresh state, so a step no longer allowed always ends in its refusal with nothing written.
 */
export async function takeStep(claimId: string, actor: Actor, step: Step, store: Db): Promise<Claim> {
  await runTransaction(store, {
    operation: `claim-${step.action}:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Claim ${claimId} is being changed by someone else; try again`),
    plan: async () => {
      const claim = await loadClaimToAct(store, claimId, actor);
      if (!step.stages.includes(claim.stage)) throw invalidStage(claim, step.action, step.stages);
      const separate = step.separate ?? true;
      if (separate) assertFirstStep(claim, actor, step.action);
      const today = chinaToday();
      await step.allow?.(claim, today);
      const at = new Date().toISOString();
      const to = step.to ?? claim.status;
      return {
        parts: {
          ...claimChangeParts(store, claim, {
            to,
            action: step.action,
            actor: actor.id,
            note: step.note,
            at,
            set: { ...step.set?.(claim, at, today), ...(separate ? { actors: [...claim.actors, actor.id] } : {}) },
          }),
          totals: to !== claim.status && schemeTotalsPart(store, claim.schemeId, { claim: { from: claim.status, to, cause: claim.cause } }),
          ...step.parts?.(claim, at, today),
        },
      };
    },
  });
  return readClaim(store, claimId);
}

// ── The steps ─────────────────────────────────────────────────────────────────────────────────

/** 入户核查: at least two visitors, on a day between the incident and today. */
export function recordHomeVisit(claimId: string, input: HomeVisit, actor: Actor, store: Db = db()): Promise<Claim> {
  return takeStep(
    claimId,
    actor,
    {
      action: "home_visit",
      stages: ["home_visit"],
      note: `入户核查（${input.visitors.join("、")}）：${input.findings}`,
      allow: (claim, today) => {
        if (input.visitedOn > today || input.visitedOn < claim.incidentDate) {
          throw validationFailed("The visit date must lie between the incident and today", [
            { path: "body.visitedOn", message: `must be from ${claim.incidentDate} to ${today}`, issue: "out_of_range" },
          ]);
        }
      },
      set: (claim, at) => ({
        homeVisit: { ...input, by: actor.id, at },
        stage: stageAfter(claim.chain, "home_visit"),
      }),
    },
    store,
  );
}

/** 村级评议: a pass moves the claim on; a rejection ends it. */
export function recordVillageReview(claimId: string, input: z.infer<typeof VillageReview>, actor: Actor, store: Db = db()): Promise<Claim> {
  const pass = input.decision === "pass";
  return takeStep(
    claimId,
    actor,
    {
      action: pass ? "village_review_pass" : "village_review_reject",
      stages: ["village_review"],
      ...(pass ? {} : { to: "rejected" as const }),
      note: input.note,
      set: (claim, at) => ({
        villageReview: { decision: input.decision, note: input.note, by: actor.id, at },
        ...(pass ? { stage: stageAfter(claim.chain, "village_review") } : { rejectedBy: actor.id, rejectionReason: input.note }),
      }),
    },
    store,
  );
}

/**
 * 公示: starts today or later and runs the county's minimum days (its 公示 rule); the township
 * reviews after it ends. It goes up on the public board in the same write, where anyone may object.
 */
export function startNotice(claimId: string, input: z.infer<typeof StartNotice>, actor: Actor, store: Db = db()): Promise<Claim> {
  let days = 0;
  let household: { headName: string; villageName: string } | undefined;
  return takeStep(
    claimId,
    actor,
    {
      action: "start_notice",
      stages: ["public_notice"],
      note: null,
      allow: async (claim, today) => {
        if (claim.notice) {
          throw conflict("INVALID_STATE", `The notice of claim ${claimId} has started already`, [
            { path: "notice", message: "has started already", resource: "claim", action: "start_notice", status: claim.stage },
          ]);
        }
        if (input.startsOn !== undefined && input.startsOn < today) {
          throw validationFailed("A notice cannot start in the past", [
            { path: "body.startsOn", message: `must be ${today} or later`, issue: "in_past" },
          ]);
        }
        const [settings, found] = await Promise.all([
          countySettings(claim.county, store),
          Households.find(store, { householdId: claim.householdId }),
        ]);
        if (!found) {
          throw conflict("INVALID_STATE", `Claim ${claimId} refers to a household that no longer exists`, [
            { path: "householdId", message: "no longer exists", resource: "claim", action: "start_notice", status: claim.stage },
          ]);
        }
        days = settings.noticeMinDays;
        household = found;
      },
      set: (_claim, at, today) => {
        const startsOn = input.startsOn ?? today;
        return { notice: { startsOn, endsOn: noticeEndsOn(startsOn, days), by: actor.id, at } };
      },
      parts: (claim, _at, today) => {
        const startsOn = input.startsOn ?? today;
        return { board: noticeOnBoardPart(store, claim, household!, { startsOn, endsOn: noticeEndsOn(startsOn, days) }) };
      },
    },
    store,
  );
}

/** An objection received during the notice; recording it is clerical, not a step. */
export function recordObjection(claimId: string, input: z.infer<typeof RecordObjection>, actor: Actor, store: Db = db()): Promise<Claim> {
  return takeStep(
    claimId,
    actor,
    {
      action: "record_objection",
      stages: ["public_notice"],
      note: input.summary,
      separate: false,
      allow: (claim, today) => {
        if (!claim.notice || !withinNotice(claim.notice, input.receivedOn) || input.receivedOn > today) {
          throw ruleViolated("OUTSIDE_NOTICE_PERIOD", "An objection is received while the notice runs", [
            {
              path: "body.receivedOn",
              message: claim.notice
                ? `must be from ${claim.notice.startsOn} to ${claim.notice.endsOn}, and not after today`
                : "the notice has not started",
              ...(claim.notice ? { startsOn: claim.notice.startsOn, endsOn: claim.notice.endsOn } : {}),
            },
          ]);
        }
      },
      set: (claim, at) => ({
        objections: [
          ...claim.objections,
          {
            objectionId: newId("obj"),
            channel: "village" as const,
            summary: input.summary,
            receivedOn: input.receivedOn,
            recordedBy: actor.id,
            contactMasked: null,
            contactSealed: null,
            at,
            resolution: null,
          },
        ],
      }),
    },
    store,
  );
}

/** The township's finding on an objection: upheld, the claim can only be rejected. */
export function resolveObjection(
  input: { claimId: string; objectionId: string; resolution: z.infer<typeof ResolveObjection> },
  actor: Actor,
  store: Db = db(),
): Promise<Claim> {
  const { claimId, objectionId, resolution } = input;
  return takeStep(
    claimId,
    actor,
    {
      action: "resolve_objection",
      stages: ["public_notice"],
      note: resolution.finding,
      separate: false,
      allow: (claim) => {
        const objection = claim.objections.find((o) => o.objectionId === objectionId);
        if (!objection)
          throw validationFailed(`Claim ${claimId} has no objection ${objectionId}`, [
            { path: "params.objectionId", message: "is not an objection of this claim", issue: "unknown" },
          ]);
        if (objection.resolution)
          throw conflict("INVALID_STATE", `Objection ${objectionId} has its finding already`, [
            {
              path: "objectionId",
              message: "has its finding already",
              resource: "claim",
              action: "resolve_objection",
              status: claim.stage,
            },
          ]);
      },
      set: (claim, at) => ({
        objections: claim.objections.map((o) =>
          o.objectionId === objectionId
            ? { ...o, resolution: { upheld: resolution.upheld, finding: resolution.finding, by: actor.id, at } }
            : o,
        ),
      }),
    },
    store,
  );
}

/** Before the township passes a claim under notice: the notice over, every objection answered, none upheld. */
function assertNoticeAllowsReview(claim: ClaimRecord, today: string, pass: boolean): void {
  if (claim.stage !== "public_notice") return;
  const notice = claim.notice;
  if (!notice || today < decisionOpensOn(notice)) {
    const availableOn = notice ? decisionOpensOn(notice) : null;
    throw ruleViolated(
      "NOTICE_PERIOD_NOT_OVER",
      notice
        ? `The public notice runs until ${notice.endsOn}; the township reviews from ${availableOn}`
        : "The public notice has not started",
      [{ message: "the notice period is not over", endsOn: notice?.endsOn ?? null, availableOn, decider: "township" }],
    );
  }
  const open = claim.objections.filter((o) => !o.resolution).length;
  if (open > 0) {
    throw ruleViolated("OBJECTION_UNRESOLVED", `${open} objection(s) await the township's finding`, [
      { message: "record the township's finding on every objection first", open },
    ]);
  }
  if (pass && claim.objections.some((o) => o.resolution?.upheld)) {
    throw ruleViolated("OBJECTION_UPHELD", "An objection was upheld: the claim can only be rejected", [
      {
        message: "an upheld objection allows only a rejection",
        resource: "claim",
        upheld: claim.objections.filter((o) => o.resolution?.upheld).length,
      },
    ]);
  }
}

/** The township's review: submitted → reviewed (pass) or rejected, after the notice, with the required documents. */
export function reviewClaim(
  claimId: string,
  input: z.infer<typeof ReviewClaim>,
  actor: Actor,
  store: Db = db(),
  documents?: (claim: ClaimRecord) => Promise<void>,
): Promise<Claim> {
  const pass = input.decision === "pass";
  const override = input.duplicateOverride;
  return takeStep(
    claimId,
    actor,
    {
      action: pass ? "review_pass" : "review_reject",
      stages: ["township_review", "public_notice"],
      to: pass ? "reviewed" : "rejected",
      note: override && pass ? `${input.note}\n重复申请复核：${override.reason}` : input.note,
      allow: async (claim, today) => {
        assertNoticeAllowsReview(claim, today, pass);
        // A flagged claim passes only on the reviewer's own reason for overriding the flag.
        if (pass && claim.possibleDuplicate && !override) {
          throw possibleDuplicate(
            claim.possibleDuplicate.matches,
            `Claim ${claim.claimId} may repeat another claim; passing it needs duplicateOverride with your reason`,
          );
        }
        if (pass) await documents?.(claim);
      },
      set: (claim, at) => ({
        reviewedBy: actor.id,
        ...(pass ? {} : { rejectedBy: actor.id, rejectionReason: input.note }),
        ...(pass && claim.possibleDuplicate && override
          ? { possibleDuplicate: { ...claim.possibleDuplicate, override: { reason: override.reason, by: actor.id, at } } }
          : {}),
      }),
    },
    store,
  );
}

/** Ends an open claim before its payment. */
export function rejectClaim(claimId: string, input: { reason: string }, actor: Actor, store: Db = db()): Promise<Claim> {
  return takeStep(
    claimId,
    actor,
    {
      action: "reject",
      stages: ["home_visit", "village_review", "public_notice", "township_review", "county_approval"],
      to: "rejected",
      note: input.reason,
      set: () => ({ rejectedBy: actor.id, rejectionReason: input.reason }),
    },
    store,
  );
}
