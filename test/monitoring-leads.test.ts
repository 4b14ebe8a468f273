import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MonitoringTotals } from "@fupin/core/monitoring/totals/storage";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { type ApiResult, allPages, api, call, expectError, unique } from "./support/api";
import { adminToken, createVillage, householdInput, residentId, staffToken, yuan } from "./support/fixtures";
import { testStore } from "./support/monitoring-state";

/**
 * Risk leads and early warning (DOMAIN.md §5, issue 11 item 3), over HTTP against DynamoDB Local:
 * a department's batch matched to households by resident-id hash, a lead for each household over
 * the county's rules (strictly above a cost threshold; at it, none), re-imports that raise nothing
 * twice, CSV uploads in yuan, the township inbox by due date, overdue leads, dismissal, and the
 * area: another county's lead is not found. No answer ever holds a plain resident id.
 *
 * Overdue leads: a lead is due the county's deadline (15 days) after the day its sign was seen.
 * The API lets a cadre record a visit made days ago (`reportedOn` in the past, never the future,
 * at most 90 days back), so a visit recorded as made 20 days ago is honestly 5 days overdue.
 */

const SHANDONG = { province: "山东省", city: "德州市" };
const today = chinaToday();
const month = today.slice(0, 7);
const YEAR = 2025;

/** Every resident id sent and every answer received: the last test scans the one for the other. */
const sentIds: string[] = [];
const answers: string[] = [];
const seen = <T extends ApiResult>(res: T): T => {
  answers.push(res.text);
  return res;
};
const person = () => {
  const id = residentId();
  sentIds.push(id);
  return id;
};

/**
 * A fresh county with villages in two townships, its rules (Xi'an's medical thresholds, a 2025
 * monitoring line of 7,000 yuan, 民政 flags), and its staff.
 */
async function county() {
  const name = `预警县${unique()}`;
  const [east, west] = await Promise.all([
    createVillage({ ...SHANDONG, county: name, township: "东镇" }),
    createVillage({ ...SHANDONG, county: name, township: "西镇" }),
  ]);
  const area = { ...SHANDONG, county: name };
  const s = unique();
  const c = {
    name,
    east,
    west,
    clerk: await staffToken(`lead-clerk-${s}`, ["clerk"], area),
    approver: await staffToken(`lead-approver-${s}`, ["approver"], area),
    eastClerk: await staffToken(`lead-east-${s}`, ["clerk"], { ...area, township: "东镇" }),
    provinceStaff: await staffToken(`lead-province-${s}`, ["clerk"], { province: SHANDONG.province }),
  };
  const settings = await api("PUT /monitoring/settings/{county}", {
    token: c.clerk,
    params: { county: name },
    body: {
      incomeLines: [{ year: YEAR, lineFen: yuan(7000) }],
      earlyWarning: [
        { kind: "medical_cost", threshold: { type: "absolute", lowIncomeFen: yuan(10_000), otherFen: yuan(26_000) } },
        { kind: "income_below_line" },
        { kind: "department_flag", sources: ["civil_affairs"] },
      ],
    },
  });
  expect(settings.status, settings.text).toBe(200);
  return c;
}
type County = Awaited<ReturnType<typeof county>>;

/** A household of head (and spouse) ids; `category` unstable_out_of_poverty makes it low-income. */
async function household(c: County, opts: { category?: string; villageId?: string; spouse?: boolean; dibao?: boolean } = {}) {
  const head = person();
  const spouse = opts.spouse ? person() : undefined;
  const members = [
    { name: "张建国", relation: "head", idNumber: head },
    ...(spouse ? [{ name: "李秀英", relation: "spouse", idNumber: spouse, dibao: opts.dibao ?? false }] : []),
  ];
  const res = seen(
    await api("POST /households", {
      token: c.clerk,
      body: householdInput(opts.villageId ?? c.east.villageId, {
        idNumber: head,
        members,
        category: opts.category ?? "marginal_at_risk",
        perCapitaIncomeFen: yuan(9000),
      }),
    }),
  );
  expect(res.status, res.text).toBe(201);
  return { ...res.body, head, spouse: spouse ?? "" };
}

