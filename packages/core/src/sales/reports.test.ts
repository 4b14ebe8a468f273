import { describe, expect, it } from "vitest";
import { monthlySalesRows, monthsBetween, reportPeriod, shiftMonth } from "./reports";

describe("report periods", () => {
  it("default to the twelve months up to `to`, across year boundaries and early years alike", () => {
    expect(reportPeriod({ to: "2026-03" })).toMatchObject({ from: "2025-04", to: "2026-03" });
    expect(reportPeriod({ to: "1999-12" }).months).toHaveLength(12);
    expect(reportPeriod({ to: "2000-03" }).months).toHaveLength(12);
  });

  it("shift months both ways", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("refuse reversed and overlong periods", () => {
    expect(() => reportPeriod({ from: "2026-05", to: "2026-04" })).toThrow(/reversed/);
    expect(() => reportPeriod({ from: "2000-01", to: "2026-04" })).toThrow(/at most/);
  });
});

describe("monthlySalesRows", () => {
  it("writes one line per row and month with sales or orders, money in fen and exactly in 元", () => {
    const months = (a: number, b: number, orders = 1) => [
      { month: "2026-01", creditedFen: a, orders: a ? orders : 0 },
      { month: "2026-02", creditedFen: b, orders: b ? orders : 0 },
    ];
    expect(
      monthlySalesRows({
        groupBy: "county",
        from: "2026-01",
        to: "2026-02",
        months: months(123_456_789_01, -5),
        totalFen: 123_456_788_96,
        rows: [
          { key: "山东省/夏津县", name: "山东省 德州市 夏津县", creditedFen: 123_456_789_01, orders: 1, months: months(123_456_789_01, 0) },
          // A month where a refund reversed more than was sold in it.
          { key: "贵州省/江口县", name: "贵州省 铜仁市 江口县", creditedFen: -5, orders: 0, months: months(0, -5, 0) },
        ],
      }),
    ).toEqual([
      ["county", "name", "month", "creditedFen", "creditedYuan", "orders"],
      ["山东省/夏津县", "山东省 德州市 夏津县", "2026-01", 123_456_789_01, "123456789.01", 1],
      ["贵州省/江口县", "贵州省 铜仁市 江口县", "2026-02", -5, "-0.05", 0],
    ]);
  });
});
