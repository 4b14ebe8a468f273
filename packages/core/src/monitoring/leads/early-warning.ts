import type { HouseholdRecord, MonitoringStatus } from "../households/schemas";
import type { CountySettings, EarlyWarningRule, LeadSource } from "../settings/schemas";
import type { LeadRule } from "./schemas";

/**
 * The county's early-warning rules applied to one household's figures: pure and total (any rules,
 * any figures give an answer, never an exception), so the import, the manual lead and the property
 * tests share one definition of "crosses the line".
 *
 * - A cost crosses a threshold when it is STRICTLY ABOVE it ("above 10,000 yuan"): exactly at the
 *   threshold raises nothing.
 * - An income crosses the monitoring line when it is STRICTLY BELOW it: exactly at the line is not
 *   below it. A year without a line set raises nothing (the county has not said where the line is).
 * - A department flag crosses whenever a row comes from one of the rule's sources.
 */

/**
 * Low-income households get the lower medical-cost threshold (Xi'an: 10,000 yuan instead of
 * 26,000). We count as low-income a household that is, or is being made, a 监测对象 (status
 * identifying, monitored or removing), one out of poverty (category 脱贫不稳定户, whatever its
 * status), or one with any member receiving 低保 or 特困供养. A registered 边缘户 or 突发困难户 not
 * (yet) monitored, and a household whose risk was removed, count as others unless one of those holds.
 */
const LOW_INCOME_STATUSES: readonly MonitoringStatus[] = ["identifying", "monitored", "removing"];
export function isLowIncome(household: Pick<HouseholdRecord, "status" | "category" | "people">): boolean {
  return (
    LOW_INCOME_STATUSES.includes(household.status) ||
    household.category === "unstable_out_of_poverty" ||
    household.people.some((p) => p.dibao || p.tekun)
  );
}

/** One household's figures of one year, from one source. */
export interface WarningFigures {
  source: LeadSource;
  year: number;
  medicalCostFen: number | null;
  perCapitaIncomeFen: number | null;
}

/** A rule the figures crossed, with the figure and the line it crossed (null for a flag). */
export interface Crossing {
  rule: LeadRule;
  figureFen: number | null;
  thresholdFen: number | null;
}

/**
 * A share of a reference income, in whole fen, rounded DOWN. For whole-fen costs, "above the
 * rounded-down threshold" is exactly "above the exact share" (cost > ref × bps / 10000 ⟺
 * cost > ⌊ref × bps / 10000⌋ for integer cost), so the rounding never changes an outcome. BigInt:
 * the product of a large income and 10,000 bps passes 2^53.
 */
export function shareOfIncomeFen(referenceIncomeFen: number, bps: number): number {
  return Number((BigInt(referenceIncomeFen) * BigInt(bps)) / 10_000n);
}

type MedicalCostRule = Extract<EarlyWarningRule, { kind: "medical_cost" }>;

/** The medical-cost threshold that applies to a household. */
export function medicalCostThresholdFen(rule: MedicalCostRule, lowIncome: boolean): number {
  const t = rule.threshold;
  if (t.type === "absolute") return lowIncome ? t.lowIncomeFen : t.otherFen;
  return shareOfIncomeFen(t.referenceIncomeFen, lowIncome ? t.lowIncomeBps : t.otherBps);
}

/** Strictly above: a cost exactly at the threshold does not raise a lead. */
export const costAbove = (costFen: number, thresholdFen: number) => costFen > thresholdFen;
/** Strictly below: an income exactly at the line is not below it. */
export const incomeBelow = (incomeFen: number, lineFen: number) => incomeFen < lineFen;

/**
 * Every rule of the county the figures cross, in the county's order (the first is the one a lead
 * records). Empty when they cross none: no lead.
 */
export function earlyWarnings(
  settings: Pick<CountySettings, "earlyWarning" | "incomeLines">,
  figures: WarningFigures,
  lowIncome: boolean,
): Crossing[] {
  const crossings: Crossing[] = [];
  for (const rule of settings.earlyWarning) {
    switch (rule.kind) {
      case "medical_cost": {
        if (figures.medicalCostFen === null) break;
        const thresholdFen = medicalCostThresholdFen(rule, lowIncome);
        if (costAbove(figures.medicalCostFen, thresholdFen))
          crossings.push({ rule: "medical_cost", figureFen: figures.medicalCostFen, thresholdFen });
        break;
      }
      case "income_below_line": {
        const line = settings.incomeLines.find((l) => l.year === figures.year);
        if (figures.perCapitaIncomeFen === null || !line) break;
        if (incomeBelow(figures.perCapitaIncomeFen, line.lineFen))
          crossings.push({ rule: "income_below_line", figureFen: figures.perCapitaIncomeFen, thresholdFen: line.lineFen });
        break;
      }
      case "department_flag":
        if ((rule.sources as readonly string[]).includes(figures.source))
          crossings.push({ rule: "department_flag", figureFen: null, thresholdFen: null });
        break;
    }
  }
  return crossings;
}
