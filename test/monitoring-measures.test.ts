import { describe, expect, it } from "vitest";
import { api, call, expectError, tokenFor, unique } from "./support/api";
import { claimInput, createVillage, householdInput, residentId, schemeInput, yuan } from "./support/fixtures";
import { areaToken, confirmedOn, daysAgo } from "./support/monitoring-state";

/**
 * Support measures (帮扶措施) over HTTP against DynamoDB Local. Households become 监测对象 through
 * the identification workflow; a confirmation weeks ago cannot be made in a test run, so those
 * households are confirmed, dated in the past, through the core's storage (support/monitoring-state.ts).
 */

const SHANDONG = { province: "山东省", city: "德州市" };

/** A fresh county with a village in each of two townships, and staff bound to it. */
async function county() {
  const name = `监测县${unique()}`;
  const [east, west] = await Promise.all([
    createVillage({ county: name, township: "东镇" }),
    createVillage({ county: name, township: "西镇" }),
  ]);
  const area = { ...SHANDONG, county: name };
  const s = unique();
  return {
    name,
    east,
    west,
    clerk: await areaToken(`clerk-${s}`, ["clerk"], area),
    approver: await areaToken(`approver-${s}`, ["approver"], area),
    eastClerk: await areaToken(`east-clerk-${s}`, ["clerk"], { ...area, township: "东镇" }),
    westClerk: await areaToken(`west-clerk-${s}`, ["clerk"], { ...area, township: "西镇" }),
    provinceStaff: await areaToken(`province-${s}`, ["clerk", "approver"], { province: SHANDONG.province }),
  };
}
type County = Awaited<ReturnType<typeof county>>;

