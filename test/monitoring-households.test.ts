import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type * as households from "@fupin/core/monitoring/households/schemas";
import { LOCAL_DEVELOPMENT_PII_HASH_KEY, residentIdHash } from "@fupin/core/monitoring/households/pii";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { type ApiResult, allPages, api, call, expectError, unique } from "./support/api";
import { adminToken, countyOf, createVillage, householdInput, residentId, residentIdBornOn, staffToken, yuan } from "./support/fixtures";

/**
 * The household registry (DOMAIN.md §5, issue 11 item 2), over HTTP against DynamoDB Local:
 * members with their relation, masked ids, derived age band, health, disability, school status and
 * 低保/特困 flags; one registration per person; lists by township, village, status and category page
 * by page; every change a version with who, when and why; and never a plain resident id in an answer.
 */

type MemberInput = z.input<typeof households.MemberInput>;

/** Every resident id these tests send, and every answer they get: the last test scans the one for the other. */
const sentIds: string[] = [];
const answers: string[] = [];
const seen = <T extends ApiResult>(res: T): T => {
  answers.push(res.text);
  return res;
};
const newId = (id = residentId()) => {
  sentIds.push(id);
  return id;
};
const bornOn = (date: string) => newId(residentIdBornOn(date.replaceAll("-", "")));

/** A fresh county (a village in it) and two of its clerks. */
async function county(overrides: Record<string, unknown> = {}) {
  const village = await createVillage(overrides);
  const area = countyOf(village);
  const tag = unique();
  return {
    village,
    area,
    clerk: await staffToken(`clerk-hh-${tag}`, ["clerk"], area),
    other: await staffToken(`clerk-hh2-${tag}`, ["clerk"], area),
    ids: { clerk: `clerk-hh-${tag}`, other: `clerk-hh2-${tag}` },
  };
}

const member = (relation: MemberInput["relation"], overrides: Partial<MemberInput> = {}): MemberInput & { idNumber: string } => ({
  name: `成员${unique().slice(-4)}`,
  relation,
  idNumber: newId(),
  ...overrides,
});

/** A household of a head and the given members, registered by `token`; the answer. */
async function register(token: string, villageId: string, others: MemberInput[] = [], overrides: Record<string, unknown> = {}) {
  const head = member("head", { name: "张建国" });
  const res = seen(
    await api("POST /households", {
      token,
      body: householdInput(villageId, { headName: head.name, idNumber: head.idNumber, members: [head, ...others], ...overrides }),
    }),
  );
  return { res, head };
}

async function registered(token: string, villageId: string, others: MemberInput[] = [], overrides: Record<string, unknown> = {}) {
  const { res, head } = await register(token, villageId, others, overrides);
  expect(res.status, res.text).toBe(201);
  return { household: res.body, head };
}

const patch = async (token: string, householdId: string, body: Record<string, unknown>) =>
  seen(await call("PATCH", `/households/${householdId}`, { token, body }));
const read = async (token: string, householdId: string) =>
  seen(await api("GET /households/{householdId}", { token, params: { householdId } }));
const versions = async (token: string, householdId: string) =>
  (await allPages<any>(`/households/${householdId}/versions`, { token, limit: 2 })).items;
const masked = (id: string) => `${id.slice(0, 3)}***********${id.slice(14)}`;

