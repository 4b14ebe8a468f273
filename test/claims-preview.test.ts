import { describe, expect, it } from "vitest";
import { api, expectError, unique } from "./support/api";
import { incidentSlot, staffToken, submit, townshipOf, type World, world, yuan } from "./support/fixtures";

/**
 * GET /claims/{claimId}/preview (issue 12): what approving a filed, open claim would pay now — the
 * approval's own computation over the claim as filed and the household's usage as it stands — over
 * real HTTP against DynamoDB Local. It must move with the usage (an earlier claim approved since
 * filing), equal what the approval then pays to the fen, refuse as the approval refuses, write
 * nothing, and keep to the reader's area.
 */

/** Expenses leaving `selfPaidYuan` to the household out of `totalYuan`. */
const selfPaid = (selfPaidYuan: number, totalYuan = selfPaidYuan) => ({
  totalFen: yuan(totalYuan),
  reimbursedFen: yuan(totalYuan) - yuan(selfPaidYuan),
});
const flat = (ratioBps: number) => [{ upToFen: null, ratioBps }];
/** Xiajin: the household's burden over the year, 5,000 yuan deductible, 70%. */
const xiajinIllness = {
  basis: "household_year",
  deductibleFen: yuan(5000),
  tiers: flat(7000),
  perClaimCapFen: null,
  perHouseholdYearCapFen: null,
};

const preview = (token: string, claimId: string) => api("GET /claims/{claimId}/preview", { token, params: { claimId } });
const claimOf = async (w: World, claimId: string) => {
  const res = await api("GET /claims/{claimId}", { token: w.t.approver, params: { claimId } });
  expect(res.status, res.text).toBe(200);
  return res.body;
};
const pass = async (w: World, claimId: string) => {
  const res = await api("POST /claims/{claimId}/review", {
    token: w.t.reviewer,
    params: { claimId },
    body: { decision: "pass", note: "入户核查属实" },
  });
  expect(res.status, res.text).toBe(200);
};
/** A refusal's error body (the typed client types only the success). */
const errorOf = (res: { body: unknown }) => (res.body as { error: { code: string; message: string; details: any[] } }).error;
const approve = (w: World, claimId: string) => api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } });

