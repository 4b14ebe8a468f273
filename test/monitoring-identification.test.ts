import { describe, expect, it } from "vitest";
import { chinaMonth, chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Role } from "@fupin/core/platform/actor";
import type { Area } from "@fupin/core/platform/area";
import { MonitoringTotals, counter } from "@fupin/core/monitoring/totals/storage";
import { api, call, expectError, unique } from "./support/api";
import { createVillage, householdInput, staffToken, yuan } from "./support/fixtures";
import { testStore } from "./support/monitoring-state";

/**
 * Identification (识别) and risk removal (风险消除) over HTTP against DynamoDB Local: lead → home
 * visit → village review → public notice → township review → county decision, each step by another
 * person. A notice must run its days before the county decides, which a test run cannot wait for:
 * the notice step accepts a past `startsOn` (a notice put up in the village days ago and recorded
 * now; never a future one), so the path's notice is dated six days back and its five days are over.
 */

const SHANDONG = { province: "山东省", city: "德州市" };
const TOWNSHIP = "苏留庄镇";
const today = chinaToday();
const daysAgo = (n: number) => shiftDays(today, -n);

interface Person {
  id: string;
  token: string;
}

async function person(prefix: string, roles: Role[], area: Area): Promise<Person> {
  const id = `${prefix}-${unique()}`;
  return { id, token: await staffToken(id, roles, area) };
}

/** A fresh county (its monitoring line for 2025 set) with a village, and the people who take each step. */
async function county() {
  const name = `识别县${unique()}`;
  const [village, otherVillage] = await Promise.all([
    createVillage({ county: name, township: TOWNSHIP }),
    createVillage({ county: name, township: "白马湖镇" }),
  ]);
  const countyArea = { ...SHANDONG, county: name };
  const townshipArea = { ...countyArea, township: TOWNSHIP };
  const settings = await api("PUT /monitoring/settings/{county}", {
    token: await staffToken(`county-admin-${unique()}`, ["admin"], countyArea),
    params: { county: name },
    body: { incomeLines: [{ year: 2025, lineFen: yuan(7500) }] },
  });
  expect(settings.status, settings.text).toBe(200);
  return {
    name,
    village,
    otherVillage,
    countyClerk: await person("county-clerk", ["clerk"], countyArea),
    opener: await person("opener", ["clerk"], townshipArea),
    visitor: await person("visitor", ["clerk"], townshipArea),
    villageClerk: await person("village", ["clerk"], townshipArea),
    noticer: await person("noticer", ["clerk"], townshipArea),
    townshipApprover: await person("township-approver", ["approver"], townshipArea),
    countyReviewer: await person("county-reviewer", ["approver"], countyArea),
    countyApprover: await person("county-approver", ["approver"], countyArea),
    otherTownshipClerk: await person("other-township", ["clerk"], { ...countyArea, township: "白马湖镇" }),
    provinceStaff: await person("province", ["clerk", "approver"], { province: SHANDONG.province }),
    otherCountyClerk: await person("other-county", ["clerk", "approver"], { ...SHANDONG, county: `别县${unique()}` }),
  };
}
type County = Awaited<ReturnType<typeof county>>;