describe("registering a household with its members", () => {
  it("keeps each member's relation, masked id, age band from the birth date, health, disability, school status and 低保/特困 flags", async () => {
    const c = await county();
    const today = chinaToday();
    const year = Number(today.slice(0, 4));
    // Six today is of school age; six tomorrow is not yet.
    const sixToday = `${year - 6}${today.slice(4)}`;
    const sixTomorrow = `${Number(shiftDays(today, 1).slice(0, 4)) - 6}${shiftDays(today, 1).slice(4)}`;
    const head = member("head", { name: "张建国", idNumber: bornOn(`${year - 45}-03-01`) });
    const spouse = member("spouse", {
      name: "李秀兰",
      idNumber: bornOn(`${year - 43}-05-01`),
      health: "chronic_illness",
      disability: "grade_2",
      dibao: true,
    });
    const child = member("child", { name: "张小明", idNumber: bornOn(sixToday), schoolStatus: "compulsory" });
    const grandchild = member("grandchild", { name: "张小花", idNumber: bornOn(sixTomorrow), schoolStatus: "preschool" });
    const parent = member("parent", { name: "张老汉", idNumber: bornOn("1950-01-01"), health: "long_term_illness", tekun: true });
    const res = seen(
      await api("POST /households", {
        token: c.clerk,
        body: householdInput(c.village.villageId, {
          headName: "张建国",
          idNumber: head.idNumber,
          members: [head, spouse, child, grandchild, parent],
          category: "sudden_hardship",
          address: "三组12号",
          perCapitaIncomeFen: yuan(5200),
          incomeYear: 2025,
        }),
      }),
    );
    expect(res.status, res.text).toBe(201);
    const h = res.body;
    expect(h).toMatchObject({
      villageId: c.village.villageId,
      villageName: c.village.name,
      province: c.village.province,
      city: c.village.city,
      county: c.village.county,
      township: c.village.township,
      address: "三组12号",
      headName: "张建国",
      idNumber: masked(head.idNumber),
      // Still the number of people, as before members were listed one by one.
      members: 5,
      category: "sudden_hardship",
      categoryLabel: "突发严重困难户",
      perCapitaIncomeFen: yuan(5200),
      incomeYear: 2025,
      incomes: [{ year: 2025, perCapitaIncomeFen: yuan(5200) }],
      status: "registered",
      statusLabel: "已登记",
      monitoringPeriods: [],
      version: 1,
      createdBy: c.ids.clerk,
      updatedBy: c.ids.clerk,
    });
    const defaults = { health: "healthy", disability: "none", schoolStatus: "not_applicable", dibao: false, tekun: false };
    expect(h.people).toEqual([
      { ...defaults, memberId: expect.any(String), name: "张建国", relation: "head", idNumber: masked(head.idNumber), ageBand: "16_to_59" },
      {
        ...defaults,
        memberId: expect.any(String),
        name: "李秀兰",
        relation: "spouse",
        idNumber: masked(spouse.idNumber),
        ageBand: "16_to_59",
        health: "chronic_illness",
        disability: "grade_2",
        dibao: true,
      },
      {
        ...defaults,
        memberId: expect.any(String),
        name: "张小明",
        relation: "child",
        idNumber: masked(child.idNumber),
        ageBand: "6_to_15",
        schoolStatus: "compulsory",
      },
      {
        ...defaults,
        memberId: expect.any(String),
        name: "张小花",
        relation: "grandchild",
        idNumber: masked(grandchild.idNumber),
        ageBand: "under_6",
        schoolStatus: "preschool",
      },
      {
        ...defaults,
        memberId: expect.any(String),
        name: "张老汉",
        relation: "parent",
        idNumber: masked(parent.idNumber),
        ageBand: "60_plus",
        health: "long_term_illness",
        tekun: true,
      },
    ]);
    expect(new Set(h.people.map((p) => p.memberId)).size).toBe(5);
    expect((await read(c.other, h.householdId)).body).toEqual(h);
    expect(await versions(c.clerk, h.householdId)).toEqual([
      expect.objectContaining({ householdId: h.householdId, version: 1, by: c.ids.clerk, reason: "登记", changed: [] }),
    ]);
  });

  it("still registers a household by its number of people alone, as before", async () => {
    const c = await county();
    const idNumber = newId();
    const res = seen(
      await api("POST /households", { token: c.clerk, body: householdInput(c.village.villageId, { idNumber, members: 3 }) }),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ members: 3, people: [], idNumber: masked(idNumber), address: null });
  });

  it("needs exactly one head, who is the household's registered head, and nobody listed twice: 400, nothing written", async () => {
    const c = await county();
    const head = member("head");
    const spouse = member("spouse");
    const cases: [MemberInput[], string, string][] = [
      [[{ ...head, relation: "spouse" }, spouse], "body.members", "one_head"],
      [[head, { ...spouse, relation: "head" }], "body.members", "one_head"],
      [[{ ...head, idNumber: newId() }, spouse], "body.members.0.idNumber", "head_mismatch"],
      [[head, spouse, { ...spouse, name: "又一次" }], "body.members.2.idNumber", "duplicate"],
    ];
    for (const [members, path, issue] of cases) {
      const res = seen(
        await call("POST", "/households", {
          token: c.clerk,
          body: householdInput(c.village.villageId, { idNumber: head.idNumber, members }),
          headers: { "accept-language": "zh-CN" },
        }),
      );
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details, res.text).toContainEqual(expect.objectContaining({ path, issue }));
      expect(res.body.error.message).toContain("家庭成员");
    }
    expectError(
      seen(
        await call("POST", "/households", {
          token: c.clerk,
          body: householdInput(c.village.villageId, { idNumber: head.idNumber, members: [{ ...head, relation: "cousin" }] }),
        }),
      ),
      400,
      "VALIDATION_FAILED",
    );
    // Nothing was registered: the head registers fine now.
    expect((await api("GET /households", { token: c.clerk })).body.items).toEqual([]);
    expect((await register(c.clerk, c.village.villageId, [spouse], { idNumber: head.idNumber, members: [head, spouse] })).res.status).toBe(
      201,
    );
  });
});

