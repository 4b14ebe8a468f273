import { describe, expect, it } from "vitest";
import { call, expectError, unique } from "./support/api";
import {
  adminToken,
  chongzuoIllness,
  claimInput,
  incidentSlot,
  invoice,
  newHousehold,
  newHouseholdWithMembers,
  SCHEME_YEAR,
  schemeInput,
  world,
  type World,
  yuan,
} from "./support/fixtures";

/**
 * Claims rules as counties write them (issue 12, DOMAIN.md §6), over real HTTP: each worked case of
 * the issue as a named test with its figure — annual burdens, per-person caps, thresholds by
 * category, entry thresholds apart from deductibles, the income test after the expense, the
 * coverage period, causes as data, the member a claim is for, and possible duplicates.
 */

/** Expenses leaving `selfPaidYuan` to the household out of `totalYuan`. */
const selfPaid = (selfPaidYuan: number, totalYuan = selfPaidYuan) => ({
  totalFen: yuan(totalYuan),
  reimbursedFen: yuan(totalYuan) - yuan(selfPaidYuan),
});

const file = (w: World, overrides: Record<string, unknown>, householdId: string = w.household.householdId) =>
  call("POST", "/claims", { token: w.t.clerk, body: claimInput(householdId, w.schemeId, overrides) });
const preview = (w: World, overrides: Record<string, unknown>, householdId: string = w.household.householdId) =>
  call("POST", "/claims/preview", { token: w.t.clerk, body: claimInput(householdId, w.schemeId, overrides) });
const pass = (w: World, claimId: string, extra: Record<string, unknown> = {}) =>
  call("POST", `/claims/${claimId}/review`, { token: w.t.reviewer, body: { decision: "pass", note: "入户核查属实", ...extra } });
const approve = (w: World, claimId: string) => call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
const getClaim = async (w: World, claimId: string) => (await call("GET", `/claims/${claimId}`, { token: w.t.approver })).body;
const getScheme = async (w: World) => (await call("GET", `/schemes/${w.schemeId}`, { token: w.t.admin })).body;

