import { describe, expect, it } from "vitest";
import { chinaMonth } from "@fupin/core/platform/clock";
import { api, baseUrl, call, expectError, unique } from "./support/api";
import { createVillage, householdInput, yuan } from "./support/fixtures";
import { areaToken, confirmedOn, daysAgo } from "./support/monitoring-state";

/**
 * The monitoring report over HTTP against DynamoDB Local: every figure is one the test made.
 * Households confirmed weeks ago are confirmed through the core's storage (support/monitoring-state.ts);
 * leads come from POST /risk-leads (a visit reported 20 days ago is overdue today).
 */

const SHANDONG = { province: "山东省", city: "德州市" };
const thisMonth = chinaMonth(new Date());
const monthOf = (date: string) => date.slice(0, 7);

async function county(province = SHANDONG.province) {
  const name = `报表县${unique()}`;
  const [east, west] = await Promise.all([
    createVillage({ county: name, township: "东镇", province }),
    createVillage({ county: name, township: "西镇", province }),
  ]);
  const area = { province, city: SHANDONG.city, county: name };
  const s = unique();
  return {
    name,
    east,
    west,
    clerk: await areaToken(`clerk-${s}`, ["clerk"], area),
    eastClerk: await areaToken(`east-${s}`, ["clerk"], { ...area, township: "东镇" }),
    province: await areaToken(`province-${s}`, ["approver"], { province }),
  };
}
type County = Awaited<ReturnType<typeof county>>;