describe("one registration per person", () => {
  it("refuses a person already in another household with 409 DUPLICATE naming the member, and writes nothing", async () => {
    const c = await county();
    const shared = member("spouse", { name: "王桂英" });
    const first = await registered(c.clerk, c.village.villageId, [shared]);
    const headB = member("head", { name: "赵明" });
    const zh = seen(
      await call("POST", "/households", {
        token: c.other,
        body: householdInput(c.village.villageId, {
          headName: "赵明",
          idNumber: headB.idNumber,
          members: [headB, member("child"), { ...shared, relation: "parent" }],
        }),
        headers: { "accept-language": "zh-CN" },
      }),
    );
    expectError(zh, 409, "DUPLICATE");
    expect(zh.body.error.details).toEqual([
      expect.objectContaining({ path: "body.members.2.idNumber", resource: "household", householdId: first.household.householdId }),
    ]);
    expect(zh.body.error.message).toBe("家庭成员中有人已在其他农户登记，每人只能登记在一户，不能重复登记。");
    // Nothing written: one household in the county, and the refused household's head is free.
    expect((await api("GET /households", { token: c.clerk })).body.items.map((h) => h.householdId)).toEqual([first.household.householdId]);
    expect((await register(c.clerk, c.village.villageId, [], { idNumber: headB.idNumber, members: [headB] })).res.status).toBe(201);

    // A member registered as the head of another household: the household's own idNumber is named.
    const asHead = seen(
      await call("POST", "/households", {
        token: c.clerk,
        body: householdInput(c.village.villageId, { idNumber: shared.idNumber, members: 2 }),
      }),
    );
    expectError(asHead, 409, "DUPLICATE");
    expect(asHead.body.error.details[0].path).toBe("body.idNumber");
  });

  it("finds the person across counties, naming the other household only to staff who may see it", async () => {
    const c = await county();
    const elsewhere = await county();
    const shared = member("spouse");
    const first = await registered(c.clerk, c.village.villageId, [shared]);
    const body = householdInput(elsewhere.village.villageId, { idNumber: shared.idNumber, members: 1 });
    const byClerk = seen(await call("POST", "/households", { token: elsewhere.clerk, body }));
    expectError(byClerk, 409, "DUPLICATE");
    expect(byClerk.body.error.details[0]).not.toHaveProperty("householdId");
    expect(byClerk.text).not.toContain(first.household.householdId);
    const byAdmin = seen(await call("POST", "/households", { token: await adminToken(), body }));
    expectError(byAdmin, 409, "DUPLICATE");
    expect(byAdmin.body.error.details[0]).toMatchObject({ householdId: first.household.householdId });
  });

  it("releases the ids of people removed from a household and reserves those added", async () => {
    const c = await county();
    const leaving = member("child", { name: "张大", schoolStatus: "higher_education" });
    const staying = member("spouse", { name: "李二" });
    const { household, head } = await registered(c.clerk, c.village.villageId, [leaving, staying]);
    const joining = member("child_in_law", { name: "刘三" });
    const changed = await patch(c.clerk, household.householdId, {
      reason: "长子分户，儿媳迁入",
      members: [head, staying, joining],
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ members: 3, version: 2 });
    const before = new Map(household.people.map((p) => [p.name, p.memberId]));
    const after = new Map(changed.body.people.map((p: any) => [p.name, p.memberId]));
    // A person who stays keeps their member id; a new one gets a new id.
    expect(after.get("李二")).toBe(before.get("李二"));
    expect(after.get("张建国")).toBe(before.get("张建国"));
    expect(after.get("刘三")).toEqual(expect.any(String));
    expect([...before.values()]).not.toContain(after.get("刘三"));

    // The one who left can now head a household of their own; the one who joined cannot be registered again.
    expect(
      (await register(c.other, c.village.villageId, [], { idNumber: leaving.idNumber, members: [{ ...leaving, relation: "head" }] })).res
        .status,
    ).toBe(201);
    const again = seen(
      await call("POST", "/households", {
        token: c.other,
        body: householdInput(c.village.villageId, { idNumber: joining.idNumber, members: 2 }),
      }),
    );
    expectError(again, 409, "DUPLICATE");

    // Adding someone registered elsewhere is refused, and changes nothing.
    const taken = seen(
      await patch(c.clerk, household.householdId, { reason: "迁入", members: [head, staying, joining, { ...leaving, relation: "other" }] }),
    );
    expectError(taken, 409, "DUPLICATE");
    expect(taken.body.error.details[0]).toMatchObject({ path: "body.members.3.idNumber" });
    expect((await read(c.clerk, household.householdId)).body).toEqual(changed.body);
    // The head stays the head.
    const newHead = seen(
      await patch(c.clerk, household.householdId, {
        reason: "换户主",
        members: [
          { ...staying, relation: "head" },
          { ...head, relation: "spouse" },
        ],
      }),
    );
    expectError(newHead, 400, "VALIDATION_FAILED");
    expect(newHead.body.error.details[0]).toMatchObject({ path: "body.members", issue: "head_mismatch" });
    expect((await read(c.clerk, household.householdId)).body.version).toBe(2);
  });
});

