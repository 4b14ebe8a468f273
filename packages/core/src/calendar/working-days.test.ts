import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addWorkingDays, isWorkingDay, NO_HOLIDAYS, type WorkCalendar, workingDaysBetween } from "./working-days";

// The 2026 National Day week as an example of the data: 1–7 October off, Saturday 10 October worked.
const national: WorkCalendar = {
  holidays: new Set(["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]),
  workdays: new Set(["2026-10-10"]),
};

describe("working days", () => {
  it("counts Monday to Friday when no holidays are entered", () => {
    // Friday 2026-11-27 + 1 working day is Monday 2026-11-30; + 5 is Friday 2026-12-04.
    expect(addWorkingDays("2026-11-27", 1, NO_HOLIDAYS)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-27", 5, NO_HOLIDAYS)).toBe("2026-12-04");
    expect(addWorkingDays("2026-11-27", 0, NO_HOLIDAYS)).toBe("2026-11-27");
    // 25 working days from Monday 2026-11-02 (five full weeks) end on Monday 2026-12-07.
    expect(addWorkingDays("2026-11-02", 25, NO_HOLIDAYS)).toBe("2026-12-07");
  });

  it("skips holidays and counts the weekend days worked in their place", () => {
    expect(isWorkingDay("2026-10-01", national)).toBe(false);
    expect(isWorkingDay("2026-10-10", national)).toBe(true);
    // From Wednesday 30 September: 8 and 9 October (Thu, Fri), then Saturday 10 October worked.
    expect(addWorkingDays("2026-09-30", 1, national)).toBe("2026-10-08");
    expect(addWorkingDays("2026-09-30", 3, national)).toBe("2026-10-10");
    expect(addWorkingDays("2026-09-30", 4, national)).toBe("2026-10-12");
  });

  it("is the inverse of counting the working days between two dates", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const end = addWorkingDays(start, n, national);
          expect(workingDaysBetween(start, end, national)).toBe(n);
          if (n > 0) expect(isWorkingDay(end, national)).toBe(true);
        },
      ),
    );
  });

  it("refuses a negative or fractional count instead of guessing", () => {
    expect(() => addWorkingDays("2026-01-01", -1, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-01", 1.5, NO_HOLIDAYS)).toThrow(RangeError);
  });
});