describe("the payout preview of a filed claim", () => {
  it("shows a second Xiajin stay's increment once the first is approved (700, then 4,200), which is exactly what its approval pays", async () => {
    const w = await world({ scheme: { rules: { illness: xiajinIllness } } });
    // Both stays are filed before either is approved: at filing, each alone is 6,000 yuan self-paid → 700.
    const first = await submit(w, { incidentDate: incidentSlot(0), expenses: selfPaid(6000, 10_000) });
    const second = await submit(w, { incidentDate: incidentSlot(2), expenses: selfPaid(6000, 9000) });
    const asFiled = await claimOf(w, second);
    expect(asFiled.payoutPreviewFen).toBe(yuan(700));
    const before = await preview(w.t.clerk, second);
    expect(before.status, before.text).toBe(200);
    expect(before.body).toMatchObject({ claimId: second, status: "submitted", payoutFen: yuan(700) });

    await pass(w, first);
    expect((await approve(w, first)).body.approvedPayoutFen).toBe(yuan(700));

    // Now the year's burden is 12,000: (12,000 − 5,000) × 70% = 4,900, less the 700 paid.
    const now = await preview(w.t.clerk, second);
    expect(now.status, now.text).toBe(200);
    expect(now.body).toMatchObject({
      claimId: second,
      status: "submitted",
      schemeId: w.schemeId,
      schemeVersion: 1,
      householdId: w.household.householdId,
      memberId: null,
      cause: "illness",
      causeLabel: "因病",
      payoutFen: yuan(4200),
      poolBalanceFen: yuan(1_000_000 - 700),
      poolCovers: true,
    });
    expect(now.body.breakdown).toMatchObject({
      basis: "household_year",
      selfPaidFen: yuan(6000),
      burdenBeforeFen: yuan(6000),
      burdenFen: yuan(12_000),
      entitledFen: yuan(4900),
      paidBeforeFen: yuan(700),
      uncappedFen: yuan(4200),
      payoutFen: yuan(4200),
    });
    // It writes nothing: the claim is as filed, its filed figure and its history included.
    expect(await claimOf(w, second)).toEqual(asFiled);

    await pass(w, second);
    const reviewedPreview = await preview(w.t.approver, second);
    expect(reviewedPreview.body).toMatchObject({ status: "reviewed", payoutFen: yuan(4200) });
    const paid = await approve(w, second);
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.approvedPayoutFen).toBe(reviewedPreview.body.payoutFen);
    expect(paid.body.payoutBreakdown).toEqual(reviewedPreview.body.breakdown);
    expect(paid.body.schemeVersion).toBe(reviewedPreview.body.schemeVersion);
  });

  it("refuses as the approval would: a household's yearly cap used up answers 422 CAP_EXHAUSTED to both", async () => {
    const w = await world({
      scheme: { rules: { illness: { ...xiajinIllness, basis: "per_claim", perHouseholdYearCapFen: yuan(700) } } },
    });
    const first = await submit(w, { expenses: selfPaid(6000) });
    const second = await submit(w, { expenses: selfPaid(6000) });
    expect((await preview(w.t.clerk, second)).body.payoutFen).toBe(yuan(700));
    await pass(w, first);
    expect((await approve(w, first)).status).toBe(200);

    const refused = await preview(w.t.clerk, second);
    expectError(refused, 422, "CAP_EXHAUSTED");
    await pass(w, second);
    const approval = await approve(w, second);
    expectError(approval, 422, "CAP_EXHAUSTED");
    expect(errorOf(refused).details).toEqual(errorOf(approval).details);
  });

  it("answers 404 outside the reader's area, as for an unknown claim; staff who only read (city level) may preview", async () => {
    const w = await world();
    const claimId = await submit(w);
    const elsewhere = await world();
    expectError(await preview(elsewhere.t.approver, claimId), 404, "NOT_FOUND");
    const otherTownship = await staffToken(`clerk-${unique()}`, ["clerk"], { ...townshipOf(w.village), township: `别镇${unique()}` });
    expectError(await preview(otherTownship, claimId), 404, "NOT_FOUND");
    expectError(await preview(w.t.approver, `clm_nope${unique()}`), 404, "NOT_FOUND");

    const ownTownship = await staffToken(`clerk-${unique()}`, ["clerk"], townshipOf(w.village));
    expect((await preview(ownTownship, claimId)).status).toBe(200);
    const city = await staffToken(`approver-${unique()}`, ["approver"], { province: w.village.province, city: w.village.city });
    const read = await preview(city, claimId);
    expect(read.status, read.text).toBe(200);
    expect(read.body.payoutFen).toBe((await claimOf(w, claimId)).payoutPreviewFen);
    expectError(await preview(await staffToken(`finance-${unique()}`, ["finance"], w.t.area), claimId), 403, "FORBIDDEN");
  });

  it("refuses a claim no longer open — approved, paid or rejected — with 409 INVALID_STATE naming its status, in Chinese too", async () => {
    const w = await world();
    const rejected = await submit(w);
    const rejection = await api("POST /claims/{claimId}/reject", {
      token: w.t.reviewer,
      params: { claimId: rejected },
      body: { reason: "材料不实" },
    });
    expect(rejection.status, rejection.text).toBe(200);
    const refused = await preview(w.t.clerk, rejected);
    expectError(refused, 409, "INVALID_STATE");
    expect(errorOf(refused).details).toEqual([
      expect.objectContaining({ action: "preview_payout", status: "rejected", allowed: ["submitted", "reviewed"] }),
    ]);
    const zh = await api("GET /claims/{claimId}/preview", {
      token: w.t.clerk,
      params: { claimId: rejected },
      headers: { "accept-language": "zh-CN" },
    });
    expect(errorOf(zh).message).toBe("该申请当前状态为「已驳回」，不能试算赔付金额（仅限状态为「已提交」或「已审核」的申请）。");

    // Approved, then paid through a payment batch (finance, the bank's confirmation).
    const approved = await submit(w);
    await pass(w, approved);
    expect((await approve(w, approved)).status).toBe(200);
    expect(errorOf(await preview(w.t.clerk, approved))).toMatchObject({ code: "INVALID_STATE", details: [{ status: "approved" }] });
    const account = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.clerk,
      params: { householdId: w.household.householdId },
      body: { holderName: "张建国", bankName: "夏津县农村商业银行", accountNumber: "6217001234567891234", kind: "social_security_card" },
    });
    expect(account.status, account.text).toBe(200);
    const finance = await staffToken(`finance-${unique()}`, ["finance"], w.t.area);
    const batch = await api("POST /payment-batches", { token: finance, body: { schemeId: w.schemeId, claimIds: [approved] } });
    expect(batch.status, batch.text).toBe(201);
    const line = await api("POST /payment-batches/{batchId}/lines/{claimId}", {
      token: finance,
      params: { batchId: batch.body.batchId, claimId: approved },
      body: { outcome: "succeeded", bankReference: `NS-${unique()}` },
    });
    expect(line.status, line.text).toBe(200);
    expect((await claimOf(w, approved)).status).toBe("paid");
    const paid = await preview(w.t.clerk, approved);
    expectError(paid, 409, "INVALID_STATE");
    expect(errorOf(paid).details[0]).toMatchObject({ status: "paid" });
  });
});
