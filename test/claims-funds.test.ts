import { describe, expect, it } from "vitest";
import { api, expectError, unique } from "./support/api";
import { countyOf, createVillage, reviewed, SCHEME_YEAR, staffToken, type World, world, yuan } from "./support/fixtures";

/**
 * A scheme's fund (issue 12 item 6): premiums per person × headcount, the insurer's fee on payouts,
 * the year-end settlement (多退少补) as ledger entries, a short insurance pool as the county's
 * receivable, relief funds by source; over real HTTP against DynamoDB Local.
 */

/** Insurance schemes often go from review straight to approval; these tests are about money, not the chain. */
const straight = { chain: { homeVisit: false, villageReview: false, publicNotice: false } };
const insurance = (poolFen = 0) => world({ scheme: { kind: "insurance", ...straight }, poolFen });
const relief = (poolFen = 0) => world({ scheme: { kind: "relief", ...straight }, poolFen });

/** The default claim: 60,000 total, 35,000 reimbursed → 25,000 self-paid; (25,000 − 5,000) × 70% = 14,000 yuan. */
const PAYOUT = yuan(14_000);

async function approveOne(w: World) {
  const claimId = await reviewed(w);
  const res = await api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } });
  expect(res.status, res.text).toBe(200);
  expect(res.body.approvedPayoutFen).toBe(PAYOUT);
  return claimId;
}

const funds = (w: World, query: { year?: number; limit?: number } = {}) =>
  api("GET /schemes/{schemeId}/funds", { token: w.t.clerk, params: { schemeId: w.schemeId }, query });

