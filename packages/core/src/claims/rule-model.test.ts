import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { HouseholdCategory } from "../monitoring/households/schemas";
import { type CauseRule, computePayout, type PayoutUsage } from "./payout";
import { calendarYear, eligibilityProblems } from "./rules";
import type { SchemeVersion } from "./schemas";

/*
 * The worked cases of issue 12 (DOMAIN.md §6) against the pure rule model, with their figures, and
 * the properties that make an annual basis safe: splitting a burden never changes the year's total,
 * and no cap is passed whatever the order of claims.
 */

const yuan = (n: number) => n * 100;
const rule = (over: Partial<CauseRule>): CauseRule => ({
  deductibleFen: 0,
  tiers: [{ upToFen: null, ratioBps: 10_000 }],
  perClaimCapFen: null,
  perHouseholdYearCapFen: null,
  ...over,
});

interface Ledger {
  burden: number;
  paid: number;
  person: Map<string, number>;
  household: number;
}

/** Claims approved one after another, as the approval does it: a claim whose cap is used up is refused and counts nothing. */
function approveInTurn(r: CauseRule, claims: { selfPaidFen: number; memberId?: string }[], category?: string) {
  const basisOf = (memberId?: string) => (r.basis === "person_year" ? (memberId ?? "") : "");
  const bases = new Map<string, { burden: number; paid: number }>();
  const ledger: Ledger = { burden: 0, paid: 0, person: new Map(), household: 0 };
  const payouts = claims.map((c) => {
    const basis = bases.get(basisOf(c.memberId)) ?? { burden: 0, paid: 0 };
    const usage: PayoutUsage = {
      ...(category ? { category } : {}),
      burdenBeforeFen: basis.burden,
      paidBeforeFen: basis.paid,
      personYearPaidFen: ledger.person.get(c.memberId ?? "") ?? 0,
      householdYearPaidFen: ledger.household,
    };
    const result = computePayout(r, { totalFen: c.selfPaidFen, reimbursedFen: 0 }, usage);
    if (result.personYearRemainingFen === 0 || result.householdYearRemainingFen === 0) return 0;
    bases.set(basisOf(c.memberId), { burden: basis.burden + result.selfPaidFen, paid: basis.paid + result.payoutFen });
    ledger.person.set(c.memberId ?? "", (ledger.person.get(c.memberId ?? "") ?? 0) + result.payoutFen);
    ledger.household += result.payoutFen;
    return result.payoutFen;
  });
  return { payouts, ledger, total: payouts.reduce((a, b) => a + b, 0) };
}

describe("the worked cases of issue 12", () => {
  it("Xiajin, burden accumulated over the year: two 6,000-yuan stays under a 5,000 deductible at 70% pay 700 then 4,200, 4,900 for the year", () => {
    const xiajin = rule({ basis: "household_year", deductibleFen: yuan(5000), tiers: [{ upToFen: null, ratioBps: 7000 }] });
    const { payouts, total } = approveInTurn(xiajin, [{ selfPaidFen: yuan(6000) }, { selfPaidFen: yuan(6000) }]);
    expect(payouts).toEqual([yuan(700), yuan(4200)]);
    expect(total).toBe(yuan(4900));
    // Per claim, as the engine paid before: 700 + 700.
    const perClaim = approveInTurn({ ...xiajin, basis: "per_claim" }, [{ selfPaidFen: yuan(6000) }, { selfPaidFen: yuan(6000) }]);
    expect(perClaim.total).toBe(yuan(1400));
  });

  it("Jiaozuo, 80,000 per person per year: two members with 150,000 self-paid each get 160,000", () => {
    const jiaozuo = rule({
      basis: "person_year",
      tiers: [
        { upToFen: yuan(50_000), ratioBps: 5000 },
        { upToFen: yuan(100_000), ratioBps: 6000 },
        { upToFen: null, ratioBps: 7000 },
      ],
      perPersonYearCapFen: yuan(80_000),
    });
    const { payouts, total } = approveInTurn(jiaozuo, [
      { selfPaidFen: yuan(150_000), memberId: "wife" },
      { selfPaidFen: yuan(150_000), memberId: "husband" },
    ]);
    // 25,000 + 30,000 + 35,000 = 90,000 each, cut to 80,000 each; a household cap alone paid the second nothing.
    expect(payouts).toEqual([yuan(80_000), yuan(80_000)]);
    expect(total).toBe(yuan(160_000));
  });

  it("Handan, thresholds by category: 15,000 self-paid reaches the 脱贫不稳定户's 5,000 but not the 边缘易致贫户's 20,000", () => {
    const handan = rule({
      entryThresholdByCategoryFen: { unstable_out_of_poverty: yuan(5000), marginal_at_risk: yuan(20_000) },
      tiers: [{ upToFen: null, ratioBps: 5000 }],
    });
    const marginal = computePayout(handan, { totalFen: yuan(15_000), reimbursedFen: 0 }, { category: "marginal_at_risk" });
    expect(marginal).toMatchObject({ meetsThreshold: false, entryThresholdFen: yuan(20_000), payoutFen: 0 });
    const unstable = computePayout(handan, { totalFen: yuan(15_000), reimbursedFen: 0 }, { category: "unstable_out_of_poverty" });
    expect(unstable).toMatchObject({ meetsThreshold: true, entryThresholdFen: yuan(5000), payoutFen: yuan(7500) });
    // The threshold is inclusive (≥ 20,000).
    expect(computePayout(handan, { totalFen: yuan(20_000), reimbursedFen: 0 }, { category: "marginal_at_risk" }).meetsThreshold).toBe(true);
  });

  it("Wei county, entry threshold is not a deductible: 18,000 self-paid pays 9,000; a deductible of 5,000 would pay 6,500", () => {
    const wei = rule({ entryThresholdFen: yuan(10_000), tiers: [{ upToFen: null, ratioBps: 5000 }] });
    expect(computePayout(wei, { totalFen: yuan(104_000), reimbursedFen: yuan(86_000) }).payoutFen).toBe(yuan(9000));
    expect(computePayout(wei, { totalFen: yuan(9999), reimbursedFen: 0 })).toMatchObject({ meetsThreshold: false, payoutFen: 0 });
    const deductible = rule({ deductibleFen: yuan(5000), tiers: [{ upToFen: null, ratioBps: 5000 }] });
    expect(computePayout(deductible, { totalFen: yuan(18_000), reimbursedFen: 0 }).payoutFen).toBe(yuan(6500));
  });
});