/** Files, passes and approves a claim; the approved claim. */
async function approved(w: World, overrides: Record<string, unknown>, householdId?: string) {
  const filed = await file(w, overrides, householdId);
  expect(filed.status, filed.text).toBe(201);
  const passed = await pass(w, filed.body.claimId);
  expect(passed.status, passed.text).toBe(200);
  const res = await approve(w, filed.body.claimId);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** The reasons of a 422 NOT_ELIGIBLE. */
const reasons = (res: { body: any }) => res.body.error.details.map((d: any) => d.reason);

const flat = (ratioBps: number) => [{ upToFen: null, ratioBps }];
const noCaps = { perClaimCapFen: null, perHouseholdYearCapFen: null };

describe("yearly cumulative burden (Xiajin)", () => {
  const xiajinIllness = { basis: "household_year", deductibleFen: yuan(5000), tiers: flat(7000), ...noCaps };

  it("pays two 6,000-yuan stays under a 5,000 deductible at 70% 700 then 4,200: 4,900 for the year, not 700 + 700", async () => {
    const w = await world({ scheme: { rules: { illness: xiajinIllness } } });
    const first = await approved(w, { incidentDate: incidentSlot(0), expenses: selfPaid(6000, 10_000) });
    expect(first.approvedPayoutFen).toBe(yuan(700));
    expect(first.payoutBreakdown).toMatchObject({
      basis: "household_year",
      burdenBeforeFen: 0,
      burdenFen: yuan(6000),
      entitledFen: yuan(700),
    });

    // The second stay is previewed, filed and paid on the year's burden: 12,000 − 5,000 = 7,000 at 70% = 4,900, less the 700 paid.
    const second = await file(w, { incidentDate: incidentSlot(2), expenses: selfPaid(6000, 9000) });
    expect(second.status, second.text).toBe(201);
    expect(second.body.payoutPreviewFen).toBe(yuan(4200));
    expect((await pass(w, second.body.claimId)).status).toBe(200);
    const paid = await approve(w, second.body.claimId);
    expect(paid.body.approvedPayoutFen).toBe(yuan(4200));
    expect(paid.body.payoutBreakdown).toMatchObject({
      basis: "household_year",
      selfPaidFen: yuan(6000),
      burdenBeforeFen: yuan(6000),
      burdenFen: yuan(12_000),
      eligibleFen: yuan(7000),
      entitledFen: yuan(4900),
      paidBeforeFen: yuan(700),
      uncappedFen: yuan(4200),
      capApplied: "none",
      payoutFen: yuan(4200),
    });
    expect(await getScheme(w)).toMatchObject({ paidFen: yuan(4900) });
  });

  it("pays the same 4,900 for the year when the 12,000 yuan comes in three claims of 4,000: 0, 2,100, 2,800", async () => {
    const w = await world({ scheme: { rules: { illness: xiajinIllness } } });
    const payouts = [];
    for (const slot of [0, 2, 4])
      payouts.push((await approved(w, { incidentDate: incidentSlot(slot), expenses: selfPaid(4000) })).approvedPayoutFen);
    expect(payouts).toEqual([0, yuan(2100), yuan(2800)]);
    expect(await getScheme(w)).toMatchObject({ paidFen: yuan(4900) });
  });
});

describe("per-person caps (Jiaozuo)", () => {
  const jiaozuoIllness = {
    basis: "person_year",
    deductibleFen: yuan(5000),
    // The ratio rises with the burden (figures picked; DOMAIN.md gives only the 80,000 cap).
    tiers: [
      { upToFen: yuan(20_000), ratioBps: 5000 },
      { upToFen: yuan(50_000), ratioBps: 6000 },
      { upToFen: null, ratioBps: 7000 },
    ],
    perClaimCapFen: null,
    perPersonYearCapFen: yuan(80_000),
    perHouseholdYearCapFen: null,
  };

  it("pays two members with 150,000 yuan self-paid each 80,000 apiece: 160,000 for the household, the second in full", async () => {
    const w = await world({ scheme: { rules: { illness: jiaozuoIllness } } });
    const ma = await newHouseholdWithMembers(w.t.clerk, w.village.villageId, [
      { name: "马国强", relation: "head" },
      { name: "刘桂芝", relation: "spouse" },
    ]);
    // 150,000 − 5,000 = 145,000: 20,000 × 50% + 30,000 × 60% + 95,000 × 70% = 94,500, cut to 80,000.
    const husband = await approved(
      w,
      { memberId: ma.memberIds.马国强, incidentDate: incidentSlot(0), expenses: selfPaid(150_000, 200_000) },
      ma.householdId,
    );
    expect(husband).toMatchObject({
      approvedPayoutFen: yuan(80_000),
      capApplied: "person_year",
      member: { memberId: ma.memberIds.马国强, name: "马国强", relation: "head" },
    });
    expect(husband.payoutBreakdown).toMatchObject({
      entitledFen: yuan(94_500),
      perPersonYearCapFen: yuan(80_000),
      personYearRemainingFen: yuan(80_000),
    });
    const wife = await approved(
      w,
      { memberId: ma.memberIds.刘桂芝, incidentDate: incidentSlot(2), expenses: selfPaid(150_000, 200_000) },
      ma.householdId,
    );
    expect(wife).toMatchObject({ approvedPayoutFen: yuan(80_000), capApplied: "person_year" });
    expect(wife.caps).toMatchObject({ personYearPaidBeforeFen: 0, householdYearPaidBeforeFen: yuan(80_000) });
    expect(await getScheme(w)).toMatchObject({ paidFen: yuan(160_000) });

    // The husband's cap is used up: a third claim for him is refused, naming the member.
    const third = await file(
      w,
      { memberId: ma.memberIds.马国强, incidentDate: incidentSlot(4), expenses: selfPaid(10_000) },
      ma.householdId,
    );
    expect(third.body.payoutPreviewFen).toBe(0);
    await pass(w, third.body.claimId);
    const refused = await approve(w, third.body.claimId);
    expectError(refused, 422, "CAP_EXHAUSTED");
    expect(refused.body.error.details[0]).toMatchObject({
      path: "memberId",
      perPersonYearCapFen: yuan(80_000),
      personYearPaidFen: yuan(80_000),
    });
  });
});

describe("entry thresholds by household category (Handan)", () => {
  const handanIllness = {
    entryThresholdByCategoryFen: { unstable_out_of_poverty: yuan(5000), marginal_at_risk: yuan(20_000) },
    deductibleFen: yuan(5000),
    tiers: flat(7000),
    ...noCaps,
  };

  it("refuses a 边缘易致贫户 with 15,000 yuan self-paid (threshold 20,000): 422 NOT_ELIGIBLE below_entry_threshold, where a deductible alone paid 7,000", async () => {
    const w = await world({ scheme: { rules: { illness: handanIllness } } });
    const marginal = await newHousehold(w.t.clerk, w.village.villageId, { category: "marginal_at_risk" });
    for (const res of [
      await preview(w, { expenses: selfPaid(15_000) }, marginal.householdId),
      await file(w, { expenses: selfPaid(15_000) }, marginal.householdId),
    ]) {
      expectError(res, 422, "NOT_ELIGIBLE");
      expect(reasons(res)).toEqual(["below_entry_threshold"]);
      expect(res.body.error.details[0]).toMatchObject({
        path: "expenses",
        burdenFen: yuan(15_000),
        entryThresholdFen: yuan(20_000),
        category: "marginal_at_risk",
      });
    }
    // The same 15,000 for a 脱贫不稳定户 (threshold 5,000): (15,000 − 5,000) × 70% = 7,000.
    const unstable = await approved(w, { expenses: selfPaid(15_000) });
    expect(unstable.approvedPayoutFen).toBe(yuan(7000));
    expect(unstable.payoutBreakdown).toMatchObject({ entryThresholdFen: yuan(5000), meetsThreshold: true });
  });

  it("takes a 边缘易致贫户 at exactly 20,000 yuan, paying 10,500; a 脱贫不稳定户 just under 5,000 is refused", async () => {
    const w = await world({ scheme: { rules: { illness: handanIllness } } });
    const marginal = await newHousehold(w.t.clerk, w.village.villageId, { category: "marginal_at_risk" });
    const atThreshold = await approved(w, { expenses: selfPaid(20_000) }, marginal.householdId);
    expect(atThreshold.approvedPayoutFen).toBe(yuan(10_500));
    expect(atThreshold.payoutBreakdown).toMatchObject({ burdenFen: yuan(20_000), entryThresholdFen: yuan(20_000), meetsThreshold: true });
    const under = await file(w, { expenses: { totalFen: yuan(5000) - 1, reimbursedFen: 0 } });
    expectError(under, 422, "NOT_ELIGIBLE");
    expect(under.body.error.details[0]).toMatchObject({
      reason: "below_entry_threshold",
      entryThresholdFen: yuan(5000),
      category: "unstable_out_of_poverty",
    });
  });
});

describe("an entry threshold is not a deductible (Wei county)", () => {
  // 50% of the whole self-paid amount once it reaches the threshold (10,000 yuan: a plausible pick, DOMAIN.md gives none).
  const weiIllness = { entryThresholdFen: yuan(10_000), deductibleFen: 0, tiers: flat(5000), ...noCaps };

  it("pays Wei county's reported case, 104,000 yuan with 18,000 self-paid, 9,000 (a 5,000 deductible paid 6,500)", async () => {
    const w = await world({ scheme: { rules: { illness: weiIllness } } });
    const res = await approved(w, { expenses: selfPaid(18_000, 104_000) });
    expect(res.approvedPayoutFen).toBe(yuan(9000));
    expect(res.payoutBreakdown).toMatchObject({
      selfPaidFen: yuan(18_000),
      entryThresholdFen: yuan(10_000),
      meetsThreshold: true,
      deductibleFen: 0,
      eligibleFen: yuan(18_000),
      payoutFen: yuan(9000),
    });
  });

  it("refuses a claim below the threshold, which a deductible of 0 would pay, and takes one at it: 5,000", async () => {
    const w = await world({ scheme: { rules: { illness: weiIllness } } });
    const below = await file(w, { expenses: { totalFen: yuan(30_000), reimbursedFen: yuan(20_000) + 1 } });
    expectError(below, 422, "NOT_ELIGIBLE");
    expect(below.body.error.details).toEqual([
      expect.objectContaining({ reason: "below_entry_threshold", burdenFen: yuan(10_000) - 1, entryThresholdFen: yuan(10_000) }),
    ]);
    expect((await approved(w, { expenses: selfPaid(10_000, 30_000) })).approvedPayoutFen).toBe(yuan(5000));
  });
});

describe("income tested after the expense (突发严重困难户)", () => {
  it("takes a 突发严重困难户 at 8,000 yuan per person (line 6,000) with 30,000 self-paid, paying 17,500; a 脱贫不稳定户 with the same figures is NOT_ELIGIBLE", async () => {
    const w = await world();
    const sudden = await newHousehold(w.t.clerk, w.village.villageId, {
      category: "sudden_hardship",
      members: 3,
      perCapitaIncomeFen: yuan(8000),
    });
    // 3 × 8,000 − 30,000 is below 3 × 6,000: eligible; (30,000 − 5,000) × 70% = 17,500.
    expect((await approved(w, { expenses: selfPaid(30_000, 50_000) }, sudden.householdId)).approvedPayoutFen).toBe(yuan(17_500));

    const unstable = await newHousehold(w.t.clerk, w.village.villageId, {
      category: "unstable_out_of_poverty",
      members: 3,
      perCapitaIncomeFen: yuan(8000),
    });
    const refused = await file(w, { expenses: selfPaid(30_000, 50_000) }, unstable.householdId);
    expectError(refused, 422, "NOT_ELIGIBLE");
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({
        reason: "income_at_or_above_line",
        incomeTest: "before_expense",
        perCapitaIncomeFen: yuan(8000),
        incomeLineFen: yuan(6000),
      }),
    ]);
  });

  it("refuses a 突发严重困难户 whose expense leaves it at the line (24,000 − 6,000 = 18,000) and takes it a fen further", async () => {
    const w = await world();
    const sudden = await newHousehold(w.t.clerk, w.village.villageId, {
      category: "sudden_hardship",
      members: 3,
      perCapitaIncomeFen: yuan(8000),
    });
    const atLine = await file(w, { expenses: selfPaid(6000, 10_000) }, sudden.householdId);
    expectError(atLine, 422, "NOT_ELIGIBLE");
    expect(atLine.body.error.details).toEqual([
      expect.objectContaining({ reason: "income_at_or_above_line", incomeTest: "after_expense", burdenFen: yuan(6000), members: 3 }),
    ]);
    const below = await file(w, { expenses: { totalFen: yuan(10_000), reimbursedFen: yuan(4000) - 1 } }, sudden.householdId);
    expect(below.status, below.text).toBe(201);
  });

  it("tests another category after the expense when the scheme says so", async () => {
    const w = await world({
      scheme: { incomeTest: { unstable_out_of_poverty: "after_expense" } },
      household: { members: 3, perCapitaIncomeFen: yuan(8000) },
    });
    expect((await getScheme(w)).incomeTest).toEqual({ unstable_out_of_poverty: "after_expense" });
    expect((await approved(w, { expenses: selfPaid(30_000, 50_000) })).approvedPayoutFen).toBe(yuan(17_500));
  });
});

