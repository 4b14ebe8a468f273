import { describe, expect, it } from "vitest";
import { monthsBetween, reportPeriod, shiftMonth } from "./reports";

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
