import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computePayout, explainPayout, validateRule, type CauseRule, type PayoutTier } from "./payout";

const yuan = (n: number): number => n * 100;

const flat = (ratioBps: number, over: Partial<CauseRule> = {}): CauseRule => ({
  deductibleFen: 0,
  tiers: [{ upToFen: null, ratioBps }],
  perClaimCapFen: null,
  perHouseholdYearCapFen: null,
  ...over,
});

describe("computePayout on the settings in DOMAIN.md", () => {
  it("pays Chongzuo illness 70% above a 5,000-yuan deductible without cap: 25,000 self-paid gives 14,000", () => {
    const rule = flat(7000, { deductibleFen: yuan(5000) });
    const r = computePayout(rule, { totalFen: yuan(25_000), reimbursedFen: 0 });
    expect(r).toEqual({
      basis: "per_claim",
      selfPaidFen: yuan(25_000),
      burdenBeforeFen: 0,
      burdenFen: yuan(25_000),
      entryThresholdFen: null,
      meetsThreshold: true,
      eligibleFen: yuan(20_000),
      entitledFen: 1_400_000,
      paidBeforeFen: 0,
      uncappedFen: 1_400_000,
      payoutFen: 1_400_000,
      capApplied: "none",
      personYearRemainingFen: null,
      householdYearRemainingFen: null,
      bands: [{ fromFen: 0, toFen: yuan(20_000), ratioBps: 7000, amountFen: yuan(20_000) }],
    });
  });

  it("applies the deductible to what is left after other policies paid (it pays last)", () => {
    const rule = flat(7000, { deductibleFen: yuan(5000) });
    // 60,000 spent, 35,000 reimbursed by medical insurance: 25,000 self-paid, as above.
    const r = computePayout(rule, { totalFen: yuan(60_000), reimbursedFen: yuan(35_000) });
    expect(r.payoutFen).toBe(yuan(14_000));
  });

  it("pays nothing and lists no bands when self-paid cost does not pass the deductible", () => {
    const rule = flat(7000, { deductibleFen: yuan(5000) });
    for (const [totalFen, reimbursedFen] of [
      [yuan(5000), 0],
      [yuan(4000), 0],
      [yuan(10_000), yuan(12_000)],
    ] as const) {
      const r = computePayout(rule, { totalFen, reimbursedFen });
      expect(r).toMatchObject({ payoutFen: 0, uncappedFen: 0, eligibleFen: 0, capApplied: "none", bands: [] });
    }
  });

  it("cuts a Baihe illness claim to the 100,000-yuan per-claim cap", () => {
    const rule = flat(9000, { perClaimCapFen: yuan(100_000) });
    const r = computePayout(rule, { totalFen: yuan(300_000), reimbursedFen: yuan(150_000) });
    expect(r.uncappedFen).toBe(yuan(135_000));
    expect(r.payoutFen).toBe(yuan(100_000));
    expect(r.capApplied).toBe("per_claim");
  });

  it("leaves a Baihe education claim under its 20,000-yuan cap untouched", () => {
    const rule = flat(5000, { perClaimCapFen: yuan(20_000) });
    const r = computePayout(rule, { totalFen: yuan(30_000), reimbursedFen: 0 });
    expect(r).toMatchObject({ payoutFen: yuan(15_000), capApplied: "none" });
  });

  // Jiaozuo's ratio "rises with burden"; the breakpoints here are illustrative.
  const jiaozuo: CauseRule = {
    deductibleFen: 0,
    tiers: [
      { upToFen: yuan(50_000), ratioBps: 5000 },
      { upToFen: yuan(100_000), ratioBps: 6000 },
      { upToFen: null, ratioBps: 7000 },
    ],
    perClaimCapFen: null,
    perHouseholdYearCapFen: yuan(80_000),
  };

  it("pays Jiaozuo's progressive tiers band by band", () => {
    const r = computePayout(jiaozuo, { totalFen: yuan(120_000), reimbursedFen: 0 });
    // 50,000 × 50% + 50,000 × 60% + 20,000 × 70% = 25,000 + 30,000 + 14,000
    expect(r.uncappedFen).toBe(yuan(69_000));
    expect(r.payoutFen).toBe(yuan(69_000));
    expect(r.capApplied).toBe("none");
    expect(r.bands).toEqual([
      { fromFen: 0, toFen: yuan(50_000), ratioBps: 5000, amountFen: yuan(50_000) },
      { fromFen: yuan(50_000), toFen: yuan(100_000), ratioBps: 6000, amountFen: yuan(50_000) },
      { fromFen: yuan(100_000), toFen: yuan(120_000), ratioBps: 7000, amountFen: yuan(20_000) },
    ]);
  });

  it("cuts Jiaozuo's payout to the 80,000-yuan yearly cap, less what the household already received", () => {
    const big = computePayout(jiaozuo, { totalFen: yuan(150_000), reimbursedFen: 0 });
    expect(big).toMatchObject({ uncappedFen: yuan(90_000), payoutFen: yuan(80_000), capApplied: "household_year" });

    const second = computePayout(jiaozuo, { totalFen: yuan(120_000), reimbursedFen: 0 }, { householdYearPaidFen: yuan(30_000) });
    expect(second).toMatchObject({
      uncappedFen: yuan(69_000),
      payoutFen: yuan(50_000),
      capApplied: "household_year",
      householdYearRemainingFen: yuan(50_000),
    });
  });

  it("pays nothing once the household's yearly cap is used up, even when usage went past it", () => {
    for (const used of [yuan(80_000), yuan(95_000)]) {
      const r = computePayout(jiaozuo, { totalFen: yuan(10_000), reimbursedFen: 0 }, { householdYearPaidFen: used });
      expect(r).toMatchObject({ payoutFen: 0, uncappedFen: yuan(5000), capApplied: "household_year" });
      expect(r.householdYearRemainingFen).toBe(0);
    }
  });

  it("names the yearly cap when it cuts below an already applied per-claim cap", () => {
    const rule = flat(10_000, { perClaimCapFen: yuan(30_000), perHouseholdYearCapFen: yuan(50_000) });
    const r = computePayout(rule, { totalFen: yuan(40_000), reimbursedFen: 0 }, { householdYearPaidFen: yuan(30_000) });
    expect(r).toMatchObject({ uncappedFen: yuan(40_000), payoutFen: yuan(20_000), capApplied: "household_year" });
    const untouched = computePayout(rule, { totalFen: yuan(40_000), reimbursedFen: 0 }, { householdYearPaidFen: yuan(20_000) });
    expect(untouched).toMatchObject({ payoutFen: yuan(30_000), capApplied: "per_claim" });
  });

  // Qianjiang pays "up to 90%" above a 500-yuan deductible; the lower tiers are illustrative.
  const qianjiang: CauseRule = {
    deductibleFen: yuan(500),
    tiers: [
      { upToFen: yuan(10_000), ratioBps: 6000 },
      { upToFen: yuan(30_000), ratioBps: 8000 },
      { upToFen: null, ratioBps: 9000 },
    ],
    perClaimCapFen: null,
    perHouseholdYearCapFen: null,
  };

  it("pays Qianjiang illness above the 500-yuan deductible, reaching 90% only on the top band", () => {
    const r = computePayout(qianjiang, { totalFen: yuan(40_500), reimbursedFen: 0 });
    // 10,000 × 60% + 20,000 × 80% + 10,000 × 90% = 6,000 + 16,000 + 9,000
    expect(r.payoutFen).toBe(yuan(31_000));
    expect(r.eligibleFen).toBe(yuan(40_000));
  });

  it("caps Qianjiang disaster losses over 10,000 yuan at 30,000 yuan a year", () => {
    const rule = flat(10_000, { deductibleFen: yuan(10_000), perHouseholdYearCapFen: yuan(30_000) });
    expect(computePayout(rule, { totalFen: yuan(25_000), reimbursedFen: 0 }).payoutFen).toBe(yuan(15_000));
    expect(computePayout(rule, { totalFen: yuan(60_000), reimbursedFen: 0 }).payoutFen).toBe(yuan(30_000));
  });
});