async function settings(w: World, insurerFeeBps: number, surplusPolicy: "carry_forward" | "return_to_treasury" = "carry_forward") {
  const res = await api("PUT /schemes/{schemeId}/fund-settings", {
    token: w.t.admin,
    params: { schemeId: w.schemeId },
    body: { insurerFeeBps, surplusPolicy },
  });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

async function premium(w: World, perPersonFen: number, headcount: number, headers: Record<string, string> = {}) {
  return api("POST /schemes/{schemeId}/premiums", {
    token: w.t.admin,
    params: { schemeId: w.schemeId },
    body: { perPersonFen, headcount, payer: "县财政局", note: "2026年度防贫保险保费" },
    headers,
  });
}

const settle = (w: World, year = SCHEME_YEAR, token = w.t.admin) =>
  api("POST /schemes/{schemeId}/settlements", { token, params: { schemeId: w.schemeId }, body: { year } });

/** A year's whole ledger, read two entries a page (so the paging is exercised too). */
async function ledger(w: World, year: number) {
  const items: { kind: string; amountFen: number; poolFen: number }[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const res = await api("GET /schemes/{schemeId}/funds", {
      token: w.t.clerk,
      params: { schemeId: w.schemeId },
      query: { year, limit: 2, ...(cursor ? { cursor } : {}) },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.entries.items.length).toBeLessThanOrEqual(2);
    items.push(...res.body.entries.items);
    cursor = res.body.entries.nextCursor ?? undefined;
    if (!cursor) return items;
  }
  throw new Error("the ledger did not end within 20 pages");
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

describe("insurance premiums and the insurer's fee", () => {
  it("records Fengcheng's premium, 45 yuan × 50,000 insured = 2,250,000 yuan, into the pool with its ledger entry", async () => {
    const w = await insurance();
    const res = await premium(w, yuan(45), 50_000);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      kind: "premium",
      kindLabel: "保费",
      year: SCHEME_YEAR,
      amountFen: yuan(2_250_000),
      poolFen: yuan(2_250_000),
      source: "县财政局",
      basis: { perPersonFen: yuan(45), headcount: 50_000 },
      poolBalanceFen: yuan(2_250_000),
      receivableFen: 0,
    });
    const view = await funds(w);
    expect(view.status, view.text).toBe(200);
    expect(view.body).toMatchObject({
      kind: "insurance",
      openYear: SCHEME_YEAR,
      year: SCHEME_YEAR,
      status: "open",
      figures: { premiumsFen: yuan(2_250_000), insuredHeadcount: 50_000, payoutsFen: 0, insurerFeeFen: 0, resultFen: yuan(2_250_000) },
      totals: { poolBalanceFen: yuan(2_250_000), raisedFen: yuan(2_250_000), receivableFen: 0 },
    });
    expect(view.body.entries.items.map((e: { entryId: string }) => e.entryId)).toEqual([res.body.entryId]);
    // The scheme's own figures moved in the same transaction.
    const scheme = await api("GET /schemes/{schemeId}", { token: w.t.clerk, params: { schemeId: w.schemeId } });
    expect(scheme.body).toMatchObject({ poolBalanceFen: yuan(2_250_000), toppedUpFen: yuan(2_250_000) });
  });

  it("records a premium once per Idempotency-Key", async () => {
    const w = await insurance();
    const key = `prem-${unique()}`;
    const first = await premium(w, yuan(45), 10_000, { "Idempotency-Key": key });
    const again = await premium(w, yuan(45), 10_000, { "Idempotency-Key": key });
    expect(first.status, first.text).toBe(201);
    expect(again.body.entryId).toBe(first.body.entryId);
    expect((await funds(w)).body.totals.poolBalanceFen).toBe(yuan(450_000));
    expectError(await premium(w, yuan(50), 10_000, { "Idempotency-Key": key }), 409, "IDEMPOTENCY_KEY_REUSED");
  });

  it("keeps the ledger, the year's figures and the pool equal under concurrent writes", async () => {
    const w = await insurance();
    const writes = await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => premium(w, yuan(45), 1000 + i)),
      ...Array.from({ length: 4 }, () =>
        api("POST /schemes/{schemeId}/contributions", {
          token: w.t.admin,
          params: { schemeId: w.schemeId },
          body: { sourceKind: "county_budget", amountFen: 12_345 },
        }),
      ),
    ]);
    expect(writes.map((r) => r.status)).toEqual(Array(8).fill(201));
    const entries = await ledger(w, SCHEME_YEAR);
    expect(entries).toHaveLength(8);
    const premiums = yuan(45) * (1000 + 1001 + 1002 + 1003);
    const view = (await funds(w)).body;
    expect(view.figures).toMatchObject({ premiumsFen: premiums, insuredHeadcount: 4006, raisedFen: 4 * 12_345, topUpsFen: 0 });
    expect(sum(entries.map((e) => e.amountFen))).toBe(premiums + 4 * 12_345);
    expect(view.totals.poolBalanceFen).toBe(premiums + 4 * 12_345);
  });

  it("projects the insurer's 15% fee on the year's payouts before the settlement", async () => {
    const w = await insurance();
    await settings(w, 1500);
    expect((await premium(w, yuan(45), 50_000)).status).toBe(201);
    await approveOne(w);
    const view = await funds(w);
    expect(view.body.settings).toEqual({ insurerFeeBps: 1500, surplusPolicy: "carry_forward", surplusPolicyLabel: "结余结转下年" });
    expect(view.body.figures).toMatchObject({ payoutsFen: PAYOUT, insurerFeeFen: yuan(2100), resultFen: yuan(2_250_000 - 14_000 - 2100) });
  });

  it("refuses bad input with 400 and writes nothing", async () => {
    const w = await insurance();
    for (const body of [
      { perPersonFen: 4500.5, headcount: 10, payer: "县财政局" },
      { perPersonFen: 4500, headcount: 0, payer: "县财政局" },
      { perPersonFen: 4500, headcount: 10, payer: " " },
      { perPersonFen: 4500, headcount: 10 },
    ]) {
      expectError(
        await api("POST /schemes/{schemeId}/premiums", { token: w.t.admin, params: { schemeId: w.schemeId }, body: body as never }),
        400,
        "VALIDATION_FAILED",
      );
    }
    expectError(
      await api("PUT /schemes/{schemeId}/fund-settings", {
        token: w.t.admin,
        params: { schemeId: w.schemeId },
        body: { insurerFeeBps: 10_001, surplusPolicy: "carry_forward" },
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect((await funds(w)).body.entries.items).toEqual([]);
  });
});

describe("the year-end settlement (多退少补)", () => {
  it("carries a surplus forward: the fee leaves the pool, the rest opens next year's ledger; exact figures", async () => {
    const w = await insurance();
    await settings(w, 1500);
    await premium(w, yuan(45), 50_000);
    await approveOne(w);
    const res = await settle(w);
    expect(res.status, res.text).toBe(201);
    // 2,250,000 − 14,000 − 2,100 (15% of 14,000) = 2,233,900 yuan carried forward.
    expect(res.body).toMatchObject({
      year: SCHEME_YEAR,
      insurerFeeBps: 1500,
      surplusPolicy: "carry_forward",
      figures: {
        premiumsFen: yuan(2_250_000),
        payoutsFen: PAYOUT,
        insurerFeeFen: yuan(2100),
        resultFen: yuan(2_233_900),
        carriedForwardFen: yuan(2_233_900),
        countyTopUpFen: 0,
        returnedFen: 0,
      },
      poolBalanceFen: yuan(2_233_900),
      receivableFen: 0,
    });
    // The settled year's entries add up to zero; the next year's add up to the pool.
    const closed = await ledger(w, SCHEME_YEAR);
    expect(closed.map((e) => [e.kind, e.amountFen])).toEqual([
      ["premium", yuan(2_250_000)],
      ["payouts", -PAYOUT],
      ["insurer_fee", -yuan(2100)],
      ["carried_forward", -yuan(2_233_900)],
    ]);
    expect(sum(closed.map((e) => e.amountFen))).toBe(0);
    const next = await ledger(w, SCHEME_YEAR + 1);
    expect(next.map((e) => [e.kind, e.amountFen])).toEqual([["brought_forward", yuan(2_233_900)]]);
    const view = await funds(w);
    expect(view.body).toMatchObject({
      openYear: SCHEME_YEAR + 1,
      year: SCHEME_YEAR + 1,
      status: "open",
      figures: { broughtForwardFen: yuan(2_233_900) },
    });
    expect(sum(next.map((e) => e.amountFen))).toBe(view.body.totals.poolBalanceFen);
    const settled = await funds(w, { year: SCHEME_YEAR });
    expect(settled.body).toMatchObject({
      status: "settled",
      settlement: { settlementId: res.body.settlementId },
      figures: res.body.figures,
    });
  });

  it("has the county top up a shortfall, bringing the pool (and the receivable) back to zero; exact figures", async () => {
    const w = await insurance();
    await settings(w, 1500);
    // 45 yuan × 200 people = 9,000 yuan of premium against a 14,000-yuan payout.
    await premium(w, yuan(45), 200);
    await approveOne(w);
    expect((await funds(w)).body.totals).toMatchObject({ poolBalanceFen: -yuan(5000), receivableFen: yuan(5000) });
    const res = await settle(w);
    expect(res.status, res.text).toBe(201);
    // 9,000 − 14,000 − 2,100 = −7,100: the county tops up 7,100 yuan.
    expect(res.body.figures).toMatchObject({
      premiumsFen: yuan(9000),
      payoutsFen: PAYOUT,
      insurerFeeFen: yuan(2100),
      resultFen: -yuan(7100),
      countyTopUpFen: yuan(7100),
    });
    expect(res.body).toMatchObject({ poolBalanceFen: 0, receivableFen: 0 });
    const closed = await ledger(w, SCHEME_YEAR);
    expect(closed.map((e) => [e.kind, e.amountFen, e.poolFen])).toEqual([
      ["premium", yuan(9000), yuan(9000)],
      ["payouts", -PAYOUT, 0],
      ["insurer_fee", -yuan(2100), -yuan(2100)],
      ["county_top_up", yuan(7100), yuan(7100)],
    ]);
    expect(sum(closed.map((e) => e.amountFen))).toBe(0);
    expect(await ledger(w, SCHEME_YEAR + 1)).toEqual([]);
    expect((await funds(w)).body.totals).toMatchObject({ countyTopUpFen: yuan(7100), insurerFeeFen: yuan(2100), poolBalanceFen: 0 });
  });

  it("returns a surplus to the treasury when the scheme says so", async () => {
    const w = await insurance();
    await settings(w, 1000, "return_to_treasury");
    await premium(w, yuan(50), 1000);
    await approveOne(w);
    const res = await settle(w);
    // 50,000 − 14,000 − 1,400 = 34,600 returned.
    expect(res.body.figures).toMatchObject({ insurerFeeFen: yuan(1400), returnedFen: yuan(34_600), carriedForwardFen: 0 });
    expect(res.body.poolBalanceFen).toBe(0);
  });

  it("settles a year exactly once (409 ALREADY_SETTLED, even concurrently) and in order (422)", async () => {
    const w = await insurance();
    await premium(w, yuan(45), 100);
    const both = await Promise.all([settle(w), settle(w)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expectError(both.find((r) => r.status === 409)!, 409, "ALREADY_SETTLED");
    expectError(await settle(w), 409, "ALREADY_SETTLED");
    expectError(await settle(w, SCHEME_YEAR + 2), 422, "SETTLEMENT_OUT_OF_ORDER");
    // One carried-forward entry, not two.
    expect((await ledger(w, SCHEME_YEAR + 1)).map((e) => [e.kind, e.amountFen])).toEqual([["brought_forward", yuan(4500)]]);
  });
});

describe("a short pool", () => {
  it("does not refuse a household under an insurance scheme: the approval commits and the county owes the shortfall", async () => {
    const w = await insurance(0);
    await approveOne(w);
    const view = await funds(w);
    expect(view.body.totals).toMatchObject({ poolBalanceFen: -PAYOUT, receivableFen: PAYOUT, paidFen: PAYOUT });
    const scheme = await api("GET /schemes/{schemeId}", { token: w.t.clerk, params: { schemeId: w.schemeId } });
    expect(scheme.body.poolBalanceFen).toBe(-PAYOUT);
  });

  it("still refuses under a relief fund (422 POOL_INSUFFICIENT), and nothing changes", async () => {
    const w = await relief(yuan(100));
    const claimId = await reviewed(w);
    expectError(await api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } }), 422, "POOL_INSUFFICIENT");
    expect((await funds(w)).body.totals).toMatchObject({ poolBalanceFen: yuan(100), receivableFen: 0, paidFen: 0 });
  });
});

