import { describe, expect, it } from "vitest";
import { allPages, api, call, expectError, tokenFor, unique } from "./support/api";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { testTable } from "./support/table";
import { payClaims } from "./support/pay-claims";
import { Claims } from "@fupin/core/claims/storage";
import {
  adminToken,
  chongzuoIllness,
  claimInput,
  claimsStaff,
  countyOf,
  createVillage,
  householdInput,
  incidentSlot,
  newHousehold,
  residentId,
  residentIdBornOn,
  reviewed,
  SCHEME_YEAR,
  schemeInput,
  schemeYearPeriod,
  staffToken,
  submit,
  world,
  yuan,
} from "./support/fixtures";

const DEMO_SCHEMES = [
  "xiajin-fangpin-insurance",
  "qihe-fangpin-insurance",
  "jiangkou-fangpin-relief",
  "shexian-fangpin-insurance",
  "weixian-fangpin-insurance",
  "xiuwu-fangpin-insurance",
];

const getClaim = async (w: { t: { approver: string } }, claimId: string) =>
  (await call("GET", `/claims/${claimId}`, { token: w.t.approver })).body;
const getScheme = async (w: { t: { admin: string }; schemeId: string }) =>
  (await call("GET", `/schemes/${w.schemeId}`, { token: w.t.admin })).body;