describe("eligibility of the worked cases", () => {
  const scheme = (over: Partial<SchemeVersion> = {}): SchemeVersion => ({
    schemeId: "s",
    version: 1,
    kind: "relief",
    name: "防贫救助",
    county: "青县",
    year: 2026,
    coveragePeriod: calendarYear(2026),
    incomeLineFen: yuan(6000),
    incomeTest: {},
    eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"],
    chain: { homeVisit: true, villageReview: true, publicNotice: true },
    rules: {
      illness: {
        deductibleFen: 0,
        tiers: [{ upToFen: null, ratioBps: 10_000 }],
        perClaimCapFen: null,
        perHouseholdYearCapFen: null,
        label: "因病",
        basis: "per_claim",
        entryThresholdFen: null,
        entryThresholdByCategoryFen: {},
        perPersonYearCapFen: null,
        requiredDocuments: [],
      },
    },
    createdAt: "",
    createdBy: "",
    ...over,
  });
  const household = (category: HouseholdCategory, perCapitaIncomeFen: number, incomeYear = 2025) => ({
    county: "青县",
    category,
    perCapitaIncomeFen,
    incomeYear,
    members: 3,
  });
  const burden = (burdenFen: number) => ({ burdenFen, meetsThreshold: true, entryThresholdFen: null });
  const reasons = (...args: Parameters<typeof eligibilityProblems>) => eligibilityProblems(...args).map((p) => p.reason);

  it("judges a 突发严重困难户 after the expense: 8,000 per person, line 6,000, 30,000 self-paid is eligible", () => {
    expect(reasons(household("sudden_hardship", yuan(8000)), scheme(), "illness", burden(yuan(30_000)))).toEqual([]);
    // 24,000 − 6,000 = 18,000 for 3 people is exactly the line: not below it.
    expect(reasons(household("sudden_hardship", yuan(8000)), scheme(), "illness", burden(yuan(6000)))).toEqual(["income_at_or_above_line"]);
  });

  it("judges other categories on income alone unless the scheme says otherwise", () => {
    expect(reasons(household("unstable_out_of_poverty", yuan(8000)), scheme(), "illness", burden(yuan(30_000)))).toEqual([
      "income_at_or_above_line",
    ]);
    const afterForAll = scheme({ incomeTest: { unstable_out_of_poverty: "after_expense" } });
    expect(reasons(household("unstable_out_of_poverty", yuan(8000)), afterForAll, "illness", burden(yuan(30_000)))).toEqual([]);
    const beforeForSudden = scheme({ incomeTest: { sudden_hardship: "before_expense" } });
    expect(reasons(household("sudden_hardship", yuan(8000)), beforeForSudden, "illness", burden(yuan(30_000)))).toEqual([
      "income_at_or_above_line",
    ]);
  });

  it("wants income of the year before the coverage period at the oldest: 2015 income for 2026 is outdated", () => {
    expect(reasons(household("unstable_out_of_poverty", yuan(4000), 2015), scheme(), "illness", burden(0))).toEqual(["income_outdated"]);
    expect(reasons(household("unstable_out_of_poverty", yuan(4000), 2025), scheme(), "illness", burden(0))).toEqual([]);
    expect(reasons(household("unstable_out_of_poverty", yuan(4000), 2026), scheme(), "illness", burden(0))).toEqual([]);
  });

  it("refuses a per-claim burden below the entry threshold, and a cause without a rule, own keys only", () => {
    const below = { burdenFen: yuan(15_000), meetsThreshold: false, entryThresholdFen: yuan(20_000) };
    expect(reasons(household("marginal_at_risk", yuan(4000)), scheme(), "illness", below)).toEqual(["below_entry_threshold"]);
    for (const cause of ["housing", "constructor", "toString"]) {
      expect(reasons(household("marginal_at_risk", yuan(4000)), scheme(), cause)).toEqual(["cause_not_covered"]);
    }
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────

const tiersArb = fc
  .array(fc.record({ width: fc.integer({ min: 1, max: 3_000_000 }), ratioBps: fc.integer({ min: 0, max: 10_000 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((steps) => {
    let upTo = 0;
    return steps.map((s, i) => {
      upTo += s.width;
      return { upToFen: i === steps.length - 1 ? null : upTo, ratioBps: s.ratioBps };
    });
  });
const optionalFen = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });

const annualRuleArb = (basis: "household_year" | "person_year") =>
  fc.record({
    basis: fc.constant(basis),
    entryThresholdFen: optionalFen(3_000_000),
    entryThresholdByCategoryFen: fc.constant({}),
    deductibleFen: fc.integer({ min: 0, max: 1_000_000 }),
    tiers: tiersArb,
    perClaimCapFen: fc.constant(null),
    perPersonYearCapFen: optionalFen(8_000_000),
    perHouseholdYearCapFen: optionalFen(10_000_000),
  }) satisfies fc.Arbitrary<CauseRule>;

const burdensArb = fc.array(fc.integer({ min: 0, max: 4_000_000 }), { minLength: 1, maxLength: 8 });

describe("the annual basis", () => {
  it("pays the same year's total however the burden is split into claims", () => {
    fc.assert(
      fc.property(annualRuleArb("household_year"), burdensArb, (r, burdens) => {
        const whole = burdens.reduce((a, b) => a + b, 0);
        const split = approveInTurn(
          r,
          burdens.map((selfPaidFen) => ({ selfPaidFen, memberId: "m" })),
        );
        const once = approveInTurn(r, [{ selfPaidFen: whole, memberId: "m" }]);
        expect(split.total).toBe(once.total);
      }),
      { numRuns: 300 },
    );
  });

  it("pays each member's year the same however it is split, on the person basis", () => {
    fc.assert(
      fc.property(annualRuleArb("person_year"), burdensArb, burdensArb, (r, a, b) => {
        const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
        // Interleaved claims of two members, against claims of each member's whole burden.
        const interleaved = [
          ...a.map((s) => ({ selfPaidFen: s, memberId: "a" })),
          ...b.map((s) => ({ selfPaidFen: s, memberId: "b" })),
        ].sort((x, y) => x.selfPaidFen - y.selfPaidFen);
        const split = approveInTurn({ ...r, perHouseholdYearCapFen: null }, interleaved);
        const once = approveInTurn({ ...r, perHouseholdYearCapFen: null }, [
          { selfPaidFen: sum(a), memberId: "a" },
          { selfPaidFen: sum(b), memberId: "b" },
        ]);
        expect(split.ledger.person.get("a") ?? 0).toBe(once.ledger.person.get("a") ?? 0);
        expect(split.ledger.person.get("b") ?? 0).toBe(once.ledger.person.get("b") ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it("never passes a per-person or per-household cap, whatever the order of claims", () => {
    fc.assert(
      fc.property(
        annualRuleArb("person_year"),
        fc.array(fc.record({ selfPaidFen: fc.integer({ min: 0, max: 4_000_000 }), memberId: fc.constantFrom("a", "b", "c") }), {
          maxLength: 12,
        }),
        (r, claims) => {
          const { ledger, payouts } = approveInTurn(r, claims);
          for (const p of payouts) expect(p).toBeGreaterThanOrEqual(0);
          if (r.perPersonYearCapFen !== null)
            for (const used of ledger.person.values()) expect(used).toBeLessThanOrEqual(r.perPersonYearCapFen);
          if (r.perHouseholdYearCapFen !== null) expect(ledger.household).toBeLessThanOrEqual(r.perHouseholdYearCapFen);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never owes less for a larger burden (what makes the increments add up)", () => {
    fc.assert(
      fc.property(
        annualRuleArb("household_year"),
        fc.integer({ min: 0, max: 8_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (r, b, more) => {
          const uncapped = { ...r, perPersonYearCapFen: null, perHouseholdYearCapFen: null };
          const at = (x: number) => computePayout(uncapped, { totalFen: x, reimbursedFen: 0 }).entitledFen;
          expect(at(b + more)).toBeGreaterThanOrEqual(at(b));
        },
      ),
    );
  });

  it("refuses a per-claim cap on an annual basis: splitting would then pay more", () => {
    const problems = computePayoutProblems({ ...rule({ basis: "household_year" }), perClaimCapFen: yuan(100) });
    expect(problems).toMatch(/perClaimCapFen must be null on the household_year basis/);
  });
});

function computePayoutProblems(r: CauseRule): string {
  try {
    computePayout(r, { totalFen: 0, reimbursedFen: 0 });
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}