describe("coverage period", () => {
  it("refuses an incident of 2019 against the 2026 scheme: 422 OUTSIDE_COVERAGE_PERIOD naming the calendar year", async () => {
    const w = await world();
    expect((await getScheme(w)).coveragePeriod).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    for (const res of [await preview(w, { incidentDate: "2019-06-01" }), await file(w, { incidentDate: "2019-06-01" })]) {
      expectError(res, 422, "OUTSIDE_COVERAGE_PERIOD");
      expect(res.body.error.details).toEqual([
        expect.objectContaining({
          path: "body.incidentDate",
          incidentDate: "2019-06-01",
          coveragePeriod: { from: "2026-01-01", to: "2026-12-31" },
        }),
      ]);
    }
    expect((await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body.items).toEqual([]);
  });

  it("covers an explicit period across the year end: 2025-07-01..2026-06-30 takes 2026-03-01 and refuses 2025-06-30 and 2026-07-01", async () => {
    const period = { from: "2025-07-01", to: "2026-06-30" };
    const w = await world({ scheme: { year: SCHEME_YEAR - 1, coveragePeriod: period } });
    expect(await getScheme(w)).toMatchObject({ year: 2025, coveragePeriod: period });
    const inside = await approved(w, { incidentDate: "2026-03-01" });
    expect(inside).toMatchObject({ incidentDate: "2026-03-01", approvedPayoutFen: yuan(14_000) });
    for (const incidentDate of ["2025-06-30", "2026-07-01"]) {
      const res = await file(w, { incidentDate });
      expectError(res, 422, "OUTSIDE_COVERAGE_PERIOD");
      expect(res.body.error.details[0]).toMatchObject({ incidentDate, coveragePeriod: period });
    }
  });

  it("refuses a period that does not start in the scheme's year, lasts more than a year, or ends before it starts", async () => {
    const admin = await adminToken();
    const cases: [Record<string, string>, string][] = [
      [{ from: "2026-07-01", to: "2027-06-30" }, "body.coveragePeriod.from"],
      [{ from: "2025-07-01", to: "2026-07-01" }, "body.coveragePeriod.to"],
      [{ from: "2025-07-01", to: "2025-06-30" }, "body.coveragePeriod.to"],
    ];
    for (const [coveragePeriod, path] of cases) {
      const res = await call("PUT", `/schemes/sch-${unique()}`, {
        token: admin,
        body: schemeInput("夏津县", { year: 2025, coveragePeriod }),
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(
        res.body.error.details.map((d: any) => d.path),
        JSON.stringify(coveragePeriod),
      ).toContain(path);
    }
  });

  it("refuses income of 2015 (or 2024) against the 2026 scheme: NOT_ELIGIBLE income_outdated, income of 2025 at the earliest", async () => {
    const w = await world();
    for (const incomeYear of [2015, 2024]) {
      const old = await newHousehold(w.t.clerk, w.village.villageId, { incomeYear });
      const res = await file(w, {}, old.householdId);
      expectError(res, 422, "NOT_ELIGIBLE");
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ reason: "income_outdated", incomeYear, earliestIncomeYear: 2025 }),
      ]);
    }
  });
});