describe("GET /households", () => {
  it("lists the county's households by township, village, status and category, page by page", async () => {
    const c = await county({ township: "苏留庄镇" });
    const [a2, b1] = [await createVillage({ ...c.area, township: "苏留庄镇" }), await createVillage({ ...c.area, township: "香赵庄镇" })];
    const made: { householdId: string; villageId: string; township: string; category: string }[] = [];
    const plan: [{ villageId: string; township: string }, string][] = [
      [c.village, "unstable_out_of_poverty"],
      [c.village, "marginal_at_risk"],
      [c.village, "unstable_out_of_poverty"],
      [a2, "sudden_hardship"],
      [a2, "unstable_out_of_poverty"],
      [b1, "marginal_at_risk"],
      [b1, "unstable_out_of_poverty"],
    ];
    for (const [village, category] of plan) {
      const { household } = await registered(c.clerk, village.villageId, [member("spouse")], { category });
      made.push({ householdId: household.householdId, villageId: village.villageId, township: village.township, category });
    }
    const ids = (items: { householdId: string }[]) => items.map((h) => h.householdId).sort();
    const expected = (keep: (h: (typeof made)[number]) => boolean) => ids(made.filter(keep));
    const list = async (query: Record<string, string>, limit = 2) => {
      const walk = await allPages<any>(`/households?${new URLSearchParams(query)}`, { token: c.clerk, limit });
      for (const h of walk.items) expect(h.county).toBe(c.village.county);
      return walk;
    };

    const all = await list({});
    expect(ids(all.items)).toEqual(expected(() => true));
    expect(all.pages).toBe(4);
    // In place order: township, village, household.
    const order = all.items.map((h) => `${h.township}#${h.villageId}#${h.householdId}`);
    expect(order).toEqual([...order].sort());

    expect(ids((await list({ township: "苏留庄镇" })).items)).toEqual(expected((h) => h.township === "苏留庄镇"));
    expect(ids((await list({ township: "香赵庄镇" }, 1)).items)).toEqual(expected((h) => h.township === "香赵庄镇"));
    for (const village of [c.village, a2, b1]) {
      const inVillage = expected((h) => h.villageId === village.villageId);
      expect(ids((await list({ villageId: village.villageId }, 1)).items)).toEqual(inVillage);
      expect(ids((await list({ township: village.township, villageId: village.villageId })).items)).toEqual(inVillage);
    }
    expect((await list({ township: "香赵庄镇", villageId: c.village.villageId })).items).toEqual([]);
    const unstable = await list({ category: "unstable_out_of_poverty" }, 1);
    expect(ids(unstable.items)).toEqual(expected((h) => h.category === "unstable_out_of_poverty"));
    expect(unstable.pages).toBe(4);
    expect(ids((await list({ township: "苏留庄镇", category: "unstable_out_of_poverty" })).items)).toEqual(
      expected((h) => h.township === "苏留庄镇" && h.category === "unstable_out_of_poverty"),
    );
    expect(ids((await list({ status: "registered" }, 3)).items)).toEqual(expected(() => true));
    expect(ids((await list({ status: "registered", category: "marginal_at_risk" }, 1)).items)).toEqual(
      expected((h) => h.category === "marginal_at_risk"),
    );
    expect((await list({ status: "monitored" })).items).toEqual([]);

    // A cursor belongs to the list that gave it.
    const first = seen(await api("GET /households", { token: c.clerk, query: { limit: 2 } }));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expectError(
      seen(await api("GET /households", { token: c.clerk, query: { status: "registered", cursor: first.body.nextCursor! } })),
      400,
      "VALIDATION_FAILED",
    );
    expectError(seen(await call("GET", "/households?status=lost", { token: c.clerk })), 400, "VALIDATION_FAILED");
    expectError(seen(await call("GET", "/households?category=rich", { token: c.clerk })), 400, "VALIDATION_FAILED");
  });
});

