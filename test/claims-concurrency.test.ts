import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computePayout, type CauseRule } from "@fupin/core/claims/payout";
import { call, unique } from "./support/api";
import {
  adminToken,
  countyOf,
  createVillage,
  householdInput,
  incidentSlot,
  residentId,
  SCHEME_YEAR,
  staffToken,
  yuan,
} from "./support/fixtures";

/**
 * DESIGN decision 5 under fire: approvals race over claims that share a household, a member and a
 * small pool. Whatever the interleaving, no payout passes its per-claim cap, a person's or a
 * household's yearly total never passes its cap, the pool never pays more than it holds, each
 * claim is approved once, and the scheme's totals equal the sum over the approved claims. On an
 * annual basis the approvals of one basis run one after another, so the year's total is what one
 * claim for the summed burden would be paid.
 */

const tiersArb = fc.oneof(
  fc.integer({ min: 5000, max: 10_000 }).map((ratioBps) => [{ upToFen: null, ratioBps }]),
  fc.tuple(fc.integer({ min: 1000, max: 10_000 }), fc.integer({ min: 5000, max: 10_000 })).map(([upTo, ratioBps]) => [
    { upToFen: yuan(upTo), ratioBps: 6000 },
    { upToFen: null, ratioBps },
  ]),
);
const capArb = (min: number, max: number, freq = 2) => fc.option(fc.integer({ min, max }).map(yuan), { nil: null, freq });

/** Per claim, with any of the caps: per claim, per person per year, per household per year. */
const perClaimRuleArb: fc.Arbitrary<CauseRule> = fc.record({
  basis: fc.constant("per_claim" as const),
  deductibleFen: fc.integer({ min: 0, max: 2000 }).map(yuan),
  tiers: tiersArb,
  perClaimCapFen: capArb(5000, 30_000),
  perPersonYearCapFen: capArb(3000, 30_000),
  perHouseholdYearCapFen: capArb(3000, 30_000, 4),
});

/**
 * An annual basis (the household's or each person's burden over the year), with an entry threshold
 * or not, and at most the cap of the basis's own scope: then the year's total for a basis is
 * exactly computePayout of the summed burden.
 */
const annualRuleArb: fc.Arbitrary<CauseRule> = fc
  .record({
    basis: fc.constantFrom("household_year" as const, "person_year" as const),
    entryThresholdFen: capArb(1000, 20_000),
    deductibleFen: fc.integer({ min: 0, max: 5000 }).map(yuan),
    tiers: tiersArb,
    capFen: capArb(5000, 60_000),
  })
  .map(({ capFen, ...rule }) => ({
    ...rule,
    perClaimCapFen: null,
    perPersonYearCapFen: rule.basis === "person_year" ? capFen : null,
    perHouseholdYearCapFen: rule.basis === "household_year" ? capFen : null,
  }));

const claimsArb = fc.array(
  fc.record({
    household: fc.nat(1),
    member: fc.nat(3),
    totalFen: fc.integer({ min: 3000, max: 40_000 }).map(yuan),
    reimbursedShare: fc.integer({ min: 0, max: 50 }),
  }),
  // One incident slot per claim: a household's claims are never possible duplicates of each other.
  { minLength: 3, maxLength: 8 },
);

const scenarioArb = (rule: fc.Arbitrary<CauseRule>, poolFen: fc.Arbitrary<number>) =>
  fc.record({
    rule,
    poolFen,
    members: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
    claims: claimsArb,
    /** How many of the claims get a second, simultaneous approval. */
    doubled: fc.integer({ min: 1, max: 3 }),
  });

interface Scenario {
  rule: CauseRule;
  poolFen: number;
  members: number[];
  claims: { household: number; member: number; totalFen: number; reimbursedShare: number }[];
  doubled: number;
}