describe("causes are data", () => {
  const housing = { deductibleFen: 0, tiers: flat(5000), ...noCaps };
  const livestock = { label: "因牲畜死亡", deductibleFen: 0, tiers: flat(6000), perClaimCapFen: yuan(5000), perHouseholdYearCapFen: null };

  it("files claims under 因住房 and a county's own cause with its label, and reports them by cause", async () => {
    const w = await world({ scheme: { rules: { illness: chongzuoIllness, housing, livestock } } });
    const scheme = await getScheme(w);
    expect(Object.fromEntries(Object.entries(scheme.rules).map(([cause, rule]: [string, any]) => [cause, rule.label]))).toEqual({
      illness: "因病",
      housing: "因住房",
      livestock: "因牲畜死亡",
    });
    const house = await approved(w, { cause: "housing", incidentDate: incidentSlot(0), expenses: selfPaid(20_000) });
    expect(house).toMatchObject({ cause: "housing", causeLabel: "因住房", approvedPayoutFen: yuan(10_000) });
    const herd = await approved(w, { cause: "livestock", incidentDate: incidentSlot(0), expenses: selfPaid(12_000) });
    // 12,000 × 60% = 7,200, cut to the 5,000 per claim.
    expect(herd).toMatchObject({ cause: "livestock", causeLabel: "因牲畜死亡", approvedPayoutFen: yuan(5000), capApplied: "per_claim" });

    const report = await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk });
    expect(report.body.byCause).toEqual({
      illness: { claims: 0, paidFen: 0 },
      housing: { claims: 1, paidFen: yuan(10_000) },
      livestock: { claims: 1, paidFen: yuan(5000) },
    });
    const csv = await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk, headers: { accept: "text/csv" } });
    const [header, row] = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(Object.fromEntries(header!.map((h, i) => [h, row![i]]))).toMatchObject({
      housingClaims: "1",
      livestockPaidFen: String(yuan(5000)),
    });

    // A cause a later version adds is reported from then on.
    const v2 = await call("PUT", `/schemes/${w.schemeId}`, {
      token: w.t.admin,
      body: schemeInput(w.village.county, { rules: { illness: chongzuoIllness, housing, livestock, employment: housing } }),
    });
    expect(v2.status, v2.text).toBe(200);
    expect((await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body.byCause.employment).toEqual({
      claims: 0,
      paidFen: 0,
    });
  });

  it("refuses a cause id an object already has (constructor), or not written as an id, with 400", async () => {
    const w = await world();
    for (const cause of ["constructor", "Housing", "因住房"]) {
      const put = await call("PUT", `/schemes/sch-${unique()}`, {
        token: w.t.admin,
        body: schemeInput(w.village.county, { rules: { [cause]: { ...housing, label: "自定义" } } }),
      });
      expectError(put, 400, "VALIDATION_FAILED");
      const claim = await file(w, { cause });
      expectError(claim, 400, "VALIDATION_FAILED");
      expect(claim.body.error.details.map((d: any) => d.path)).toEqual(["body.cause"]);
    }
  });
});

