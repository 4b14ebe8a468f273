import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EarlyWarningRule } from "../settings/schemas";
import {
  costAbove,
  earlyWarnings,
  incomeBelow,
  isLowIncome,
  medicalCostThresholdFen,
  shareOfIncomeFen,
  type WarningFigures,
} from "./early-warning";

const yuan = (n: number) => n * 100;
const MAX = 10_000_000_000_000;

/** Xi'an: 10,000 yuan for low-income households, 26,000 for others. */
const xian: EarlyWarningRule = {
  kind: "medical_cost",
  threshold: { type: "absolute", lowIncomeFen: yuan(10_000), otherFen: yuan(26_000) },
};
/** Yangyuan: 50% / 100% of last year's rural per-capita disposable income (here 21,691 yuan). */
const yangyuan: EarlyWarningRule = {
  kind: "medical_cost",
  threshold: { type: "share_of_income", referenceIncomeFen: yuan(21_691), lowIncomeBps: 5000, otherBps: 10_000 },
};
const settings = (rules: EarlyWarningRule[], lines: { year: number; lineFen: number }[] = []) => ({
  earlyWarning: rules,
  incomeLines: lines,
});
const medical = (medicalCostFen: number | null, year = 2025): WarningFigures => ({
  source: "medical_insurance",
  year,
  medicalCostFen,
  perCapitaIncomeFen: null,
});

const fenArb = fc.integer({ min: 0, max: MAX });
const bpsArb = fc.integer({ min: 0, max: 10_000 });
const absoluteRule = fc
  .record({ lowIncomeFen: fenArb, otherFen: fenArb })
  .map((t): EarlyWarningRule => ({ kind: "medical_cost", threshold: { type: "absolute", ...t } }));
const shareRule = fc
  .record({ referenceIncomeFen: fenArb, lowIncomeBps: bpsArb, otherBps: bpsArb })
  .map((t): EarlyWarningRule => ({ kind: "medical_cost", threshold: { type: "share_of_income", ...t } }));
const medicalRule = fc.oneof(absoluteRule, shareRule);

