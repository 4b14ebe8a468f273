import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Role } from "@fupin/core/platform/actor";
import type { Area } from "@fupin/core/platform/area";
import { type ApiResult, call, expectError, unique } from "./support/api";
import { adminToken, claimInput, createVillage, householdInput, residentId, schemeInput, staffToken, yuan } from "./support/fixtures";
import { payClaims } from "./support/pay-claims";

/**
 * The public notice board (公示) over HTTP: identifications, risk removals and approved claims of a
 * county while their notice runs, names masked, and objections filed without signing in. Personal
 * data never leaves through it: every public answer of this file, and every log line the platform
 * wrote in the run, is scanned for resident ids and phone numbers.
 */

const SHANDONG = { province: "山东省", city: "德州市" };
const TOWNSHIP = "苏留庄镇";
const today = chinaToday();
const daysAgo = (n: number) => shiftDays(today, -n);

/** An 18-character resident id, and a mainland mobile number, standing alone (not inside a longer id or token). */
const RESIDENT_ID = /(?<![0-9A-Za-z_-])\d{17}[\dXx](?![0-9A-Za-z_-])/;
const PHONE = /(?<![0-9A-Za-z_-])1[3-9]\d{9}(?![0-9A-Za-z_-])/;

/** Every answer a public route gave in this file, to be scanned. */
const publicAnswers: ApiResult[] = [];
async function publicCall(method: string, path: string, body?: unknown) {
  const res = await call(method, path, body === undefined ? {} : { body });
  publicAnswers.push(res);
  return res;
}

/** What must never appear in public, whatever its shape. */
const secrets: string[] = [];

async function person(prefix: string, roles: Role[], area: Area) {
  const id = `${prefix}-${unique()}`;
  return { id, token: await staffToken(id, roles, area) };
}
type Person = Awaited<ReturnType<typeof person>>;

async function county() {
  const name = `公示县${unique()}`;
  const village = await createVillage({ county: name, township: TOWNSHIP, name: `前屯村${unique()}` });
  const countyArea = { ...SHANDONG, county: name };
  const townshipArea = { ...countyArea, township: TOWNSHIP };
  const c = {
    name,
    village,
    clerk: await person("clerk", ["clerk"], countyArea),
    reviewer: await person("reviewer", ["clerk"], countyArea),
    steps: await Promise.all(["opener", "visitor", "village", "noticer"].map((p) => person(p, ["clerk"], townshipArea))),
    township: await person("township", ["approver"], townshipArea),
    approver: await person("approver", ["approver"], countyArea),
  };
  const settings = await call("PUT", `/monitoring/settings/${encodeURIComponent(name)}`, {
    token: await staffToken(`admin-${unique()}`, ["admin"], countyArea),
    body: { incomeLines: [{ year: 2025, lineFen: yuan(7500) }] },
  });
  expect(settings.status, settings.text).toBe(200);
  return c;
}
type County = Awaited<ReturnType<typeof county>>;