async function household(c: County, overrides: Record<string, unknown> = {}) {
  const res = await api("POST /households", {
    token: c.countyClerk.token,
    body: householdInput(c.village.villageId, {
      category: "unstable_out_of_poverty",
      perCapitaIncomeFen: yuan(6000),
      incomeYear: 2025,
      ...overrides,
    }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function lead(c: County, householdId: string) {
  const res = await api("POST /risk-leads", {
    token: c.opener.token,
    body: { householdId, source: "cadre_visit", description: "走访发现家中主要劳动力因病无法务工" },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const getHousehold = async (c: County, householdId: string) =>
  (await api("GET /households/{householdId}", { token: c.countyClerk.token, params: { householdId } })).body;
const getLead = async (c: County, leadId: string) =>
  (await api("GET /risk-leads/{leadId}", { token: c.countyClerk.token, params: { leadId } })).body;
const getAssessment = async (token: string, assessmentId: string) =>
  api("GET /assessments/{assessmentId}", { token, params: { assessmentId } });

/** The county's totals item: its counters by name (a missing one has never moved). */
async function totals(countyName: string): Promise<Record<string, number>> {
  const { county: _county, ...counters } = (await MonitoringTotals.find(testStore(), { county: countyName }, { consistent: true })) ?? {
    county: countyName,
  };
  return counters as Record<string, number>;
}

const visitBody = (overrides: Record<string, unknown> = {}) => ({
  visitedOn: daysAgo(10),
  visitors: ["王建军", "李红梅"],
  findings: "户主突发脑梗，住院自付费用较高，家庭收入骤降",
  consent: { signed: true, signedOn: daysAgo(10) },
  ...overrides,
});
const removalChecks = (overrides: Record<string, unknown> = {}) => ({
  year: 2025,
  perCapitaIncomeFen: yuan(9200),
  incomeStable: true,
  foodAndClothing: true,
  compulsoryEducation: true,
  basicMedicalInsurance: true,
  safeHousing: true,
  safeDrinkingWater: true,
  ...overrides,
});

/** Takes one step; expects it to pass. */
async function step(path: string, who: Person, body: unknown, status = 200) {
  const res = await call("POST", path, { token: who.token, body });
  expect(res.status, res.text).toBe(status);
  return res.body;
}

/** The whole path up to (not including) the county's decision, each step by its own person, the notice dated six days back. */
async function upToDecision(c: County, assessmentId: string, opts: { removal?: boolean; noticeStartsOn?: string } = {}) {
  const at = `/assessments/${assessmentId}`;
  await step(`${at}/visit`, c.visitor, visitBody(opts.removal ? { removalChecks: removalChecks() } : {}));
  await step(`${at}/village-review`, c.villageClerk, { heldOn: daysAgo(8), outcome: "pass", attendees: 15, note: "村民代表评议通过" });
  await step(`${at}/notice`, c.noticer, { startsOn: opts.noticeStartsOn ?? daysAgo(6) });
  return step(`${at}/township-review`, c.townshipApprover, { outcome: "pass", note: "乡镇审核同意" });
}

/** A household taken through identification to 监测对象. */
async function identified(c: County) {
  const h = await household(c);
  const l = await lead(c, h.householdId);
  const opened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
  await upToDecision(c, opened.assessmentId);
  await step(`/assessments/${opened.assessmentId}/county-decision`, c.countyApprover, { decision: "confirm", note: "县级确认" });
  return h;
}

describe("identification (识别)", () => {
  it("takes a lead through visit, village review, notice, objection, township review and county confirmation, each step by another person", async () => {
    const c = await county();
    const h = await household(c);
    const l = await lead(c, h.householdId);
    const before = await totals(c.name);

    const opened = await api("POST /assessments", {
      token: c.opener.token,
      body: { kind: "identification", leadId: l.leadId, category: "marginal_at_risk", note: "医保预警后入户" },
    });
    expect(opened.status, opened.text).toBe(201);
    const id = opened.body.assessmentId;
    const at = `/assessments/${id}`;
    expect(opened.body).toMatchObject({
      kind: "identification",
      status: "opened",
      householdId: h.householdId,
      leadId: l.leadId,
      householdStatusBefore: "registered",
    });
    expect(opened.body.nextSteps.map((s: any) => [s.step, s.blockedBy])).toEqual([
      ["visit", "separation_of_duties"],
      ["withdraw", null],
    ]);
    expect((await getHousehold(c, h.householdId)).status).toBe("identifying");
    expect(await getLead(c, l.leadId)).toMatchObject({ status: "assessing", assessmentId: id });
    // One assessment at a time: the household cannot also start a removal, nor another identification.
    expectError(
      await call("POST", "/assessments", { token: c.opener.token, body: { kind: "removal", householdId: h.householdId } }),
      409,
      "ASSESSMENT_IN_PROGRESS",
    );
    const second = await lead(c, h.householdId);
    const again = await call("POST", "/assessments", { token: c.opener.token, body: { kind: "identification", leadId: second.leadId } });
    expectError(again, 409, "ASSESSMENT_IN_PROGRESS");
    expect(again.body.error.details[0].assessmentId).toBe(id);

    // The visit: not by the opener; two different visitors, no future date, the household's consent.
    const sod = await call("POST", `${at}/visit`, { token: c.opener.token, body: visitBody() });
    expectError(sod, 403, "SEPARATION_OF_DUTIES");
    expect(sod.body.error.details[0]).toMatchObject({ step: "visit", earlierStep: "open" });
    expectError(
      await call("POST", `${at}/visit`, { token: c.visitor.token, body: visitBody({ visitors: ["王建军"] }) }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await call("POST", `${at}/visit`, { token: c.visitor.token, body: visitBody({ visitors: ["王建军", "王建军"] }) }),
      400,
      "VALIDATION_FAILED",
    );
    const future = await call("POST", `${at}/visit`, { token: c.visitor.token, body: visitBody({ visitedOn: shiftDays(today, 1) }) });
    expectError(future, 400, "VALIDATION_FAILED");
    expect(future.body.error.details[0]).toMatchObject({ path: "body.visitedOn", issue: "in_future" });
    const noConsent = await call("POST", `${at}/visit`, {
      token: c.visitor.token,
      body: visitBody({ consent: { signed: false, signedOn: daysAgo(10) } }),
    });
    expectError(noConsent, 422, "CONSENT_REQUIRED");
    expectError(
      await call("POST", `${at}/visit`, { token: c.visitor.token, body: visitBody({ removalChecks: removalChecks() }) }),
      400,
      "VALIDATION_FAILED",
    );
    // Out of order: no notice before the village review.
    expectError(await call("POST", `${at}/notice`, { token: c.noticer.token, body: { startsOn: daysAgo(6) } }), 409, "INVALID_STATE");
    const visited = await step(`${at}/visit`, c.visitor, visitBody());
    expect(visited.visit).toMatchObject({
      visitedOn: daysAgo(10),
      visitors: ["王建军", "李红梅"],
      consent: { signed: true, signedOn: daysAgo(10) },
      by: c.visitor.id,
    });

    for (const earlier of [c.opener, c.visitor]) {
      expectError(
        await call("POST", `${at}/village-review`, {
          token: earlier.token,
          body: { heldOn: daysAgo(8), outcome: "pass", attendees: 15, note: "评议" },
        }),
        403,
        "SEPARATION_OF_DUTIES",
      );
    }
    const beforeVisit = await call("POST", `${at}/village-review`, {
      token: c.villageClerk.token,
      body: { heldOn: daysAgo(11), outcome: "pass", attendees: 15, note: "评议" },
    });
    expectError(beforeVisit, 400, "VALIDATION_FAILED");
    expect(beforeVisit.body.error.details[0]).toMatchObject({ path: "body.heldOn", issue: "before_other" });
    await step(`${at}/village-review`, c.villageClerk, { heldOn: daysAgo(8), outcome: "pass", attendees: 15, note: "村民代表评议通过" });

    // The notice: at least the county's five days, never from a future day.
    expectError(
      await call("POST", `${at}/notice`, { token: c.villageClerk.token, body: { startsOn: daysAgo(6) } }),
      403,
      "SEPARATION_OF_DUTIES",
    );
    const short = await call("POST", `${at}/notice`, { token: c.noticer.token, body: { startsOn: daysAgo(6), days: 3 } });
    expectError(short, 400, "VALIDATION_FAILED");
    expect(short.body.error.details[0]).toMatchObject({ path: "body.days", issue: "too_small", minimum: 5 });
    expectError(
      await call("POST", `${at}/notice`, { token: c.noticer.token, body: { startsOn: shiftDays(today, 1) } }),
      400,
      "VALIDATION_FAILED",
    );
    const noticed = await step(`${at}/notice`, c.noticer, { startsOn: daysAgo(6) });
    expect(noticed.notice).toMatchObject({ startsOn: daysAgo(6), endsOn: daysAgo(2), days: 5 });

    // The township's review: by the household's township or county; another township's staff do not see it.
    expectError(
      await call("POST", `${at}/township-review`, { token: c.otherTownshipClerk.token, body: { outcome: "pass", note: "x" } }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await call("POST", `${at}/township-review`, { token: c.noticer.token, body: { outcome: "pass", note: "x" } }),
      403,
      "SEPARATION_OF_DUTIES",
    );
    await step(`${at}/township-review`, c.countyReviewer, { outcome: "pass", note: "乡镇审核同意" });

    // An objection heard in the village during the notice blocks the confirmation until the township's finding.
    expectError(
      await call("POST", `${at}/objections`, { token: c.opener.token, body: { receivedOn: daysAgo(1), note: "公示期后才提出" } }),
      422,
      "OUTSIDE_NOTICE_PERIOD",
    );
    const objected = await step(
      `${at}/objections`,
      c.opener,
      { receivedOn: daysAgo(3), note: "该户家中有货车，收入不低", contact: "13912345678" },
      201,
    );
    expect(objected.objections).toEqual({ total: 1, open: 1, upheld: 0 });
    expect(objected.objectionList[0]).toMatchObject({
      channel: "staff",
      receivedOn: daysAgo(3),
      contactMasked: "139****5678",
      finding: null,
    });
    expect(JSON.stringify(objected)).not.toContain("13912345678");
    const objectionId = objected.objectionList[0].objectionId;

    // The county's decision: county staff only, not anyone who took a step, not while an objection waits.
    const township = await call("POST", `${at}/county-decision`, {
      token: c.townshipApprover.token,
      body: { decision: "confirm", note: "x" },
    });
    expectError(township, 403, "FORBIDDEN");
    expect(township.body.error.details[0]).toMatchObject({ rule: "county_level" });
    const reviewer = await call("POST", `${at}/county-decision`, {
      token: c.countyReviewer.token,
      body: { decision: "confirm", note: "x" },
    });
    expectError(reviewer, 403, "SEPARATION_OF_DUTIES");
    expect(reviewer.body.error.details[0]).toMatchObject({ step: "county_decision", earlierStep: "township_review" });
    expectError(
      await call("POST", `${at}/county-decision`, { token: c.countyClerk.token, body: { decision: "confirm", note: "x" } }),
      403,
      "FORBIDDEN",
    );
    const blocked = await call("POST", `${at}/county-decision`, {
      token: c.countyApprover.token,
      body: { decision: "confirm", note: "x" },
    });
    expectError(blocked, 422, "OBJECTION_UNRESOLVED");
    const waiting = (await getAssessment(c.countyApprover.token, id)).body;
    expect(waiting.nextSteps.find((s: any) => s.step === "county_decision")).toMatchObject({
      allowed: false,
      blockedBy: "objection_unresolved",
    });

    const found = await step(`${at}/objections/${objectionId}/finding`, c.townshipApprover, {
      outcome: "not_upheld",
      note: "经核实货车已于去年变卖",
    });
    expect(found.objections).toEqual({ total: 1, open: 0, upheld: 0 });
    expectError(
      await call("POST", `${at}/objections/${objectionId}/finding`, {
        token: c.townshipApprover.token,
        body: { outcome: "upheld", note: "x" },
      }),
      409,
      "INVALID_STATE",
    );

    const confirmed = await step(`${at}/county-decision`, c.countyApprover, { decision: "confirm", note: "县级确认纳入监测" });
    expect(confirmed).toMatchObject({
      status: "confirmed",
      decision: { decision: "confirm", decidedOn: today, by: c.countyApprover.id },
      nextSteps: [],
    });
    // Every step is an event of the timeline: who, when, what.
    expect(confirmed.timeline.map((e: any) => [e.step, e.by, e.to])).toEqual([
      ["open", c.opener.id, "opened"],
      ["visit", c.visitor.id, "visited"],
      ["village_review", c.villageClerk.id, "village_reviewed"],
      ["notice", c.noticer.id, "noticed"],
      ["township_review", c.countyReviewer.id, "township_reviewed"],
      ["objection", c.opener.id, "township_reviewed"],
      ["objection_finding", c.townshipApprover.id, "township_reviewed"],
      ["county_decision", c.countyApprover.id, "confirmed"],
    ]);
    expect(confirmed.timeline.map((e: any) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    // The household is a 监测对象 from today, in the category proposed; the lead is closed as identified.
    const monitored = await getHousehold(c, h.householdId);
    expect(monitored).toMatchObject({ status: "monitored", category: "marginal_at_risk" });
    expect(monitored.monitoringPeriods).toEqual([{ from: today, to: null, category: "marginal_at_risk" }]);
    expect(await getLead(c, l.leadId)).toMatchObject({ status: "closed", resolution: { outcome: "identified", by: c.countyApprover.id } });
    const after = await totals(c.name);
    const month = chinaMonth(new Date());
    expect(after[counter.households("monitored", "marginal_at_risk", TOWNSHIP)]).toBe(1);
    expect(after[counter.households("registered", "unstable_out_of_poverty", TOWNSHIP)]).toBe(
      (before[counter.households("registered", "unstable_out_of_poverty", TOWNSHIP)] ?? 0) - 1,
    );
    expect(after[counter.households("identifying", "unstable_out_of_poverty", TOWNSHIP)]).toBe(0);
    expect(after[counter.identified(month)]).toBe(1);

    // Done is done: no step after the decision.
    expectError(await call("POST", `${at}/withdraw`, { token: c.countyApprover.token, body: { reason: "x" } }), 409, "INVALID_STATE");
    const list = await api("GET /assessments", { token: c.countyClerk.token, query: { status: "confirmed", kind: "identification" } });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((a) => a.assessmentId)).toEqual([id]);
  });

  it("refuses the county's decision until the notice period is over, and names the day it opens", async () => {
    const c = await county();
    const h = await household(c);
    const l = await lead(c, h.householdId);
    const opened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
    const at = `/assessments/${opened.assessmentId}`;
    // Put up two days ago: its five days end in two days.
    const reviewed = await upToDecision(c, opened.assessmentId, { noticeStartsOn: daysAgo(2) });
    expect(reviewed.notice).toMatchObject({ startsOn: daysAgo(2), endsOn: shiftDays(today, 2) });
    const early = await call("POST", `${at}/county-decision`, { token: c.countyApprover.token, body: { decision: "confirm", note: "x" } });
    expectError(early, 422, "NOTICE_PERIOD_NOT_OVER");
    expect(early.body.error.details[0]).toMatchObject({ endsOn: shiftDays(today, 2), availableOn: shiftDays(today, 3) });
    const viewed = (await getAssessment(c.countyApprover.token, opened.assessmentId)).body;
    expect(viewed.nextSteps.find((s: any) => s.step === "county_decision")).toMatchObject({
      allowed: false,
      blockedBy: "notice_period_not_over",
      availableOn: shiftDays(today, 3),
    });
    expect((await getHousehold(c, h.householdId)).status).toBe("identifying");

    // Withdrawn, everything goes back: the household, the lead to the inbox, the notice off the board.
    const withdrawn = await step(`${at}/withdraw`, c.countyApprover, { reason: "农户已迁出本村" });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await getHousehold(c, h.householdId)).status).toBe("registered");
    expect(await getLead(c, l.leadId)).toMatchObject({ status: "open", assessmentId: null });
    const board = await api("GET /public/notices", { query: { county: c.name } });
    expect(board.body.items.map((n) => n.noticeId)).not.toContain(reviewed.notice.noticeId);
  });

  it("ends the identification when the village review fails: the household goes back and the lead closes as not identified", async () => {
    const c = await county();
    const h = await household(c);
    const l = await lead(c, h.householdId);
    const opened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
    const at = `/assessments/${opened.assessmentId}`;
    await step(`${at}/visit`, c.visitor, visitBody());
    const failed = await step(`${at}/village-review`, c.villageClerk, {
      heldOn: daysAgo(8),
      outcome: "fail",
      attendees: 12,
      note: "收入未明显下降",
    });
    expect(failed).toMatchObject({ status: "rejected", nextSteps: [] });
    expect((await getHousehold(c, h.householdId)).status).toBe("registered");
    expect(await getLead(c, l.leadId)).toMatchObject({ status: "closed", resolution: { outcome: "not_identified" } });
    expectError(await call("POST", `${at}/notice`, { token: c.noticer.token, body: { startsOn: daysAgo(6) } }), 409, "INVALID_STATE");
  });

  it("refuses a step out of order with 409, and a lead already taken up", async () => {
    const c = await county();
    const h = await household(c);
    const l = await lead(c, h.householdId);
    const opened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
    const early = await call("POST", `/assessments/${opened.assessmentId}/county-decision`, {
      token: c.countyApprover.token,
      body: { decision: "confirm", note: "x" },
    });
    expectError(early, 409, "INVALID_STATE");
    expect(early.body.error.details[0]).toMatchObject({
      resource: "assessment",
      action: "county_decision",
      status: "opened",
      allowed: ["township_reviewed"],
    });
    expectError(
      await call("POST", "/assessments", { token: c.visitor.token, body: { kind: "identification", leadId: l.leadId } }),
      409,
      "INVALID_STATE",
    );
    expectError(
      await call("POST", "/assessments", { token: c.visitor.token, body: { kind: "removal", householdId: "hh_nope" } }),
      422,
      "REFERENCE_NOT_FOUND",
    );
  });
});

describe("risk removal (风险消除) and reopening", () => {
  it("refuses a removal whose checks fail, then removes the risk by the same path and closes the monitoring period", async () => {
    const c = await county();
    const h = await identified(c);
    const before = await totals(c.name);

    // Only a monitored household: a registered one cannot have its risk removed.
    const registered = await household(c);
    expectError(
      await call("POST", "/assessments", { token: c.opener.token, body: { kind: "removal", householdId: registered.householdId } }),
      409,
      "INVALID_STATE",
    );

    const opened = await step("/assessments", c.opener, { kind: "removal", householdId: h.householdId, note: "收入稳定超过监测线" }, 201);
    const at = `/assessments/${opened.assessmentId}`;
    expect(opened).toMatchObject({ kind: "removal", status: "opened", leadId: null, householdStatusBefore: "monitored" });
    expect((await getHousehold(c, h.householdId)).status).toBe("removing");

    // Income at the line, drinking water not secure: refused, naming each failed check; nothing changes.
    const refused = await call("POST", `${at}/visit`, {
      token: c.visitor.token,
      body: visitBody({ removalChecks: removalChecks({ perCapitaIncomeFen: yuan(7500), safeDrinkingWater: false }) }),
    });
    expectError(refused, 422, "REMOVAL_CHECKS_FAILED");
    expect(refused.body.error.details.map((d: any) => d.check)).toEqual(["income_above_line", "safeDrinkingWater"]);
    expect(refused.body.error.details[0]).toMatchObject({ incomeLineFen: yuan(7500), perCapitaIncomeFen: yuan(7500), year: 2025 });
    const noLine = await call("POST", `${at}/visit`, {
      token: c.visitor.token,
      body: visitBody({ removalChecks: removalChecks({ year: 2024 }) }),
    });
    expectError(noLine, 422, "REMOVAL_CHECKS_FAILED");
    expect(noLine.body.error.details[0].check).toBe("income_line");
    expectError(await call("POST", `${at}/visit`, { token: c.visitor.token, body: visitBody() }), 400, "VALIDATION_FAILED");
    expect((await getAssessment(c.visitor.token, opened.assessmentId)).body).toMatchObject({ status: "opened", visit: null, version: 1 });

    const reviewed = await upToDecision(c, opened.assessmentId, { removal: true });
    expect(reviewed.visit.removalChecks).toMatchObject({
      perCapitaIncomeFen: yuan(9200),
      incomeLineFen: yuan(7500),
      safeDrinkingWater: true,
    });
    const removed = await step(`${at}/county-decision`, c.countyApprover, { decision: "confirm", note: "风险已消除" });
    expect(removed.status).toBe("confirmed");
    const out = await getHousehold(c, h.householdId);
    expect(out.status).toBe("removed");
    expect(out.monitoringPeriods).toEqual([{ from: today, to: today, category: "unstable_out_of_poverty" }]);
    const after = await totals(c.name);
    const month = chinaMonth(new Date());
    expect(after[counter.removed(month)]).toBe((before[counter.removed(month)] ?? 0) + 1);
    expect(after[counter.households("removed", "unstable_out_of_poverty", TOWNSHIP)]).toBe(1);
    expect(after[counter.households("monitored", "unstable_out_of_poverty", TOWNSHIP)]).toBe(0);

    // "返贫了重新录入": a later lead opens a new identification of the removed household.
    const l = await lead(c, h.householdId);
    const reopened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
    expect(reopened).toMatchObject({ status: "opened", householdStatusBefore: "removed" });
    expect((await getHousehold(c, h.householdId)).status).toBe("identifying");
    await upToDecision(c, reopened.assessmentId);
    await step(`/assessments/${reopened.assessmentId}/county-decision`, c.countyApprover, { decision: "confirm", note: "再次纳入监测" });
    const again = await getHousehold(c, h.householdId);
    expect(again.status).toBe("monitored");
    expect(again.monitoringPeriods).toEqual([
      { from: today, to: today, category: "unstable_out_of_poverty" },
      { from: today, to: null, category: "unstable_out_of_poverty" },
    ]);
    const history = await api("GET /assessments", { token: c.countyClerk.token, query: { householdId: h.householdId } });
    expect(history.body.items.map((a) => a.kind)).toEqual(["identification", "removal", "identification"]);
  });
});

describe("jurisdiction", () => {
  it("answers another county's or township's staff as if the assessment did not exist, and lets province staff only read", async () => {
    const c = await county();
    const h = await household(c);
    const l = await lead(c, h.householdId);
    const opened = await step("/assessments", c.opener, { kind: "identification", leadId: l.leadId }, 201);
    const at = `/assessments/${opened.assessmentId}`;

    expectError(await getAssessment(c.otherCountyClerk.token, opened.assessmentId), 404, "NOT_FOUND");
    expectError(await call("POST", `${at}/visit`, { token: c.otherCountyClerk.token, body: visitBody() }), 404, "NOT_FOUND");
    expectError(await call("POST", `${at}/withdraw`, { token: c.otherCountyClerk.token, body: { reason: "x" } }), 404, "NOT_FOUND");
    expectError(await getAssessment(c.otherTownshipClerk.token, opened.assessmentId), 404, "NOT_FOUND");
    const otherList = await api("GET /assessments", { token: c.otherCountyClerk.token, query: { county: c.name } });
    expect(otherList.body.items).toEqual([]);
    const townshipList = await api("GET /assessments", { token: c.otherTownshipClerk.token });
    expect(townshipList.body.items).toEqual([]);
    // Another county's lead or household named in a body is unknown.
    const foreign = await call("POST", "/assessments", {
      token: c.otherCountyClerk.token,
      body: { kind: "identification", leadId: l.leadId },
    });
    expectError(foreign, 422, "REFERENCE_NOT_FOUND");
    expectError(
      await call("POST", "/assessments", { token: c.otherCountyClerk.token, body: { kind: "removal", householdId: h.householdId } }),
      422,
      "REFERENCE_NOT_FOUND",
    );

    const read = await getAssessment(c.provinceStaff.token, opened.assessmentId);
    expect(read.status, read.text).toBe(200);
    expect(read.body.nextSteps.every((s: any) => s.blockedBy === "read_only_area")).toBe(true);
    expectError(await call("POST", `${at}/visit`, { token: c.provinceStaff.token, body: visitBody() }), 403, "READ_ONLY_AREA");
    const provinceList = await api("GET /assessments", { token: c.provinceStaff.token, query: { county: c.name } });
    expect(provinceList.body.items.map((a) => a.assessmentId)).toEqual([opened.assessmentId]);
    expect((await getAssessment(c.countyClerk.token, opened.assessmentId)).body.status).toBe("opened");
  });
});