describe("medical cost: strictly above the threshold raises a lead", () => {
  it("Xi'an: 10,000.01 yuan raises one for a low-income household, 10,000.00 does not; others need more than 26,000", () => {
    expect(earlyWarnings(settings([xian]), medical(yuan(10_000) + 1), true)).toEqual([
      { rule: "medical_cost", figureFen: yuan(10_000) + 1, thresholdFen: yuan(10_000) },
    ]);
    expect(earlyWarnings(settings([xian]), medical(yuan(10_000)), true)).toEqual([]);
    expect(earlyWarnings(settings([xian]), medical(yuan(26_000)), false)).toEqual([]);
    expect(earlyWarnings(settings([xian]), medical(yuan(26_000) + 1), false)).toHaveLength(1);
  });

  it("Yangyuan: 50% of 21,691 yuan is 10,845.50 yuan exactly; the cost must pass it", () => {
    expect(medicalCostThresholdFen(yangyuan as Extract<EarlyWarningRule, { kind: "medical_cost" }>, true)).toBe(1_084_550);
    expect(earlyWarnings(settings([yangyuan]), medical(1_084_550), true)).toEqual([]);
    expect(earlyWarnings(settings([yangyuan]), medical(1_084_551), true)).toHaveLength(1);
  });

  it("rounds a share down to whole fen (33.33% of 1 yuan is 33 fen; 34 fen is above it)", () => {
    expect(shareOfIncomeFen(100, 3333)).toBe(33);
    const rule: EarlyWarningRule = {
      kind: "medical_cost",
      threshold: { type: "share_of_income", referenceIncomeFen: 100, lowIncomeBps: 3333, otherBps: 3333 },
    };
    expect(earlyWarnings(settings([rule]), medical(33), false)).toEqual([]);
    expect(earlyWarnings(settings([rule]), medical(34), false)).toHaveLength(1);
  });

  it("computes shares of the largest incomes without losing precision", () => {
    expect(shareOfIncomeFen(MAX, 9999)).toBe(9_999_000_000_000);
    expect(shareOfIncomeFen(MAX - 1, 10_000)).toBe(MAX - 1);
  });

  it("property: at, just under and just over the threshold", () => {
    fc.assert(
      fc.property(medicalRule, fc.boolean(), (rule, low) => {
        const t = medicalCostThresholdFen(rule as Extract<EarlyWarningRule, { kind: "medical_cost" }>, low);
        const raised = (cost: number) => earlyWarnings(settings([rule]), medical(cost), low).length > 0;
        expect(raised(t)).toBe(false);
        if (t > 0) expect(raised(t - 1)).toBe(false);
        expect(raised(t + 1)).toBe(true);
      }),
    );
  });

  it("property: more cost never un-raises a lead", () => {
    fc.assert(
      fc.property(fc.array(medicalRule, { maxLength: 3 }), fc.boolean(), fenArb, fenArb, (rules, low, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const raised = (cost: number) => earlyWarnings(settings(rules), medical(cost), low).length;
        expect(raised(more)).toBeGreaterThanOrEqual(raised(less));
      }),
    );
  });

  it("property: the share rule decides exactly as the absolute rule with the computed thresholds, and as the exact fraction", () => {
    fc.assert(
      fc.property(fenArb, bpsArb, bpsArb, fenArb, fc.boolean(), (referenceIncomeFen, lowIncomeBps, otherBps, cost, low) => {
        const share: EarlyWarningRule = {
          kind: "medical_cost",
          threshold: { type: "share_of_income", referenceIncomeFen, lowIncomeBps, otherBps },
        };
        const absolute: EarlyWarningRule = {
          kind: "medical_cost",
          threshold: {
            type: "absolute",
            lowIncomeFen: shareOfIncomeFen(referenceIncomeFen, lowIncomeBps),
            otherFen: shareOfIncomeFen(referenceIncomeFen, otherBps),
          },
        };
        const bySh = earlyWarnings(settings([share]), medical(cost), low);
        expect(bySh).toEqual(earlyWarnings(settings([absolute]), medical(cost), low));
        // cost > ref × bps / 10000, in exact integer arithmetic.
        const exact = BigInt(cost) * 10_000n > BigInt(referenceIncomeFen) * BigInt(low ? lowIncomeBps : otherBps);
        expect(bySh.length > 0).toBe(exact);
      }),
    );
  });

  it("property: a low-income household never has a higher bar when its threshold is the lower one", () => {
    fc.assert(
      fc.property(fenArb, fenArb, fenArb, (x, y, cost) => {
        const [lowIncomeFen, otherFen] = x <= y ? [x, y] : [y, x];
        const rule: EarlyWarningRule = { kind: "medical_cost", threshold: { type: "absolute", lowIncomeFen, otherFen } };
        if (earlyWarnings(settings([rule]), medical(cost), false).length)
          expect(earlyWarnings(settings([rule]), medical(cost), true)).toHaveLength(1);
      }),
    );
  });

  it("ignores a row without a medical cost", () => {
    expect(earlyWarnings(settings([xian]), medical(null), true)).toEqual([]);
  });
});

describe("income below the county's monitoring line of the year", () => {
  const line = [{ year: 2025, lineFen: yuan(7_000) }];
  const income = (perCapitaIncomeFen: number | null, year = 2025): WarningFigures => ({
    source: "income_monitoring",
    year,
    medicalCostFen: null,
    perCapitaIncomeFen,
  });
  const rules = settings([{ kind: "income_below_line" }], line);

  it("raises strictly below the line, not at it or above", () => {
    expect(earlyWarnings(rules, income(yuan(7_000) - 1), false)).toEqual([
      { rule: "income_below_line", figureFen: yuan(7_000) - 1, thresholdFen: yuan(7_000) },
    ]);
    expect(earlyWarnings(rules, income(yuan(7_000)), false)).toEqual([]);
    expect(earlyWarnings(rules, income(yuan(7_000) + 1), false)).toEqual([]);
  });

  it("raises nothing for a year the county set no line for, or without an income", () => {
    expect(earlyWarnings(rules, income(0, 2024), true)).toEqual([]);
    expect(earlyWarnings(rules, income(null), true)).toEqual([]);
  });

  it("property: at, just under and just over any line; less income never un-raises", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX - 1 }), fenArb, fenArb, (lineFen, a, b) => {
        const s = settings([{ kind: "income_below_line" }], [{ year: 2025, lineFen }]);
        const raised = (fen: number) => earlyWarnings(s, income(fen), false).length > 0;
        expect(raised(lineFen)).toBe(false);
        expect(raised(lineFen + 1)).toBe(false);
        expect(raised(lineFen - 1)).toBe(true);
        const [less, more] = a <= b ? [a, b] : [b, a];
        if (raised(more)) expect(raised(less)).toBe(true);
      }),
    );
  });
});