describe("the member a claim is for", () => {
  // Qianjiang-like: 30,000 yuan per person per year, so claims name the member.
  const perPerson = { ...chongzuoIllness, perPersonYearCapFen: yuan(30_000) };

  it("is required by a per-person rule (400 VALIDATION_FAILED at body.memberId) and must be the household's (422 REFERENCE_NOT_FOUND)", async () => {
    const w = await world({
      scheme: { rules: { illness: perPerson, education: { ...perPerson, basis: "person_year", perPersonYearCapFen: null } } },
    });
    const family = await newHouseholdWithMembers(w.t.clerk, w.village.villageId, [
      { name: "张建国", relation: "head" },
      { name: "张小雨", relation: "grandchild" },
    ]);
    for (const cause of ["illness", "education"]) {
      const missing = await file(w, { cause }, family.householdId);
      expectError(missing, 400, "VALIDATION_FAILED");
      expect(missing.body.error.details).toEqual([expect.objectContaining({ path: "body.memberId", issue: "required" })]);
    }
    const unknown = await file(w, { memberId: "mbr_nope" }, family.householdId);
    expectError(unknown, 422, "REFERENCE_NOT_FOUND");
    expect(unknown.body.error.details[0]).toMatchObject({ path: "memberId" });
    // Another household's member is not this household's.
    const elsewhere = await file(w, { memberId: family.memberIds.张小雨 });
    expectError(elsewhere, 422, "REFERENCE_NOT_FOUND");

    const named = await file(w, { memberId: family.memberIds.张小雨 }, family.householdId);
    expect(named.status, named.text).toBe(201);
    expect(named.body.member).toEqual({ memberId: family.memberIds.张小雨, name: "张小雨", relation: "grandchild" });
    // A rule that counts per household takes a claim without a member.
    const plain = await world();
    expect((await file(plain, {})).body.member).toBeNull();
  });
});

