import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computePayout, type CauseRule } from "@fupin/core/claims/payout";
import { call, unique } from "./support/api";
import { adminToken, countyOf, createVillage, householdInput, SCHEME_YEAR, staffToken, yuan } from "./support/fixtures";

/**
 * DESIGN decision 5 under fire: approvals race over claims that share a household and a small
 * pool. Whatever the interleaving, no payout passes its per-claim cap, a household's yearly total
 * never passes its cap, the pool never pays more than it holds, each claim is approved once, and
 * the scheme's totals equal the sum over the approved claims.
 */

const ruleArb: fc.Arbitrary<CauseRule> = fc.record({
  deductibleFen: fc.integer({ min: 0, max: 2000 }).map(yuan),
  tiers: fc.oneof(
    fc.integer({ min: 5000, max: 10_000 }).map((ratioBps) => [{ upToFen: null, ratioBps }]),
    fc.tuple(fc.integer({ min: 1000, max: 10_000 }), fc.integer({ min: 5000, max: 10_000 })).map(([upTo, ratioBps]) => [
      { upToFen: yuan(upTo), ratioBps: 6000 },
      { upToFen: null, ratioBps },
    ]),
  ),
  perClaimCapFen: fc.option(fc.integer({ min: 5000, max: 30_000 }).map(yuan), { nil: null }),
  perHouseholdYearCapFen: fc.option(fc.integer({ min: 3000, max: 30_000 }).map(yuan), { nil: null, freq: 4 }),
});

