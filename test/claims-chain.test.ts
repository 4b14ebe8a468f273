import { describe, expect, it } from "vitest";
import { addWorkingDays, NO_HOLIDAYS } from "@fupin/core/calendar/working-days";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { api, expectError, unique } from "./support/api";
import { deadlinePassedDaysAgo, noticeStartedDaysAgo } from "./support/claims-state";
import { adminToken, staffToken } from "./support/fixtures/accounts";
import { claimInput, inSchemeYear, type World, world } from "./support/fixtures/claims";

/*
 * The approval chain counties run (issue 12): submitted → home visit → village review → public
 * notice → township review → county approval, each step by someone who took no other, against a
 * working-day deadline. Real HTTP, real DynamoDB Local; days passing are written through the
 * claims' storage seam (support/claims-state.ts).
 */

const noSteps = { homeVisit: false, villageReview: false, publicNotice: false };
const allSteps = { homeVisit: true, villageReview: true, publicNotice: true };

/** Six people for six steps, in the world's county. */
async function chainStaff(w: World) {
  const s = unique();
  const clerk = (name: string) => staffToken(`${name}-${s}`, ["clerk"], w.t.area);
  return {
    submitter: w.t.clerk,
    visitor: await clerk("visit"),
    village: await clerk("village"),
    notifier: await clerk("notice"),
    township: await clerk("township"),
    approver: w.t.approver,
  };
}