/** A household registered person by person: the head, and a spouse with a serious illness (a health detail). */
async function household(c: County, headName: string, spouseName: string, overrides: Record<string, unknown> = {}) {
  const head = residentId();
  const spouse = residentId();
  secrets.push(head, spouse, spouseName, headName);
  const res = await call("POST", "/households", {
    token: c.clerk.token,
    body: householdInput(c.village.villageId, {
      headName,
      idNumber: head,
      members: [
        { name: headName, relation: "head", idNumber: head },
        { name: spouseName, relation: "spouse", idNumber: spouse, health: "serious_illness", disability: "grade_2" },
      ],
      category: "sudden_hardship",
      perCapitaIncomeFen: yuan(4500),
      incomeYear: 2025,
      ...overrides,
    }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function post(path: string, who: Person, body: unknown, status = 200) {
  const res = await call("POST", path, { token: who.token, body });
  expect(res.status, res.text).toBe(status);
  return res.body;
}

/** Opens an assessment and takes it to the township's review, its notice from `startsOn`; the assessment. */
async function noticed(c: County, open: Record<string, unknown>, startsOn: string, removal = false) {
  const [opener, visitor, village, noticer] = c.steps as [Person, Person, Person, Person];
  const a = await post("/assessments", opener, open, 201);
  const at = `/assessments/${a.assessmentId}`;
  const checks = {
    year: 2025,
    perCapitaIncomeFen: yuan(9000),
    incomeStable: true,
    foodAndClothing: true,
    compulsoryEducation: true,
    basicMedicalInsurance: true,
    safeHousing: true,
    safeDrinkingWater: true,
  };
  await post(`${at}/visit`, visitor, {
    visitedOn: daysAgo(10),
    visitors: ["王建军", "李红梅"],
    findings: "配偶患大病住院，家庭收入骤降",
    consent: { signed: true, signedOn: daysAgo(10) },
    ...(removal ? { removalChecks: checks } : {}),
  });
  await post(`${at}/village-review`, village, { heldOn: daysAgo(8), outcome: "pass", attendees: 20, note: "评议通过" });
  await post(`${at}/notice`, noticer, { startsOn });
  return post(`${at}/township-review`, c.township, { outcome: "pass", note: "同意" });
}

async function leadFor(c: County, householdId: string) {
  return post("/risk-leads", c.steps[0]!, { householdId, source: "cadre_visit", description: "走访发现配偶患大病，自付医疗费用高" }, 201);
}

/** Every page of the county's board, asked `limit` at a time. */
async function board(query: string, limit: number) {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const res = await publicCall("GET", `/public/notices?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error("the board did not end within 20 pages");
}

describe("the public notice board", () => {
  it("shows identifications, risk removals and approved claims in their notice period, names masked, nothing personal", async () => {
    const c = await county();

    // An identification whose notice went up today.
    const zhang = await household(c, "张建国", "李秀兰");
    const zhangLead = await leadFor(c, zhang.householdId);
    const identification = await noticed(c, { kind: "identification", leadId: zhangLead.leadId }, today);

    // A monitored household whose risk removal is on notice: identified first (its notice long over), then removal.
    const wang = await household(c, "王五", "赵六");
    const wangLead = await leadFor(c, wang.householdId);
    const first = await noticed(c, { kind: "identification", leadId: wangLead.leadId }, daysAgo(6));
    await post(`/assessments/${first.assessmentId}/county-decision`, c.approver, { decision: "confirm", note: "确认" });
    const removal = await noticed(c, { kind: "removal", householdId: wang.householdId }, daysAgo(1), true);

    // An approved claim, paid to a bank account whose number must not show.
    const chen = await household(c, "陈小明", "周芳", { category: "unstable_out_of_poverty" });
    const admin = await adminToken();
    const schemeId = `sch-${unique()}`;
    expect((await call("PUT", `/schemes/${schemeId}`, { token: admin, body: schemeInput(c.name) })).status).toBe(200);
    expect(
      (await call("POST", `/schemes/${schemeId}/top-ups`, { token: admin, body: { amountFen: yuan(100_000), source: "县财政" } })).status,
    ).toBe(201);
    const claim = await post("/claims", c.clerk, claimInput(chen.householdId, schemeId), 201);
    await post(`/claims/${claim.claimId}/review`, c.reviewer, { decision: "pass", note: "属实" });
    const approved = await post(`/claims/${claim.claimId}/approve`, c.approver, undefined);
    const bankAccount = "6222021234567890123";
    secrets.push(bankAccount);
    // Paid to that account by a finance batch (finance took no earlier step on the claim: separation of duties).
    await payClaims({ clerk: c.clerk.token, area: { ...SHANDONG, county: c.name } }, schemeId, [claim.claimId], {
      accountNumber: bankAccount,
    });

    const items = await board(`county=${encodeURIComponent(c.name)}`, 2);
    const byId = new Map(items.map((n) => [n.noticeId, n]));
    expect(items).toHaveLength(3);
    expect(byId.get(identification.notice.noticeId)).toEqual({
      noticeId: identification.notice.noticeId,
      kind: "identification",
      kindLabel: "监测对象识别公示",
      name: "张*国",
      county: c.name,
      township: TOWNSHIP,
      villageName: c.village.name,
      category: "sudden_hardship",
      categoryLabel: "突发严重困难户",
      cause: null,
      causeLabel: null,
      amountFen: null,
      startsOn: today,
      endsOn: shiftDays(today, 4),
      acceptsObjections: true,
    });
    expect(byId.get(removal.notice.noticeId)).toMatchObject({
      kind: "removal",
      name: "王*",
      startsOn: daysAgo(1),
      endsOn: shiftDays(today, 3),
    });
    expect(byId.get(claim.claimId)).toMatchObject({
      kind: "claim",
      name: "陈*明",
      villageName: c.village.name,
      cause: "illness",
      causeLabel: "因病",
      amountFen: approved.approvedPayoutFen,
      startsOn: today,
      endsOn: shiftDays(today, 4),
      acceptsObjections: false,
    });
    // The first identification's notice ended days ago: not on the board.
    expect(byId.has(first.notice.noticeId)).toBe(false);
    // Another township's board has none of them; an unknown county's is empty.
    expect(await board(`county=${encodeURIComponent(c.name)}&township=${encodeURIComponent("别的镇")}`, 20)).toEqual([]);
    expect(await board(`county=${encodeURIComponent(`无此县${unique()}`)}`, 20)).toEqual([]);
    expectError(await publicCall("GET", "/public/notices"), 400, "VALIDATION_FAILED");
    expectError(
      await publicCall("GET", `/public/notices?county=${encodeURIComponent(c.name)}&cursor=bm90LWEtY3Vyc29y`),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("takes objections without sign-in only while the notice is up, echoes nothing back, and limits how many", async () => {
    const c = await county();
    const li = await household(c, "李大伟", "孙丽");
    const lead = await leadFor(c, li.householdId);
    const a = await noticed(c, { kind: "identification", leadId: lead.leadId }, today);
    const noticeId = a.notice.noticeId;
    const phone = "13812345678";
    secrets.push(phone);

    const filed = await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: "该户在县城有商铺出租", contact: phone });
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toEqual({ objectionId: expect.any(String), noticeId, receivedOn: today });

    // Staff see it on the assessment, the contact masked; it blocks the county's confirmation.
    const seen = await call("GET", `/assessments/${a.assessmentId}`, { token: c.township.token });
    expect(seen.body.objectionList).toEqual([
      expect.objectContaining({
        channel: "public",
        recordedBy: "public",
        note: "该户在县城有商铺出租",
        contactMasked: "138****5678",
        finding: null,
      }),
    ]);
    expect(seen.text).not.toContain(phone);
    expect(seen.body.timeline.at(-1)).toMatchObject({ step: "objection", by: "public", objectionId: filed.body.objectionId });

    expectError(await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: "" }), 400, "VALIDATION_FAILED");
    expectError(await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: "长".repeat(501) }), 400, "VALIDATION_FAILED");
    expectError(await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: "x", name: "匿名" }), 400, "VALIDATION_FAILED");
    expectError(await publicCall("POST", `/public/notices/ntc_${unique()}/objections`, { note: "不存在的公示" }), 404, "NOT_FOUND");

    // Ten a day from one address: the eleventh is refused, and counts nothing.
    for (let i = 2; i <= 10; i++)
      expect((await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: `异议 ${i}` })).status).toBe(201);
    const eleventh = await publicCall("POST", `/public/notices/${noticeId}/objections`, { note: "第十一条" });
    expectError(eleventh, 422, "OBJECTION_LIMIT_REACHED");
    expect(eleventh.body.error.details[0]).toMatchObject({ scope: "source", limit: 10 });
    expect((await call("GET", `/assessments/${a.assessmentId}`, { token: c.township.token })).body.objections).toEqual({
      total: 10,
      open: 10,
      upheld: 0,
    });

    // A notice whose period is over takes none.
    const zhao = await household(c, "赵铁柱", "钱芳");
    const zhaoLead = await leadFor(c, zhao.householdId);
    const over = await noticed(c, { kind: "identification", leadId: zhaoLead.leadId }, daysAgo(6));
    const late = await publicCall("POST", `/public/notices/${over.notice.noticeId}/objections`, { note: "迟到的异议" });
    expectError(late, 422, "OUTSIDE_NOTICE_PERIOD");
    expect(late.body.error.details[0]).toMatchObject({ startsOn: daysAgo(6), endsOn: daysAgo(2), date: today });
  });

  it("never shows a resident id, phone number, bank account, member or health detail in a public answer or a log line", () => {
    expect(publicAnswers.length).toBeGreaterThan(10);
    // The patterns find what they look for: the ids and the phone number this file used.
    expect(secrets.filter((s) => RESIDENT_ID.test(s)).length).toBeGreaterThanOrEqual(8);
    expect(`"contact":"13812345678"`).toMatch(PHONE);
    for (const res of publicAnswers) {
      expect(res.text, res.text).not.toMatch(RESIDENT_ID);
      expect(res.text, res.text).not.toMatch(PHONE);
      for (const secret of secrets) expect(res.text).not.toContain(secret);
      for (const detail of ["serious_illness", "患有大病", "grade_2", "二级残疾", "idNumber", "people", "members"])
        expect(res.text).not.toContain(detail);
    }
    const lines = readFileSync(inject("logFile"), "utf8").split("\n").filter(Boolean);
    // The platform logs a line per request: the scan has something to scan.
    expect(lines.length).toBeGreaterThan(publicAnswers.length);
    for (const line of lines) {
      expect(() => JSON.parse(line), line).not.toThrow();
      expect(line, line).not.toMatch(RESIDENT_ID);
      expect(line, line).not.toMatch(PHONE);
      for (const secret of secrets.filter((s) => /\d/.test(s))) expect(line).not.toContain(secret);
    }
  });
});