const CATEGORY = "sudden_hardship";
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const groupBy = <T>(items: T[], key: (t: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
};

/** Files and passes every claim, then fires every approval (some twice) at once; the claims as they end. */
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
      eligibleCategories: [CATEGORY],
      // Filed claims go straight to the township's review: the race under test is the approvals'.
      chain: { homeVisit: false, villageReview: false, publicNotice: false },
      rules: { accident: s.rule },
    },
  });
  expect(put.status, put.text).toBe(200);
  expect(
    (await call("POST", `/schemes/${schemeId}/top-ups`, { token: admin, body: { amountFen: s.poolFen, source: "县财政" } })).status,
  ).toBe(201);

  // Each household with its people listed, so claims can name the member they are for.
  const households = await Promise.all(
    s.members.map(async (members) => {
      const ids = Array.from({ length: members }, () => residentId());
      const people = ids.map((idNumber, i) => ({ name: `成员${i}`, relation: i === 0 ? "head" : "child", idNumber }));
      const res = await call("POST", "/households", {
        token: clerk,
        body: householdInput(village.villageId, { idNumber: ids[0], members: people, category: CATEGORY, perCapitaIncomeFen: yuan(3000) }),
      });
      expect(res.status, res.text).toBe(201);
      return { householdId: res.body.householdId as string, members, memberIds: res.body.people.map((p: any) => p.memberId) as string[] };
    }),
  );

  // Filed one after another (filings on one household take turns anyway), then passed at once.
  const filed: {
    claimId: string;
    household: (typeof households)[number];
    memberId: string;
    expenses: { totalFen: number; reimbursedFen: number };
  }[] = [];
  for (const [i, c] of s.claims.entries()) {
    const household = households[c.household % households.length]!;
    const memberId = household.memberIds[c.member % household.memberIds.length]!;
    const expenses = { totalFen: c.totalFen, reimbursedFen: Math.floor((c.totalFen * c.reimbursedShare) / 100) };
    const res = await call("POST", "/claims", {
      token: clerk,
      body: {
        householdId: household.householdId,
        schemeId,
        memberId,
        cause: "accident",
        incidentDate: incidentSlot(i),
        expenses,
        documents: [{ kind: "事故证明", ref: "x" }],
      },
    });
    expect(res.status, res.text).toBe(201);
    filed.push({ claimId: res.body.claimId, household, memberId, expenses });
  }
  await Promise.all(
    filed.map(async ({ claimId }) => {
      const passed = await call("POST", `/claims/${claimId}/review`, { token: reviewer, body: { decision: "pass", note: "属实" } });
      expect(passed.status, passed.text).toBe(200);
    }),
  );

  // Every claim once, some twice, all at the same moment, by different approvers.
  const shots = [...filed, ...filed.slice(0, s.doubled)].map((c, i) => ({ claimId: c.claimId, token: approvers[i % approvers.length]! }));
  const answers = await Promise.all(shots.map((shot) => call("POST", `/claims/${shot.claimId}/approve`, { token: shot.token })));
  for (const a of answers) {
    expect(a.status, a.text).toBeLessThan(500);
    if (a.status !== 200)
      expect(["POOL_INSUFFICIENT", "CAP_EXHAUSTED", "INVALID_STATE", "CONCURRENT_UPDATE"], a.text).toContain(a.body.error.code);
  }

  const final = await Promise.all(
    filed.map(async (c) => ({ ...c, view: (await call("GET", `/claims/${c.claimId}`, { token: admin })).body })),
  );
  for (const c of final) expect(["approved", "reviewed"]).toContain(c.view.status);
  const approved = final.filter((c) => c.view.status === "approved");

  // Each claim approved at most once: one approve event, one payout.
  for (const c of final) {
    const approvals = c.view.history.filter((e: any) => e.action === "approve");
    expect(approvals.length).toBe(c.view.status === "approved" ? 1 : 0);
  }

  // Each payout is the rule applied to the usage its approval recorded (nothing paid on stale figures).
  for (const c of approved) {
    const steps = c.view.payoutBreakdown;
    const expected = computePayout(s.rule, c.expenses, {
      category: CATEGORY,
      burdenBeforeFen: steps.burdenBeforeFen,
      paidBeforeFen: steps.paidBeforeFen,
      personYearPaidFen: c.view.caps.personYearPaidBeforeFen,
      householdYearPaidFen: c.view.caps.householdYearPaidBeforeFen,
    });
    expect(c.view.approvedPayoutFen).toBe(expected.payoutFen);
    if (s.rule.perClaimCapFen !== null) expect(c.view.approvedPayoutFen).toBeLessThanOrEqual(s.rule.perClaimCapFen);
  }

  // The pool never pays more than it holds; the totals equal the sum over approved claims.
  const paid = sum(approved.map((c) => c.view.approvedPayoutFen));
  expect(paid).toBeLessThanOrEqual(s.poolFen);
  const scheme = (await call("GET", `/schemes/${schemeId}`, { token: admin })).body;
  expect(scheme.paidFen).toBe(paid);
  expect(scheme.poolBalanceFen).toBe(s.poolFen - paid);
  expect(scheme.poolBalanceFen).toBeGreaterThanOrEqual(0);

  // Yearly caps, per person and per household: never passed, and the approvals under one cap ran
  // one after another: each saw exactly what the previous ones had used.
  const capScopes = [
    {
      cap: s.rule.perPersonYearCapFen ?? null,
      key: (c: (typeof final)[number]) => c.memberId,
      usedBefore: (c: any) => c.view.caps.personYearPaidBeforeFen,
    },
    {
      cap: s.rule.perHouseholdYearCapFen,
      key: (c: (typeof final)[number]) => c.household.householdId,
      usedBefore: (c: any) => c.view.caps.householdYearPaidBeforeFen,
    },
  ];
  for (const scope of capScopes) {
    if (scope.cap === null) continue;
    for (const group of groupBy(approved, scope.key)) {
      expect(sum(group.map((c) => c.view.approvedPayoutFen))).toBeLessThanOrEqual(scope.cap);
      const chain = [...group].sort(
        (a, b) => scope.usedBefore(a) - scope.usedBefore(b) || a.view.approvedPayoutFen - b.view.approvedPayoutFen,
      );
      let used = 0;
      for (const c of chain) {
        expect(scope.usedBefore(c)).toBe(used);
        used += c.view.approvedPayoutFen;
      }
    }
  }

  // A claim refused for a cap was refused because that cap really was used up.
  for (const [i, a] of answers.entries()) {
    if (a.body?.error?.code !== "CAP_EXHAUSTED") continue;
    const c = final.find((f) => f.claimId === shots[i]!.claimId)!;
    const usedUp = capScopes.some(
      (scope) =>
        scope.cap !== null && sum(approved.filter((x) => scope.key(x) === scope.key(c)).map((x) => x.view.approvedPayoutFen)) === scope.cap,
    );
    expect(usedUp, a.text).toBe(true);
  }

  // The report moved with every transition, and counted each paid household once.
  const report = (await call("GET", `/reports/claims?schemeId=${schemeId}`, { token: admin })).body;
  // A household counts as paid from its first payout above zero.
  const paidHouseholds = households.filter((h) =>
    approved.some((c) => c.household.householdId === h.householdId && c.view.approvedPayoutFen > 0),
  );
  expect(report).toMatchObject({
    byStatus: { submitted: 0, reviewed: filed.length - approved.length, approved: approved.length, rejected: 0, paid: 0 },
    householdsPaid: paidHouseholds.length,
    peopleCovered: sum(paidHouseholds.map((h) => h.members)),
    paidFen: paid,
    poolBalanceFen: s.poolFen - paid,
  });
  return { final, approved, answers, shots, scheme };
}

