import { z } from "zod";
import { fen } from "../../platform/money";
import { month, text } from "../../platform/schema";
import { HOUSEHOLD_CATEGORIES, MONITORING_STATUSES } from "../households/schemas";
import { MEASURE_KINDS } from "../measures/schemas";

export const MonitoringReportQuery = z.strictObject({
  county: text(30).optional().describe("required for province and city staff; county and township staff report on their own"),
  township: text(30).optional().describe("one township of the county (township staff: their own)"),
  from: month().optional().describe("the first month, YYYY-MM (default: eleven months before `to`)"),
  to: month().optional().describe("the last month, YYYY-MM (default: this month)"),
});
export type MonitoringReportQuery = z.infer<typeof MonitoringReportQuery>;

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const HouseholdFigures = z.object({
  byStatus: countsOf(MONITORING_STATUSES).describe("households by monitoring status"),
  monitored: z.number().int().describe("监测对象: households monitored or in risk removal (not yet confirmed)"),
  monitoredByCategory: countsOf(HOUSEHOLD_CATEGORIES).describe("those 监测对象 by category"),
});
export type HouseholdFigures = z.infer<typeof HouseholdFigures>;

export const ReportMonth = z.object({
  month: z.string(),
  identified: z.number().int().describe("households confirmed as 监测对象 in the month"),
  removed: z.number().int().describe("households whose risk removal was confirmed in the month"),
  leads: z.number().int().describe("risk leads raised in the month"),
  leadsOverdue: z.number().int().describe("leads that fell due in the month and were resolved late or are still unresolved"),
});
export type ReportMonth = z.infer<typeof ReportMonth>;

export const MeasureFigures = z.object({
  recorded: z.number().int(),
  active: z.number().int().describe("in effect now (recorded and not ended)"),
  ended: z.number().int(),
  onceFen: fen().describe("the money of one-off measures"),
  monthlyFen: fen().describe("the money per month of monthly measures"),
  yearlyFen: fen().describe("the money per year of yearly measures"),
});
export type MeasureFigures = z.infer<typeof MeasureFigures>;

export const MonitoringReport = z.object({
  county: z.string(),
  township: z.string().nullable().describe("the township reported on, or null for the whole county"),
  from: z.string(),
  to: z.string(),
  asOf: z.string().describe("today (China): the date the current figures and overdue leads are counted on"),
  households: HouseholdFigures,
  byTownship: z.array(HouseholdFigures.extend({ township: z.string() })),
  months: z.array(ReportMonth),
  overdueLeadsNow: z.number().int().describe("open or assessing leads past their due date today"),
  overdueLeadsCapped: z
    .boolean()
    .describe("true when there are more overdue leads than one report counts: the overdue figures are then lower bounds"),
  measures: z.array(MeasureFigures.extend({ kind: z.enum(MEASURE_KINDS), kindLabel: z.string() })),
  measuresTotal: MeasureFigures,
});
export type MonitoringReport = z.infer<typeof MonitoringReport>;