async function register(c: County, villageId: string, overrides: Record<string, unknown> = {}) {
  const res = await api("POST /households", { token: c.clerk, body: householdInput(villageId, overrides) });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** A household of the county confirmed as 监测对象 `days` days ago. */
async function monitored(c: County, days = 3, villageId = c.east.villageId, overrides: Record<string, unknown> = {}) {
  const h = await register(c, villageId, overrides);
  await confirmedOn(h.householdId, daysAgo(days));
  return h;
}

const measure = (overrides: Record<string, unknown> = {}) => ({
  kind: "public_welfare_post",
  amountFen: yuan(500),
  period: "monthly",
  startOn: daysAgo(1),
  responsibleCadre: "王建军",
  ...overrides,
});

/** Bodies that may be invalid on purpose: sent as they are, answered untyped. */
async function record(token: string, householdId: string, body: Record<string, unknown>) {
  return call("POST", `/households/${householdId}/measures`, { token, body });
}

async function recorded(token: string, householdId: string, body: Record<string, unknown>) {
  const res = await record(token, householdId, body);
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe("support measures", () => {
  it("records measures of each kind with their money and period, lists them in order and counts those in effect on the household", async () => {
    const c = await county();
    const h = await monitored(c);
    const post = await recorded(c.clerk, h.householdId, measure({ endOn: daysAgo(-364), note: "护林员岗位，每月 500 元" }));
    expect(post).toMatchObject({
      householdId: h.householdId,
      county: c.name,
      township: "东镇",
      kind: "public_welfare_post",
      kindLabel: "公益岗位",
      amountFen: 50_000,
      period: "monthly",
      periodLabel: "每月",
      endOn: daysAgo(-364),
      responsibleCadre: "王建军",
      status: "active",
      statusLabel: "实施中",
      claimId: null,
      ended: null,
    });
    const loan = await recorded(c.eastClerk, h.householdId, measure({ kind: "micro_credit", amountFen: yuan(50_000), period: "once" }));
    const other = await recorded(
      c.clerk,
      h.householdId,
      measure({ kind: "other", content: "光伏收益分红", amountFen: 0, period: undefined }),
    );
    expect(loan).toMatchObject({ kindLabel: "小额信贷", amountFen: 5_000_000, period: "once" });
    expect(other).toMatchObject({ kind: "other", content: "光伏收益分红", amountFen: 0, period: "once", periodLabel: "一次性" });

    const list = await api("GET /households/{householdId}/measures", { token: c.approver, params: { householdId: h.householdId } });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((m) => m.measureId)).toEqual([post.measureId, loan.measureId, other.measureId]);
    const household = await api("GET /households/{householdId}", { token: c.clerk, params: { householdId: h.householdId } });
    expect(household.body.activeMeasures).toBe(3);
    // Each measure is a version of the household's record: who, when and why.
    const versions = await api("GET /households/{householdId}/versions", { token: c.clerk, params: { householdId: h.householdId } });
    expect(versions.body.items.map((v) => v.reason).slice(0, 3)).toEqual([
      "记录帮扶措施：其他帮扶",
      "记录帮扶措施：小额信贷",
      "记录帮扶措施：公益岗位",
    ]);
  });

  it("loses no count when measures for one household are recorded at the same time", async () => {
    const c = await county();
    const h = await monitored(c);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        record(c.clerk, h.householdId, measure({ kind: "dibao", amountFen: yuan(100 + i), period: "monthly" })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const household = await api("GET /households/{householdId}", { token: c.clerk, params: { householdId: h.householdId } });
    expect(household.body.activeMeasures).toBe(6);
    const report = await api("GET /reports/monitoring", { token: c.clerk });
    expect(report.body.measures.find((m) => m.kind === "dibao")).toMatchObject({
      recorded: 6,
      active: 6,
      monthlyFen: yuan(100 + 101 + 102 + 103 + 104 + 105),
    });
  });

  it("names the member a measure is for, and refuses one who is not in the household with 422 REFERENCE_NOT_FOUND", async () => {
    const c = await county();
    const idNumber = residentId();
    const h = await monitored(c, 3, c.east.villageId, {
      idNumber,
      members: [
        { name: "张建国", relation: "head", idNumber },
        { name: "张小红", relation: "child", idNumber: residentId(), schoolStatus: "high_school" },
      ],
    });
    const child = h.people.find((p: { relation: string }) => p.relation === "child")!;
    const grant = await recorded(
      c.clerk,
      h.householdId,
      measure({ kind: "education_aid", amountFen: yuan(2000), period: "yearly", memberId: child.memberId }),
    );
    expect(grant).toMatchObject({ memberId: child.memberId, memberName: "张小红", kindLabel: "教育资助" });
    const res = await record(c.clerk, h.householdId, measure({ memberId: "mbr_nobody" }));
    expectError(res, 422, "REFERENCE_NOT_FOUND");
    expect(res.body.error.details[0]).toMatchObject({ path: "body.memberId", resource: "member" });
  });

  it("refuses a measure ending before it starts (422 ENDED_BEFORE_START), when recorded and when ended, and writes nothing", async () => {
    const c = await county();
    const h = await monitored(c);
    const early = await record(c.clerk, h.householdId, measure({ startOn: daysAgo(5), endOn: daysAgo(6) }));
    expectError(early, 422, "ENDED_BEFORE_START");
    expect(early.body.error.details[0]).toMatchObject({ path: "body.endOn", startedOn: daysAgo(5) });

    const m = await recorded(c.clerk, h.householdId, measure({ startOn: daysAgo(5) }));
    const end = (endOn: string, token = c.clerk) =>
      api("POST /households/{householdId}/measures/{measureId}/end", {
        token,
        params: { householdId: h.householdId, measureId: m.measureId },
        body: { endOn, reason: "已在县城稳定就业" },
      });
    expectError(await end(daysAgo(6)), 422, "ENDED_BEFORE_START");
    const future = await end(daysAgo(-1));
    expectError(future, 400, "VALIDATION_FAILED");
    expect((future.body as any).error.details[0]).toMatchObject({ path: "body.endOn", issue: "in_future" });
    const list = await api("GET /households/{householdId}/measures", { token: c.clerk, params: { householdId: h.householdId } });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: "active", endOn: null, version: 1 });

    const ended = await end(daysAgo(5));
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body).toMatchObject({ status: "ended", statusLabel: "已结束", endOn: daysAgo(5), ended: { reason: "已在县城稳定就业" } });
    expectError(await end(daysAgo(4)), 409, "INVALID_STATE");
    const household = await api("GET /households/{householdId}", { token: c.clerk, params: { householdId: h.householdId } });
    expect(household.body.activeMeasures).toBe(0);
  });

  it("refuses bodies that do not say what the measure is, with 400 naming the field", async () => {
    const c = await county();
    const h = await monitored(c);
    const cases: [Record<string, unknown>, string][] = [
      [measure({ kind: "other" }), "body.content"],
      [measure({ amountFen: undefined }), "body.amountFen"],
      [measure({ amountFen: 10.5 }), "body.amountFen"],
      [measure({ amountFen: -1 }), "body.amountFen"],
      [measure({ period: "weekly" }), "body.period"],
      [measure({ kind: "prevention_claim", amountFen: undefined, period: undefined }), "body.claimId"],
      [measure({ claimId: "clm_1" }), "body.claimId"],
      [measure({ startOn: "2026-02-30" }), "body.startOn"],
      [measure({ responsibleCadre: "   " }), "body.responsibleCadre"],
    ];
    for (const [body, path] of cases) {
      const res = await record(c.clerk, h.householdId, body);
      expectError(res, 400, "VALIDATION_FAILED");
      expect(
        res.body.error.details.map((d: { path: string }) => d.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const list = await api("GET /households/{householdId}/measures", { token: c.clerk, params: { householdId: h.householdId } });
    expect(list.body.items).toEqual([]);
  });

  it("records a measure while the household is still being identified (先行帮扶), through the lead and identification routes", async () => {
    const c = await county();
    const h = await register(c, c.east.villageId);
    const lead = await api("POST /risk-leads", {
      token: c.eastClerk,
      body: { householdId: h.householdId, source: "self_report", description: "家中房屋因暴雨倒塌" },
    });
    expect(lead.status, lead.text).toBe(201);
    const opened = await api("POST /assessments", { token: c.eastClerk, body: { kind: "identification", leadId: lead.body.leadId } });
    expect(opened.status, opened.text).toBe(201);
    const identifying = await api("GET /households/{householdId}", { token: c.clerk, params: { householdId: h.householdId } });
    expect(identifying.body.status).toBe("identifying");
    const aid = await recorded(c.eastClerk, h.householdId, measure({ kind: "temporary_aid", amountFen: yuan(2000), period: "once" }));
    expect(aid).toMatchObject({ kindLabel: "临时救助", status: "active" });
    const after = await api("GET /households/{householdId}", { token: c.clerk, params: { householdId: h.householdId } });
    expect(after.body).toMatchObject({ status: "identifying", activeMeasures: 1 });
  });

  it("records measures for households being identified or monitored, not for one merely registered (409 INVALID_STATE)", async () => {
    const c = await county();
    const h = await register(c, c.east.villageId);
    const res = await record(c.clerk, h.householdId, measure());
    expectError(res, 409, "INVALID_STATE");
    expect(res.body.error.details[0]).toMatchObject({ resource: "household", status: "registered", action: "record_measure" });
  });

  it("acts only within the caller's area: another county's or township's staff get 404, province staff read but may not record (403 READ_ONLY_AREA)", async () => {
    const c = await county();
    const other = await county();
    const h = await monitored(c);
    const m = await recorded(c.clerk, h.householdId, measure());
    const params = { householdId: h.householdId };
    for (const token of [other.clerk, c.westClerk]) {
      expectError(await record(token, h.householdId, measure()), 404, "NOT_FOUND");
      expectError(await api("GET /households/{householdId}/measures", { token, params }), 404, "NOT_FOUND");
      expectError(
        await api("POST /households/{householdId}/measures/{measureId}/end", {
          token,
          params: { ...params, measureId: m.measureId },
          body: { endOn: daysAgo(0), reason: "x" },
        }),
        404,
        "NOT_FOUND",
      );
    }
    expectError(await record(c.provinceStaff, h.householdId, measure()), 403, "READ_ONLY_AREA");
    const read = await api("GET /households/{householdId}/measures", { token: c.provinceStaff, params });
    expect(read.status, read.text).toBe(200);
    expect(read.body.items.map((x) => x.measureId)).toEqual([m.measureId]);
    // A measure of another household is not found under this one.
    const h2 = await monitored(c);
    expectError(
      await api("POST /households/{householdId}/measures/{measureId}/end", {
        token: c.clerk,
        params: { householdId: h2.householdId, measureId: m.measureId },
        body: { endOn: daysAgo(0), reason: "x" },
      }),
      404,
      "NOT_FOUND",
    );
  });
});

describe("a 防贫保险/防贫救助 claim as a measure", () => {
  /** A scheme of the county with a pool, and an approved claim of the household (maker-checker: three people). */
  async function approvedClaim(c: County, householdId: string) {
    const admin = await tokenFor("admin-e2e", "admin");
    const schemeId = `sch-${unique()}`;
    const put = await api("PUT /schemes/{schemeId}", { token: admin, params: { schemeId }, body: schemeInput(c.name) });
    expect(put.status, put.text).toBe(200);
    const top = await api("POST /schemes/{schemeId}/top-ups", {
      token: admin,
      params: { schemeId },
      body: { amountFen: yuan(100_000), source: "县财政" },
    });
    expect(top.status, top.text).toBe(201);
    const submitted = await api("POST /claims", { token: c.eastClerk, body: claimInput(householdId, schemeId) });
    expect(submitted.status, submitted.text).toBe(201);
    const claimId = submitted.body.claimId;
    return {
      claimId,
      approve: async () => {
        const reviewed = await api("POST /claims/{claimId}/review", {
          token: c.clerk,
          params: { claimId },
          body: { decision: "pass", note: "入户核查属实" },
        });
        expect(reviewed.status, reviewed.text).toBe(200);
        const approved = await api("POST /claims/{claimId}/approve", { token: c.approver, params: { claimId } });
        expect(approved.status, approved.text).toBe(200);
        return approved.body;
      },
    };
  }

  const claimMeasure = (claimId: string) => ({ kind: "prevention_claim", claimId, startOn: daysAgo(0), responsibleCadre: "李红梅" });

  it("links the household's own approved claim once, with the claim's payout as its money", async () => {
    const c = await county();
    const h = await monitored(c);
    const claim = await approvedClaim(c, h.householdId);
    // Still under review, a claim is no help yet.
    const early = await record(c.clerk, h.householdId, claimMeasure(claim.claimId));
    expectError(early, 409, "INVALID_STATE");
    expect(early.body.error.details[0]).toMatchObject({ resource: "claim", status: "submitted" });

    const approved = await claim.approve();
    expect(approved.approvedPayoutFen).toBeGreaterThan(0);
    const m = await recorded(c.clerk, h.householdId, claimMeasure(claim.claimId));
    expect(m).toMatchObject({
      kind: "prevention_claim",
      kindLabel: "防贫保险/防贫救助",
      claimId: claim.claimId,
      amountFen: approved.approvedPayoutFen,
      period: "once",
    });
    const again = await record(c.clerk, h.householdId, claimMeasure(claim.claimId));
    expectError(again, 409, "DUPLICATE");
    expect(again.body.error.details[0]).toMatchObject({ path: "body.claimId", measureId: m.measureId });
    const list = await api("GET /households/{householdId}/measures", { token: c.clerk, params: { householdId: h.householdId } });
    expect(list.body.items.map((x) => x.measureId)).toEqual([m.measureId]);
  });

  it("refuses another household's claim (422 CLAIM_OF_OTHER_HOUSEHOLD), and an unknown or out-of-area one as not existing (422 REFERENCE_NOT_FOUND)", async () => {
    const c = await county();
    const h = await monitored(c);
    const neighbour = await monitored(c);
    const theirs = await approvedClaim(c, neighbour.householdId);
    await theirs.approve();
    const res = await record(c.clerk, h.householdId, claimMeasure(theirs.claimId));
    expectError(res, 422, "CLAIM_OF_OTHER_HOUSEHOLD");
    expect(res.body.error.details[0]).toMatchObject({ path: "body.claimId", claimId: theirs.claimId });

    expectError(await record(c.clerk, h.householdId, claimMeasure(`clm_${unique()}`)), 422, "REFERENCE_NOT_FOUND");
    // Another county's claim: the clerk cannot see it, so it does not exist for them.
    const elsewhere = await county();
    const foreign = await monitored(elsewhere);
    const foreignClaim = await approvedClaim(elsewhere, foreign.householdId);
    await foreignClaim.approve();
    const hidden = await record(c.clerk, h.householdId, claimMeasure(foreignClaim.claimId));
    expectError(hidden, 422, "REFERENCE_NOT_FOUND");
    expect(hidden.body.error.details[0]).toMatchObject({ path: "body.claimId", resource: "claim" });
    const list = await api("GET /households/{householdId}/measures", { token: c.clerk, params: { householdId: h.householdId } });
    expect(list.body.items).toEqual([]);
  });
});

describe("the flag on monitored households without a measure", () => {
  const flagged = async (token: string, query: Record<string, string> = {}) => {
    const res = await api("GET /monitoring/flags", { token, query });
    expect(res.status, res.text).toBe(200);
    return res.body.items;
  };

  it("flags a household confirmed more than the county's deadline ago without a measure, until a measure is in effect", async () => {
    const c = await county();
    const late = await monitored(c, 31);
    const onTime = await monitored(c, 30); // its last day is today: not yet late
    const west = await monitored(c, 40, c.west.villageId);
    await register(c, c.east.villageId); // registered only: never flagged

    const all = await flagged(c.clerk);
    expect(all.map((f) => f.householdId)).toEqual([west.householdId, late.householdId]);
    expect(all[1]).toMatchObject({
      kind: "no_measure",
      householdId: late.householdId,
      township: "东镇",
      confirmedOn: daysAgo(31),
      dueOn: daysAgo(1),
      daysOverdue: 1,
    });
    expect(all.map((f) => f.householdId)).not.toContain(onTime.householdId);
    // Township staff see their own township's; other counties see none of them.
    expect((await flagged(c.eastClerk)).map((f) => f.householdId)).toEqual([late.householdId]);
    expect((await flagged(c.westClerk)).map((f) => f.householdId)).toEqual([west.householdId]);
    expect(await flagged(c.eastClerk, { township: "西镇" })).toEqual([]);
    const other = await county();
    expect(await flagged(other.clerk, { county: c.name })).toEqual([]);
    expect((await flagged(c.provinceStaff, { county: c.name })).map((f) => f.householdId)).toEqual([west.householdId, late.householdId]);
    expectError(await api("GET /monitoring/flags", { token: c.provinceStaff }), 400, "VALIDATION_FAILED");

    // A measure takes it off the list; ending its only measure puts it back.
    const m = await recorded(c.clerk, late.householdId, measure({ kind: "employment", amountFen: 0, period: "once", startOn: daysAgo(0) }));
    expect((await flagged(c.clerk)).map((f) => f.householdId)).toEqual([west.householdId]);
    const end = await api("POST /households/{householdId}/measures/{measureId}/end", {
      token: c.clerk,
      params: { householdId: late.householdId, measureId: m.measureId },
      body: { endOn: daysAgo(0), reason: "务工单位停产" },
    });
    expect(end.status, end.text).toBe(200);
    expect((await flagged(c.clerk)).map((f) => f.householdId)).toEqual([west.householdId, late.householdId]);
  });

  it("follows the county's measureDeadlineDays when it changes, with no household rewritten", async () => {
    const c = await county();
    const h31 = await monitored(c, 31);
    const h40 = await monitored(c, 40);
    expect((await flagged(c.clerk)).map((f) => f.householdId)).toEqual([h40.householdId, h31.householdId]);
    const put = await api("PUT /monitoring/settings/{county}", {
      token: c.clerk,
      params: { county: c.name },
      body: { measureDeadlineDays: 35 },
    });
    expect(put.status, put.text).toBe(200);
    const after = await flagged(c.clerk);
    expect(after.map((f) => f.householdId)).toEqual([h40.householdId]);
    expect(after[0]).toMatchObject({ dueOn: daysAgo(5), daysOverdue: 5 });
  });

  it("pages through the flagged households with a cursor", async () => {
    const c = await county();
    const ids = [];
    for (const days of [50, 45, 40]) ids.push((await monitored(c, days)).householdId);
    const first = await api("GET /monitoring/flags", { token: c.clerk, query: { limit: 2 } });
    expect(first.body.items.map((f) => f.householdId)).toEqual(ids.slice(0, 2));
    expect(first.body.nextCursor).not.toBeNull();
    const second = await api("GET /monitoring/flags", { token: c.clerk, query: { limit: 2, cursor: first.body.nextCursor! } });
    expect(second.body.items.map((f) => f.householdId)).toEqual(ids.slice(2));
    expect(second.body.nextCursor).toBeNull();
  });
});