const importBatch = async (token: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  seen(await call("POST", "/department-batches", { token, body, headers }));
const getLead = async (token: string, leadId: string) => seen(await api("GET /risk-leads/{leadId}", { token, params: { leadId } }));
const inbox = async (token: string, query: Record<string, string> = {}) =>
  seen(await call("GET", `/risk-leads?${new URLSearchParams(query)}`, { token }));
const cadreVisit = async (token: string, householdId: string, overrides: Record<string, unknown> = {}) =>
  seen(
    await call("POST", "/risk-leads", {
      token,
      body: { householdId, source: "cadre_visit", description: "走访发现户主因病无法务工", ...overrides },
    }),
  );
/** The county's totals item, as reports read it. */
const totals = async (county: string): Promise<Record<string, unknown>> =>
  (await MonitoringTotals.find(testStore(), { county }, { consistent: true })) ?? { county };

describe("a 医保 batch against the county's thresholds", () => {
  it("raises a lead for a household strictly over its threshold, none at or under it, and reports unmatched and invalid rows by number", async () => {
    const c = await county();
    const other = await household(c, { spouse: true }); // 26,000 yuan threshold
    const low = await household(c, { category: "unstable_out_of_poverty" }); // 10,000 yuan
    const dibao = await household(c, { spouse: true, dibao: true }); // a 低保 member: 10,000 yuan
    const at = await household(c, { category: "unstable_out_of_poverty" });
    const under = await household(c);
    const elsewhere = await household(await county(), { category: "unstable_out_of_poverty" });
    const nobody = person();
    const bad = `${nobody.slice(0, 17)}${nobody.endsWith("0") ? "1" : "0"}`;
    sentIds.push(bad);

    const rows = [
      { idNumber: other.head, medicalCostFen: yuan(20_000) },
      { idNumber: other.spouse, medicalCostFen: yuan(6000) + 1 }, // the household's people add up: 26,000.01
      { idNumber: low.head, medicalCostFen: yuan(10_000) + 1 },
      { idNumber: dibao.head, medicalCostFen: yuan(10_000) + 1 },
      { idNumber: at.head, medicalCostFen: yuan(10_000) }, // exactly at the threshold: no lead
      { idNumber: under.head, medicalCostFen: yuan(26_000) - 1 },
      { idNumber: nobody, medicalCostFen: yuan(50_000) },
      { idNumber: elsewhere.head, medicalCostFen: yuan(50_000) }, // registered, but in another county
      { idNumber: bad, medicalCostFen: yuan(50_000) },
      { idNumber: low.head.toLowerCase(), medicalCostFen: 1.5 },
    ];
    const res = await importBatch(c.clerk, { source: "medical_insurance", year: YEAR, rows });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      county: c.name,
      source: "medical_insurance",
      rows: 10,
      matched: 6,
      unmatched: 2,
      unmatchedRows: [7, 8],
      households: 5,
      leadsRaised: 3,
      alreadyOpen: 0,
      belowThreshold: 2,
      replayed: false,
    });
    expect(res.body.invalid).toEqual([
      expect.objectContaining({ row: 9, field: "idNumber", issue: "resident_id" }),
      expect.objectContaining({ row: 10, field: "medicalCostFen", issue: "not_fen" }),
    ]);
    for (const id of [nobody, bad, elsewhere.head, low.head]) expect(res.text).not.toContain(id);

    const leads = await Promise.all(res.body.leads.map((id: string) => getLead(c.approver, id)));
    const byHousehold = new Map(leads.map((l) => [l.body.householdId, l.body]));
    expect([...byHousehold.keys()].sort()).toEqual([other.householdId, low.householdId, dibao.householdId].sort());
    expect(byHousehold.get(other.householdId)).toMatchObject({
      source: "medical_insurance",
      sourceLabel: "医保部门预警",
      status: "open",
      statusLabel: "待核实",
      township: "东镇",
      villageId: c.east.villageId,
      batchId: res.body.batchId,
      batchRows: [1, 2],
      reportedOn: today,
      dueOn: shiftDays(today, 15),
      overdue: false,
      facts: { medicalCostFen: yuan(26_000) + 1, year: YEAR, rule: "medical_cost", thresholdFen: yuan(26_000), perCapitaIncomeFen: null },
    });
    expect(byHousehold.get(other.householdId)!.description).toContain("超过预警线 ¥26,000.00");
    expect(byHousehold.get(low.householdId)!.facts).toMatchObject({ medicalCostFen: yuan(10_000) + 1, thresholdFen: yuan(10_000) });
    expect(byHousehold.get(dibao.householdId)!.facts.thresholdFen).toBe(yuan(10_000));
    // The county's totals count the leads raised this month, in the same transaction.
    expect((await totals(c.name))[`leads#${month}`]).toBe(3);
  });

  it("imports the same batch again without raising anything twice: the same summary, answered 200", async () => {
    const c = await county();
    const h = await household(c, { category: "unstable_out_of_poverty" });
    const body = { source: "medical_insurance", year: YEAR, rows: [{ idNumber: h.head, medicalCostFen: yuan(12_000) }] };
    const first = await importBatch(c.clerk, body);
    expect(first.status, first.text).toBe(201);
    expect(first.body.leadsRaised).toBe(1);
    const again = await importBatch(c.clerk, body);
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    const listed = await inbox(c.clerk);
    expect(listed.body.items.map((l: { leadId: string }) => l.leadId)).toEqual(first.body.leads);
    expect((await totals(c.name))[`leads#${month}`]).toBe(1);

    // Next month's cumulative figures for the same household and year: its lead is still open, so no second one.
    const later = await importBatch(c.clerk, { ...body, rows: [{ idNumber: h.head, medicalCostFen: yuan(15_000) }] });
    expect(later.status, later.text).toBe(201);
    expect(later.body).toMatchObject({ leadsRaised: 0, alreadyOpen: 1, alreadyOpenLeads: first.body.leads, leads: [] });
    // Once that lead is dismissed, a new figure may raise a new one.
    const dismissed = seen(
      await api("POST /risk-leads/{leadId}/dismiss", {
        token: c.clerk,
        params: { leadId: first.body.leads[0] },
        body: { reason: "已由大病保险报销" },
      }),
    );
    expect(dismissed.status, dismissed.text).toBe(200);
    const after = await importBatch(c.clerk, { ...body, rows: [{ idNumber: h.head, medicalCostFen: yuan(18_000) }] });
    expect(after.body).toMatchObject({ leadsRaised: 1, alreadyOpen: 0 });
    expect((await totals(c.name))[`leads#${month}`]).toBe(2);
  });

  it("honours an Idempotency-Key: the same key replays, the same key for another batch is refused", async () => {
    const c = await county();
    const h = await household(c, { category: "unstable_out_of_poverty" });
    const key = { "idempotency-key": `batch-${unique()}` };
    const body = { source: "medical_insurance", year: YEAR, rows: [{ idNumber: h.head, medicalCostFen: yuan(11_000) }] };
    const first = await importBatch(c.clerk, body, key);
    expect(first.status, first.text).toBe(201);
    const replay = await importBatch(c.clerk, body, key);
    expect(replay.status, replay.text).toBe(200);
    expect(replay.body.leads).toEqual(first.body.leads);
    expectError(await importBatch(c.clerk, { ...body, year: YEAR - 1 }, key), 409, "IDEMPOTENCY_KEY_REUSED");
    expect((await inbox(c.clerk)).body.items).toHaveLength(1);
  });

  it("reads a CSV export with Chinese headers and amounts in yuan to the fen, and reports bad rows without their ids", async () => {
    const c = await county();
    const a = await household(c, { category: "unstable_out_of_poverty" });
    const b = await household(c, { category: "unstable_out_of_poverty" });
    const d = await household(c);
    const csv = [
      "姓名,身份证号,自付医疗费用（元）,年度,备注",
      `张建国,${a.head},"10,000.01",${YEAR},住院两次`,
      `王五,${b.head},10000.00,${YEAR},`,
      `赵六,${d.head},12.345,${YEAR},`,
      `钱七,3.70102E+17,30000,${YEAR},`,
      `孙八,${d.head.slice(0, 17)},30000,${YEAR},`,
    ].join("\r\n");
    const res = await importBatch(c.clerk, { source: "medical_insurance", csv });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ rows: 5, matched: 2, leadsRaised: 1, belowThreshold: 1, ignoredColumns: ["姓名"] });
    expect(res.body.invalid.map(({ row, line, field, issue }: any) => ({ row, line, field, issue }))).toEqual([
      { row: 3, line: 4, field: "medicalCostFen", issue: "too_precise" },
      { row: 4, line: 5, field: "idNumber", issue: "scientific_notation" },
      { row: 5, line: 6, field: "idNumber", issue: "resident_id" },
    ]);
    for (const id of [a.head, b.head, d.head]) expect(res.text).not.toContain(id.slice(0, 17));
    const lead = await getLead(c.clerk, res.body.leads[0]);
    expect(lead.body).toMatchObject({ householdId: a.householdId, facts: { medicalCostFen: 1_000_001, thresholdFen: yuan(10_000) } });
    expect(lead.body.description).toContain("住院两次");

    const noId = await importBatch(c.clerk, { source: "medical_insurance", year: YEAR, csv: "姓名,自付医疗费用(元)\n张三,100" });
    expectError(noId, 400, "VALIDATION_FAILED");
    expect(noId.body.error.details[0]).toMatchObject({ path: "body.csv", issue: "missing_column" });
    // The platform takes bodies up to 64 KB: a larger file is refused before it is read (split it).
    const huge = `身份证号,自付医疗费用(元)\n${`${a.head},100\n`.repeat(3000)}`;
    expectError(await importBatch(c.clerk, { source: "medical_insurance", year: YEAR, csv: huge }), 413, "PAYLOAD_TOO_LARGE");
  });

  it("raises leads from 民政 flags and incomes below the year's line, not at it", async () => {
    const c = await county();
    const flagged = await household(c);
    const poor = await household(c);
    const atLine = await household(c);
    const civil = await importBatch(c.clerk, { source: "civil_affairs", year: YEAR, rows: [{ idNumber: flagged.head, kind: "新增低保" }] });
    expect(civil.body).toMatchObject({ leadsRaised: 1 });
    expect((await getLead(c.clerk, civil.body.leads[0])).body.facts).toMatchObject({ rule: "department_flag", kind: "新增低保" });
    const incomes = await importBatch(c.clerk, {
      source: "income_monitoring",
      year: YEAR,
      rows: [
        { idNumber: poor.head, perCapitaIncomeFen: yuan(7000) - 1 },
        { idNumber: atLine.head, perCapitaIncomeFen: yuan(7000) },
      ],
    });
    expect(incomes.body).toMatchObject({ leadsRaised: 1, belowThreshold: 1 });
    expect((await getLead(c.clerk, incomes.body.leads[0])).body).toMatchObject({
      householdId: poor.householdId,
      facts: { rule: "income_below_line", perCapitaIncomeFen: yuan(7000) - 1, thresholdFen: yuan(7000) },
    });
    // A year the county set no line for raises nothing.
    const noLine = await importBatch(c.clerk, {
      source: "income_monitoring",
      year: YEAR + 1,
      rows: [{ idNumber: poor.head, perCapitaIncomeFen: 0 }],
    });
    expect(noLine.body).toMatchObject({ matched: 1, leadsRaised: 0, belowThreshold: 1 });
  });

  it("is imported by the county's clerks only: not a township's, not read-only staff, and a national admin names the county", async () => {
    const c = await county();
    const h = await household(c, { category: "unstable_out_of_poverty" });
    const body = { source: "medical_insurance", year: YEAR, rows: [{ idNumber: h.head, medicalCostFen: yuan(10_500) }] };
    expectError(await importBatch(c.eastClerk, body), 403, "FORBIDDEN");
    expectError(await importBatch(c.approver, body), 403, "FORBIDDEN");
    expectError(await importBatch(c.provinceStaff, { ...body, county: c.name }), 403, "READ_ONLY_AREA");
    expectError(await importBatch(c.clerk, { ...body, county: "别的县" }), 400, "VALIDATION_FAILED");
    const admin = await adminToken();
    expectError(await importBatch(admin, body), 400, "VALIDATION_FAILED");
    const byAdmin = await importBatch(admin, { ...body, county: c.name });
    expect(byAdmin.status, byAdmin.text).toBe(201);
    expect(byAdmin.body.leadsRaised).toBe(1);
  });
});