describe("department flags and several rules", () => {
  const flag: EarlyWarningRule = { kind: "department_flag", sources: ["civil_affairs", "disaster"] };

  it("raises for a row from a flagged source whatever its figures, not for another source", () => {
    const row = (source: WarningFigures["source"]): WarningFigures => ({
      source,
      year: 2025,
      medicalCostFen: null,
      perCapitaIncomeFen: null,
    });
    expect(earlyWarnings(settings([flag]), row("civil_affairs"), false)).toEqual([
      { rule: "department_flag", figureFen: null, thresholdFen: null },
    ]);
    expect(earlyWarnings(settings([flag]), row("disabled_persons"), false)).toEqual([]);
  });

  it("lists every crossing in the county's order; no rules raise nothing", () => {
    const figures: WarningFigures = { source: "civil_affairs", year: 2025, medicalCostFen: yuan(30_000), perCapitaIncomeFen: 0 };
    const all = settings([flag, { kind: "income_below_line" }, xian], [{ year: 2025, lineFen: 1 }]);
    expect(earlyWarnings(all, figures, false).map((c) => c.rule)).toEqual(["department_flag", "income_below_line", "medical_cost"]);
    expect(earlyWarnings(settings([]), figures, true)).toEqual([]);
  });
});

describe("who counts as a low-income household", () => {
  const person = (dibao = false, tekun = false) => ({ dibao, tekun }) as unknown as Parameters<typeof isLowIncome>[0]["people"][number];
  const household = (
    status: Parameters<typeof isLowIncome>[0]["status"],
    category: Parameters<typeof isLowIncome>[0]["category"],
    people = [person()],
  ) => ({
    status,
    category,
    people,
  });

  it("monitored, being identified or removed, out of poverty, or with 低保/特困 people", () => {
    expect(isLowIncome(household("monitored", "marginal_at_risk"))).toBe(true);
    expect(isLowIncome(household("identifying", "sudden_hardship"))).toBe(true);
    expect(isLowIncome(household("removing", "marginal_at_risk"))).toBe(true);
    expect(isLowIncome(household("registered", "unstable_out_of_poverty"))).toBe(true);
    expect(isLowIncome(household("registered", "marginal_at_risk", [person(), person(true)]))).toBe(true);
    expect(isLowIncome(household("removed", "sudden_hardship", [person(false, true)]))).toBe(true);
  });

  it("a registered or removed 边缘户/突发困难户 without 低保 or 特困 is another household", () => {
    expect(isLowIncome(household("registered", "marginal_at_risk"))).toBe(false);
    expect(isLowIncome(household("removed", "sudden_hardship"))).toBe(false);
    expect(isLowIncome(household("registered", "sudden_hardship", []))).toBe(false);
  });
});

describe("the comparisons themselves", () => {
  it("property: costAbove and incomeBelow are strict", () => {
    fc.assert(
      fc.property(fenArb, (x) => {
        expect(costAbove(x, x)).toBe(false);
        expect(incomeBelow(x, x)).toBe(false);
        expect(costAbove(x + 1, x)).toBe(true);
        expect(incomeBelow(x, x + 1)).toBe(true);
      }),
    );
  });
});
