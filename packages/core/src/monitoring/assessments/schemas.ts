import { z } from "zod";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { calendarDate, count, id, note, text } from "../../platform/schema";
import { HOUSEHOLD_CATEGORIES, householdPlace, MONITORING_STATUSES } from "../households/schemas";

/**
 * A 研判 (assessment): the path a household takes into monitoring (识别) or out of it (风险消除),
 * DOMAIN.md §5: opened → home visit (入户核实) → village review (评议) → public notice in the
 * village (公示, objections heard) → township review → county confirmation. Each step is an
 * immutable event of the assessment's timeline.
 */
export const ASSESSMENT_KINDS = ["identification", "removal"] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = { identification: "监测对象识别", removal: "风险消除" };

/** Named by the last step taken; the last three are final. */
export const ASSESSMENT_STATUSES = [
  "opened",
  "visited",
  "village_reviewed",
  "noticed",
  "township_reviewed",
  "confirmed",
  "rejected",
  "withdrawn",
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  opened: "待入户核实",
  visited: "待村级评议",
  village_reviewed: "待公示",
  noticed: "公示中，待乡镇审核",
  township_reviewed: "待县级确认",
  confirmed: "已确认",
  rejected: "未通过",
  withdrawn: "已撤回",
};

/** The steps of the path, in order, then what may happen beside it. */
export const MAIN_STEPS = ["open", "visit", "village_review", "notice", "township_review", "county_decision"] as const;
export type MainStep = (typeof MAIN_STEPS)[number];
export const STEPS = [...MAIN_STEPS, "withdraw", "objection", "objection_finding"] as const;
export type Step = (typeof STEPS)[number];
export const STEP_LABELS: Record<Step, string> = {
  open: "启动研判",
  visit: "入户核实",
  village_review: "村级评议",
  notice: "村内公示",
  township_review: "乡镇审核",
  county_decision: "县级确认",
  withdraw: "撤回",
  objection: "收到异议",
  objection_finding: "异议核实结论",
};

export const REVIEW_OUTCOMES = ["pass", "fail"] as const;
export const COUNTY_DECISIONS = ["confirm", "reject"] as const;
export const OBJECTION_OUTCOMES = ["upheld", "not_upheld"] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export const OBJECTION_OUTCOME_LABELS: Record<ObjectionOutcome, string> = { upheld: "异议成立", not_upheld: "异议不成立" };
export const OBJECTION_CHANNELS = ["public", "staff"] as const;

/** What a risk removal must find at the visit (两不愁三保障 and safe drinking water, income stably above the line). */
export const REMOVAL_GUARANTEES = [
  "foodAndClothing",
  "compulsoryEducation",
  "basicMedicalInsurance",
  "safeHousing",
  "safeDrinkingWater",
] as const;
export type RemovalGuarantee = (typeof REMOVAL_GUARANTEES)[number];
export const REMOVAL_GUARANTEE_LABELS: Record<RemovalGuarantee, string> = {
  foodAndClothing: "不愁吃、不愁穿",
  compulsoryEducation: "义务教育有保障",
  basicMedicalInsurance: "基本医疗有保障",
  safeHousing: "住房安全有保障",
  safeDrinkingWater: "饮水安全有保障",
};

// ── Requests ────────────────────────────────────────────────────────────────────────────────

export const OpenAssessment = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("identification").describe("监测对象识别: from a risk lead"),
    leadId: id().describe("the open risk lead the identification takes up"),
    category: z.enum(HOUSEHOLD_CATEGORIES).optional().describe("the category proposed (the household's by default)"),
    note: note(500).optional(),
  }),
  z.strictObject({
    kind: z.literal("removal").describe("风险消除: of a monitored household"),
    householdId: id(),
    note: note(500).optional(),
  }),
]);
export type OpenAssessment = z.infer<typeof OpenAssessment>;

export const RemovalChecks = z.strictObject({
  year: z.number().int().min(2000).max(2100).describe("the year the income figure is for"),
  perCapitaIncomeFen: fen().describe("per-person income found at the visit; must be above the county's line of that year"),
  incomeStable: z.boolean().describe("the income is stable (steady work or business, no large shock expected)"),
  foodAndClothing: z.boolean().describe("不愁吃、不愁穿"),
  compulsoryEducation: z.boolean().describe("义务教育有保障"),
  basicMedicalInsurance: z.boolean().describe("基本医疗有保障"),
  safeHousing: z.boolean().describe("住房安全有保障"),
  safeDrinkingWater: z.boolean().describe("饮水安全有保障"),
});
export type RemovalChecks = z.infer<typeof RemovalChecks>;

