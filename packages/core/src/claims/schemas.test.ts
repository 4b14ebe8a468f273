import { describe, expect, it } from "vitest";
import type { Household } from "../monitoring/households/schemas";
import { calendarYear, eligibilityProblems } from "./rules";
import { CauseRule, CreateClaim, PutScheme, type SchemeVersion } from "./schemas";

const rule = {
  ...CauseRule.parse({
    deductibleFen: 500_000,
    tiers: [{ upToFen: null, ratioBps: 7000 }],
    perClaimCapFen: null,
    perHouseholdYearCapFen: null,
  }),
  label: "因病",
};
const scheme = (over: Partial<SchemeVersion> = {}): SchemeVersion => ({
  schemeId: "s",
  version: 1,
  kind: "insurance",
  name: "夏津县防贫保险",
  county: "夏津县",
  year: 2026,
  coveragePeriod: calendarYear(2026),
  incomeLineFen: 600_000,
  incomeTest: {},
  eligibleCategories: ["unstable_out_of_poverty"],
  chain: { homeVisit: true, villageReview: true, publicNotice: true },
  rules: { illness: rule },
  createdAt: "",
  createdBy: "",
  ...over,
});
const household = (over: Partial<Household> = {}): Household => ({
  householdId: "h",
  villageId: "v",
  villageName: "小石堂村",
  province: "山东省",
  city: "德州市",
  county: "夏津县",
  township: "苏留庄镇",
  address: null,
  people: [],
  incomes: [{ year: 2025, perCapitaIncomeFen: 450_000 }],
  status: "registered",
  statusLabel: "已登记",
  monitoringPeriods: [],
  version: 1,
  updatedAt: "",
  updatedBy: "",
  headName: "张",
  idNumber: "990***********0019",
  members: 3,
  category: "unstable_out_of_poverty",
  categoryLabel: "脱贫不稳定户",
  perCapitaIncomeFen: 450_000,
  incomeYear: 2025,
  createdAt: "",
  createdBy: "",
  ...over,
});

describe("eligibility", () => {
  it("finds nothing wrong with a covered household below the line claiming a covered cause", () => {
    expect(eligibilityProblems(household(), scheme(), "illness")).toEqual([]);
  });

  it("names every reason a claim is not eligible", () => {
    const reasons = eligibilityProblems(
      household({ county: "齐河县", category: "marginal_at_risk", perCapitaIncomeFen: 600_000 }),
      scheme(),
      "education",
    ).map((p) => p.reason);
    expect(reasons).toEqual(["outside_county", "category_not_covered", "income_at_or_above_line", "cause_not_covered"]);
  });

  it("treats income exactly at the line as not below it", () => {
    expect(eligibilityProblems(household({ perCapitaIncomeFen: 599_999 }), scheme(), "illness")).toEqual([]);
    expect(eligibilityProblems(household({ perCapitaIncomeFen: 600_000 }), scheme(), "illness").map((p) => p.reason)).toEqual([
      "income_at_or_above_line",
    ]);
  });
});

describe("scheme and claim schemas", () => {
  const base = {
    kind: "relief",
    name: "江口县防贫救助",
    county: "江口县",
    year: 2026,
    incomeLineFen: 600_000,
    eligibleCategories: ["sudden_hardship"],
  };

  it("reports validateRule's problems at the path of the rule they are about", () => {
    const bad = {
      ...rule,
      tiers: [
        { upToFen: 0, ratioBps: 5000 },
        { upToFen: null, ratioBps: 6000 },
      ],
    };
    const result = PutScheme.safeParse({ ...base, rules: { illness: rule, disaster: bad } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["rules.disaster.tiers.0.upToFen"]);
  });

  it("refuses a scheme without rules, a county's own cause without its label, a reserved cause id and a repeated category", () => {
    const { label: _label, ...unlabelled } = rule;
    expect(PutScheme.safeParse({ ...base, rules: {} }).success).toBe(false);
    const own = PutScheme.safeParse({ ...base, rules: { fishery: unlabelled } });
    expect(own.error?.issues.map((i) => i.path.join("."))).toEqual(["rules.fishery.label"]);
    expect(PutScheme.safeParse({ ...base, rules: { fishery: { ...unlabelled, label: "因渔业" } } }).success).toBe(true);
    // Well-known causes carry their label already: 因住房.
    expect(PutScheme.parse({ ...base, rules: { housing: unlabelled } }).rules.housing?.label).toBeUndefined();
    for (const cause of ["constructor", "__proto__", "Illness", "因病", "x"]) {
      expect(PutScheme.safeParse({ ...base, rules: { [cause]: rule } }).success, cause).toBe(false);
    }
    expect(
      PutScheme.safeParse({ ...base, eligibleCategories: ["sudden_hardship", "sudden_hardship"], rules: { illness: rule } }).success,
    ).toBe(false);
  });

  it("refuses a claim reimbursed for more than it cost", () => {
    const claim = { householdId: "h", schemeId: "s", cause: "illness", incidentDate: "2026-01-01", documents: [] };
    expect(CreateClaim.safeParse({ ...claim, expenses: { totalFen: 100, reimbursedFen: 100 } }).success).toBe(true);
    const over = CreateClaim.safeParse({ ...claim, expenses: { totalFen: 100, reimbursedFen: 101 } });
    expect(over.error?.issues.map((i) => i.path.join("."))).toEqual(["expenses.reimbursedFen"]);
  });
});