describe("junk in a batch", () => {
  it("is reported row by row and never answered with a 5xx, as JSON rows or as a CSV", async () => {
    const c = await county();
    const h = await household(c, { category: "unstable_out_of_poverty" });
    const junk = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.string({ maxLength: 40 }),
      fc.double(),
      fc.constantFrom(null, -1, 1e300, "__proto__"),
    );
    const row = fc.oneof(
      junk,
      fc.record({ idNumber: junk, medicalCostFen: junk }, { requiredKeys: [] }),
      fc.record(
        { idNumber: fc.constant(h.head), medicalCostFen: junk, year: junk, kind: junk, note: junk },
        { requiredKeys: ["idNumber"] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), async (rows) => {
        const res = await importBatch(c.clerk, { source: "medical_insurance", year: YEAR, rows });
        expect(res.status, res.text).toBeLessThan(500);
        if (res.status === 201 || res.status === 200) {
          expect(res.body.rows).toBe(rows.length);
          expect(res.body.invalid.length + res.body.matched + res.body.unmatched).toBe(rows.length);
        }
      }),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const res = await importBatch(c.clerk, { source: "medical_insurance", year: YEAR, csv: `身份证号,自付医疗费用(元)\n${text}` });
        expect(res.status, res.text).toBeLessThan(500);
      }),
      { numRuns: 30 },
    );
  });
});

