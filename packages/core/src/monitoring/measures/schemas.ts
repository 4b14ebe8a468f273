import { z } from "zod";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { calendarDate, id, note, text } from "../../platform/schema";
import { HOUSEHOLD_CATEGORIES, householdPlace } from "../households/schemas";

/**
 * Support measures (帮扶措施, "缺什么补什么", DOMAIN.md §5): what a household at risk is given, by
 * kind, with its money, its dates and the cadre responsible for it.
 */
export const MEASURE_KINDS = [
  "industry",
  "employment",
  "public_welfare_post",
  "micro_credit",
  "dibao",
  "tekun",
  "medical_aid",
  "education_aid",
  "temporary_aid",
  "prevention_claim",
  "other",
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  industry: "产业帮扶",
  employment: "就业帮扶",
  public_welfare_post: "公益岗位",
  micro_credit: "小额信贷",
  dibao: "低保",
  tekun: "特困供养",
  medical_aid: "医疗救助",
  education_aid: "教育资助",
  temporary_aid: "临时救助",
  prevention_claim: "防贫保险/防贫救助",
  other: "其他帮扶",
};

/**
 * What an amount is per: paid once (a temporary aid, a loan), each month (a public-welfare post's
 * 300–700 yuan, 低保) or each year (an education grant). Amounts of different periods are never
 * added together.
 */
export const MEASURE_PERIODS = ["once", "monthly", "yearly"] as const;
export type MeasurePeriod = (typeof MEASURE_PERIODS)[number];
export const MEASURE_PERIOD_LABELS: Record<MeasurePeriod, string> = { once: "一次性", monthly: "每月", yearly: "每年" };

/** A measure is in effect until a cadre ends it (its planned end date alone does not end it). */
export const MEASURE_STATUSES = ["active", "ended"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = { active: "实施中", ended: "已结束" };

/** Household statuses a measure may be recorded for: 监测对象, and those still being identified (先行帮扶: help does not wait for the paperwork). */
export const MEASURABLE_STATUSES = ["identifying", "monitored", "removing"] as const;

type Issue = { path: string[]; message: string; params: { issue: string } };

export const CreateMeasure = z
  .strictObject({
    kind: z
      .enum(MEASURE_KINDS)
      .describe(
        "industry 产业帮扶, employment 就业帮扶, public_welfare_post 公益岗位, micro_credit 小额信贷, dibao 低保, tekun 特困供养, medical_aid 医疗救助, education_aid 教育资助, temporary_aid 临时救助, prevention_claim 防贫保险/防贫救助 (links a claim), other (with its content)",
      ),
    content: text(200).optional().describe("what the measure is (required for other), e.g. 光伏收益分红, 护林员岗位"),
    amountFen: fen()
      .optional()
      .describe("the money per period (required, 0 for help without money); for prevention_claim taken from the claim"),
    period: z.enum(MEASURE_PERIODS).optional().describe("what the amount is per: once (default), monthly or yearly"),
    startOn: calendarDate().describe("the first day the measure applies"),
    endOn: calendarDate().optional().describe("the planned last day, when known (not before startOn)"),
    responsibleCadre: text(50).describe("the cadre responsible for the measure (帮扶责任人), by name"),
    note: note(500).optional(),
    memberId: id().optional().describe("the household member the measure is for (a post, a school grant), when it is for one person"),
    claimId: id().optional().describe("for prevention_claim: the household's approved or paid claim"),
  })
  .superRefine((m, ctx) => {
    const issues: Issue[] = [];
    if (m.kind === "other" && m.content === undefined)
      issues.push({ path: ["content"], message: "is required for a measure of kind other", params: { issue: "required" } });
    if (m.kind === "prevention_claim") {
      if (m.claimId === undefined)
        issues.push({ path: ["claimId"], message: "is required for prevention_claim", params: { issue: "required" } });
      if (m.amountFen !== undefined)
        issues.push({ path: ["amountFen"], message: "is taken from the claim's payout: leave it out", params: { issue: "invalid" } });
      if (m.period !== undefined && m.period !== "once")
        issues.push({ path: ["period"], message: "a claim's payout is paid once", params: { issue: "invalid" } });
    } else {
      if (m.amountFen === undefined)
        issues.push({ path: ["amountFen"], message: "is required (0 for help without money)", params: { issue: "required" } });
      if (m.claimId !== undefined)
        issues.push({ path: ["claimId"], message: "only a measure of kind prevention_claim links a claim", params: { issue: "invalid" } });
    }
    for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
  });
export type CreateMeasure = z.infer<typeof CreateMeasure>;

export const EndMeasure = z.strictObject({
  endOn: calendarDate().describe("the last day the measure applied (not in the future, not before its start)"),
  reason: note(500).describe("why it ended (e.g. 岗位合同期满, 已稳定就业)"),
});
export type EndMeasure = z.infer<typeof EndMeasure>;

export const MeasureParams = z.strictObject({ householdId: id(), measureId: id() });
export const MeasuresQuery = z.strictObject({ ...pageQuery });

export const Measure = z.object({
  measureId: z.string(),
  ...householdPlace,
  kind: z.enum(MEASURE_KINDS),
  kindLabel: z.string(),
  content: z.string().nullable(),
  amountFen: fen(),
  period: z.enum(MEASURE_PERIODS),
  periodLabel: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable().describe("the planned end, or the actual one once ended"),
  responsibleCadre: z.string(),
  note: z.string().nullable(),
  memberId: z.string().nullable(),
  memberName: z.string().nullable(),
  claimId: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  statusLabel: z.string(),
  ended: z.object({ reason: z.string(), at: z.string(), by: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Measure = z.infer<typeof Measure>;

export const MeasureRecord = Measure.omit({ kindLabel: true, periodLabel: true, statusLabel: true });
export type MeasureRecord = z.infer<typeof MeasureRecord>;

/** One claim is one measure: which measure links it. */
export const MeasureClaim = z.object({ claimId: z.string(), householdId: z.string(), measureId: z.string() });

export const FlagsQuery = z.strictObject({
  county: text(30).optional().describe("required for province and city staff; county and township staff list their own"),
  township: text(30).optional(),
  ...pageQuery,
});
export type FlagsQuery = z.infer<typeof FlagsQuery>;

export const FLAG_KINDS = ["no_measure"] as const;

/** A monitored household with no measure in effect past the county's deadline after its confirmation. */
export const MeasureFlag = z.object({
  kind: z.enum(FLAG_KINDS),
  kindLabel: z.string(),
  householdId: z.string(),
  headName: z.string(),
  county: z.string(),
  township: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  category: z.enum(HOUSEHOLD_CATEGORIES),
  categoryLabel: z.string(),
  confirmedOn: z.string().describe("the start of its current monitoring period"),
  dueOn: z.string().describe("the last day to put a measure in place (confirmedOn + the county's measureDeadlineDays)"),
  daysOverdue: z.number().int().describe("days since dueOn"),
});
export type MeasureFlag = z.infer<typeof MeasureFlag>;