describe("possible duplicates", () => {
  /** A world with a second household in its village. */
  async function twoHouseholds() {
    const w = await world();
    const other = await newHousehold(w.t.clerk, w.village.villageId, { headName: "李秀兰" });
    return { w, other: other.householdId as string };
  }
  const withInvoice = (number: string, incidentDate: string, more: Record<string, unknown> = {}) => ({
    incidentDate,
    invoices: [invoice(yuan(60_000), { number, date: incidentDate })],
    ...more,
  });

  it("answers 409 POSSIBLE_DUPLICATE for an invoice number another live claim lists, however it is spelt", async () => {
    const { w, other } = await twoHouseholds();
    const number = `37${Date.now()}`;
    const first = await file(w, withInvoice(number, incidentSlot(0)));
    expect(first.status, first.text).toBe(201);
    expect(first.body.invoices).toEqual([expect.objectContaining({ number, amountFen: yuan(60_000) })]);
    const spelt = `No. ${number.slice(0, 4)}-${number.slice(4)}`;
    const again = await file(w, withInvoice(spelt, incidentSlot(3)), other);
    expectError(again, 409, "POSSIBLE_DUPLICATE");
    expect(again.body.error.details).toEqual([
      expect.objectContaining({ path: "invoices", reason: "invoice_reused", claimId: first.body.claimId, invoiceNumber: spelt }),
    ]);
    // The invoices must carry the cost claimed, and list an invoice once.
    const short = await file(w, { ...withInvoice(`INV-${unique()}`, incidentSlot(3)), expenses: selfPaid(60_001) }, other);
    expectError(short, 400, "VALIDATION_FAILED");
    expect(short.body.error.details.map((d: any) => d.path)).toContain("body.expenses.totalFen");
    const twice = `INV-${unique()}`;
    const listedTwice = await file(
      w,
      { incidentDate: incidentSlot(3), invoices: [invoice(yuan(30_000), { number: twice }), invoice(yuan(30_000), { number: twice })] },
      other,
    );
    expectError(listedTwice, 400, "VALIDATION_FAILED");
    expect(listedTwice.body.error.details.map((d: any) => d.path)).toContain("body.invoices.1.number");
  });

  it("answers 409 for the same household and cause within 30 days, and takes 31 days apart or another cause", async () => {
    const w = await world();
    const first = await file(w, { incidentDate: inYear("03-01") });
    expect(first.status, first.text).toBe(201);
    for (const incidentDate of [inYear("03-31"), inYear("01-30"), inYear("03-01")]) {
      const res = await file(w, { incidentDate });
      expectError(res, 409, "POSSIBLE_DUPLICATE");
      expect(res.body.error.details).toEqual([
        expect.objectContaining({
          path: "incidentDate",
          reason: "same_incident",
          claimId: first.body.claimId,
          incidentDate: inYear("03-01"),
        }),
      ]);
    }
    const preview31 = await preview(w, { incidentDate: inYear("04-01") });
    expect(preview31.body.possibleDuplicates).toEqual([]);
    expect((await file(w, { incidentDate: inYear("04-01") })).status).toBe(201);
    expect((await file(w, { incidentDate: inYear("01-29") })).status).toBe(201);
    expect((await file(w, { cause: "education", incidentDate: inYear("03-02"), expenses: selfPaid(8000) })).status).toBe(201);
  });

  it("takes two members' illnesses in one month as two incidents, but not a claim for the household beside a member's", async () => {
    const w = await world();
    const ma = await newHouseholdWithMembers(w.t.clerk, w.village.villageId, [
      { name: "马国强", relation: "head" },
      { name: "刘桂芝", relation: "spouse" },
    ]);
    const husband = await file(w, { memberId: ma.memberIds.马国强, incidentDate: inYear("05-01") }, ma.householdId);
    expect(husband.status, husband.text).toBe(201);
    const wife = await file(w, { memberId: ma.memberIds.刘桂芝, incidentDate: inYear("05-10") }, ma.householdId);
    expect(wife.status, wife.text).toBe(201);
    const husbandAgain = await file(w, { memberId: ma.memberIds.马国强, incidentDate: inYear("05-20") }, ma.householdId);
    expectError(husbandAgain, 409, "POSSIBLE_DUPLICATE");
    expect(husbandAgain.body.error.details.map((d: any) => d.claimId)).toEqual([husband.body.claimId]);
    const household = await file(w, { incidentDate: inYear("05-15") }, ma.householdId);
    expectError(household, 409, "POSSIBLE_DUPLICATE");
    expect(household.body.error.details.map((d: any) => d.claimId).sort()).toEqual([husband.body.claimId, wife.body.claimId].sort());
  });

  it("frees a rejected claim's invoice and incident", async () => {
    const { w, other } = await twoHouseholds();
    const number = `INV-${unique()}`;
    const first = await file(w, withInvoice(number, incidentSlot(0)));
    const rejected = await call("POST", `/claims/${first.body.claimId}/review`, {
      token: w.t.reviewer,
      body: { decision: "reject", note: "材料不实" },
    });
    expect(rejected.body.status).toBe("rejected");
    const sameInvoice = await file(w, withInvoice(number, incidentSlot(3)), other);
    expect(sameInvoice.status, sameInvoice.text).toBe(201);
    const sameIncident = await file(w, { incidentDate: incidentSlot(0) });
    expect(sameIncident.status, sameIncident.text).toBe(201);
    // The invoice now belongs to the new live claim.
    expectError(await file(w, withInvoice(number, incidentSlot(6))), 409, "POSSIBLE_DUPLICATE");
  });

  it("files an explained duplicate flagged; its review passes only with the reviewer's override, which is recorded", async () => {
    const w = await world();
    const first = await file(w, { incidentDate: incidentSlot(0) });
    const body = { incidentDate: shiftedSlot0(10), duplicateExplanation: "同月第二次住院，发票不同" };
    const shown = await preview(w, body);
    expect(shown.body.possibleDuplicates).toEqual([
      expect.objectContaining({ claimId: first.body.claimId, reason: "same_incident", status: "submitted" }),
    ]);
    const flagged = await file(w, body);
    expect(flagged.status, flagged.text).toBe(201);
    expect(flagged.body.possibleDuplicate).toEqual({
      matches: [expect.objectContaining({ claimId: first.body.claimId, reason: "same_incident" })],
      explanation: "同月第二次住院，发票不同",
      by: w.t.ids.submitter,
      at: expect.any(String),
      override: null,
    });
    const claimId = flagged.body.claimId;
    const before = await getClaim(w, claimId);
    const plainPass = await pass(w, claimId);
    expectError(plainPass, 409, "POSSIBLE_DUPLICATE");
    expect(plainPass.body.error.details[0]).toMatchObject({ claimId: first.body.claimId });
    expect(await getClaim(w, claimId)).toEqual(before);

    const overridden = await pass(w, claimId, { duplicateOverride: { reason: "两次入院均有医院证明，非重复" } });
    expect(overridden.status, overridden.text).toBe(200);
    expect(overridden.body.status).toBe("reviewed");
    expect(overridden.body.possibleDuplicate.override).toEqual({
      reason: "两次入院均有医院证明，非重复",
      by: w.t.ids.reviewer,
      at: expect.any(String),
    });
    expect(overridden.body.history.at(-1).note).toContain("两次入院均有医院证明，非重复");
    expect((await approve(w, claimId)).status).toBe(200);
  });
});