describe("leads by hand and the township inbox", () => {
  it("lists a township's unresolved leads soonest due first, page by page; a township clerk sees only their own", async () => {
    const c = await county();
    const [e1, e2, w1] = await Promise.all([household(c), household(c), household(c, { villageId: c.west.villageId })]);
    const made: Record<string, string> = {};
    for (const [key, h, daysAgo] of [
      ["e-recent", e1, 1],
      ["e-older", e2, 10],
      ["e-oldest", e1, 12],
      ["w", w1, 11],
    ] as const) {
      const res = await cadreVisit(c.clerk, h.householdId, { reportedOn: shiftDays(today, -daysAgo) });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({
        status: "open",
        source: "cadre_visit",
        dueOn: shiftDays(today, 15 - daysAgo),
        reportedOn: shiftDays(today, -daysAgo),
      });
      made[key] = res.body.leadId;
    }
    const east = await allPages<{ leadId: string; dueOn: string }>(`/risk-leads?township=${encodeURIComponent("东镇")}`, {
      token: c.clerk,
      limit: 2,
    });
    expect(east.items.map((l) => l.leadId)).toEqual([made["e-oldest"], made["e-older"], made["e-recent"]]);
    expect(east.pages).toBe(2);
    const countyWide = await allPages<{ leadId: string }>("/risk-leads", { token: c.approver, limit: 3 });
    expect(countyWide.items.map((l) => l.leadId)).toEqual([made["e-oldest"], made.w, made["e-older"], made["e-recent"]]);

    // The township clerk's inbox is their township's, whatever they ask for.
    expect((await inbox(c.eastClerk)).body.items.map((l: { leadId: string }) => l.leadId)).toEqual(east.items.map((l) => l.leadId));
    expect((await inbox(c.eastClerk, { township: "西镇" })).body.items).toEqual([]);
    expectError(await getLead(c.eastClerk, made.w!), 404, "NOT_FOUND");
    // Province staff read a county they name.
    expect((await inbox(c.provinceStaff, { county: c.name })).body.items).toHaveLength(4);
    expectError(await inbox(c.provinceStaff), 400, "VALIDATION_FAILED");
    // One household's leads, and by source.
    expect((await inbox(c.clerk, { householdId: e1.householdId })).body.items.map((l: { leadId: string }) => l.leadId).sort()).toEqual(
      [made["e-recent"], made["e-oldest"]].sort(),
    );
    expect((await inbox(c.clerk, { source: "self_report" })).body.items).toEqual([]);
  });

  it("marks an unresolved lead past its due date overdue and lists only those with overdue=true", async () => {
    const c = await county();
    const h = await household(c);
    // A visit made 20 days ago, recorded today: due 15 days after the visit, so 5 days overdue.
    const late = await cadreVisit(c.clerk, h.householdId, { reportedOn: shiftDays(today, -20) });
    expect(late.status, late.text).toBe(201);
    expect(late.body).toMatchObject({ dueOn: shiftDays(today, -5), overdue: true });
    // Due today: not yet overdue.
    const dueToday = await cadreVisit(c.clerk, h.householdId, { reportedOn: shiftDays(today, -15) });
    expect(dueToday.body).toMatchObject({ dueOn: today, overdue: false });
    const fresh = await cadreVisit(c.clerk, h.householdId);
    expect(fresh.body).toMatchObject({ reportedOn: today, overdue: false });

    const overdueQueries: Record<string, string>[] = [
      { overdue: "true" },
      { overdue: "true", township: "东镇" },
      { overdue: "true", status: "open" },
    ];
    for (const query of overdueQueries)
      expect(
        (await inbox(c.clerk, query)).body.items.map((l: { leadId: string }) => l.leadId),
        JSON.stringify(query),
      ).toEqual([late.body.leadId]);
    expect((await inbox(c.clerk)).body.items).toHaveLength(3);
    expectError(await inbox(c.clerk, { overdue: "true", status: "dismissed" }), 400, "VALIDATION_FAILED");

    // Never a visit in the future, nor one longer ago than 90 days.
    const future = await cadreVisit(c.clerk, h.householdId, { reportedOn: shiftDays(today, 1) });
    expectError(future, 400, "VALIDATION_FAILED");
    expect(future.body.error.details[0]).toMatchObject({ path: "body.reportedOn", issue: "in_future" });
    expectError(await cadreVisit(c.clerk, h.householdId, { reportedOn: shiftDays(today, -91) }), 400, "VALIDATION_FAILED");

    // Dismissed after its due date, it counts as resolved late in the month it fell due.
    const dismissed = seen(
      await api("POST /risk-leads/{leadId}/dismiss", {
        token: c.clerk,
        params: { leadId: late.body.leadId },
        body: { reason: "核实后家庭收入稳定" },
      }),
    );
    expect(dismissed.body).toMatchObject({ status: "dismissed", overdue: false, resolution: { outcome: "dismissed", late: true } });
    expect((await totals(c.name))[`leadsResolvedLate#${shiftDays(today, -5).slice(0, 7)}`]).toBe(1);
    expect((await inbox(c.clerk, { overdue: "true" })).body.items).toEqual([]);
  });

  it("dismisses an open lead with a reason, once; refuses a dismissal without one", async () => {
    const c = await county();
    const h = await household(c);
    const lead = (await cadreVisit(c.clerk, h.householdId)).body;
    const dismiss = async (body: Record<string, unknown>, token = c.clerk) =>
      seen(await call("POST", `/risk-leads/${lead.leadId}/dismiss`, { token, body }));
    expectError(await dismiss({}), 400, "VALIDATION_FAILED");
    expectError(await dismiss({ reason: "  " }), 400, "VALIDATION_FAILED");
    expectError(await dismiss({ reason: "不是风险" }, c.approver), 403, "FORBIDDEN");
    const done = await dismiss({ reason: "子女已返乡就业，收入稳定" });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({
      status: "dismissed",
      statusLabel: "已排除",
      resolution: { outcome: "dismissed", note: "子女已返乡就业，收入稳定", late: false },
      version: 2,
    });
    const again = await dismiss({ reason: "再次排除" });
    expectError(again, 409, "INVALID_STATE");
    expect(again.body.error.details[0]).toMatchObject({ status: "dismissed", allowed: ["open"] });
    expect((await inbox(c.clerk)).body.items).toEqual([]);
    expect((await inbox(c.clerk, { status: "dismissed" })).body.items.map((l: { leadId: string }) => l.leadId)).toEqual([lead.leadId]);
    expect(Object.keys(await totals(c.name)).some((k) => k.startsWith("leadsResolvedLate#"))).toBe(false);
  });

  it("refuses a second unresolved lead of the same department, household and year (409), and replays a keyed POST", async () => {
    const c = await county();
    const h = await household(c);
    const body = {
      householdId: h.householdId,
      source: "disabled_persons",
      description: "残联推送：新增一级残疾",
      year: YEAR,
      kind: "一级残疾",
    };
    const key = { "idempotency-key": `lead-${unique()}` };
    const first = seen(await call("POST", "/risk-leads", { token: c.clerk, body, headers: key }));
    expect(first.status, first.text).toBe(201);
    const replay = seen(await call("POST", "/risk-leads", { token: c.clerk, body, headers: key }));
    expect(replay.status, replay.text).toBe(200);
    expect(replay.body.leadId).toBe(first.body.leadId);
    const duplicate = seen(await call("POST", "/risk-leads", { token: c.clerk, body }));
    expectError(duplicate, 409, "DUPLICATE");
    expect(duplicate.body.error.details[0]).toMatchObject({ leadId: first.body.leadId });
    // Another year, or a cadre's visit, is another lead.
    expect((await call("POST", "/risk-leads", { token: c.clerk, body: { ...body, year: YEAR - 1 } })).status).toBe(201);
    expect((await cadreVisit(c.clerk, h.householdId)).status).toBe(201);
    // A manual lead keeps the rule its figures cross, when they do.
    const medical = seen(
      await call("POST", "/risk-leads", {
        token: c.clerk,
        body: { householdId: h.householdId, source: "self_report", description: "户主住院", year: YEAR, medicalCostFen: yuan(30_000) },
      }),
    );
    expect(medical.body.facts).toMatchObject({ rule: "medical_cost", thresholdFen: yuan(26_000), medicalCostFen: yuan(30_000) });
    expect((await totals(c.name))[`leads#${month}`]).toBe(4);
  });

  it("answers 404 for another county's lead, lists none of it, and refuses a household outside the area", async () => {
    const c = await county();
    const other = await county();
    const h = await household(other);
    const lead = (await cadreVisit(other.clerk, h.householdId)).body;
    expectError(await getLead(c.clerk, lead.leadId), 404, "NOT_FOUND");
    expectError(
      seen(await api("POST /risk-leads/{leadId}/dismiss", { token: c.clerk, params: { leadId: lead.leadId }, body: { reason: "越权" } })),
      404,
      "NOT_FOUND",
    );
    expect((await inbox(c.clerk, { county: other.name })).body.items).toEqual([]);
    const res = await cadreVisit(c.clerk, h.householdId);
    expectError(res, 422, "REFERENCE_NOT_FOUND");
    expectError(await cadreVisit(other.provinceStaff, h.householdId), 403, "READ_ONLY_AREA");
    expect((await getLead(other.approver, lead.leadId)).status).toBe(200);
  });
});

describe("personal data", () => {
  it("never answers a plain resident id", () => {
    expect(sentIds.length).toBeGreaterThan(10);
    expect(answers.length).toBeGreaterThan(30);
    const all = answers.join("\n");
    for (const id of sentIds) {
      expect(all).not.toContain(id);
      expect(all).not.toContain(id.toLowerCase());
    }
  });
});