const scenarioArb = fc.record({
  rule: ruleArb,
  poolFen: fc.integer({ min: 5000, max: 150_000 }).map(yuan),
  members: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 2 }),
  claims: fc.array(
    fc.record({
      household: fc.nat(1),
      incidentDate: fc.constantFrom(`${SCHEME_YEAR}-01-15`, `${SCHEME_YEAR}-01-02`),
      totalFen: fc.integer({ min: 3000, max: 40_000 }).map(yuan),
      reimbursedShare: fc.integer({ min: 0, max: 50 }),
    }),
    { minLength: 3, maxLength: 8 },
  ),
  /** How many of the claims get a second, simultaneous approval. */
  doubled: fc.integer({ min: 1, max: 3 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

async function runScenario(s: Scenario) {
  const admin = await adminToken();
  const tag = unique();
  const village = await createVillage();
  // The county's staff: staff act only within their area (DESIGN 16).
  const area = countyOf(village);
  const clerk = await staffToken(`clerk-cc-${tag}`, ["clerk"], area);
  const reviewer = await staffToken(`reviewer-cc-${tag}`, ["clerk"], area);
  const approvers = await Promise.all([0, 1, 2].map((i) => staffToken(`approver-cc-${tag}-${i}`, ["approver"], area)));
  const schemeId = `cc-${tag}`;
  const put = await call("PUT", `/schemes/${schemeId}`, {
    token: admin,
    body: {
      kind: "relief",
      name: "并发测试防贫救助",
      county: village.county,
      year: SCHEME_YEAR,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["sudden_hardship"],
      rules: { accident: s.rule },
    },
  });
  expect(put.status, put.text).toBe(200);
  expect(
    (await call("POST", `/schemes/${schemeId}/top-ups`, { token: admin, body: { amountFen: s.poolFen, source: "县财政" } })).status,
  ).toBe(201);

  const households = await Promise.all(
    s.members.map(async (members) => {
      const res = await call("POST", "/households", {
        token: clerk,
        body: householdInput(village.villageId, { members, category: "sudden_hardship", perCapitaIncomeFen: yuan(3000) }),
      });
      expect(res.status, res.text).toBe(201);
      return { householdId: res.body.householdId as string, members };
    }),
  );

  const claims = await Promise.all(
    s.claims.map(async (c) => {
      const household = households[c.household % households.length]!;
      const expenses = { totalFen: c.totalFen, reimbursedFen: Math.floor((c.totalFen * c.reimbursedShare) / 100) };
      const filed = await call("POST", "/claims", {
        token: clerk,
        body: {
          householdId: household.householdId,
          schemeId,
          cause: "accident",
          incidentDate: c.incidentDate,
          expenses,
          documents: [{ kind: "事故证明", ref: "x" }],
        },
      });
      expect(filed.status, filed.text).toBe(201);
      const claimId = filed.body.claimId as string;
      const passed = await call("POST", `/claims/${claimId}/review`, { token: reviewer, body: { decision: "pass", note: "属实" } });
      expect(passed.status, passed.text).toBe(200);
      return { claimId, household, expenses };
    }),
  );

  // Every claim once, some twice, all at the same moment, by different approvers.
  const shots = [...claims, ...claims.slice(0, s.doubled)].map((c, i) => ({ claimId: c.claimId, token: approvers[i % approvers.length]! }));
  const answers = await Promise.all(shots.map((shot) => call("POST", `/claims/${shot.claimId}/approve`, { token: shot.token })));
  for (const a of answers) {
    expect(a.status, a.text).toBeLessThan(500);
    if (a.status !== 200)
      expect(["POOL_INSUFFICIENT", "CAP_EXHAUSTED", "INVALID_STATE", "CONCURRENT_UPDATE"], a.text).toContain(a.body.error.code);
  }

  const final = await Promise.all(
    claims.map(async (c) => ({ ...c, view: (await call("GET", `/claims/${c.claimId}`, { token: admin })).body })),
  );
  const approved = final.filter((c) => c.view.status === "approved");
  for (const c of final) expect(["approved", "reviewed"]).toContain(c.view.status);

  // Each claim approved at most once: one approve event, one payout.
  for (const c of final) {
    const approvals = c.view.history.filter((e: any) => e.action === "approve");
    expect(approvals.length).toBe(c.view.status === "approved" ? 1 : 0);
  }

  // The pool never pays more than it holds; the totals equal the sum over approved claims.
  const paid = approved.reduce((sum, c) => sum + c.view.approvedPayoutFen, 0);
  expect(paid).toBeLessThanOrEqual(s.poolFen);
  const scheme = (await call("GET", `/schemes/${schemeId}`, { token: admin })).body;
  expect(scheme.paidFen).toBe(paid);
  expect(scheme.poolBalanceFen).toBe(s.poolFen - paid);
  expect(scheme.poolBalanceFen).toBeGreaterThanOrEqual(0);

  // Caps: per claim, and per household in the scheme's coverage year — and the approvals of one
  // household happened one after another: each saw exactly what the previous ones had used.
  const byHousehold = new Map<string, typeof approved>();
  for (const c of approved) {
    if (s.rule.perClaimCapFen !== null) expect(c.view.approvedPayoutFen).toBeLessThanOrEqual(s.rule.perClaimCapFen);
    const expected = computePayout(s.rule, c.expenses, c.view.caps.householdYearPaidBeforeFen);
    expect(c.view.approvedPayoutFen).toBe(expected.payoutFen);
    const key = c.household.householdId;
    byHousehold.set(key, [...(byHousehold.get(key) ?? []), c]);
  }
  for (const group of byHousehold.values()) {
    const total = group.reduce((sum, c) => sum + c.view.approvedPayoutFen, 0);
    if (s.rule.perHouseholdYearCapFen !== null) {
      expect(total).toBeLessThanOrEqual(s.rule.perHouseholdYearCapFen);
      const chain = [...group].sort(
        (a, b) =>
          a.view.caps.householdYearPaidBeforeFen - b.view.caps.householdYearPaidBeforeFen ||
          a.view.approvedPayoutFen - b.view.approvedPayoutFen,
      );
      let used = 0;
      for (const c of chain) {
        expect(c.view.caps.householdYearPaidBeforeFen).toBe(used);
        used += c.view.approvedPayoutFen;
      }
    }
  }

  // A claim refused for the cap was refused because the cap really was used up.
  for (const [i, a] of answers.entries()) {
    if (a.body?.error?.code !== "CAP_EXHAUSTED") continue;
    const c = final.find((f) => f.claimId === shots[i]!.claimId)!;
    const used = (byHousehold.get(c.household.householdId) ?? []).reduce((sum, x) => sum + x.view.approvedPayoutFen, 0);
    expect(used).toBe(s.rule.perHouseholdYearCapFen);
  }

  // A claim refused for the pool was refused because the pool really could not cover it.
  for (const [i, a] of answers.entries()) {
    if (a.body?.error?.code !== "POOL_INSUFFICIENT" || s.rule.perHouseholdYearCapFen !== null) continue;
    const c = final.find((f) => f.claimId === shots[i]!.claimId)!;
    expect(c.view.status).toBe("reviewed");
    expect(computePayout(s.rule, c.expenses, 0).payoutFen).toBeGreaterThan(scheme.poolBalanceFen);
  }

  // The report moved with every transition, and counted each paid household once.
  const report = (await call("GET", `/reports/claims?schemeId=${schemeId}`, { token: admin })).body;
  // A household counts as paid from its first payout above zero.
  const paidHouseholds = households.filter((h) =>
    approved.some((c) => c.household.householdId === h.householdId && c.view.approvedPayoutFen > 0),
  );
  expect(report).toMatchObject({
    byStatus: { submitted: 0, reviewed: claims.length - approved.length, approved: approved.length, rejected: 0, paid: 0 },
    householdsPaid: paidHouseholds.length,
    peopleCovered: paidHouseholds.reduce((sum, h) => sum + h.members, 0),
    paidFen: paid,
    poolBalanceFen: s.poolFen - paid,
  });
}

describe("concurrent approvals", () => {
  it("never exceed the pool, the per-claim cap or a household's yearly cap, and approve each claim once", async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: 10 });
  }, 60_000);

  it("approve a claim fired twice at once exactly once", async () => {
    await runScenario({
      rule: { deductibleFen: 0, tiers: [{ upToFen: null, ratioBps: 10_000 }], perClaimCapFen: null, perHouseholdYearCapFen: yuan(100_000) },
      poolFen: yuan(1_000_000),
      members: [3],
      claims: [{ household: 0, incidentDate: `${SCHEME_YEAR}-01-15`, totalFen: yuan(10_000), reimbursedShare: 0 }],
      doubled: 1,
    });
  });
});