async function household(c: County, villageId: string, category: string) {
  const res = await api("POST /households", { token: c.clerk, body: householdInput(villageId, { category }) });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function measure(c: County, householdId: string, body: Record<string, unknown>) {
  const res = await call("POST", `/households/${householdId}/measures`, {
    token: c.clerk,
    body: { startOn: daysAgo(1), responsibleCadre: "王建军", ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function lead(c: County, householdId: string, reportedDaysAgo: number) {
  const res = await api("POST /risk-leads", {
    token: c.clerk,
    body: { householdId, source: "cadre_visit", description: "走访发现家中主要劳动力因病无法务工", reportedOn: daysAgo(reportedDaysAgo) },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function report(token: string, query: Record<string, string> = {}) {
  const res = await api("GET /reports/monitoring", { token, query });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/**
 * 东镇: a 脱贫不稳定户 confirmed 3 days ago with a monthly post (600 yuan) and a one-off loan
 * (50,000 yuan, since ended); a registered 边缘易致贫户 with an overdue lead.
 * 西镇: a 突发严重困难户 confirmed 40 days ago with a one-off industry grant (3,000 yuan) and a
 * yearly school grant (2,000 yuan); a registered household with a lead reported today.
 */
async function countyWithFigures() {
  const c = await county();
  const eastMonitored = await household(c, c.east.villageId, "unstable_out_of_poverty");
  const eastRegistered = await household(c, c.east.villageId, "marginal_at_risk");
  const westMonitored = await household(c, c.west.villageId, "sudden_hardship");
  const westRegistered = await household(c, c.west.villageId, "marginal_at_risk");
  await confirmedOn(eastMonitored.householdId, daysAgo(3));
  await confirmedOn(westMonitored.householdId, daysAgo(40));
  await measure(c, eastMonitored.householdId, { kind: "public_welfare_post", amountFen: yuan(600), period: "monthly" });
  const loan = await measure(c, eastMonitored.householdId, { kind: "micro_credit", amountFen: yuan(50_000), period: "once" });
  const ended = await call("POST", `/households/${eastMonitored.householdId}/measures/${loan.measureId}/end`, {
    token: c.clerk,
    body: { endOn: daysAgo(0), reason: "贷款已还清" },
  });
  expect(ended.status, ended.text).toBe(200);
  await measure(c, westMonitored.householdId, { kind: "industry", amountFen: yuan(3000), period: "once" });
  await measure(c, westMonitored.householdId, { kind: "education_aid", amountFen: yuan(2000), period: "yearly" });
  // The county's lead deadline is 15 days: reported 20 days ago, due 5 days ago.
  const overdue = await lead(c, eastRegistered.householdId, 20);
  const fresh = await lead(c, westRegistered.householdId, 0);
  expect(overdue.dueOn).toBe(daysAgo(5));
  expect(fresh.dueOn).toBe(daysAgo(-15));
  return c;
}

const zeroMeasure = { recorded: 0, active: 0, ended: 0, onceFen: 0, monthlyFen: 0, yearlyFen: 0 };

describe("the monitoring report", () => {
  it("gives a county exactly the figures of what was done in it", async () => {
    const c = await countyWithFigures();
    const r = await report(c.clerk);
    expect(r).toMatchObject({ county: c.name, township: null, to: thisMonth, overdueLeadsNow: 1, overdueLeadsCapped: false });
    expect(r.households).toEqual({
      byStatus: { registered: 2, identifying: 0, monitored: 2, removing: 0, removed: 0 },
      monitored: 2,
      monitoredByCategory: { unstable_out_of_poverty: 1, marginal_at_risk: 0, sudden_hardship: 1 },
    });
    expect(r.byTownship).toEqual([
      {
        township: "东镇",
        byStatus: { registered: 1, identifying: 0, monitored: 1, removing: 0, removed: 0 },
        monitored: 1,
        monitoredByCategory: { unstable_out_of_poverty: 1, marginal_at_risk: 0, sudden_hardship: 0 },
      },
      {
        township: "西镇",
        byStatus: { registered: 1, identifying: 0, monitored: 1, removing: 0, removed: 0 },
        monitored: 1,
        monitoredByCategory: { unstable_out_of_poverty: 0, marginal_at_risk: 0, sudden_hardship: 1 },
      },
    ]);

    // Months: households identified by the month of their confirmation, leads by the month they were
    // recorded, overdue leads by the month they fell due.
    expect(r.months).toHaveLength(12);
    const expected = new Map<string, { identified: number; removed: number; leads: number; leadsOverdue: number }>();
    const add = (month: string, k: "identified" | "leads" | "leadsOverdue") => {
      const m = expected.get(month) ?? { identified: 0, removed: 0, leads: 0, leadsOverdue: 0 };
      m[k] += 1;
      expected.set(month, m);
    };
    add(monthOf(daysAgo(3)), "identified");
    add(monthOf(daysAgo(40)), "identified");
    add(thisMonth, "leads");
    add(thisMonth, "leads");
    add(monthOf(daysAgo(5)), "leadsOverdue");
    for (const m of r.months)
      expect(m, m.month).toEqual({ month: m.month, identified: 0, removed: 0, leads: 0, leadsOverdue: 0, ...expected.get(m.month) });

    const byKind = Object.fromEntries(r.measures.map(({ kind, kindLabel: _l, ...figures }) => [kind, figures]));
    expect(byKind).toEqual({
      industry: { ...zeroMeasure, recorded: 1, active: 1, onceFen: 300_000 },
      employment: zeroMeasure,
      public_welfare_post: { ...zeroMeasure, recorded: 1, active: 1, monthlyFen: 60_000 },
      micro_credit: { ...zeroMeasure, recorded: 1, ended: 1, onceFen: 5_000_000 },
      dibao: zeroMeasure,
      tekun: zeroMeasure,
      medical_aid: zeroMeasure,
      education_aid: { ...zeroMeasure, recorded: 1, active: 1, yearlyFen: 200_000 },
      temporary_aid: zeroMeasure,
      prevention_claim: zeroMeasure,
      other: zeroMeasure,
    });
    expect(r.measuresTotal).toEqual({ recorded: 4, active: 3, ended: 1, onceFen: 5_300_000, monthlyFen: 60_000, yearlyFen: 200_000 });
  });

  it("gives a township's staff their township's figures only, and no other township's", async () => {
    const c = await countyWithFigures();
    const r = await report(c.eastClerk);
    expect(r).toMatchObject({ county: c.name, township: "东镇", overdueLeadsNow: 1 });
    expect(r.households).toEqual({
      byStatus: { registered: 1, identifying: 0, monitored: 1, removing: 0, removed: 0 },
      monitored: 1,
      monitoredByCategory: { unstable_out_of_poverty: 1, marginal_at_risk: 0, sudden_hardship: 0 },
    });
    expect(r.byTownship.map((t) => t.township)).toEqual(["东镇"]);
    expect(r.measuresTotal).toEqual({ recorded: 2, active: 1, ended: 1, onceFen: 5_000_000, monthlyFen: 60_000, yearlyFen: 0 });
    expect(r.months.find((m) => m.month === monthOf(daysAgo(5)))!.leadsOverdue).toBe(1);
    // The county's staff may ask for one township; the other township's overdue lead is not in it.
    const west = await report(c.clerk, { township: "西镇" });
    expect(west).toMatchObject({ township: "西镇", overdueLeadsNow: 0 });
    expect(west.measuresTotal).toEqual({ recorded: 2, active: 2, ended: 0, onceFen: 300_000, monthlyFen: 0, yearlyFen: 200_000 });
    expect(west.months.every((m) => m.leadsOverdue === 0)).toBe(true);
    // A township clerk asking for another township is answered as for one that does not exist.
    expectError(await api("GET /reports/monitoring", { token: c.eastClerk, query: { township: "西镇" } }), 404, "NOT_FOUND");
  });

  it("counts a township's own households identified and leads raised by month", async () => {
    const c = await countyWithFigures();
    const months = (r: Awaited<ReturnType<typeof report>>) =>
      Object.fromEntries(
        r.months.filter((m) => m.identified || m.removed || m.leads || m.leadsOverdue).map(({ month, ...m }) => [month, m]),
      );
    const east = months(await report(c.eastClerk));
    const west = months(await report(c.clerk, { township: "西镇" }));
    const expectMonths = (entries: [string, { identified?: number; leads?: number; leadsOverdue?: number }][]) => {
      const out: Record<string, { identified: number; removed: number; leads: number; leadsOverdue: number }> = {};
      for (const [month, m] of entries) {
        const before = out[month] ?? { identified: 0, removed: 0, leads: 0, leadsOverdue: 0 };
        out[month] = {
          identified: before.identified + (m.identified ?? 0),
          removed: 0,
          leads: before.leads + (m.leads ?? 0),
          leadsOverdue: before.leadsOverdue + (m.leadsOverdue ?? 0),
        };
      }
      return out;
    };
    // East: confirmed 3 days ago, one lead recorded (20 days ago, so overdue 5 days ago); west: confirmed 40 days ago, one fresh lead.
    expect(east).toEqual(
      expectMonths([
        [monthOf(daysAgo(3)), { identified: 1 }],
        [thisMonth, { leads: 1 }],
        [monthOf(daysAgo(5)), { leadsOverdue: 1 }],
      ]),
    );
    expect(west).toEqual(
      expectMonths([
        [monthOf(daysAgo(40)), { identified: 1 }],
        [thisMonth, { leads: 1 }],
      ]),
    );
  });

  it("never shows one county's figures to another's staff; province staff choose a county of their province", async () => {
    const c = await countyWithFigures();
    const other = await county();
    const own = await household(other, other.east.villageId, "sudden_hardship");
    await confirmedOn(own.householdId, daysAgo(2));
    const theirs = await report(other.clerk);
    expect(theirs.county).toBe(other.name);
    expect(theirs.households.byStatus).toEqual({ registered: 0, identifying: 0, monitored: 1, removing: 0, removed: 0 });
    expect(theirs.households.monitoredByCategory).toEqual({ unstable_out_of_poverty: 0, marginal_at_risk: 0, sudden_hardship: 1 });
    expect(theirs.overdueLeadsNow).toBe(0);
    expect(theirs.measuresTotal).toEqual(zeroMeasure);
    expect(theirs.months.reduce((a, m) => a + m.identified, 0)).toBe(1);
    expect(theirs.months.every((m) => m.leads === 0)).toBe(true);
    expectError(await api("GET /reports/monitoring", { token: other.clerk, query: { county: c.name } }), 404, "NOT_FOUND");

    const byProvince = await report(c.province, { county: c.name });
    expect(byProvince.households.monitored).toBe(2);
    expectError(await api("GET /reports/monitoring", { token: c.province }), 400, "VALIDATION_FAILED");
    const elsewhere = await county("贵州省");
    expectError(await api("GET /reports/monitoring", { token: elsewhere.province, query: { county: c.name } }), 404, "NOT_FOUND");
  });

  it("answers CSV with Chinese headers and amounts in yuan, every line as wide as the others", async () => {
    const c = await countyWithFigures();
    const res = await call("GET", "/reports/monitoring", { token: c.clerk, headers: { accept: "text/csv" } });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    // fetch's text() drops the byte-order mark the CSV starts with (for Excel): read the bytes.
    const raw = await fetch(`${baseUrl()}/reports/monitoring`, { headers: { authorization: `Bearer ${c.clerk}`, accept: "text/csv" } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const rows = lines.map((l) => l.split(","));
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const row = (first: string) => rows.find((r) => r[0] === first)!;
    expect(rows[0]!.slice(0, 3)).toEqual(["防止返贫监测报表", c.name, "全县"]);
    expect(row("乡镇").slice(0, 7)).toEqual(["乡镇", "已登记", "识别中", "监测对象", "风险消除中", "已消除风险", "监测对象合计"]);
    expect(row("东镇").slice(0, 7)).toEqual(["东镇", "1", "0", "1", "0", "0", "1"]);
    expect(row("月份").slice(0, 5)).toEqual(["月份", "新识别监测对象", "风险消除", "新增风险线索", "逾期风险线索"]);
    expect(row("当前逾期未办结风险线索")[1]).toBe("1");
    expect(row("帮扶措施类型").slice(0, 7)).toEqual([
      "帮扶措施类型",
      "已记录",
      "实施中",
      "已结束",
      "一次性金额（元）",
      "每月金额（元）",
      "每年金额（元）",
    ]);
    expect(row("公益岗位").slice(0, 7)).toEqual(["公益岗位", "1", "1", "0", "0.00", "600.00", "0.00"]);
    expect(row("小额信贷").slice(0, 7)).toEqual(["小额信贷", "1", "0", "1", "50000.00", "0.00", "0.00"]);
    const total = rows.filter((r) => r[0] === "合计").at(-1)!;
    expect(total.slice(0, 7)).toEqual(["合计", "4", "3", "1", "53000.00", "600.00", "2000.00"]);
  });

  it("covers the months asked for, and refuses a reversed or overlong period with 400", async () => {
    const c = await county();
    const r = await report(c.clerk, { from: "2026-01", to: "2026-03" });
    expect(r.months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    const reversed = await call("GET", "/reports/monitoring?from=2026-05&to=2026-04", { token: c.clerk });
    expectError(reversed, 400, "VALIDATION_FAILED");
    expect(reversed.body.error.details[0]).toMatchObject({ path: "query.from", issue: "after_other" });
    const long = await call("GET", "/reports/monitoring?from=2000-01&to=2026-04", { token: c.clerk });
    expectError(long, 400, "VALIDATION_FAILED");
    expect(long.body.error.details[0]).toMatchObject({ path: "query.from", issue: "too_big", origin: "months" });
  });
});
