import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insurerFeeFen, planSettlement, premiumFen, projectedFigures, type YearInflows } from "./settlement";

const yuan = (n: number) => n * 100;
const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

const year = (over: Partial<YearInflows> = {}): YearInflows => ({
  broughtForwardFen: 0,
  premiumsFen: 0,
  insuredHeadcount: 0,
  raisedFen: 0,
  topUpsFen: 0,
  payoutsFen: 0,
  ...over,
});
const insurance = (insurerFeeBps: number, surplusPolicy: "carry_forward" | "return_to_treasury" = "carry_forward") => ({
  insurerFeeBps,
  surplusPolicy,
  includeFee: true,
});

describe("premiums", () => {
  it("are per-person premium × headcount: Fengcheng's 45 yuan × 50,000 people is 2,250,000 yuan", () => {
    expect(premiumFen(yuan(45), 50_000)).toBe(yuan(2_250_000));
    // Wei county: 50 yuan × about 80,000; Shicheng: 45 × 10,000.
    expect(premiumFen(yuan(50), 80_000)).toBe(yuan(4_000_000));
    expect(premiumFen(yuan(45), 10_000)).toBe(yuan(450_000));
  });
});

describe("the insurer's fee", () => {
  it("is the payouts' share in basis points, rounded down once to the fen", () => {
    expect(insurerFeeFen(yuan(1_710_000), 1500)).toBe(yuan(256_500));
    // 333.33 yuan × 15% = 49.9995 yuan → 49.99: down, never up.
    expect(insurerFeeFen(33_333, 1500)).toBe(4999);
    expect(insurerFeeFen(0, 1500)).toBe(0);
    expect(insurerFeeFen(yuan(1000), 0)).toBe(0);
  });

  it("stays exact where payouts × bps passes 2^53", () => {
    const payouts = 9_000_000_000_000; // 90 billion yuan
    expect(insurerFeeFen(payouts, 1234)).toBe(Number((BigInt(payouts) * 1234n) / 10_000n));
    expect(insurerFeeFen(9_007_199_254_740, 9999)).toBe(Number((9_007_199_254_740n * 9999n) / 10_000n));
  });

  it("is floor(payouts × bps / 10000) for any payouts and rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (p, bps) => {
        const fee = insurerFeeFen(p, bps);
        expect(Number.isSafeInteger(fee)).toBe(true);
        // fee ≤ exact < fee + 1, checked in integers: fee × 10000 ≤ p × bps < (fee + 1) × 10000.
        expect(BigInt(fee) * 10_000n <= BigInt(p) * BigInt(bps)).toBe(true);
        expect(BigInt(p) * BigInt(bps) < BigInt(fee + 1) * 10_000n).toBe(true);
      }),
    );
  });
});

