import { describe, expect, it } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { api, call, expectError, unique } from "./support/api";
import { noticeStartedDaysAgo } from "./support/claims-state";
import { staffToken } from "./support/fixtures/accounts";
import { submit, type World, world } from "./support/fixtures/claims";

/*
 * A claim's 公示 on the public board (issue 12): while a claim's notice runs before the township's
 * review, anyone sees it (the name masked) and may object without signing in; the objection joins
 * the claim's and holds its review until the township answers it. Real HTTP, real DynamoDB Local.
 */

const today = chinaToday();
const noticeOnly = { chain: { homeVisit: false, villageReview: false, publicNotice: true } };

async function staffOf(w: World) {
  const s = unique();
  return {
    notifier: await staffToken(`notice-${s}`, ["clerk"], w.t.area),
    township: await staffToken(`township-${s}`, ["clerk"], w.t.area),
  };
}

/** The county's board as anyone sees it: every item, and the raw text of the answers. */
async function board(w: World, township?: string) {
  const query = new URLSearchParams({ county: w.village.county, limit: "50", ...(township ? { township } : {}) });
  const res = await call("GET", `/public/notices?${query}`);
  expect(res.status, res.text).toBe(200);
  expect(res.body.nextCursor).toBeNull();
  return { items: res.body.items as { noticeId: string; [k: string]: unknown }[], text: res.text };
}

const object = (noticeId: string, body: Record<string, unknown>) => call("POST", `/public/notices/${noticeId}/objections`, { body });

describe("a claim's notice on the public board", () => {
  it("shows while it runs, takes an objection from anyone, and the objection holds the township's review", async () => {
    const w = await world({ scheme: noticeOnly });
    const staff = await staffOf(w);
    const running = await submit(w);
    const later = await submit(w);
    expect((await board(w)).items).toEqual([]);

    const started = await api("POST /claims/{claimId}/notice", { token: staff.notifier, params: { claimId: running }, body: {} });
    expect(started.status, started.text).toBe(200);
    // A notice that starts tomorrow is not up yet.
    await api("POST /claims/{claimId}/notice", {
      token: staff.notifier,
      params: { claimId: later },
      body: { startsOn: shiftDays(today, 1) },
    });

    const up = await board(w);
    expect(up.items).toEqual([
      {
        noticeId: running,
        kind: "claim_proposal",
        kindLabel: "防贫保险/防贫救助拟救助公示",
        name: "张*国",
        county: w.village.county,
        township: w.village.township,
        villageName: w.village.name,
        category: null,
        categoryLabel: null,
        cause: "illness",
        causeLabel: "因病",
        amountFen: started.body.payoutPreviewFen,
        startsOn: today,
        endsOn: shiftDays(today, 4),
        acceptsObjections: true,
      },
    ]);
    expect(up.text).not.toContain("张建国");
    expect((await board(w, "另一个镇")).items).toEqual([]);

    const filed = await object(running, { note: "该户家中有营运车辆，收入不低", contact: "13812345678" });
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toEqual({ objectionId: expect.stringMatching(/^obj_/), noticeId: running, receivedOn: today });
    expect(filed.text).not.toContain("13812345678");

    // Staff see it on the claim, the contact masked, and in its history.
    const claim = await api("GET /claims/{claimId}", { token: w.t.clerk, params: { claimId: running } });
    expect(claim.body.objections).toEqual([
      {
        objectionId: filed.body.objectionId,
        channel: "public",
        summary: "该户家中有营运车辆，收入不低",
        receivedOn: today,
        recordedBy: "public",
        contactMasked: "138****5678",
        at: expect.any(String),
        resolution: null,
      },
    ]);
    expect(claim.text).not.toContain("13812345678");
    expect(claim.text).not.toContain("contactSealed");
    expect(claim.body.history!.at(-1)).toMatchObject({ action: "public_objection", actor: "public", note: "该户家中有营运车辆，收入不低" });

    // The notice over, it leaves the board and takes no more objections; the review waits for the finding.
    await noticeStartedDaysAgo(running, 6);
    expect((await board(w)).items.map((n) => n.noticeId)).not.toContain(running);
    expectError(await object(running, { note: "还有一条" }), 422, "OUTSIDE_NOTICE_PERIOD");
    const params = { claimId: running };
    expectError(
      await api("POST /claims/{claimId}/review", { token: staff.township, params, body: { decision: "pass", note: "属实" } }),
      422,
      "OBJECTION_UNRESOLVED",
    );
    const answered = await api("POST /claims/{claimId}/objections/{objectionId}/resolution", {
      token: staff.township,
      params: { claimId: running, objectionId: filed.body.objectionId },
      body: { upheld: false, finding: "车辆为亲戚所有，已核实" },
    });
    expect(answered.status, answered.text).toBe(200);
    const reviewed = await api("POST /claims/{claimId}/review", {
      token: staff.township,
      params,
      body: { decision: "pass", note: "属实" },
    });
    expect(reviewed.body).toMatchObject({ status: "reviewed", stage: "county_approval" });
  });

  it("takes a claim off the board when it is rejected during its notice, and answers 404 for ids that are no notice", async () => {
    const w = await world({ scheme: noticeOnly });
    const staff = await staffOf(w);
    const claimId = await submit(w);
    const notStarted = await submit(w);
    await api("POST /claims/{claimId}/notice", { token: staff.notifier, params: { claimId }, body: {} });
    expect((await board(w)).items.map((n) => n.noticeId)).toEqual([claimId]);

    const rejected = await api("POST /claims/{claimId}/reject", {
      token: staff.township,
      params: { claimId },
      body: { reason: "户籍不在本村" },
    });
    expect(rejected.body.status, rejected.text).toBe("rejected");
    expect((await board(w)).items).toEqual([]);
    const refused = await object(claimId, { note: "异议" });
    expectError(refused, 422, "OUTSIDE_NOTICE_PERIOD");
    expect(refused.body.error.details[0]).toMatchObject({ message: "the notice was taken down" });

    // A claim whose notice has not started, and an id that is no claim: neither tells anything.
    expectError(await object(notStarted, { note: "异议" }), 404, "NOT_FOUND");
    expectError(await object("clm_0000000000000000000000", { note: "异议" }), 404, "NOT_FOUND");
    const untouched = await api("GET /claims/{claimId}", { token: w.t.clerk, params: { claimId: notStarted } });
    expect(untouched.body.objections).toEqual([]);
  });

  it("limits one address to 10 objections a day on a claim's notice, the eleventh writing nothing", async () => {
    const w = await world({ scheme: noticeOnly });
    const staff = await staffOf(w);
    const claimId = await submit(w);
    await api("POST /claims/{claimId}/notice", { token: staff.notifier, params: { claimId }, body: {} });
    for (let i = 0; i < 10; i++) expect((await object(claimId, { note: `异议${i}` })).status).toBe(201);
    const refused = await object(claimId, { note: "第十一条" });
    expectError(refused, 422, "OBJECTION_LIMIT_REACHED");
    expect(refused.body.error.details[0]).toMatchObject({ scope: "source", limit: 10 });
    const claim = await api("GET /claims/{claimId}", { token: w.t.clerk, params: { claimId } });
    expect(claim.body.objections).toHaveLength(10);
    expect(claim.body.objections.map((o) => o.summary)).not.toContain("第十一条");
  });
});