export const RecordVisit = z.strictObject({
  visitedOn: calendarDate().describe("the day of the home visit (not in the future)"),
  visitors: z
    .array(text(50))
    .min(2)
    .max(10)
    .refine((v) => new Set(v).size === v.length, { error: "must name each visitor once", params: { issue: "repeated" } })
    .describe("at least two different visitors (names of the cadres)"),
  findings: note(2000),
  consent: z
    .strictObject({
      signed: z.boolean().describe("the household signed its authorisation to check its data"),
      signedOn: calendarDate(),
    })
    .describe("the household's signed consent (required to go on)"),
  removalChecks: RemovalChecks.optional().describe(
    "for a risk removal: what the visit found (required there, refused for an identification)",
  ),
});
export type RecordVisit = z.infer<typeof RecordVisit>;

export const RecordVillageReview = z.strictObject({
  heldOn: calendarDate().describe("the day of the village review meeting (评议)"),
  outcome: z.enum(REVIEW_OUTCOMES).describe("pass: goes to the public notice; fail: the assessment ends"),
  attendees: count(10_000).min(1).describe("how many took part"),
  note: note(1000),
});
export type RecordVillageReview = z.infer<typeof RecordVillageReview>;

export const RecordNotice = z.strictObject({
  startsOn: calendarDate().describe("the day the notice went up in the village (today or earlier)"),
  days: z.number().int().min(1).max(60).optional().describe("how long it runs; at least the county's noticeMinDays (its default)"),
  note: note(500).optional(),
});
export type RecordNotice = z.infer<typeof RecordNotice>;

export const RecordTownshipReview = z.strictObject({
  outcome: z.enum(REVIEW_OUTCOMES).describe("pass: goes to the county; fail: the assessment ends"),
  note: note(1000),
});
export type RecordTownshipReview = z.infer<typeof RecordTownshipReview>;

export const RecordCountyDecision = z.strictObject({
  decision: z
    .enum(COUNTY_DECISIONS)
    .describe("confirm: the household becomes (or stops being) a 监测对象 today; reject: it stays as it was"),
  note: note(1000),
});
export type RecordCountyDecision = z.infer<typeof RecordCountyDecision>;

export const WithdrawAssessment = z.strictObject({ reason: note(500) });
export type WithdrawAssessment = z.infer<typeof WithdrawAssessment>;

/** An objection heard in the village (in person, by letter) and recorded by staff. */
export const RecordObjection = z.strictObject({
  receivedOn: calendarDate().describe("the day it was raised: within the notice period, not in the future"),
  note: note(1000),
  contact: text(50).optional().describe("how to reach the objector; kept encrypted and shown only masked"),
});
export type RecordObjection = z.infer<typeof RecordObjection>;

export const RecordObjectionFinding = z.strictObject({
  outcome: z.enum(OBJECTION_OUTCOMES).describe("upheld: the county may then only reject; not_upheld: the objection no longer blocks"),
  note: note(1000),
});
export type RecordObjectionFinding = z.infer<typeof RecordObjectionFinding>;

export const AssessmentIdParams = z.strictObject({ assessmentId: id() });
export const ObjectionIdParams = z.strictObject({ assessmentId: id(), objectionId: id() });

export const AssessmentsQuery = z.strictObject({
  county: text(30).optional().describe("required for province and city staff; county and township staff list their own"),
  township: text(30).optional(),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  kind: z.enum(ASSESSMENT_KINDS).optional(),
  householdId: id().optional().describe("one household's assessments, newest first"),
  ...pageQuery,
});
export type AssessmentsQuery = z.infer<typeof AssessmentsQuery>;

// ── Records and responses ───────────────────────────────────────────────────────────────────

const Done = { at: z.string(), by: z.string() };

export const Visit = z.object({
  visitedOn: z.string(),
  visitors: z.array(z.string()),
  findings: z.string(),
  consent: z.object({ signed: z.boolean(), signedOn: z.string() }),
  removalChecks: RemovalChecks.extend({ incomeLineFen: fen().describe("the county's line of that year, when checked") }).nullable(),
  ...Done,
});
export const VillageReview = z.object({
  heldOn: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES),
  attendees: z.number().int(),
  note: z.string(),
  ...Done,
});
export const Notice = z.object({
  noticeId: z.string().describe("the notice on the public board (GET /public/notices)"),
  startsOn: z.string(),
  endsOn: z.string().describe("its last day; the county may decide from the day after"),
  days: z.number().int(),
  note: z.string().nullable(),
  ...Done,
});
export const TownshipReview = z.object({ outcome: z.enum(REVIEW_OUTCOMES), note: z.string(), ...Done });
export const CountyDecision = z.object({ decision: z.enum(COUNTY_DECISIONS), decidedOn: z.string(), note: z.string(), ...Done });
export const Withdrawal = z.object({ reason: z.string(), ...Done });

