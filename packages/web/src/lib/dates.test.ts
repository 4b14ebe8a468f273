import { describe, expect, it } from "vitest";
import { chinaMonth, chinaToday, formatCalendar, formatChinaDateTime } from "./dates";

describe("dates in China time", () => {
  it("shows an instant in China Standard Time (UTC+8), whatever the machine's zone", () => {
    expect(formatChinaDateTime("2026-12-01T16:30:00.000Z")).toBe("2026-12-02 00:30");
    expect(formatChinaDateTime("2026-06-30T23:59:59Z")).toBe("2026-07-01 07:59");
  });

  it("names the Chinese calendar day and month of an instant", () => {
    expect(chinaToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(chinaMonth(new Date("2026-11-30T15:59:59Z"))).toBe("2026-11");
    expect(chinaMonth(new Date("2026-11-30T16:00:00Z"))).toBe("2026-12");
  });

  it("writes calendar dates and months the Chinese way for a Chinese reader", () => {
    expect(formatCalendar("2026-03-01", "zh-CN")).toBe("2026年3月1日");
    expect(formatCalendar("2026-11", "zh-CN")).toBe("2026年11月");
    expect(formatCalendar("2026-03-01", "en")).toBe("2026-03-01");
  });
});