describe("households", () => {
  it("registers a household and shows its resident id masked, never in full", async () => {
    const village = await createVillage();
    const t = await claimsStaff(countyOf(village));
    const idNumber = residentId();
    const res = await call("POST", "/households", {
      token: t.clerk,
      body: householdInput(village.villageId, {
        headName: "李秀兰",
        idNumber,
        members: 2,
        category: "marginal_at_risk",
        perCapitaIncomeFen: yuan(5800),
      }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      villageId: village.villageId,
      county: village.county,
      members: 2,
      category: "marginal_at_risk",
      categoryLabel: "边缘易致贫户",
    });
    expect(res.body.idNumber).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(14)}`);
    expect(res.text).not.toContain(idNumber);
    const got = await call("GET", `/households/${res.body.householdId}`, { token: t.approver });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect(got.text).not.toContain(idNumber);
  });

  it("refuses a resident id with a wrong check digit with 400 naming body.idNumber, without echoing it", async () => {
    const village = await createVillage();
    const t = await claimsStaff(countyOf(village));
    const good = residentId();
    const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const res = await call("POST", "/households", {
      token: t.clerk,
      body: householdInput(village.villageId, { idNumber: bad }),
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details.map((d: any) => d.path)).toContain("body.idNumber");
    expect(res.text).not.toContain(bad);
  });

  it("refuses a resident id with an impossible birth date with 400 naming body.idNumber, quoting no four digits of the id", async () => {
    const village = await createVillage();
    const t = await claimsStaff(countyOf(village));
    // Not on the calendar, before 1800, in the future: each answer states the fault, never the digits.
    for (const birth of ["19490230", "19491301", "07991231", "29991231"]) {
      let idNumber = residentIdBornOn(birth);
      // The earliest accepted year, 1800, is the rule's own number and may be named.
      while (idNumber.includes("1800")) idNumber = residentIdBornOn(birth);
      const res = await call("POST", "/households", {
        token: t.clerk,
        body: householdInput(village.villageId, { idNumber }),
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details.map((d: any) => d.path)).toEqual(["body.idNumber"]);
      expect(res.body.error.details[0].message).toMatch(/birth date/);
      for (let i = 0; i + 4 <= idNumber.length; i++) {
        const run = idNumber.slice(i, i + 4);
        if (/^\d{4}$/.test(run)) expect(res.text, `quotes ${run} of the id`).not.toContain(run);
      }
    }
  });

  it("refuses a second household for the same resident id with 409 DUPLICATE, even spelt with a lowercase x", async () => {
    const village = await createVillage();
    const t = await claimsStaff(countyOf(village));
    let idNumber = residentId();
    while (!idNumber.endsWith("X")) idNumber = residentId();
    const body = householdInput(village.villageId, { idNumber });
    expect((await call("POST", "/households", { token: t.clerk, body })).status).toBe(201);
    const other = await createVillage();
    expectError(
      await call("POST", "/households", {
        token: t.admin,
        body: { ...body, villageId: other.villageId, idNumber: idNumber.toLowerCase() },
      }),
      409,
      "DUPLICATE",
    );
  });

  it("answers 422 REFERENCE_NOT_FOUND for an unknown village and 404 for an unknown household", async () => {
    const t = await claimsStaff(countyOf(await createVillage()));
    const res = await call("POST", "/households", {
      token: t.clerk,
      body: householdInput("vil_nope"),
    });
    expectError(res, 422, "REFERENCE_NOT_FOUND");
    expect(res.body.error.details[0].path).toBe("villageId");
    expectError(await call("GET", "/households/hh_nope", { token: t.clerk }), 404, "NOT_FOUND");
  });

  it("lets clerks and admins register households and approvers read them, nobody else", async () => {
    const village = await createVillage();
    const t = await claimsStaff(countyOf(village));
    const body = householdInput(village.villageId);
    expectError(await call("POST", "/households", { body }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", "/households", { token: t.approver, body }), 403, "FORBIDDEN");
    const made = await call("POST", "/households", { token: t.admin, body });
    expect(made.status).toBe(201);
    expectError(await call("GET", `/households/${made.body.householdId}`, { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");
    expectError(await call("GET", `/households/${made.body.householdId}`), 401, "UNAUTHENTICATED");
  });
});

describe("schemes", () => {
  it("creates a new immutable version with every PUT and keeps the old ones readable", async () => {
    const admin = await adminToken();
    const schemeId = `sch-${unique()}`;
    const v1 = await call("PUT", `/schemes/${schemeId}`, { token: admin, body: schemeInput("江口县", { kind: "relief" }) });
    expect(v1.status, v1.text).toBe(200);
    expect(v1.body).toMatchObject({
      schemeId,
      version: 1,
      currentVersion: 1,
      kind: "relief",
      kindLabel: "防贫救助",
      poolBalanceFen: 0,
      paidFen: 0,
    });
    const v2 = await call("PUT", `/schemes/${schemeId}`, {
      token: admin,
      body: schemeInput("江口县", { kind: "relief", incomeLineFen: yuan(7000) }),
    });
    expect(v2.body).toMatchObject({ version: 2, incomeLineFen: yuan(7000) });
    const current = await call("GET", `/schemes/${schemeId}`, { token: await staffToken("c", ["clerk"], { county: "江口县" }) });
    expect(current.body).toMatchObject({ version: 2, currentVersion: 2, incomeLineFen: yuan(7000) });
    const old = await call("GET", `/schemes/${schemeId}?version=1`, { token: admin });
    expect(old.body).toMatchObject({ version: 1, currentVersion: 2, incomeLineFen: yuan(6000) });
    expectError(await call("GET", `/schemes/${schemeId}?version=9`, { token: admin }), 404, "NOT_FOUND");
    expectError(await call("GET", `/schemes/sch-missing-${unique()}`, { token: admin }), 404, "NOT_FOUND");
  });

  it("refuses a rule whose tiers do not increase with 400 naming the rule's path", async () => {
    const rules = {
      illness: {
        deductibleFen: 0,
        tiers: [
          { upToFen: 500, ratioBps: 5000 },
          { upToFen: 100, ratioBps: 6000 },
          { upToFen: null, ratioBps: 7000 },
        ],
        perClaimCapFen: null,
        perHouseholdYearCapFen: null,
      },
    };
    const res = await call("PUT", `/schemes/sch-${unique()}`, { token: await adminToken(), body: schemeInput("夏津县", { rules }) });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details.map((d: any) => d.path)).toContain("body.rules.illness.tiers.1.upToFen");
    // Causes are data, but a cause that is not well known needs its label.
    const unlabelled = await call("PUT", `/schemes/sch-${unique()}`, {
      token: await adminToken(),
      body: schemeInput("夏津县", { rules: { livestock: chongzuoIllness } }),
    });
    expectError(unlabelled, 400, "VALIDATION_FAILED");
    expect(unlabelled.body.error.details.map((d: any) => d.path)).toEqual(["body.rules.livestock.label"]);
  });

  it("grows the pool with each top-up, concurrent ones included, and keeps a record of each", async () => {
    const admin = await adminToken();
    const schemeId = `sch-${unique()}`;
    expect((await call("PUT", `/schemes/${schemeId}`, { token: admin, body: schemeInput("江口县") })).status).toBe(200);
    const tops = await Promise.all(
      [yuan(3_910_000), yuan(1_000_000), 1].map((amountFen, i) =>
        call("POST", `/schemes/${schemeId}/top-ups`, {
          token: admin,
          body: { amountFen, source: ["县财政", "社会捐赠", "测试"][i], note: "防贫救助基金" },
        }),
      ),
    );
    for (const top of tops) {
      expect(top.status, top.text).toBe(201);
      expect(top.body).toMatchObject({ schemeId, topUpId: expect.any(String) });
    }
    const scheme = await call("GET", `/schemes/${schemeId}`, { token: admin });
    expect(scheme.body.poolBalanceFen).toBe(yuan(4_910_000) + 1);
    expectError(
      await call("POST", `/schemes/sch-none-${unique()}/top-ups`, { token: admin, body: { amountFen: 100, source: "x" } }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await call("POST", `/schemes/${schemeId}/top-ups`, { token: admin, body: { amountFen: 0, source: "x" } }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("lets only admins set rules and top up, and clerks and approvers read", async () => {
    const schemeId = `sch-${unique()}`;
    const clerk = await tokenFor("c", "clerk");
    expectError(await call("PUT", `/schemes/${schemeId}`, { body: schemeInput("夏津县") }), 401, "UNAUTHENTICATED");
    expectError(await call("PUT", `/schemes/${schemeId}`, { token: clerk, body: schemeInput("夏津县") }), 403, "FORBIDDEN");
    expect((await call("PUT", `/schemes/${schemeId}`, { token: await adminToken(), body: schemeInput("夏津县") })).status).toBe(200);
    expectError(
      await call("POST", `/schemes/${schemeId}/top-ups`, { token: await tokenFor("a", "approver"), body: { amountFen: 100, source: "x" } }),
      403,
      "FORBIDDEN",
    );
    expect((await call("GET", `/schemes/${schemeId}`, { token: await staffToken("a", ["approver"], { county: "夏津县" }) })).status).toBe(
      200,
    );
    expectError(await call("GET", `/schemes/${schemeId}`, { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");
    // Another county's staff find no such scheme: its pool and payouts are not theirs to see.
    const outsider = await staffToken("a", ["approver"], { county: "江口县" });
    expectError(await call("GET", `/schemes/${schemeId}`, { token: outsider }), 404, "NOT_FOUND");
    expectError(await call("GET", `/schemes/${schemeId}/top-ups`, { token: outsider }), 404, "NOT_FOUND");
    expectError(await call("GET", `/reports/claims?schemeId=${schemeId}`, { token: outsider }), 404, "NOT_FOUND");
  });
});

describe("claims", () => {
  it("files a claim with a payout preview from the scheme's rule and a first audit event", async () => {
    const w = await world();
    const res = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(w.household.householdId, w.schemeId) });
    expect(res.status, res.text).toBe(201);
    // 60,000 − 35,000 reimbursed − 5,000 deductible = 20,000 at 70% = 14,000 yuan.
    expect(res.body).toMatchObject({
      status: "submitted",
      payoutPreviewFen: yuan(14_000),
      previewSchemeVersion: 1,
      approvedPayoutFen: null,
      causeLabel: "因病",
    });
    expect(res.body.history).toEqual([
      { actor: w.t.ids.submitter, action: "submit", from: null, to: "submitted", time: expect.any(String), note: "脑梗住院" },
    ]);
  });

  it("refuses reimbursements above the total with 400 naming the field", async () => {
    const w = await world();
    const res = await call("POST", "/claims", {
      token: w.t.clerk,
      body: claimInput(w.household.householdId, w.schemeId, { expenses: { totalFen: 100, reimbursedFen: 101 } }),
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details.map((d: any) => d.path)).toContain("body.expenses.reimbursedFen");
  });

  it("refuses an ineligible household with 422 NOT_ELIGIBLE and the reason", async () => {
    const w = await world({ scheme: { eligibleCategories: ["unstable_out_of_poverty"] } });
    const marginal = await newHousehold(w.t.clerk, w.village.villageId, { category: "marginal_at_risk" });
    const res = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(marginal.householdId, w.schemeId) });
    expectError(res, 422, "NOT_ELIGIBLE");
    expect(res.body.error.details.map((d: any) => d.reason)).toEqual(["category_not_covered"]);
    expect(res.body.error.message).toContain("marginal_at_risk");

    const atLine = await newHousehold(w.t.clerk, w.village.villageId, { perCapitaIncomeFen: yuan(6000) });
    const rich = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(atLine.householdId, w.schemeId) });
    expectError(rich, 422, "NOT_ELIGIBLE");
    expect(rich.body.error.details.map((d: any) => d.reason)).toEqual(["income_at_or_above_line"]);
    expect(rich.body.error.details[0]).toMatchObject({ perCapitaIncomeFen: yuan(6000), incomeLineFen: yuan(6000) });
    const inChinese = await call("POST", "/claims", {
      token: w.t.clerk,
      body: claimInput(atLine.householdId, w.schemeId),
      headers: { "accept-language": "zh-CN" },
    });
    expect(inChinese.body.error.message).toBe("不符合申请条件：家庭人均收入 ¥6,000.00 不低于本方案的收入线 ¥6,000.00。");

    const noRule = await call("POST", "/claims", {
      token: w.t.clerk,
      body: claimInput(w.household.householdId, w.schemeId, { cause: "disaster" }),
    });
    expectError(noRule, 422, "NOT_ELIGIBLE");
    expect(noRule.body.error.details.map((d: any) => d.reason)).toEqual(["cause_not_covered"]);

    // The clerk's own household against another county's scheme (a clerk never reaches another county's household).
    const elsewhere = `测试县${unique()}`;
    const otherScheme = `sch-${unique()}`;
    expect((await call("PUT", `/schemes/${otherScheme}`, { token: w.t.admin, body: schemeInput(elsewhere) })).status).toBe(200);
    const out = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(w.household.householdId, otherScheme) });
    expectError(out, 422, "NOT_ELIGIBLE");
    expect(out.body.error.details.map((d: any) => d.reason)).toEqual(["outside_county"]);
    expect(out.body.error.details[0]).toMatchObject({ householdCounty: w.village.county, schemeCounty: elsewhere });
  });

  it("answers 422 REFERENCE_NOT_FOUND for an unknown household or scheme, and 404 for an unknown claim", async () => {
    const w = await world();
    expectError(await call("POST", "/claims", { token: w.t.clerk, body: claimInput("hh_nope", w.schemeId) }), 422, "REFERENCE_NOT_FOUND");
    expectError(
      await call("POST", "/claims", { token: w.t.clerk, body: claimInput(w.household.householdId, "sch-nope") }),
      422,
      "REFERENCE_NOT_FOUND",
    );
    expectError(await call("GET", "/claims/clm_nope", { token: w.t.clerk }), 404, "NOT_FOUND");
    expectError(await call("POST", "/claims/clm_nope/approve", { token: w.t.approver }), 404, "NOT_FOUND");
  });

  it("runs review, approval and payment by a finance batch, moving the pool and recording who did what", async () => {
    const w = await world({ poolFen: yuan(100_000) });
    const claimId = await reviewed(w);
    const approved = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({
      status: "approved",
      approvedPayoutFen: yuan(14_000),
      schemeVersion: 1,
      capApplied: "none",
      approvedBy: w.t.ids.approver,
      reviewedBy: w.t.ids.reviewer,
      submittedBy: w.t.ids.submitter,
    });
    expect(approved.body.caps).toEqual({
      perClaimCapFen: null,
      perPersonYearCapFen: null,
      perHouseholdYearCapFen: null,
      personYearPaidBeforeFen: 0,
      householdYearPaidBeforeFen: 0,
      uncappedFen: yuan(14_000),
    });
    expect(await getScheme(w)).toMatchObject({ poolBalanceFen: yuan(86_000), paidFen: yuan(14_000) });

    // Paid only by finance: a batch line the bank confirmed, recorded on the claim with the bank's reference.
    const { batchId, finance, claims } = await payClaims(w.t, w.schemeId, [claimId], { bankReference: () => "BANK-2026-001" });
    const paid = claims[0]!;
    expect(paid).toMatchObject({ status: "paid", stage: "closed", payment: { batchId, bankReference: "BANK-2026-001", by: finance } });
    expect(paid).not.toHaveProperty("disbursement");
    expect(await getScheme(w)).toMatchObject({ poolBalanceFen: yuan(86_000), paidFen: yuan(14_000) });
    expect(paid.history!.map((e) => [e.actor, e.action, e.from, e.to])).toEqual([
      [w.t.ids.submitter, "submit", null, "submitted"],
      [w.t.ids.reviewer, "review_pass", "submitted", "reviewed"],
      [w.t.ids.approver, "approve", "reviewed", "approved"],
      [finance, "pay", "approved", "paid"],
    ]);
    expect(paid.history!.at(-1)!.note).toBe(`batch ${batchId}, bank reference BANK-2026-001`);
    for (const e of paid.history!) {
      expect(Date.parse(e.time)).not.toBeNaN();
      expect(typeof e.note).toBe("string");
    }
  });

  it("rejects in review, or later by a clerk or an approver, with the reason recorded", async () => {
    const w = await world();
    const a = await submit(w);
    const r1 = await call("POST", `/claims/${a}/review`, { token: w.t.reviewer, body: { decision: "reject", note: "自付未达起付线" } });
    expect(r1.body).toMatchObject({ status: "rejected", rejectedBy: w.t.ids.reviewer, rejectionReason: "自付未达起付线" });
    const b = await submit(w);
    // Any clerk but the one who filed it: no one takes two steps on a claim.
    const r2 = await call("POST", `/claims/${b}/reject`, { token: w.t.reviewer, body: { reason: "材料不全" } });
    expect(r2.body).toMatchObject({ status: "rejected", rejectionReason: "材料不全" });
    const c = await reviewed(w);
    const r3 = await call("POST", `/claims/${c}/reject`, { token: w.t.approver, body: { reason: "已由农业保险理赔" } });
    expect(r3.body).toMatchObject({ status: "rejected", rejectedBy: w.t.ids.approver });
    expect(r3.body.history.at(-1)).toMatchObject({ action: "reject", from: "reviewed", to: "rejected", note: "已由农业保险理赔" });
  });

  it("refuses an approval by the claim's submitter or reviewer with 403 SEPARATION_OF_DUTIES", async () => {
    const w = await world();
    const claimId = await reviewed(w);
    const asSubmitter = await staffToken(w.t.ids.submitter, ["clerk", "approver"], w.t.area);
    const asReviewer = await staffToken(w.t.ids.reviewer, ["clerk", "approver"], w.t.area);
    expectError(await call("POST", `/claims/${claimId}/approve`, { token: asSubmitter }), 403, "SEPARATION_OF_DUTIES");
    const byReviewer = await call("POST", `/claims/${claimId}/approve`, { token: asReviewer, headers: { "accept-language": "zh-CN" } });
    expectError(byReviewer, 403, "SEPARATION_OF_DUTIES");
    expect(byReviewer.body.error.details[0]).toMatchObject({ step: "approve", submittedBy: w.t.ids.submitter });
    expect(byReviewer.body.error.message).toBe("按岗位分离要求，审批人不能是申请的提交人或审核人，请由其他审批人员审批。");
    expect((await getClaim(w, claimId)).status).toBe("reviewed");
  });

  it("refuses a review by the claim's submitter with 403 SEPARATION_OF_DUTIES, passing or rejecting, and leaves the claim as it was", async () => {
    const w = await world();
    const claimId = await submit(w);
    const before = await getClaim(w, claimId);
    for (const decision of ["pass", "reject"]) {
      const res = await call("POST", `/claims/${claimId}/review`, { token: w.t.clerk, body: { decision, note: "本人审核" } });
      expectError(res, 403, "SEPARATION_OF_DUTIES");
    }
    expect(await getClaim(w, claimId)).toEqual(before);
    const byAnother = await call("POST", `/claims/${claimId}/review`, {
      token: w.t.reviewer,
      body: { decision: "pass", note: "入户核查属实" },
    });
    expect(byAnother.body).toMatchObject({ status: "reviewed", submittedBy: w.t.ids.submitter, reviewedBy: w.t.ids.reviewer });
  });

  it("enforces each step's roles", async () => {
    const w = await world();
    const claimId = await submit(w);
    expectError(await call("POST", "/claims", { body: claimInput(w.household.householdId, w.schemeId) }), 401, "UNAUTHENTICATED");
    expectError(
      await call("POST", "/claims", { token: w.t.approver, body: claimInput(w.household.householdId, w.schemeId) }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await call("POST", `/claims/${claimId}/review`, { token: w.t.approver, body: { decision: "pass", note: "x" } }),
      403,
      "FORBIDDEN",
    );
    expectError(await call("POST", `/claims/${claimId}/approve`, { token: w.t.clerk }), 403, "FORBIDDEN");
    expectError(await call("POST", `/claims/${claimId}/reject`, { token: w.t.admin, body: { reason: "x" } }), 403, "FORBIDDEN");
    // Payment is finance's alone: neither a clerk nor an approver makes a payment batch.
    for (const token of [w.t.clerk, w.t.approver]) {
      expectError(await api("POST /payment-batches", { token, body: { schemeId: w.schemeId, claimIds: [claimId] } }), 403, "FORBIDDEN");
    }
    expectError(await call("GET", `/claims/${claimId}`, { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");
    expectError(await call("GET", "/claims"), 401, "UNAUTHENTICATED");
    expect((await getClaim(w, claimId)).status).toBe("submitted");
  });

  it("answers the retired POST /claims/{claimId}/disburse with 410 PAID_BY_BATCH, in Chinese too, and writes nothing", async () => {
    const w = await world();
    const claimId = await reviewed(w);
    expect((await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver })).status).toBe(200);
    const [claimBefore, schemeBefore] = [await getClaim(w, claimId), await getScheme(w)];
    const finance = await staffToken(`finance-${unique()}`, ["finance"], w.t.area);
    const payable = async () =>
      (await api("GET /schemes/{schemeId}/payable-claims", { token: finance, params: { schemeId: w.schemeId } })).body.items;
    expect(await payable()).toEqual([expect.objectContaining({ claimId, openBatchId: null })]);

    // Every staff role gets the same answer, for any claim id: the route reads nothing and writes nothing.
    const another = await staffToken(`approver-${unique()}`, ["approver"], w.t.area);
    for (const [token, id] of [
      [another, claimId],
      [w.t.admin, claimId],
      [finance, claimId],
      [w.t.reviewer, "clm_missing"],
    ] as const) {
      const res = await call("POST", `/claims/${id}/disburse`, { token, body: { reference: "BANK-2026-001" } });
      expectError(res, 410, "PAID_BY_BATCH");
      expect(res.body.error.details[0]).toMatchObject({ claimId: id, role: "finance" });
    }
    const zh = await call("POST", `/claims/${claimId}/disburse`, { token: another, headers: { "accept-language": "zh-CN" } });
    expectError(zh, 410, "PAID_BY_BATCH");
    expect(zh.body.error.message).toBe(
      "申请不再由审批人员登记拨付：已审批的申请由县级财务人员编入拨付批次，银行回单确认到账后即为已拨付。请由财务人员在「拨付批次」中办理。",
    );
    expectError(await call("POST", `/claims/${claimId}/disburse`, { body: { reference: "R" } }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", `/claims/${claimId}/disburse`, { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");

    expect(await getClaim(w, claimId)).toEqual(claimBefore);
    expect(await getScheme(w)).toEqual(schemeBefore);
    expect(await payable()).toEqual([expect.objectContaining({ claimId, openBatchId: null })]);
  });

  it("answers 409 INVALID_STATE to every disallowed transition and leaves the claim and pool as they were", async () => {
    const w = await world();
    const review = (id: string) => call("POST", `/claims/${id}/review`, { token: w.t.reviewer, body: { decision: "pass", note: "again" } });
    const approve = (id: string) => call("POST", `/claims/${id}/approve`, { token: w.t.approver });
    const reject = (id: string) => call("POST", `/claims/${id}/reject`, { token: w.t.approver, body: { reason: "late" } });

    const submitted = await submit(w);
    const reviewedId = await reviewed(w);
    const approvedId = await reviewed(w);
    expect((await approve(approvedId)).status).toBe(200);
    const paidId = await reviewed(w);
    expect((await approve(paidId)).status).toBe(200);
    // Paid by a finance officer who took no other step on it.
    await payClaims(w.t, w.schemeId, [paidId]);
    const rejected = await submit(w);
    expect((await reject(rejected)).status).toBe(200);

    const disallowed: [string, string, (id: string) => Promise<any>][] = [
      [submitted, "approve", approve],
      [reviewedId, "review", review],
      [approvedId, "review", review],
      [approvedId, "approve", approve],
      [approvedId, "reject", reject],
      [paidId, "review", review],
      [paidId, "approve", approve],
      [paidId, "reject", reject],
      [rejected, "review", review],
      [rejected, "approve", approve],
      [rejected, "reject", reject],
    ];
    const schemeBefore = await getScheme(w);
    for (const [id, what, act] of disallowed) {
      const before = await getClaim(w, id);
      const res = await act(id);
      expectError(res, 409, "INVALID_STATE");
      expect(await getClaim(w, id), `${what} on a ${before.status} claim`).toEqual(before);
    }
    // Payment (a finance batch) takes approved claims only: each other claim is refused with its reason.
    const finance = await staffToken(`finance-${unique()}`, ["finance"], w.t.area);
    const unpayable: [string, string][] = [
      [submitted, "not_approved"],
      [reviewedId, "not_approved"],
      [paidId, "already_paid"],
      [rejected, "not_approved"],
    ];
    for (const [id, reason] of unpayable) {
      const before = await getClaim(w, id);
      const res = await call("POST", "/payment-batches", { token: finance, body: { schemeId: w.schemeId, claimIds: [id] } });
      expectError(res, 422, "CLAIMS_NOT_PAYABLE");
      expect(res.body.error.details, `paying a ${before.status} claim`).toEqual([expect.objectContaining({ claimId: id, reason })]);
      expect(await getClaim(w, id)).toEqual(before);
    }
    expect(await getScheme(w)).toEqual(schemeBefore);
  });

  it("answers 422 POOL_INSUFFICIENT when a relief fund cannot cover the payout, changing nothing, and approves after a top-up", async () => {
    // A relief fund pays only what it holds (an insurance scheme records a receivable from the county instead).
    const w = await world({ scheme: { kind: "relief" }, poolFen: yuan(10_000) });
    const claimId = await reviewed(w);
    const before = await getClaim(w, claimId);
    const short = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver, headers: { "accept-language": "zh-CN" } });
    expectError(short, 422, "POOL_INSUFFICIENT");
    expect(short.body.error.details[0]).toMatchObject({ payoutFen: yuan(14_000), poolBalanceFen: yuan(10_000) });
    expect(short.body.error.message).toBe("方案资金池余额不足以支付本次 ¥14,000.00 的赔付（当前余额 ¥10,000.00），请先为资金池充值。");
    expect(await getClaim(w, claimId)).toEqual(before);
    expect(await getScheme(w)).toMatchObject({ poolBalanceFen: yuan(10_000), paidFen: 0 });
    await call("POST", `/schemes/${w.schemeId}/top-ups`, { token: w.t.admin, body: { amountFen: yuan(4000), source: "县财政补足" } });
    const ok = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
    expect(ok.status, ok.text).toBe(200);
    expect(await getScheme(w)).toMatchObject({ poolBalanceFen: 0, paidFen: yuan(14_000) });
  });

  it("cuts a payout to what remains of the household's yearly cap, then answers 422 CAP_EXHAUSTED", async () => {
    const capped = {
      deductibleFen: 0,
      tiers: [{ upToFen: null, ratioBps: 10_000 }],
      perClaimCapFen: yuan(30_000),
      perHouseholdYearCapFen: yuan(50_000),
    };
    const w = await world({ scheme: { rules: { disaster: capped } } });
    const claim = (totalYuan: number) => reviewed(w, { cause: "disaster", expenses: { totalFen: yuan(totalYuan), reimbursedFen: 0 } });
    const approve = (id: string) => call("POST", `/claims/${id}/approve`, { token: w.t.approver });

    const first = await approve(await claim(40_000));
    expect(first.body).toMatchObject({ approvedPayoutFen: yuan(30_000), capApplied: "per_claim" });
    const second = await approve(await claim(40_000));
    expect(second.body).toMatchObject({ approvedPayoutFen: yuan(20_000), capApplied: "household_year" });
    expect(second.body.caps).toMatchObject({ perHouseholdYearCapFen: yuan(50_000), householdYearPaidBeforeFen: yuan(30_000) });
    const third = await claim(1000);
    expectError(await approve(third), 422, "CAP_EXHAUSTED");
    expect((await getClaim(w, third)).status).toBe("reviewed");
    expect(await getScheme(w)).toMatchObject({ paidFen: yuan(50_000), poolBalanceFen: yuan(1_000_000 - 50_000) });
  });

  it("approves with the scheme version current at approval and records it", async () => {
    const w = await world();
    const claimId = await reviewed(w);
    const v2 = await call("PUT", `/schemes/${w.schemeId}`, {
      token: w.t.admin,
      body: schemeInput(w.village.county, { rules: { illness: { ...chongzuoIllness, tiers: [{ upToFen: null, ratioBps: 8000 }] } } }),
    });
    expect(v2.body.version).toBe(2);
    const approved = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
    expect(approved.body).toMatchObject({
      previewSchemeVersion: 1,
      payoutPreviewFen: yuan(14_000),
      schemeVersion: 2,
      approvedPayoutFen: yuan(16_000),
    });
    const used = await call("GET", `/schemes/${w.schemeId}?version=${approved.body.schemeVersion}`, { token: w.t.approver });
    expect(used.body.rules.illness.tiers).toEqual([{ upToFen: null, ratioBps: 8000 }]);
  });

  it("lists claims by scheme and status, newest first, page by page", async () => {
    const w = await world();
    const ids = [await submit(w), await submit(w), await submit(w)];
    const r = await reviewed(w);
    const submitted = await allPages<{ claimId: string }>(`/claims?schemeId=${w.schemeId}&status=submitted`, {
      token: w.t.approver,
      limit: 2,
    });
    expect(submitted.items.map((c) => c.claimId)).toEqual([...ids].reverse());
    expect(submitted.pages).toBe(2);
    const byScheme = await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.clerk });
    expect(byScheme.body.items.map((c: any) => c.claimId)).toEqual([r, ...[...ids].reverse()]);
    // Without a scheme: the county's claims, its own for county staff, a named one for a national admin.
    const byStatus = await call("GET", "/claims?status=reviewed&limit=100", { token: w.t.approver });
    expect(byStatus.body.items.map((c: any) => c.claimId)).toEqual([r]);
    const county = await api("GET /claims", { token: w.t.admin, query: { county: w.village.county } });
    expect(county.body.items.map((c: any) => c.claimId)).toEqual([r, ...[...ids].reverse()]);
    expectError(await call("GET", "/claims?status=reviewed", { token: w.t.admin }), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/claims?status=lost", { token: w.t.admin }), 400, "VALIDATION_FAILED");
  });
});

/** Claims written before incidents were checked against the coverage period: only the table can make one now. */
const backdateStoredClaim = (claimId: string, incidentDate: string) =>
  testTable().client.send(
    new UpdateCommand({
      TableName: testTable().tableName,
      Key: Claims.key({ claimId }),
      UpdateExpression: "SET incidentDate = :date",
      ExpressionAttributeValues: { ":date": incidentDate },
    }),
  );

describe("coverage period", () => {
  const flat = { deductibleFen: 0, tiers: [{ upToFen: null, ratioBps: 10_000 }], perClaimCapFen: 100_000, perHouseholdYearCapFen: 250_000 };
  const disaster = (incidentDate: string) => ({ cause: "disaster", incidentDate, expenses: { totalFen: 100_000, reimbursedFen: 0 } });

  it("does not pay a household at its yearly cap again for backdated incidents: 422 OUTSIDE_COVERAGE_PERIOD naming the period, usage unchanged", async () => {
    const w = await world({ scheme: { rules: { disaster: flat } } });
    const approve = (id: string) => call("POST", `/claims/${id}/approve`, { token: w.t.approver });
    // 100,000 + 100,000 + 50,000 fen: the household reaches its 250,000-fen cap for the scheme's year.
    for (const slot of [0, 1, 2]) expect((await approve(await reviewed(w, disaster(incidentSlot(slot))))).status).toBe(200);
    const atCap = await getScheme(w);
    expect(atCap.paidFen).toBe(250_000);
    const claimsAtCap = (await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body.items;

    for (const incidentDate of [`${SCHEME_YEAR - 1}-12-31`, "2001-06-01", "1901-06-01"]) {
      const res = await call("POST", "/claims", {
        token: w.t.clerk,
        body: claimInput(w.household.householdId, w.schemeId, disaster(incidentDate)),
      });
      expectError(res, 422, "OUTSIDE_COVERAGE_PERIOD");
      expect(res.body.error.message).toContain(`${schemeYearPeriod.from} to ${schemeYearPeriod.to}`);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ path: "body.incidentDate", coveragePeriod: schemeYearPeriod, incidentDate }),
      ]);
    }

    expect(await getScheme(w)).toEqual(atCap);
    expect((await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body.items).toEqual(claimsAtCap);
    // Still at the cap: a covered incident previews nothing and its approval is refused.
    const covered = await reviewed(w, disaster(incidentSlot(3)));
    expect((await getClaim(w, covered)).payoutPreviewFen).toBe(0);
    expectError(await approve(covered), 422, "CAP_EXHAUSTED");
  });

  it("covers the scheme's year from its first day", async () => {
    const w = await world({ scheme: { rules: { disaster: flat } } });
    const first = await call("POST", "/claims", {
      token: w.t.clerk,
      body: claimInput(w.household.householdId, w.schemeId, disaster(schemeYearPeriod.from)),
    });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ incidentDate: schemeYearPeriod.from, payoutPreviewFen: 100_000 });
  });

  it("refuses to approve a claim whose incident lies outside the period of the scheme version in force, changing nothing", async () => {
    const w = await world();
    const claimId = await reviewed(w);
    const corrected = await call("PUT", `/schemes/${w.schemeId}`, {
      token: w.t.admin,
      body: schemeInput(w.village.county, { year: SCHEME_YEAR - 1 }),
    });
    expect(corrected.status, corrected.text).toBe(200);
    const [claimBefore, schemeBefore] = [await getClaim(w, claimId), await getScheme(w)];

    const res = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
    expectError(res, 422, "OUTSIDE_COVERAGE_PERIOD");
    expect(res.body.error.details).toEqual([
      expect.objectContaining({
        path: "incidentDate",
        coveragePeriod: { from: `${SCHEME_YEAR - 1}-01-01`, to: `${SCHEME_YEAR - 1}-12-31` },
      }),
    ]);
    expect(await getClaim(w, claimId)).toEqual(claimBefore);
    expect(await getScheme(w)).toEqual(schemeBefore);
  });

  it("refuses to approve an old claim whose stored incident predates the scheme's year, so a capped household gains nothing", async () => {
    const w = await world({ scheme: { rules: { disaster: flat } } });
    const approve = (id: string) => call("POST", `/claims/${id}/approve`, { token: w.t.approver });
    for (const slot of [0, 1, 2]) expect((await approve(await reviewed(w, disaster(incidentSlot(slot))))).status).toBe(200);
    const old = await reviewed(w, disaster(incidentSlot(3)));
    await backdateStoredClaim(old, "2001-06-01");
    const [claimBefore, schemeBefore] = [await getClaim(w, old), await getScheme(w)];

    expectError(await approve(old), 422, "OUTSIDE_COVERAGE_PERIOD");
    expect(await getClaim(w, old)).toEqual(claimBefore);
    expect(await getScheme(w)).toEqual(schemeBefore);
    expect(schemeBefore.paidFen).toBe(250_000);
  });
});

describe("claims report", () => {
  it("counts claims by status, households and people paid once each, and the money, as JSON and CSV", async () => {
    const w = await world({ poolFen: yuan(100_000), household: { members: 4 } });
    const other = await newHousehold(w.t.clerk, w.village.villageId, { members: 2 });
    const approve = (id: string) => call("POST", `/claims/${id}/approve`, { token: w.t.approver });
    expect((await approve(await reviewed(w))).status).toBe(200);
    const twice = await approve(await reviewed(w, { expenses: { totalFen: yuan(15_000), reimbursedFen: 0 } }));
    expect(twice.body.approvedPayoutFen).toBe(yuan(7000));
    const third = await reviewed(w, {}, other.householdId);
    expect((await approve(third)).status).toBe(200);
    await payClaims(w.t, w.schemeId, [third]);
    await reviewed(w);
    await submit(w);
    const rej = await submit(w);
    expect((await call("POST", `/claims/${rej}/reject`, { token: w.t.reviewer, body: { reason: "材料不全" } })).status).toBe(200);

    const res = await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      schemeId: w.schemeId,
      byStatus: { submitted: 1, reviewed: 1, approved: 2, rejected: 1, paid: 1 },
      householdsPaid: 2,
      peopleCovered: 6,
      paidFen: yuan(35_000),
      poolBalanceFen: yuan(65_000),
    });
    // By the scheme's own causes, and only those.
    expect(res.body.byCause).toEqual({ illness: { claims: 6, paidFen: yuan(35_000) }, education: { claims: 0, paidFen: 0 } });

    const csv = await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.approver, headers: { accept: "text/csv" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const [header, row] = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(record).toMatchObject({
      schemeId: w.schemeId,
      submitted: "1",
      approved: "2",
      paid: "1",
      householdsPaid: "2",
      peopleCovered: "6",
      paidFen: String(yuan(35_000)),
      paidYuan: "35000.00",
      illnessClaims: "6",
      illnessPaidFen: String(yuan(35_000)),
      educationClaims: "0",
    });
    expectError(await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");
    expectError(await call("GET", `/reports/claims?schemeId=sch-none-${unique()}`, { token: w.t.admin }), 404, "NOT_FOUND");
  });

  it("does not count a household as paid, nor its people as covered, for an approval that pays nothing", async () => {
    const w = await world({ household: { members: 5 } });
    // Self-paid 3,000 yuan is below the 5,000-yuan deductible: the payout is 0.
    const nothing = await reviewed(w, { expenses: { totalFen: yuan(8000), reimbursedFen: yuan(5000) } });
    const approved = await call("POST", `/claims/${nothing}/approve`, { token: w.t.approver });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.approvedPayoutFen).toBe(0);
    let report = (await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body;
    expect(report).toMatchObject({ householdsPaid: 0, peopleCovered: 0, paidFen: 0 });
    expect((await call("POST", `/claims/${await reviewed(w)}/approve`, { token: w.t.approver })).status).toBe(200);
    report = (await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body;
    expect(report).toMatchObject({ householdsPaid: 1, peopleCovered: 5 });
  });

  it("has demo schemes with claims in every state, and Jiangkou's relief pool of 4.91 million yuan", async () => {
    const admin = await adminToken();
    const jk = await call("GET", "/reports/claims?schemeId=jiangkou-fangpin-relief", { token: admin });
    expect(jk.status, jk.text).toBe(200);
    expect(jk.body.toppedUpFen).toBe(yuan(4_910_000));
    expect(jk.body.poolBalanceFen + jk.body.paidFen).toBe(yuan(4_910_000));
    const xj = (await call("GET", "/reports/claims?schemeId=xiajin-fangpin-insurance", { token: admin })).body;
    for (const status of ["submitted", "reviewed", "approved", "rejected", "paid"]) expect(xj.byStatus[status], status).toBeGreaterThan(0);
    const paid = await call("GET", "/claims?schemeId=xiajin-fangpin-insurance&status=paid", { token: admin });
    const demoPaid = (await call("GET", `/claims/${paid.body.items[0].claimId}`, { token: admin })).body;
    expect(new Set(demoPaid.history.map((e: any) => e.actor)).size).toBeGreaterThanOrEqual(3);
    // Paid as finance pays: a batch line the bank confirmed, with its reference.
    expect(demoPaid.payment).toMatchObject({ batchId: expect.stringMatching(/^pb_/), bankReference: "XJ-PAY-0001", by: "finance-county" });
    expect(demoPaid.history.at(-1)).toMatchObject({ action: "pay", actor: "finance-county", to: "paid" });
  });

  it("has demo claims whose incidents lie within their schemes' coverage years, each reviewed by someone other than its submitter", async () => {
    const admin = await adminToken();
    for (const schemeId of DEMO_SCHEMES) {
      const { year } = (await call("GET", `/schemes/${schemeId}`, { token: admin })).body;
      const claims = (await call("GET", `/claims?schemeId=${schemeId}&limit=100`, { token: admin })).body.items;
      expect(claims.length, schemeId).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.incidentDate.slice(0, 4), `${schemeId} ${c.claimId}`).toBe(String(year));
        if (c.reviewedBy) expect(c.reviewedBy).not.toBe(c.submittedBy);
      }
    }
  });
});

describe("payout preview", () => {
  // Jiangkou-like: two bands, a per-claim cap and a yearly cap.
  const jiangkouIllness = {
    deductibleFen: yuan(3000),
    tiers: [
      { upToFen: yuan(20_000), ratioBps: 5000 },
      { upToFen: null, ratioBps: 7000 },
    ],
    perClaimCapFen: yuan(30_000),
    perHouseholdYearCapFen: yuan(50_000),
  };
  const jiangkou = { rules: { illness: jiangkouIllness } };
  const report = async (w: { t: { clerk: string }; schemeId: string }) =>
    (await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body;

  it("answers the payout a submission would preview, step by step, and writes nothing; the approval stores the same steps", async () => {
    const w = await world({ scheme: jiangkou, poolFen: yuan(200_000) });
    const body = claimInput(w.household.householdId, w.schemeId, { expenses: { totalFen: yuan(80_000), reimbursedFen: yuan(20_000) } });
    const before = await report(w);
    const preview = await call("POST", "/claims/preview", { token: w.t.clerk, body });
    expect(preview.status, preview.text).toBe(200);
    // 60,000 self-paid − 3,000 = 57,000: 20,000 × 50% + 37,000 × 70% = 35,900, cut to the 30,000 per-claim cap.
    expect(preview.body).toEqual({
      schemeId: w.schemeId,
      schemeVersion: 1,
      householdId: w.household.householdId,
      memberId: null,
      cause: "illness",
      causeLabel: "因病",
      coveragePeriod: schemeYearPeriod,
      payoutFen: yuan(30_000),
      breakdown: {
        basis: "per_claim",
        selfPaidFen: yuan(60_000),
        burdenBeforeFen: 0,
        burdenFen: yuan(60_000),
        entryThresholdFen: null,
        meetsThreshold: true,
        deductibleFen: yuan(3000),
        eligibleFen: yuan(57_000),
        bands: [
          { fromFen: 0, toFen: yuan(20_000), ratioBps: 5000, amountFen: yuan(20_000), paidFen: yuan(10_000) },
          { fromFen: yuan(20_000), toFen: yuan(57_000), ratioBps: 7000, amountFen: yuan(37_000), paidFen: yuan(25_900) },
        ],
        beyondTiersFen: 0,
        entitledFen: yuan(35_900),
        paidBeforeFen: 0,
        uncappedFen: yuan(35_900),
        perClaimCapFen: yuan(30_000),
        perPersonYearCapFen: null,
        personYearPaidFen: 0,
        personYearRemainingFen: null,
        perHouseholdYearCapFen: yuan(50_000),
        householdYearPaidFen: 0,
        householdYearRemainingFen: yuan(50_000),
        capApplied: "per_claim",
        payoutFen: yuan(30_000),
      },
      possibleDuplicates: [],
      poolBalanceFen: yuan(200_000),
      poolCovers: true,
    });
    // Nothing written: no claim, no count, the pool as it was.
    expect(await report(w)).toEqual(before);
    expect((await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.clerk })).body.items).toEqual([]);

    const filed = await call("POST", "/claims", { token: w.t.clerk, body });
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toMatchObject({
      payoutPreviewFen: preview.body.payoutFen,
      payoutBreakdown: null,
      household: {
        headName: w.household.headName,
        villageId: w.village.villageId,
        county: w.village.county,
        category: w.household.category,
        members: w.household.members,
      },
    });
    await call("POST", `/claims/${filed.body.claimId}/review`, { token: w.t.reviewer, body: { decision: "pass", note: "属实" } });
    const approved = await call("POST", `/claims/${filed.body.claimId}/approve`, { token: w.t.approver });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.payoutBreakdown).toEqual(preview.body.breakdown);
    expect((await getClaim(w, filed.body.claimId)).payoutBreakdown).toEqual(preview.body.breakdown);
    const listed = await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.approver });
    expect(listed.body.items[0]).toMatchObject({ claimId: filed.body.claimId, household: { headName: w.household.headName } });

    // The next preview for the household counts what was paid in the year.
    const next = await call("POST", "/claims/preview", { token: w.t.approver, body });
    expect(next.body.breakdown).toMatchObject({
      householdYearPaidFen: yuan(30_000),
      householdYearRemainingFen: yuan(20_000),
      capApplied: "household_year",
      payoutFen: yuan(20_000),
    });
    expect(next.body.poolBalanceFen).toBe(yuan(170_000));
  });

  it("refuses exactly what a submission refuses, with the same answer in Chinese", async () => {
    const w = await world();
    const atLine = await newHousehold(w.t.clerk, w.village.villageId, { perCapitaIncomeFen: yuan(6000) });
    const zh = { "accept-language": "zh-CN" };
    const cases: [Record<string, unknown>, number, string][] = [
      [claimInput(atLine.householdId, w.schemeId), 422, "NOT_ELIGIBLE"],
      [claimInput(w.household.householdId, w.schemeId, { cause: "disaster" }), 422, "NOT_ELIGIBLE"],
      [claimInput(w.household.householdId, w.schemeId, { incidentDate: `${SCHEME_YEAR - 1}-12-31` }), 422, "OUTSIDE_COVERAGE_PERIOD"],
      [claimInput(w.household.householdId, w.schemeId, { incidentDate: "2999-01-01" }), 400, "VALIDATION_FAILED"],
      [claimInput("hh_nope", w.schemeId), 422, "REFERENCE_NOT_FOUND"],
      [claimInput(w.household.householdId, w.schemeId, { expenses: { totalFen: 1, reimbursedFen: 2 } }), 400, "VALIDATION_FAILED"],
    ];
    for (const [body, status, code] of cases) {
      const preview = await call("POST", "/claims/preview", { token: w.t.clerk, body, headers: zh });
      const submitted = await call("POST", "/claims", { token: w.t.clerk, body, headers: zh });
      expectError(preview, status, code);
      expect(preview.body).toEqual(submitted.body);
    }
    expect((await call("POST", "/claims/preview", { token: w.t.clerk, body: cases[0]![0], headers: zh })).body.error.message).toBe(
      "不符合申请条件：家庭人均收入 ¥6,000.00 不低于本方案的收入线 ¥6,000.00。",
    );
  });

  it("tells when the pool cannot cover the payout and when the household's yearly cap is used up", async () => {
    const capped = { ...jiangkouIllness, perClaimCapFen: null, perHouseholdYearCapFen: yuan(10_000) };
    const w = await world({ scheme: { rules: { illness: capped } }, poolFen: yuan(12_000) });
    const body = (totalYuan: number) =>
      claimInput(w.household.householdId, w.schemeId, { expenses: { totalFen: yuan(totalYuan), reimbursedFen: 0 } });
    const first = await call("POST", "/claims/preview", { token: w.t.clerk, body: body(13_000) });
    expect(first.body).toMatchObject({ payoutFen: yuan(5000), poolBalanceFen: yuan(12_000), poolCovers: true });
    const claimId = await reviewed(w, { expenses: { totalFen: yuan(40_000), reimbursedFen: 0 } });
    expect((await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver })).body.approvedPayoutFen).toBe(yuan(10_000));
    const after = await call("POST", "/claims/preview", { token: w.t.clerk, body: body(13_000) });
    expect(after.body).toMatchObject({ payoutFen: 0, poolBalanceFen: yuan(2000), poolCovers: true });
    expect(after.body.breakdown).toMatchObject({ householdYearRemainingFen: 0, capApplied: "household_year", uncappedFen: yuan(5000) });

    const poor = await world({ poolFen: yuan(100) });
    const short = await call("POST", "/claims/preview", {
      token: poor.t.clerk,
      body: claimInput(poor.household.householdId, poor.schemeId),
    });
    expect(short.body).toMatchObject({ payoutFen: yuan(14_000), poolBalanceFen: yuan(100), poolCovers: false });
  });

  it("is for claims staff only", async () => {
    const w = await world();
    const body = claimInput(w.household.householdId, w.schemeId);
    expectError(await call("POST", "/claims/preview", { body }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", "/claims/preview", { token: await tokenFor("b", "buyer"), body }), 403, "FORBIDDEN");
    expect((await call("POST", "/claims/preview", { token: w.t.admin, body })).status).toBe(200);
  });
});

describe("scheme list and top-ups", () => {
  it("lists a county's schemes by id with their pools, page by page, and all schemes across counties", async () => {
    const admin = await adminToken();
    const county = `测试县${unique()}`;
    const ids = [`sch-${unique()}-b`, `sch-${unique()}-a`, `sch-${unique()}-c`];
    for (const schemeId of ids) {
      const put = await call("PUT", `/schemes/${schemeId}`, { token: admin, body: schemeInput(county) });
      expect(put.status, put.text).toBe(200);
    }
    await call("POST", `/schemes/${ids[0]}/top-ups`, { token: admin, body: { amountFen: yuan(500), source: "县财政" } });
    const clerk = await staffToken("c", ["clerk"], { county });
    const listed = await allPages<any>("/schemes", { token: clerk, limit: 2 });
    expect(listed.pages).toBe(2);
    expect(listed.items.map((s) => s.schemeId)).toEqual([...ids].sort());
    const topped = listed.items.find((s) => s.schemeId === ids[0]);
    expect(topped).toMatchObject({ county, version: 1, currentVersion: 1, poolBalanceFen: yuan(500), toppedUpFen: yuan(500), paidFen: 0 });

    // A new version that moves the scheme to another county moves it in the list.
    const elsewhere = `测试县${unique()}`;
    await call("PUT", `/schemes/${ids[1]}`, { token: admin, body: schemeInput(elsewhere) });
    const now = await call("GET", `/schemes?county=${encodeURIComponent(county)}`, { token: admin });
    expect(now.body.items.map((s: any) => s.schemeId)).toEqual([ids[0], ids[2]].sort());
    const moved = await call("GET", `/schemes?county=${encodeURIComponent(elsewhere)}`, { token: admin });
    expect(moved.body.items).toMatchObject([{ schemeId: ids[1], version: 2, county: elsewhere }]);

    const all = await allPages<any>("/schemes", { token: admin, limit: 100 });
    expect(all.items.map((s) => s.schemeId)).toEqual(expect.arrayContaining([...ids, "jiangkou-fangpin-relief"]));
    const sorted = all.items.map((s) => s.schemeId);
    expect(sorted).toEqual([...sorted].sort());
    expectError(await call("GET", "/schemes", { token: await tokenFor("b", "buyer") }), 403, "FORBIDDEN");
    // A county's clerk lists their own county's schemes, and nothing of another county's.
    const theirs = await call("GET", `/schemes?county=${encodeURIComponent(elsewhere)}`, { token: clerk });
    expect(theirs.body.items).toEqual([]);
  });

  it("lists a scheme's top-ups newest first, with who made them", async () => {
    const admin = await adminToken();
    const schemeId = `sch-${unique()}`;
    await call("PUT", `/schemes/${schemeId}`, { token: admin, body: schemeInput("江口县") });
    const made = [];
    for (const [amountFen, source] of [
      [yuan(3_910_000), "县财政预算"],
      [yuan(1_000_000), "社会捐赠"],
      [123, "测试"],
    ] as const) {
      const res = await call("POST", `/schemes/${schemeId}/top-ups`, { token: admin, body: { amountFen, source, note: "防贫救助基金" } });
      expect(res.status, res.text).toBe(201);
      made.push(res.body.topUpId);
    }
    const listed = await allPages<any>(`/schemes/${schemeId}/top-ups`, {
      token: await staffToken("a", ["approver"], { county: "江口县" }),
      limit: 2,
    });
    expect(listed.items.map((t) => t.topUpId)).toEqual([...made].reverse());
    expect(listed.items[2]).toEqual({
      topUpId: made[0],
      schemeId,
      amountFen: yuan(3_910_000),
      source: "县财政预算",
      note: "防贫救助基金",
      createdAt: expect.any(String),
      createdBy: "admin-e2e",
    });
    expectError(await call("GET", `/schemes/sch-none-${unique()}/top-ups`, { token: admin }), 404, "NOT_FOUND");
  });
});