export const ObjectionCounts = z.object({
  total: z.number().int(),
  open: z.number().int().describe("awaiting the township's finding: they block the county's confirmation"),
  upheld: z.number().int().describe("found valid: the county may only reject"),
});

export const AssessmentRecord = z.object({
  assessmentId: z.string(),
  kind: z.enum(ASSESSMENT_KINDS),
  status: z.enum(ASSESSMENT_STATUSES),
  ...householdPlace,
  leadId: z.string().nullable(),
  category: z.enum(HOUSEHOLD_CATEGORIES).describe("the monitoring category proposed (identification) or held (removal)"),
  householdStatusBefore: z.enum(MONITORING_STATUSES).describe("what the household goes back to if the assessment does not succeed"),
  openNote: z.string().nullable(),
  openedAt: z.string(),
  openedBy: z.string(),
  visit: Visit.nullable(),
  villageReview: VillageReview.nullable(),
  notice: Notice.nullable(),
  townshipReview: TownshipReview.nullable(),
  decision: CountyDecision.nullable(),
  withdrawal: Withdrawal.nullable(),
  objections: ObjectionCounts,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

/** One immutable entry of the timeline: who did what, when, and where it left the assessment. */
export const AssessmentEvent = z.object({
  seq: z.number().int().describe("the assessment's version this step made"),
  step: z.enum(STEPS),
  stepLabel: z.string(),
  at: z.string(),
  by: z.string().describe("the staff account, or `public` for an objection filed on the public board"),
  from: z.enum(ASSESSMENT_STATUSES).nullable(),
  to: z.enum(ASSESSMENT_STATUSES),
  outcome: z.string().nullable().describe("pass/fail, confirm/reject, upheld/not_upheld where the step has one"),
  note: z.string().nullable(),
  objectionId: z.string().nullable(),
});
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;
export const AssessmentEventRecord = AssessmentEvent.omit({ stepLabel: true }).extend({ assessmentId: z.string() });
export type AssessmentEventRecord = z.infer<typeof AssessmentEventRecord>;

export const ObjectionFinding = z.object({ outcome: z.enum(OBJECTION_OUTCOMES), note: z.string(), ...Done });

export const Objection = z.object({
  objectionId: z.string(),
  assessmentId: z.string(),
  noticeId: z.string(),
  channel: z.enum(OBJECTION_CHANNELS).describe("public: filed on the public board; staff: heard in the village and recorded"),
  receivedOn: z.string(),
  note: z.string(),
  contactMasked: z.string().nullable().describe("the objector's contact, masked (kept encrypted)"),
  recordedBy: z.string(),
  at: z.string(),
  finding: ObjectionFinding.nullable(),
});
export type Objection = z.infer<typeof Objection>;
export const ObjectionRecord = Objection.extend({
  contactSealed: z.string().nullable().describe("the contact, encrypted (AES-256-GCM)"),
});
export type ObjectionRecord = z.infer<typeof ObjectionRecord>;

/** Why the viewer may not take a next step now. */
export const STEP_BLOCKERS = [
  "read_only_area",
  "role",
  "separation_of_duties",
  "county_level",
  "notice_period_not_over",
  "objection_unresolved",
  "objection_upheld",
] as const;

export const NextStep = z.object({
  step: z.enum(STEPS),
  stepLabel: z.string(),
  allowed: z.boolean().describe("whether the viewer may take it now"),
  blockedBy: z.enum(STEP_BLOCKERS).nullable(),
  availableOn: z.string().nullable().describe("for a county decision waiting on the notice: the first day it may be taken"),
});
export type NextStep = z.infer<typeof NextStep>;

export const Assessment = AssessmentRecord.extend({ kindLabel: z.string(), statusLabel: z.string(), categoryLabel: z.string() });
export type Assessment = z.infer<typeof Assessment>;

/** One assessment as its page shows it: the timeline, the objections and what the viewer may do next. */
export const AssessmentDetail = Assessment.extend({
  timeline: z.array(AssessmentEvent),
  objectionList: z.array(Objection),
  nextSteps: z.array(NextStep),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;