async function fileClaim(w: World, incidentDate?: string) {
  const body = claimInput(w.household.householdId, w.schemeId, incidentDate ? { incidentDate } : {});
  const res = await api("POST /claims", { token: w.t.clerk, body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const visit = { visitors: ["王村医", "李会计"], visitedOn: chinaToday(), findings: "住院属实，家中无其他收入来源" };

describe("the whole chain", () => {
  it("goes visit → village review → notice → township review → approval, each step by a new person, with history", async () => {
    const w = await world({ scheme: { chain: allSteps } });
    const staff = await chainStaff(w);
    const claim = await fileClaim(w);
    const claimId = claim.claimId;
    expect(claim).toMatchObject({
      status: "submitted",
      stage: "home_visit",
      chain: { homeVisit: true, villageReview: true, publicNotice: true },
    });
    const params = { claimId };

    // Out of order: the township cannot review before the visit.
    expectError(
      await api("POST /claims/{claimId}/review", { token: staff.township, params, body: { decision: "pass", note: "x" } }),
      409,
      "INVALID_STATE",
    );
    // A visit needs two visitors, and not the submitter.
    expectError(
      await api("POST /claims/{claimId}/home-visit", { token: staff.visitor, params, body: { ...visit, visitors: ["王村医"] } }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await api("POST /claims/{claimId}/home-visit", { token: staff.submitter, params, body: visit }),
      403,
      "SEPARATION_OF_DUTIES",
    );
    const visited = await api("POST /claims/{claimId}/home-visit", { token: staff.visitor, params, body: visit });
    expect(visited.status, visited.text).toBe(200);
    expect(visited.body).toMatchObject({ stage: "village_review", homeVisit: { visitors: ["王村医", "李会计"] } });

    // The visitor cannot also hold the village review.
    const villageBody = { decision: "pass", note: "村民代表11人参加评议，无异议" } as const;
    expectError(
      await api("POST /claims/{claimId}/village-review", { token: staff.visitor, params, body: villageBody }),
      403,
      "SEPARATION_OF_DUTIES",
    );
    const reviewed = await api("POST /claims/{claimId}/village-review", { token: staff.village, params, body: villageBody });
    expect(reviewed.body).toMatchObject({ stage: "public_notice", notice: null });

    // The notice runs the county's 5 days from today; the township must wait for its end.
    const noticed = await api("POST /claims/{claimId}/notice", { token: staff.notifier, params, body: {} });
    expect(noticed.status, noticed.text).toBe(200);
    expect(noticed.body.notice).toMatchObject({ startsOn: chinaToday(), endsOn: shiftDays(chinaToday(), 4) });
    const pass = { decision: "pass", note: "公示无异议，同意" } as const;
    const early = await api("POST /claims/{claimId}/review", { token: staff.township, params, body: pass });
    expectError(early, 422, "NOTICE_PERIOD_NOT_OVER");
    expect((early.body as unknown as { error: { details: unknown[] } }).error.details[0]).toMatchObject({
      endsOn: shiftDays(chinaToday(), 4),
      availableOn: shiftDays(chinaToday(), 5),
    });

    // An objection during the notice holds the review until the township answers it.
    const objection = await api("POST /claims/{claimId}/objections", {
      token: staff.village,
      params,
      body: { summary: "有村民反映该户另有经营收入", receivedOn: chinaToday() },
    });
    expect(objection.status, objection.text).toBe(201);
    await noticeStartedDaysAgo(claimId, 6);
    expectError(await api("POST /claims/{claimId}/review", { token: staff.township, params, body: pass }), 422, "OBJECTION_UNRESOLVED");
    const objectionId = objection.body.objections[0]!.objectionId;
    const found = await api("POST /claims/{claimId}/objections/{objectionId}/resolution", {
      token: staff.township,
      params: { claimId, objectionId },
      body: { upheld: false, finding: "经核实，经营已于去年停止" },
    });
    expect(found.status, found.text).toBe(200);

    // The notifier cannot review; the township can.
    expectError(await api("POST /claims/{claimId}/review", { token: staff.notifier, params, body: pass }), 403, "SEPARATION_OF_DUTIES");
    const township = await api("POST /claims/{claimId}/review", { token: staff.township, params, body: pass });
    expect(township.status, township.text).toBe(200);
    expect(township.body).toMatchObject({ status: "reviewed", stage: "county_approval" });

    // No one who took a step approves: a new approver does.
    const approved = await api("POST /claims/{claimId}/approve", { token: staff.approver, params });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({ status: "approved", stage: "payment" });
    expect(approved.body.actors).toHaveLength(6);
    expect(new Set(approved.body.actors).size).toBe(6);
    expect(approved.body.history?.map((e: { action: string }) => e.action)).toEqual([
      "submit",
      "home_visit",
      "village_review_pass",
      "start_notice",
      "record_objection",
      "test_backdate_notice",
      "resolve_objection",
      "review_pass",
      "approve",
    ]);
  });

  it("lets an upheld objection end the claim only in a rejection", async () => {
    const w = await world({ scheme: { chain: { homeVisit: false, villageReview: false, publicNotice: true } } });
    const staff = await chainStaff(w);
    const { claimId } = await fileClaim(w);
    const params = { claimId };
    await api("POST /claims/{claimId}/notice", { token: staff.notifier, params, body: {} });
    const objection = await api("POST /claims/{claimId}/objections", {
      token: staff.village,
      params,
      body: { summary: "家中有车辆", receivedOn: chinaToday() },
    });
    await api("POST /claims/{claimId}/objections/{objectionId}/resolution", {
      token: staff.township,
      params: { claimId, objectionId: objection.body.objections[0]!.objectionId },
      body: { upheld: true, finding: "核实属实：家有营运车辆" },
    });
    await noticeStartedDaysAgo(claimId, 6);
    expectError(
      await api("POST /claims/{claimId}/review", { token: staff.township, params, body: { decision: "pass", note: "x" } }),
      422,
      "OBJECTION_UPHELD",
    );
    const rejected = await api("POST /claims/{claimId}/review", {
      token: staff.township,
      params,
      body: { decision: "reject", note: "异议成立" },
    });
    expect(rejected.body).toMatchObject({ status: "rejected", stage: "closed" });
  });

  it("skips the steps a scheme leaves out: an insurance scheme goes from filing to the township's review", async () => {
    const w = await world({ scheme: { chain: noSteps } });
    const claim = await fileClaim(w);
    expect(claim.stage).toBe("township_review");
    expectError(
      await api("POST /claims/{claimId}/home-visit", { token: w.t.reviewer, params: { claimId: claim.claimId }, body: visit }),
      409,
      "INVALID_STATE",
    );
    const reviewed = await api("POST /claims/{claimId}/review", {
      token: w.t.reviewer,
      params: { claimId: claim.claimId },
      body: { decision: "pass", note: "ok" },
    });
    expect(reviewed.body.status).toBe("reviewed");
  });

  it("refuses a notice that starts in the past and an objection outside the notice", async () => {
    const w = await world({ scheme: { chain: { homeVisit: false, villageReview: false, publicNotice: true } } });
    const staff = await chainStaff(w);
    const { claimId } = await fileClaim(w);
    const params = { claimId };
    expectError(
      await api("POST /claims/{claimId}/objections", { token: staff.village, params, body: { summary: "x", receivedOn: chinaToday() } }),
      422,
      "OUTSIDE_NOTICE_PERIOD",
    );
    expectError(
      await api("POST /claims/{claimId}/notice", { token: staff.notifier, params, body: { startsOn: shiftDays(chinaToday(), -1) } }),
      400,
      "VALIDATION_FAILED",
    );
    await api("POST /claims/{claimId}/notice", { token: staff.notifier, params, body: {} });
    expectError(await api("POST /claims/{claimId}/notice", { token: staff.village, params, body: {} }), 409, "INVALID_STATE");
    expectError(
      await api("POST /claims/{claimId}/objections", {
        token: staff.village,
        params,
        body: { summary: "x", receivedOn: shiftDays(chinaToday(), -1) },
      }),
      422,
      "OUTSIDE_NOTICE_PERIOD",
    );
  });
});

describe("the working-day deadline", () => {
  it("is 25 working days from filing by default, and lists overdue claims longest first until they close", async () => {
    const w = await world({ scheme: { chain: noSteps } });
    const year = Number(chinaToday().slice(0, 4));
    const calendar = await api("GET /calendars/{year}", { token: w.t.clerk, params: { year } });
    const holidays = new Set<string>([
      ...calendar.body.holidays,
      ...(await api("GET /calendars/{year}", { token: w.t.clerk, params: { year: year + 1 } })).body.holidays,
    ]);
    const workdays = new Set<string>(calendar.body.workdays);
    const first = await fileClaim(w);
    expect(first.dueOn).toBe(addWorkingDays(chinaToday(), 25, holidays.size ? { holidays, workdays } : NO_HOLIDAYS));
    expect(first.overdue).toBe(false);

    // Incidents months apart: the same household and cause within 30 days would be a possible duplicate.
    const second = await fileClaim(w, inSchemeYear("04-20"));
    const fresh = await fileClaim(w, inSchemeYear("07-20"));
    await deadlinePassedDaysAgo(first.claimId, 3);
    await deadlinePassedDaysAgo(second.claimId, 10);

    const overdue = await api("GET /claims", { token: w.t.reviewer, query: { overdue: "true" } });
    expect(overdue.status, overdue.text).toBe(200);
    expect(overdue.body.items.map((c: { claimId: string }) => c.claimId)).toEqual([second.claimId, first.claimId]);
    expect(overdue.body.items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    expect(overdue.body.items.map((c: { claimId: string }) => c.claimId)).not.toContain(fresh.claimId);

    // Closing a claim takes it off the list.
    await api("POST /claims/{claimId}/reject", { token: w.t.reviewer, params: { claimId: second.claimId }, body: { reason: "材料不全" } });
    const after = await api("GET /claims", { token: w.t.reviewer, query: { overdue: "true" } });
    expect(after.body.items.map((c: { claimId: string }) => c.claimId)).toEqual([first.claimId]);
  });

  it("counts the holidays an administrator enters, and refuses an inconsistent calendar", async () => {
    const admin = await adminToken();
    const year = 2099;
    // 2099-01-05 is a Monday; as a holiday, 1 working day after Friday 2099-01-02 is Tuesday 2099-01-06.
    const put = await api("PUT /calendars/{year}", {
      token: admin,
      params: { year },
      body: { holidays: ["2099-01-05"], workdays: ["2099-01-03"] },
    });
    expect(put.status, put.text).toBe(200);
    expect(addWorkingDays("2099-01-02", 2, { holidays: new Set(put.body.holidays), workdays: new Set(put.body.workdays) })).toBe(
      "2099-01-06",
    );
    expectError(
      await api("PUT /calendars/{year}", { token: admin, params: { year }, body: { workdays: ["2099-01-05"] } }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await api("PUT /calendars/{year}", { token: admin, params: { year }, body: { holidays: ["2098-12-31"] } }),
      400,
      "VALIDATION_FAILED",
    );
    const clerk = await staffToken(`clerk-${unique()}`, ["clerk"], { county: "夏津县" });
    expectError(await api("PUT /calendars/{year}", { token: clerk, params: { year }, body: {} }), 403, "FORBIDDEN");
  });
});