describe("the year-end settlement (多退少补)", () => {
  it("carries a surplus forward: 2,250,000 premium − 1,710,000 paid − 15% fee leaves 283,500 for next year", () => {
    const plan = planSettlement(
      2026,
      year({ premiumsFen: yuan(2_250_000), insuredHeadcount: 50_000, payoutsFen: yuan(1_710_000) }),
      insurance(1500),
    );
    expect(plan.figures).toMatchObject({
      insurerFeeFen: yuan(256_500),
      resultFen: yuan(283_500),
      carriedForwardFen: yuan(283_500),
      countyTopUpFen: 0,
      returnedFen: 0,
    });
    expect(plan.lines.map((l) => [l.kind, l.year, l.amountFen, l.poolFen])).toEqual([
      ["payouts", 2026, -yuan(1_710_000), 0],
      ["insurer_fee", 2026, -yuan(256_500), -yuan(256_500)],
      ["carried_forward", 2026, -yuan(283_500), 0],
      ["brought_forward", 2027, yuan(283_500), 0],
    ]);
    // Only the fee leaves the pool: the surplus stays in it, now next year's.
    expect(plan.poolChangeFen).toBe(-yuan(256_500));
  });

  it("returns a surplus to the treasury when the scheme says so", () => {
    const plan = planSettlement(
      2026,
      year({ premiumsFen: yuan(100_000), payoutsFen: yuan(60_000) }),
      insurance(1500, "return_to_treasury"),
    );
    expect(plan.figures).toMatchObject({
      insurerFeeFen: yuan(9000),
      resultFen: yuan(31_000),
      returnedFen: yuan(31_000),
      carriedForwardFen: 0,
    });
    expect(plan.lines.at(-1)).toMatchObject({ kind: "returned", amountFen: -yuan(31_000), poolFen: -yuan(31_000) });
    expect(plan.poolChangeFen).toBe(-yuan(40_000));
  });

  it("has the county top up a shortfall, bringing the pool back to zero", () => {
    // 450,000 premium, 500,000 paid, 15% fee 75,000: short by 125,000.
    const plan = planSettlement(2026, year({ premiumsFen: yuan(450_000), payoutsFen: yuan(500_000) }), insurance(1500));
    expect(plan.figures).toMatchObject({ insurerFeeFen: yuan(75_000), resultFen: -yuan(125_000), countyTopUpFen: yuan(125_000) });
    expect(plan.lines.at(-1)).toMatchObject({ kind: "county_top_up", amountFen: yuan(125_000), poolFen: yuan(125_000) });
    // The pool stood at 450,000 − 500,000 = −50,000 (the receivable); −fee + top-up brings it to 0.
    expect(-yuan(50_000) + plan.poolChangeFen).toBe(0);
    expect(plan.toppedUpFen).toBe(yuan(125_000));
  });

  it("writes no fee line for a relief fund, which has no insurer", () => {
    const plan = planSettlement(2026, year({ raisedFen: yuan(4_910_000), payoutsFen: yuan(1_710_000) }), {
      insurerFeeBps: 0,
      surplusPolicy: "carry_forward",
      includeFee: false,
    });
    expect(plan.lines.map((l) => l.kind)).toEqual(["payouts", "carried_forward", "brought_forward"]);
    expect(plan.figures.carriedForwardFen).toBe(yuan(3_200_000));
  });

  it("matches what the open year projects", () => {
    const inflows = year({ broughtForwardFen: 12_345, premiumsFen: yuan(450_000), topUpsFen: 999, payoutsFen: 33_333_333 });
    const plan = planSettlement(2027, inflows, insurance(1500));
    expect(projectedFigures(inflows, 1500)).toMatchObject({ insurerFeeFen: plan.figures.insurerFeeFen, resultFen: plan.figures.resultFen });
  });

  const anyYear = fc.record({
    broughtForwardFen: fc.integer({ min: 0, max: 1e11 }),
    premiumsFen: fc.integer({ min: 0, max: 1e11 }),
    insuredHeadcount: fc.integer({ min: 0, max: 1e6 }),
    raisedFen: fc.integer({ min: 0, max: 1e11 }),
    topUpsFen: fc.integer({ min: 0, max: 1e11 }),
    payoutsFen: fc.integer({ min: 0, max: 3e11 }),
  });
  const anySettings = fc.record({
    insurerFeeBps: fc.integer({ min: 0, max: 10_000 }),
    surplusPolicy: fc.constantFrom("carry_forward" as const, "return_to_treasury" as const),
    includeFee: fc.boolean(),
  });

  it("closes the year: its entries always add up to zero, and the pool ends where the ledger says", () => {
    fc.assert(
      fc.property(anyYear, anySettings, (inflows, settings) => {
        const plan = planSettlement(2026, inflows, { ...settings, insurerFeeBps: settings.includeFee ? settings.insurerFeeBps : 0 });
        const lines = plan.lines.filter((l) => l.year === 2026);
        const next = plan.lines.filter((l) => l.year === 2027);
        // The year's ledger: the entries written as it ran (brought forward, premiums, raised), then the settlement's lines
        // (which book the payouts and the general top-ups, and square the year).
        const written = [inflows.broughtForwardFen, inflows.premiumsFen, inflows.raisedFen];
        expect(sum([...written, ...lines.map((l) => l.amountFen)])).toBe(0);
        // The pool: what stood in it for the year plus the settlement's move is what the next year's ledger opens with.
        const poolBefore = sum(written) + inflows.topUpsFen - inflows.payoutsFen;
        expect(poolBefore + plan.poolChangeFen).toBe(sum(next.map((l) => l.amountFen)));
        expect(plan.poolChangeFen).toBe(sum(plan.lines.map((l) => l.poolFen)));
        // Never both a top-up and a surplus; nothing negative where a figure cannot be.
        expect(plan.figures.countyTopUpFen * (plan.figures.returnedFen + plan.figures.carriedForwardFen)).toBe(0);
        for (const f of [plan.figures.countyTopUpFen, plan.figures.returnedFen, plan.figures.carriedForwardFen, plan.figures.insurerFeeFen])
          expect(f).toBeGreaterThanOrEqual(0);
        expect(plan.lines.every((l) => Number.isSafeInteger(l.amountFen) && !Object.is(l.amountFen, -0))).toBe(true);
      }),
    );
  });

  it("rounds once: the fee is the only figure not a plain sum, and it is floor of the exact product", () => {
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 0, max: 10_000 }), (inflows, bps) => {
        const plan = planSettlement(2026, inflows, insurance(bps));
        const exact = (BigInt(inflows.payoutsFen) * BigInt(bps)) / 10_000n;
        expect(BigInt(plan.figures.insurerFeeFen)).toBe(exact);
        expect(plan.figures.resultFen).toBe(
          inflows.broughtForwardFen +
            inflows.premiumsFen +
            inflows.raisedFen +
            inflows.topUpsFen -
            inflows.payoutsFen -
            plan.figures.insurerFeeFen,
        );
      }),
    );
  });
});