describe("concurrent approvals", () => {
  it("never exceed the pool, the per-claim cap, a person's or a household's yearly cap, and approve each claim once", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(perClaimRuleArb, fc.integer({ min: 5000, max: 150_000 }).map(yuan)), async (s) => {
        const { final, answers, shots, scheme } = await runScenario(s);
        // A claim refused for the pool was refused because the pool really could not cover it: on
        // the per-claim basis a payout only shrinks as usage grows, and the pool only shrinks.
        for (const [i, a] of answers.entries()) {
          if (a.body?.error?.code !== "POOL_INSUFFICIENT") continue;
          const c = final.find((f) => f.claimId === shots[i]!.claimId)!;
          expect(c.view.status).toBe("reviewed");
          expect(computePayout(s.rule, c.expenses, { category: CATEGORY }).payoutFen).toBeGreaterThan(scheme.poolBalanceFen);
        }
      }),
      { numRuns: 10 },
    );
  }, 90_000);

  it("on an annual basis pay a person's or a household's year exactly what one claim for the summed burden would be paid", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(annualRuleArb, fc.constant(yuan(10_000_000))), async (s) => {
        const { approved, answers } = await runScenario(s);
        for (const a of answers) expect(a.body?.error?.code, a.text).not.toBe("POOL_INSUFFICIENT");
        const basisKey = (c: (typeof approved)[number]) => (s.rule.basis === "person_year" ? c.memberId : c.household.householdId);
        for (const group of groupBy(approved, basisKey)) {
          const selfPaid = group.map((c) => c.expenses.totalFen - c.expenses.reimbursedFen);
          const once = computePayout(s.rule, { totalFen: sum(selfPaid), reimbursedFen: 0 }, { category: CATEGORY });
          expect(sum(group.map((c) => c.view.approvedPayoutFen))).toBe(once.payoutFen);
          // One after another: each approval saw the burden and the payouts of the ones before it.
          const chain = [...group].sort((a, b) => a.view.payoutBreakdown.burdenBeforeFen - b.view.payoutBreakdown.burdenBeforeFen);
          let burden = 0;
          let paidBefore = 0;
          for (const c of chain) {
            expect(c.view.payoutBreakdown).toMatchObject({ basis: s.rule.basis, burdenBeforeFen: burden, paidBeforeFen: paidBefore });
            burden += c.expenses.totalFen - c.expenses.reimbursedFen;
            paidBefore += c.view.approvedPayoutFen;
          }
        }
      }),
      { numRuns: 8 },
    );
  }, 90_000);

  it("approve a claim fired twice at once exactly once", async () => {
    await runScenario({
      rule: { deductibleFen: 0, tiers: [{ upToFen: null, ratioBps: 10_000 }], perClaimCapFen: null, perHouseholdYearCapFen: yuan(100_000) },
      poolFen: yuan(1_000_000),
      members: [3],
      claims: [{ household: 0, member: 0, totalFen: yuan(10_000), reimbursedShare: 0 }],
      doubled: 1,
    });
  });

  it("pay two members up to their own per-person caps when their claims are approved together (Jiaozuo: 80,000 each, 160,000 in all)", async () => {
    const { approved } = await runScenario({
      rule: {
        basis: "person_year",
        deductibleFen: yuan(5000),
        tiers: [
          { upToFen: yuan(20_000), ratioBps: 5000 },
          { upToFen: yuan(50_000), ratioBps: 6000 },
          { upToFen: null, ratioBps: 7000 },
        ],
        perClaimCapFen: null,
        perPersonYearCapFen: yuan(80_000),
        perHouseholdYearCapFen: null,
      },
      poolFen: yuan(1_000_000),
      members: [2],
      // Each member's 150,000 yuan self-paid in two stays: four approvals at once.
      claims: [
        { household: 0, member: 0, totalFen: yuan(100_000), reimbursedShare: 25 },
        { household: 0, member: 1, totalFen: yuan(100_000), reimbursedShare: 25 },
        { household: 0, member: 0, totalFen: yuan(75_000), reimbursedShare: 0 },
        { household: 0, member: 1, totalFen: yuan(75_000), reimbursedShare: 0 },
      ],
      doubled: 2,
    });
    expect(sum(approved.map((c) => c.view.approvedPayoutFen))).toBe(yuan(160_000));
    for (const group of groupBy(approved, (c) => c.memberId)) expect(sum(group.map((c) => c.view.approvedPayoutFen))).toBe(yuan(80_000));
  });
});