describe("relief funds (防贫救助) by source", () => {
  it("raises Jiangkou's 4.91 million yuan from its sources and shows each source's figure", async () => {
    const w = await relief();
    for (const [sourceKind, amount, source] of [
      ["county_budget", 3_000_000, "县财政局"],
      ["social_assistance", 1_000_000, undefined],
      ["donation", 800_000, "县慈善总会"],
      ["donation", 110_000, "爱心企业"],
    ] as const) {
      const res = await api("POST /schemes/{schemeId}/contributions", {
        token: w.t.admin,
        params: { schemeId: w.schemeId },
        body: { sourceKind, amountFen: yuan(amount), ...(source ? { source } : {}) },
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({ kind: "raised", sourceKind, amountFen: yuan(amount), source: source ?? "社会救助资金" });
    }
    await approveOne(w);
    const view = await funds(w);
    expect(view.body.bySource).toEqual([
      { sourceKind: "county_budget", label: "县财政", raisedFen: yuan(3_000_000) },
      { sourceKind: "township", label: "乡镇", raisedFen: 0 },
      { sourceKind: "donation", label: "社会捐赠", raisedFen: yuan(910_000) },
      { sourceKind: "social_assistance", label: "社会救助资金", raisedFen: yuan(1_000_000) },
      { sourceKind: "other", label: "其他", raisedFen: 0 },
    ]);
    expect(view.body.figures).toMatchObject({ raisedFen: yuan(4_910_000), payoutsFen: PAYOUT, insurerFeeFen: 0 });
    expect(view.body.totals).toMatchObject({
      raisedFen: yuan(4_910_000),
      paidFen: PAYOUT,
      poolBalanceFen: yuan(4_910_000 - 14_000),
      receivableFen: 0,
    });
    // The relief fund's settlement carries its balance forward, with no insurer's fee line; by source stays on the settled year.
    const res = await settle(w);
    expect(res.status, res.text).toBe(201);
    expect((await ledger(w, SCHEME_YEAR)).map((e) => e.kind)).toEqual([
      "raised",
      "raised",
      "raised",
      "raised",
      "payouts",
      "carried_forward",
    ]);
    const settled = await funds(w, { year: SCHEME_YEAR });
    expect(settled.body.bySource.find((s) => s.sourceKind === "donation")?.raisedFen).toBe(yuan(910_000));
  });

  it("has no premiums and no insurer's fee (422 SCHEME_KIND_MISMATCH)", async () => {
    const w = await relief();
    expectError(await premium(w, yuan(45), 100), 422, "SCHEME_KIND_MISMATCH");
    expectError(
      await api("PUT /schemes/{schemeId}/fund-settings", {
        token: w.t.admin,
        params: { schemeId: w.schemeId },
        body: { insurerFeeBps: 1500, surplusPolicy: "carry_forward" },
      }),
      422,
      "SCHEME_KIND_MISMATCH",
    );
    expect((await funds(w)).body.entries.items).toEqual([]);
  });
});

describe("who may see and change a fund", () => {
  it("lets only administrators write (403 for clerks and approvers)", async () => {
    const w = await insurance();
    const params = { schemeId: w.schemeId };
    for (const token of [w.t.clerk, w.t.approver]) {
      expectError(
        await api("POST /schemes/{schemeId}/premiums", { token, params, body: { perPersonFen: 4500, headcount: 10, payer: "县财政局" } }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await api("POST /schemes/{schemeId}/contributions", { token, params, body: { sourceKind: "donation", amountFen: 100 } }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await api("PUT /schemes/{schemeId}/fund-settings", {
          token,
          params,
          body: { insurerFeeBps: 1500, surplusPolicy: "carry_forward" },
        }),
        403,
        "FORBIDDEN",
      );
      expectError(await settle(w, SCHEME_YEAR, token), 403, "FORBIDDEN");
    }
    expect((await funds(w)).body.entries.items).toEqual([]);
  });

  it("answers 404 outside the actor's area, for reads and writes alike", async () => {
    const w = await insurance();
    const elsewhere = countyOf(await createVillage());
    const clerk = await staffToken(`clerk-${unique()}`, ["clerk"], elsewhere);
    const admin = await staffToken(`admin-${unique()}`, ["admin"], elsewhere);
    const params = { schemeId: w.schemeId };
    expectError(await api("GET /schemes/{schemeId}/funds", { token: clerk, params }), 404, "NOT_FOUND");
    expectError(
      await api("POST /schemes/{schemeId}/premiums", {
        token: admin,
        params,
        body: { perPersonFen: 4500, headcount: 10, payer: "县财政局" },
      }),
      404,
      "NOT_FOUND",
    );
    expectError(await settle(w, SCHEME_YEAR, admin), 404, "NOT_FOUND");
    // The county's own administrator acts.
    const own = await staffToken(`admin-${unique()}`, ["admin"], w.t.area);
    expect(
      (
        await api("POST /schemes/{schemeId}/premiums", {
          token: own,
          params,
          body: { perPersonFen: 4500, headcount: 10, payer: "县财政局" },
        })
      ).status,
    ).toBe(201);
    expectError(
      await api("GET /schemes/{schemeId}/funds", { token: w.t.clerk, params: { schemeId: `sch-${unique()}` } }),
      404,
      "NOT_FOUND",
    );
  });
});