describe("computePayout rounding and edges", () => {
  it("rounds the sum of bands down to the fen once rather than each band", () => {
    // Each band alone is 0.5 fen; flooring per band would pay 0, the exact sum is 1 fen.
    const rule: CauseRule = {
      deductibleFen: 0,
      tiers: [
        { upToFen: 1, ratioBps: 5000 },
        { upToFen: null, ratioBps: 5000 },
      ],
      perClaimCapFen: null,
      perHouseholdYearCapFen: null,
    };
    expect(computePayout(rule, { totalFen: 2, reimbursedFen: 0 }).payoutFen).toBe(1);
  });

  it("never rounds up: 3 fen at 33.33% pays nothing", () => {
    expect(computePayout(flat(3333), { totalFen: 3, reimbursedFen: 0 }).payoutFen).toBe(0);
    expect(computePayout(flat(9999), { totalFen: 1, reimbursedFen: 0 }).payoutFen).toBe(0);
  });

  it("pays nothing for the part beyond a bounded last tier", () => {
    const rule: CauseRule = { ...flat(0), tiers: [{ upToFen: yuan(1000), ratioBps: 8000 }] };
    const r = computePayout(rule, { totalFen: yuan(5000), reimbursedFen: 0 });
    expect(r.eligibleFen).toBe(yuan(5000));
    expect(r.payoutFen).toBe(yuan(800));
    expect(r.bands).toEqual([{ fromFen: 0, toFen: yuan(1000), ratioBps: 8000, amountFen: yuan(1000) }]);
  });

  it("stays exact when band × ratio passes Number.MAX_SAFE_INTEGER", () => {
    const total = Number.MAX_SAFE_INTEGER;
    const r = computePayout(flat(9999), { totalFen: total, reimbursedFen: 0 });
    expect(BigInt(total) * 9999n > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(BigInt(r.payoutFen)).toBe((BigInt(total) * 9999n) / 10_000n);
  });

  it("refuses an invalid rule or a non-integer amount instead of guessing", () => {
    const unsorted: CauseRule = {
      ...flat(0),
      tiers: [
        { upToFen: 500, ratioBps: 5000 },
        { upToFen: 100, ratioBps: 5000 },
      ],
    };
    expect(() => computePayout(unsorted, { totalFen: 1000, reimbursedFen: 0 })).toThrow(RangeError);
    expect(() => computePayout(flat(5000), { totalFen: 10.5, reimbursedFen: 0 })).toThrow(RangeError);
    expect(() => computePayout(flat(5000), { totalFen: 100, reimbursedFen: -1 })).toThrow(RangeError);
    expect(() => computePayout(flat(5000), { totalFen: 100, reimbursedFen: 0 }, { householdYearPaidFen: Number.NaN })).toThrow(RangeError);
  });
});

describe("validateRule", () => {
  it("accepts the rules used above", () => {
    expect(validateRule(flat(7000, { deductibleFen: yuan(5000) }))).toEqual([]);
    expect(
      validateRule({
        deductibleFen: 0,
        tiers: [
          { upToFen: 100, ratioBps: 0 },
          { upToFen: 200, ratioBps: 10_000 },
        ],
        perClaimCapFen: 0,
        perHouseholdYearCapFen: null,
      }),
    ).toEqual([]);
  });

  it("reports tiers that are not strictly increasing, or start at 0", () => {
    const problems = validateRule({
      ...flat(0),
      tiers: [
        { upToFen: 0, ratioBps: 5000 },
        { upToFen: 100, ratioBps: 5000 },
        { upToFen: 100, ratioBps: 5000 },
      ],
    });
    expect(problems).toEqual(["tiers[0].upToFen must be greater than 0", "tiers[2].upToFen must be greater than tiers[1].upToFen (100)"]);
  });

  it("reports a null upper end anywhere but the last tier", () => {
    const problems = validateRule({
      ...flat(0),
      tiers: [
        { upToFen: null, ratioBps: 5000 },
        { upToFen: 100, ratioBps: 5000 },
      ],
    });
    expect(problems).toEqual(["tiers[0].upToFen may be null only in the last tier"]);
  });

  it("reports ratios outside 0..10000 or fractional, and negative, fractional or unsafe amounts", () => {
    const problems = validateRule({
      deductibleFen: -1,
      tiers: [
        { upToFen: 1.5, ratioBps: 10_001 },
        { upToFen: null, ratioBps: 12.5 },
      ],
      perClaimCapFen: Number.MAX_SAFE_INTEGER + 1,
      perHouseholdYearCapFen: -5,
    });
    expect(problems).toEqual([
      "deductibleFen must be a non-negative safe integer",
      "perClaimCapFen must be null or a non-negative safe integer",
      "perHouseholdYearCapFen must be null or a non-negative safe integer",
      "tiers[0].ratioBps must be an integer from 0 to 10000",
      "tiers[0].upToFen must be null or a non-negative safe integer",
      "tiers[1].ratioBps must be an integer from 0 to 10000",
    ]);
  });

  it("reports a rule without tiers", () => {
    expect(validateRule({ ...flat(0), tiers: [] })).toEqual(["tiers must contain at least one tier"]);
  });
});

// ---- properties ------------------------------------------------------------

const MAX = 10_000_000_000_000; // 100 billion yuan, the platform's MAX_FEN

const tiersArb: fc.Arbitrary<PayoutTier[]> = fc
  .record({
    steps: fc.array(fc.record({ width: fc.integer({ min: 1, max: 5_000_000 }), ratioBps: fc.integer({ min: 0, max: 10_000 }) }), {
      minLength: 1,
      maxLength: 5,
    }),
    openEnded: fc.boolean(),
  })
  .map(({ steps, openEnded }) => {
    let upTo = 0;
    return steps.map((s, i) => {
      upTo += s.width;
      return { upToFen: openEnded && i === steps.length - 1 ? null : upTo, ratioBps: s.ratioBps };
    });
  });

const ruleArb: fc.Arbitrary<CauseRule> = fc.record({
  deductibleFen: fc.integer({ min: 0, max: 2_000_000 }),
  tiers: tiersArb,
  perClaimCapFen: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
  perHouseholdYearCapFen: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
});

const expensesArb = fc.record({
  totalFen: fc.integer({ min: 0, max: 50_000_000 }),
  reimbursedFen: fc.integer({ min: 0, max: 50_000_000 }),
});

const usedArb = fc.integer({ min: 0, max: 25_000_000 });

/** Exact payout × 10000, from the tiers directly: Σ ratio × |[lo, hi) ∩ [0, x)|. */
function exactFromTiers(rule: CauseRule, x: number): bigint {
  let sum = 0n;
  let lo = 0;
  for (const t of rule.tiers) {
    const hi = t.upToFen ?? Number.POSITIVE_INFINITY;
    const covered = Math.max(0, Math.min(hi, x) - lo);
    sum += BigInt(covered) * BigInt(t.ratioBps);
    lo = hi;
  }
  return sum;
}

describe("computePayout properties", () => {
  it("only generates rules validateRule accepts", () => {
    fc.assert(fc.property(ruleArb, (rule) => validateRule(rule).length === 0));
  });

  it("never decreases when self-paid cost grows", () => {
    fc.assert(
      fc.property(ruleArb, expensesArb, fc.integer({ min: 0, max: 10_000_000 }), usedArb, (rule, e, more, used) => {
        const before = computePayout(rule, e, { householdYearPaidFen: used }).payoutFen;
        const moreSpent = computePayout(rule, { ...e, totalFen: e.totalFen + more }, { householdYearPaidFen: used }).payoutFen;
        const lessReimbursed = computePayout(
          rule,
          { ...e, reimbursedFen: Math.max(0, e.reimbursedFen - more) },
          { householdYearPaidFen: used },
        ).payoutFen;
        expect(moreSpent).toBeGreaterThanOrEqual(before);
        expect(lessReimbursed).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("is never negative and never above the per-claim cap or what remains of the yearly cap", () => {
    fc.assert(
      fc.property(ruleArb, expensesArb, usedArb, (rule, e, used) => {
        const r = computePayout(rule, e, { householdYearPaidFen: used });
        expect(r.payoutFen).toBeGreaterThanOrEqual(0);
        expect(r.payoutFen).toBeLessThanOrEqual(r.uncappedFen);
        if (rule.perClaimCapFen !== null) expect(r.payoutFen).toBeLessThanOrEqual(rule.perClaimCapFen);
        if (rule.perHouseholdYearCapFen !== null) {
          expect(r.payoutFen).toBeLessThanOrEqual(Math.max(0, rule.perHouseholdYearCapFen - used));
          expect(r.payoutFen + used).toBeLessThanOrEqual(Math.max(used, rule.perHouseholdYearCapFen));
        }
        if (r.capApplied === "none") expect(r.payoutFen).toBe(r.uncappedFen);
        else expect(r.payoutFen).toBeLessThan(r.uncappedFen);
      }),
    );
  });

  it("rounds the exact tier sum down to the fen: payout × 10000 ≤ exact < (payout + 1) × 10000", () => {
    const uncappedRule = ruleArb.map((r) => ({ ...r, perClaimCapFen: null, perHouseholdYearCapFen: null }));
    fc.assert(
      fc.property(uncappedRule, expensesArb, (rule, e) => {
        const r = computePayout(rule, e);
        const exact = exactFromTiers(rule, r.eligibleFen);
        const paid = BigInt(r.payoutFen);
        expect(r.capApplied).toBe("none");
        expect(paid * 10_000n <= exact).toBe(true);
        expect(exact < (paid + 1n) * 10_000n).toBe(true);
      }),
    );
  });

  it("splits into contiguous bands from 0 whose widths sum to the part of the eligible amount the tiers cover", () => {
    fc.assert(
      fc.property(ruleArb, expensesArb, (rule, e) => {
        const r = computePayout(rule, e);
        const last = rule.tiers[rule.tiers.length - 1];
        const covered = last?.upToFen == null ? r.eligibleFen : Math.min(r.eligibleFen, last.upToFen);
        let at = 0;
        for (const b of r.bands) {
          expect(b.fromFen).toBe(at);
          expect(b.amountFen).toBe(b.toFen - b.fromFen);
          expect(b.amountFen).toBeGreaterThan(0);
          at = b.toFen;
        }
        expect(r.bands.reduce((s, b) => s + b.amountFen, 0)).toBe(covered);
        const fromBands = r.bands.reduce((s, b) => s + BigInt(b.amountFen) * BigInt(b.ratioBps), 0n);
        expect(BigInt(r.uncappedFen)).toBe(fromBands / 10_000n);
      }),
    );
  });

  it("sums tiers exactly, matching a fen-by-fen count for small amounts", () => {
    const smallTiers = fc
      .array(fc.record({ width: fc.integer({ min: 1, max: 40 }), ratioBps: fc.integer({ min: 0, max: 10_000 }) }), {
        minLength: 1,
        maxLength: 4,
      })
      .chain((steps) =>
        fc.boolean().map((open) => {
          let upTo = 0;
          return steps.map((s, i) => {
            upTo += s.width;
            return { upToFen: open && i === steps.length - 1 ? null : upTo, ratioBps: s.ratioBps };
          });
        }),
      );
    fc.assert(
      fc.property(smallTiers, fc.integer({ min: 0, max: 200 }), (tiers, x) => {
        const rule: CauseRule = { deductibleFen: 0, tiers, perClaimCapFen: null, perHouseholdYearCapFen: null };
        // Each fen k of x is paid at the ratio of the tier whose band contains it.
        let exact = 0;
        for (let k = 0; k < x; k++) {
          const tier = tiers.find((t) => t.upToFen === null || k < t.upToFen);
          exact += tier?.ratioBps ?? 0;
        }
        expect(computePayout(rule, { totalFen: x, reimbursedFen: 0 }).payoutFen).toBe(Math.floor(exact / 10_000));
      }),
    );
  });

  it("stays exact for amounts up to 100 billion yuan", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (total, low, high) => {
          const rule: CauseRule = {
            deductibleFen: 0,
            tiers: [
              { upToFen: 1_000_000_000, ratioBps: low },
              { upToFen: null, ratioBps: high },
            ],
            perClaimCapFen: null,
            perHouseholdYearCapFen: null,
          };
          const r = computePayout(rule, { totalFen: total, reimbursedFen: 0 });
          expect(BigInt(r.payoutFen)).toBe(exactFromTiers(rule, total) / 10_000n);
        },
      ),
    );
  });
});

describe("explainPayout", () => {
  const jiangkouIllness: CauseRule = {
    deductibleFen: yuan(3000),
    tiers: [
      { upToFen: yuan(20_000), ratioBps: 5000 },
      { upToFen: null, ratioBps: 7000 },
    ],
    perClaimCapFen: yuan(30_000),
    perHouseholdYearCapFen: yuan(50_000),
  };

  it("shows each step of a Jiangkou illness claim: self-paid, deductible, both bands, the per-claim cap and the year", () => {
    // 80,000 spent, 20,000 reimbursed: 60,000 self-paid; 57,000 above the deductible;
    // 20,000 × 50% + 37,000 × 70% = 10,000 + 25,900 = 35,900, cut to the 30,000 per-claim cap.
    const b = explainPayout(jiangkouIllness, { totalFen: yuan(80_000), reimbursedFen: yuan(20_000) }, { householdYearPaidFen: yuan(5000) });
    expect(b).toEqual({
      basis: "per_claim",
      selfPaidFen: yuan(60_000),
      burdenBeforeFen: 0,
      burdenFen: yuan(60_000),
      entryThresholdFen: null,
      meetsThreshold: true,
      deductibleFen: yuan(3000),
      eligibleFen: yuan(57_000),
      entitledFen: yuan(35_900),
      paidBeforeFen: 0,
      bands: [
        { fromFen: 0, toFen: yuan(20_000), ratioBps: 5000, amountFen: yuan(20_000), paidFen: yuan(10_000) },
        { fromFen: yuan(20_000), toFen: yuan(57_000), ratioBps: 7000, amountFen: yuan(37_000), paidFen: yuan(25_900) },
      ],
      beyondTiersFen: 0,
      uncappedFen: yuan(35_900),
      perClaimCapFen: yuan(30_000),
      perPersonYearCapFen: null,
      personYearPaidFen: 0,
      personYearRemainingFen: null,
      perHouseholdYearCapFen: yuan(50_000),
      householdYearPaidFen: yuan(5000),
      householdYearRemainingFen: yuan(45_000),
      capApplied: "per_claim",
      payoutFen: yuan(30_000),
    });
  });

  it("names the yearly cap and what was left of it when that cap cuts the payout", () => {
    const b = explainPayout(
      jiangkouIllness,
      { totalFen: yuan(80_000), reimbursedFen: yuan(20_000) },
      { householdYearPaidFen: yuan(42_000) },
    );
    expect(b).toMatchObject({ capApplied: "household_year", householdYearRemainingFen: yuan(8000), payoutFen: yuan(8000) });
  });

  it("shows the part beyond a bounded last tier as paying nothing", () => {
    const rule: CauseRule = { ...flat(0), tiers: [{ upToFen: yuan(1000), ratioBps: 8000 }] };
    const b = explainPayout(rule, { totalFen: yuan(5000), reimbursedFen: 0 });
    expect(b).toMatchObject({ eligibleFen: yuan(5000), beyondTiersFen: yuan(4000), uncappedFen: yuan(800) });
    expect(b.bands.map((x) => x.paidFen)).toEqual([yuan(800)]);
  });

  it("gives the fen the single rounding leaves to the band that completes it: 0.5 + 0.5 fen pay 0 + 1", () => {
    const rule: CauseRule = {
      ...flat(0),
      tiers: [
        { upToFen: 1, ratioBps: 5000 },
        { upToFen: null, ratioBps: 5000 },
      ],
    };
    const b = explainPayout(rule, { totalFen: 2, reimbursedFen: 0 });
    expect(b.bands.map((x) => x.paidFen)).toEqual([0, 1]);
    expect(b.payoutFen).toBe(1);
  });

  it("changes none of computePayout's figures, and its bands add up to the amount before the caps, each within a fen of its share", () => {
    fc.assert(
      fc.property(ruleArb, expensesArb, usedArb, (rule, e, used) => {
        const computed = computePayout(rule, e, { householdYearPaidFen: used });
        const b = explainPayout(rule, e, { householdYearPaidFen: used });
        const { bands, ...totals } = computed;
        expect(b).toMatchObject(totals);
        expect(b.bands.map(({ paidFen: _paid, ...band }) => band)).toEqual(bands);
        expect(b.bands.reduce((s, x) => s + x.paidFen, 0)).toBe(b.uncappedFen);
        for (const band of b.bands) {
          const exact = BigInt(band.amountFen) * BigInt(band.ratioBps);
          const paid = BigInt(band.paidFen) * 10_000n;
          expect(paid > exact - 10_000n && paid < exact + 10_000n).toBe(true);
        }
        expect(b.selfPaidFen).toBe(Math.max(0, e.totalFen - e.reimbursedFen));
        expect(b.eligibleFen).toBe(Math.max(0, b.selfPaidFen - rule.deductibleFen));
        expect(b.bands.reduce((s, x) => s + x.amountFen, 0) + b.beyondTiersFen).toBe(b.eligibleFen);
      }),
    );
  });
});
