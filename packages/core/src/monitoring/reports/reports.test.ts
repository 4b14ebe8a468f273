import { describe, expect, it } from "vitest";
import { measureCounts } from "../measures/storage";
import { monitoringReportRows, reportPeriod } from "./reports";
import type { MeasureFigures, MonitoringReport } from "./schemas";

describe("the report's period", () => {
  const now = new Date("2026-03-15T00:00:00Z");

  it("defaults to the twelve months up to this one, in China's calendar", () => {
    expect(reportPeriod({}, now)).toMatchObject({ from: "2025-04", to: "2026-03" });
    expect(reportPeriod({}, new Date("2026-03-31T16:30:00Z")).to).toBe("2026-04");
    expect(reportPeriod({ to: "2026-01" }, now).months).toEqual([
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
    ]);
  });

  it("takes up to 60 months and refuses a reversed or longer one", () => {
    expect(reportPeriod({ from: "2021-04", to: "2026-03" }, now).months).toHaveLength(60);
    expect(() => reportPeriod({ from: "2021-03", to: "2026-03" }, now)).toThrow(/at most 60/);
    expect(() => reportPeriod({ from: "2026-04", to: "2026-03" }, now)).toThrow(/reversed/);
  });
});

describe("the measures' counters", () => {
  it("count a measure and its money by period, for the county and again for its township", () => {
    expect(measureCounts({ kind: "public_welfare_post", period: "monthly", amountFen: 50_000, township: "苏留庄镇" }, "recorded")).toEqual({
      "measures#public_welfare_post": 1,
      "measures#public_welfare_post#苏留庄镇": 1,
      "measuresFen#public_welfare_post#monthly": 50_000,
      "measuresFen#public_welfare_post#monthly#苏留庄镇": 50_000,
    });
    expect(measureCounts({ kind: "dibao", period: "monthly", amountFen: 50_000, township: "苏留庄镇" }, "ended")).toEqual({
      "measures#dibao#ended": 1,
      "measures#dibao#ended#苏留庄镇": 1,
    });
  });
});

describe("the report as CSV rows", () => {
  const none: MeasureFigures = { recorded: 0, active: 0, ended: 0, onceFen: 0, monthlyFen: 0, yearlyFen: 0 };
  const figures = {
    byStatus: { registered: 1, identifying: 0, monitored: 2, removing: 1, removed: 0 },
    monitored: 3,
    monitoredByCategory: { unstable_out_of_poverty: 2, marginal_at_risk: 1, sudden_hardship: 0 },
  };
  const report: MonitoringReport = {
    county: "夏津县",
    township: null,
    from: "2026-01",
    to: "2026-02",
    asOf: "2026-02-10",
    households: figures,
    byTownship: [{ township: "苏留庄镇", ...figures }],
    months: [
      { month: "2026-01", identified: 2, removed: 0, leads: 3, leadsOverdue: 1 },
      { month: "2026-02", identified: 1, removed: 1, leads: 0, leadsOverdue: 0 },
    ],
    overdueLeadsNow: 1,
    overdueLeadsCapped: false,
    measures: [{ kind: "public_welfare_post", kindLabel: "公益岗位", ...none, recorded: 2, active: 2, monthlyFen: 123_456_789_05 }],
    measuresTotal: { ...none, recorded: 2, active: 2, monthlyFen: 123_456_789_05 },
  };
  const rows = monitoringReportRows(report);

  it("gives every line the same number of fields", () => {
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0]!.length]));
  });

  it("reads in Chinese with amounts in yuan, exactly", () => {
    expect(rows[0]!.slice(0, 5)).toEqual(["防止返贫监测报表", "夏津县", "全县", "2026-01 至 2026-02", "截至 2026-02-10"]);
    expect(rows.find((r) => r[0] === "苏留庄镇")!.slice(0, 10)).toEqual(["苏留庄镇", 1, 0, 2, 1, 0, 3, 2, 1, 0]);
    expect(rows.find((r) => r[0] === "公益岗位")!.slice(0, 7)).toEqual(["公益岗位", 2, 2, 0, "0.00", "123456789.05", "0.00"]);
    const monthsTotal = rows.find((r, i) => r[0] === "合计" && rows[i - 1]![0] === "2026-02")!;
    expect(monthsTotal.slice(0, 5)).toEqual(["合计", 3, 1, 3, 1]);
  });
});
