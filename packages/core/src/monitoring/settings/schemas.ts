import { z } from "zod";
import { bps, fen } from "../../platform/money";
import { text } from "../../platform/schema";

/**
 * A county's monitoring rules, as data (DOMAIN.md §5): its monitoring line per year, its
 * early-warning thresholds, and the deadlines and notice period of its procedures. Counties write
 * them differently, so nothing here is code.
 */

/** Where a risk lead comes from. */
export const LEAD_SOURCES = [
  "self_report",
  "cadre_visit",
  "medical_insurance",
  "civil_affairs",
  "disabled_persons",
  "disaster",
  "income_monitoring",
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  self_report: "农户自主申报",
  cadre_visit: "干部走访排查",
  medical_insurance: "医保部门预警",
  civil_affairs: "民政部门预警",
  disabled_persons: "残联预警",
  disaster: "灾情报告",
  income_monitoring: "收入监测预警",
};

/**
 * An annual out-of-pocket medical cost after basic insurance that raises a lead: an absolute amount
 * (Xi'an: 10,000 yuan for low-income households, 26,000 for others) or a share of a reference
 * income (Yangyuan: 50% / 100% of last year's rural per-capita disposable income).
 */
export const MedicalCostRule = z.strictObject({
  kind: z.literal("medical_cost"),
  threshold: z.discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("absolute"),
      lowIncomeFen: fen().describe("for low-income households (monitored, 低保, 特困, out of poverty)"),
      otherFen: fen().describe("for every other household"),
    }),
    z.strictObject({
      type: z.literal("share_of_income"),
      referenceIncomeFen: fen().describe("e.g. last year's rural per-capita disposable income of the province"),
      lowIncomeBps: bps(),
      otherBps: bps(),
    }),
  ]),
});

/** Income per person below the county's monitoring line of that year. */
export const IncomeBelowLineRule = z.strictObject({ kind: z.literal("income_below_line") });

/** Any row a department pushes of these kinds (民政 new 低保/临时救助, 残联 new severe disability, a disaster report). */
export const DepartmentFlagRule = z.strictObject({
  kind: z.literal("department_flag"),
  sources: z.array(z.enum(["civil_affairs", "disabled_persons", "disaster"])).min(1),
});

export const EarlyWarningRule = z.discriminatedUnion("kind", [MedicalCostRule, IncomeBelowLineRule, DepartmentFlagRule]);
export type EarlyWarningRule = z.infer<typeof EarlyWarningRule>;

export const CountySettingsInput = z.strictObject({
  incomeLines: z
    .array(z.strictObject({ year: z.number().int().min(2000).max(2100), lineFen: fen().describe("防贫监测线, per person per year") }))
    .max(50)
    .default([])
    .refine((lines) => new Set(lines.map((l) => l.year)).size === lines.length, { error: "name each year once" }),
  earlyWarning: z.array(EarlyWarningRule).max(20).default([]),
  leadDeadlineDays: z.number().int().min(1).max(90).default(15).describe("a lead unresolved after this many days is overdue"),
  noticeMinDays: z.number().int().min(1).max(30).default(5).describe("the shortest 公示 in the village"),
  measureDeadlineDays: z
    .number()
    .int()
    .min(1)
    .max(180)
    .default(30)
    .describe("a confirmed household without a support measure after this many days is flagged"),
  claimDeadlineWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(120)
    .default(25)
    .describe("防贫保险/救助: working days from a claim's filing to its payment (one province allows 25)"),
});
export type CountySettingsInput = z.infer<typeof CountySettingsInput>;

export const CountySettings = CountySettingsInput.extend({
  county: z.string(),
  version: z.number().int().describe("0 for the defaults of a county that never set its own"),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CountySettings = z.infer<typeof CountySettings>;

export const CountyParams = z.strictObject({ county: text(30) });