describe("the demo data", () => {
  it("shows the worked cases in the seeded counties: Xiajin 700 + 4,200, Wei county 9,000, Jiaozuo (修武县) 80,000 twice, Handan (涉县) 13,600", async () => {
    const admin = await adminToken();
    const payouts = async (schemeId: string) =>
      (await call("GET", `/claims?schemeId=${schemeId}&limit=100`, { token: admin })).body.items.filter(
        (c: any) => c.approvedPayoutFen !== null,
      );
    const xiajin = (await payouts("xiajin-fangpin-insurance")).filter((c: any) => c.household.headName === "张建国");
    expect(xiajin.map((c: any) => c.approvedPayoutFen).sort((a: number, b: number) => a - b)).toEqual([yuan(700), yuan(4200)]);
    expect((await payouts("weixian-fangpin-insurance")).map((c: any) => c.approvedPayoutFen)).toEqual([yuan(9000)]);
    const xiuwu = await payouts("xiuwu-fangpin-insurance");
    expect(xiuwu.map((c: any) => [c.member.name, c.approvedPayoutFen]).sort()).toEqual([
      ["刘桂芝", yuan(80_000)],
      ["马国强", yuan(80_000)],
    ]);
    expect((await payouts("shexian-fangpin-insurance")).map((c: any) => c.approvedPayoutFen)).toEqual([yuan(13_600)]);
    const flagged = (await call("GET", "/claims?schemeId=xiajin-fangpin-insurance&status=submitted", { token: admin })).body.items;
    expect(flagged.some((c: any) => c.possibleDuplicate?.explanation === "出院后门诊复查，非同一次住院，发票不同")).toBe(true);
  });
});

function inYear(monthDay: string) {
  return `${SCHEME_YEAR}-${monthDay}`;
}
/** Slot 0 (15 January) moved by some days: within 30 days of it. */
function shiftedSlot0(days: number) {
  return inYear(`01-${String(15 + days).padStart(2, "0")}`);
}