describe("PATCH /households/{householdId}", () => {
  it("needs a reason and something to change", async () => {
    const c = await county();
    const { household } = await registered(c.clerk, c.village.villageId);
    const noReason = await patch(c.clerk, household.householdId, { address: "一组" });
    expectError(noReason, 400, "VALIDATION_FAILED");
    expect(noReason.body.error.details.map((d: any) => d.path)).toContain("body.reason");
    const blank = await patch(c.clerk, household.householdId, { reason: "   ", address: "一组" });
    expectError(blank, 400, "VALIDATION_FAILED");
    const nothing = await patch(c.clerk, household.householdId, { reason: "核实" });
    expectError(nothing, 400, "VALIDATION_FAILED");
    expect(nothing.body.error.details[0]).toMatchObject({ issue: "nothing_to_change" });
    expectError(await patch(c.clerk, household.householdId, { reason: "改状态", status: "removed" }), 400, "VALIDATION_FAILED");
    expectError(await patch(c.clerk, "hh_nope", { reason: "核实", address: "一组" }), 404, "NOT_FOUND");
    const approver = await staffToken(`approver-hh-${unique()}`, ["approver"], c.area);
    expectError(await patch(approver, household.householdId, { reason: "核实", address: "一组" }), 403, "FORBIDDEN");
    expect((await read(c.clerk, household.householdId)).body).toEqual(household);
  });

  it("keeps every version, newest first, with who changed it, when, why and what", async () => {
    const c = await county();
    const { household } = await registered(c.clerk, c.village.villageId, [member("spouse")], {
      incomeYear: 2024,
      perCapitaIncomeFen: yuan(5000),
    });
    const v2 = await patch(c.clerk, household.householdId, { reason: "门牌号更正", address: "二组8号", expectedVersion: 1 });
    expect(v2.status, v2.text).toBe(200);
    expect(v2.body).toMatchObject({ version: 2, address: "二组8号", updatedBy: c.ids.clerk });
    const v3 = await patch(c.other, household.householdId, {
      reason: "2025年收入核算后调整类别",
      income: { year: 2025, perCapitaIncomeFen: yuan(4200) },
      category: "marginal_at_risk",
    });
    expect(v3.status, v3.text).toBe(200);
    expect(v3.body).toMatchObject({
      version: 3,
      category: "marginal_at_risk",
      categoryLabel: "边缘易致贫户",
      incomeYear: 2025,
      perCapitaIncomeFen: yuan(4200),
      incomes: [
        { year: 2024, perCapitaIncomeFen: yuan(5000) },
        { year: 2025, perCapitaIncomeFen: yuan(4200) },
      ],
      updatedBy: c.ids.other,
      createdBy: c.ids.clerk,
    });
    // Correcting an earlier year keeps the latest year as the household's income.
    const v4 = await patch(c.clerk, household.householdId, {
      reason: "更正2024年收入",
      income: { year: 2024, perCapitaIncomeFen: yuan(5100) },
    });
    expect(v4.body).toMatchObject({
      version: 4,
      incomeYear: 2025,
      perCapitaIncomeFen: yuan(4200),
      incomes: [
        { year: 2024, perCapitaIncomeFen: yuan(5100) },
        { year: 2025, perCapitaIncomeFen: yuan(4200) },
      ],
    });

    const history = await versions(c.other, household.householdId);
    expect(history.map((v) => [v.version, v.by, v.reason, v.changed])).toEqual([
      [4, c.ids.clerk, "更正2024年收入", ["income"]],
      [3, c.ids.other, "2025年收入核算后调整类别", ["category", "income"]],
      [2, c.ids.clerk, "门牌号更正", ["address"]],
      [1, c.ids.clerk, "登记", []],
    ]);
    for (const v of history) expect(Date.parse(v.at)).not.toBeNaN();
    expect(history[0].at >= history[1].at && history[1].at >= history[2].at).toBe(true);
    // Each version keeps the record as it became.
    expect(history[3].household).toMatchObject({ version: 1, address: null, category: "unstable_out_of_poverty" });
    expect(history[2].household).toMatchObject({ version: 2, address: "二组8号", category: "unstable_out_of_poverty" });
    expect(history[1].household).toMatchObject({ version: 3, category: "marginal_at_risk", perCapitaIncomeFen: yuan(4200) });
    const { categoryLabel: _c, statusLabel: _s, ...latest } = v4.body;
    expect(history[0].household).toEqual(latest);
    expectError(seen(await call("GET", "/households/hh_nope/versions", { token: c.clerk })), 404, "NOT_FOUND");
  });

  it("refuses a change made on a stale version with 409 VERSION_CONFLICT, changing nothing", async () => {
    const c = await county();
    const { household } = await registered(c.clerk, c.village.villageId);
    expect((await patch(c.other, household.householdId, { reason: "户主改名", headName: "张建军", expectedVersion: 1 })).status).toBe(200);
    const stale = await call("PATCH", `/households/${household.householdId}`, {
      token: c.clerk,
      body: { reason: "门牌号更正", address: "三组", expectedVersion: 1 },
      headers: { "accept-language": "zh-CN" },
    });
    expectError(stale, 409, "VERSION_CONFLICT");
    expect(stale.body.error.details[0]).toMatchObject({ path: "body.expectedVersion", expectedVersion: 1, currentVersion: 2 });
    expect(stale.body.error.message).toBe(
      "该农户在您查看后已被他人修改（您修改的是第 1 版，当前已是第 2 版），本次未做更改，请刷新后重新修改。",
    );
    const now = (await read(c.clerk, household.householdId)).body;
    expect(now).toMatchObject({ version: 2, headName: "张建军", address: null });
    expect((await versions(c.clerk, household.householdId)).map((v) => v.version)).toEqual([2, 1]);
  });

  it("lands concurrent changes as distinct versions, never losing one", async () => {
    const c = await county();
    const { household } = await registered(c.clerk, c.village.villageId, [], { incomeYear: 2019, perCapitaIncomeFen: yuan(3000) });
    // Each change adds its own year's income: a lost update would lose a year.
    const years = [2020, 2021, 2022, 2023, 2024, 2025];
    const results = await Promise.all(
      years.map((year, i) =>
        patch(i % 2 ? c.clerk : c.other, household.householdId, {
          reason: `${year}年收入`,
          income: { year, perCapitaIncomeFen: yuan(3000 + year - 2019) },
        }),
      ),
    );
    const landed = years.filter((_, i) => results[i]!.status === 200);
    for (const res of results) if (res.status !== 200) expectError(res, 409, "CONCURRENT_UPDATE");
    expect(landed.length).toBeGreaterThan(0);
    const now = (await read(c.clerk, household.householdId)).body;
    expect(now.version).toBe(1 + landed.length);
    expect(now.incomes.map((i) => i.year)).toEqual([2019, ...landed]);
    const history = await versions(c.clerk, household.householdId);
    expect(history.map((v) => v.version)).toEqual(Array.from({ length: landed.length + 1 }, (_, i) => landed.length + 1 - i));
    // Every version builds on the one before: one more year each time.
    for (const v of history) expect(v.household.incomes).toHaveLength(v.version);
    expect(new Set(results.filter((r) => r.status === 200).map((r) => r.body.version)).size).toBe(landed.length);
  });

  it("lands concurrent changes that add the same person without losing what else each changed", async () => {
    const c = await county();
    const { household, head } = await registered(c.clerk, c.village.villageId, [], { incomeYear: 2019, perCapitaIncomeFen: yuan(3000) });
    const newborn = member("grandchild", { name: "张小宝", idNumber: bornOn(shiftDays(chinaToday(), -30)) });
    const years = [2020, 2021, 2022, 2023];
    const results = await Promise.all(
      years.map((year, i) =>
        patch(i % 2 ? c.clerk : c.other, household.householdId, {
          reason: `新生儿落户，补录${year}年收入`,
          members: [head, newborn],
          income: { year, perCapitaIncomeFen: yuan(3000) },
        }),
      ),
    );
    const landed = years.filter((_, i) => results[i]!.status === 200);
    for (const res of results) if (res.status !== 200) expectError(res, 409, "CONCURRENT_UPDATE");
    // Every change answered 200 is in the record: the one whose person was already added read again.
    const now = (await read(c.clerk, household.householdId)).body;
    expect(now.incomes.map((i) => i.year)).toEqual([2019, ...landed]);
    expect(now).toMatchObject({ version: 1 + landed.length, members: 2 });
    expect(now.people.find((p) => p.name === "张小宝")).toMatchObject({ relation: "grandchild", ageBand: "under_6" });
  });

  it("lets exactly one of concurrent changes to the same version land, and refuses the others with 409 VERSION_CONFLICT", async () => {
    const c = await county();
    const { household } = await registered(c.clerk, c.village.villageId);
    const addresses = ["一组1号", "一组2号", "一组3号", "一组4号", "一组5号"];
    const results = await Promise.all(
      addresses.map((address, i) =>
        patch(i % 2 ? c.clerk : c.other, household.householdId, { reason: "门牌号", address, expectedVersion: 1 }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    for (const res of results)
      if (res.status !== 200) expect(res.body.error.code, res.text).toMatch(/^(VERSION_CONFLICT|CONCURRENT_UPDATE)$/);
    expect(results.filter((r) => r.body?.error?.code === "VERSION_CONFLICT").length).toBeGreaterThan(0);
    const now = (await read(c.clerk, household.householdId)).body;
    expect(now).toMatchObject({ version: 2, address: ok[0]!.body.address });
    expect((await versions(c.clerk, household.householdId)).map((v) => v.version)).toEqual([2, 1]);
  });
});

describe("personal data", () => {
  it("never answered a plain resident id, nor its hash, in any of the answers above", () => {
    expect(sentIds.length).toBeGreaterThan(20);
    expect(answers.length).toBeGreaterThan(30);
    const key = process.env.PII_HASH_KEY ?? LOCAL_DEVELOPMENT_PII_HASH_KEY;
    const everything = answers.join("\n");
    for (const id of sentIds) {
      expect(everything, "a plain resident id").not.toContain(id);
      expect(everything.toUpperCase(), "a plain resident id").not.toContain(id.toUpperCase());
      expect(everything, "a resident id's hash").not.toContain(residentIdHash(id, key));
    }
    // Nothing even shaped like one: 17 digits and a check character.
    expect(everything).not.toMatch(/\d{17}[\dXx]/);
  });
});
