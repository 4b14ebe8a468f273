import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Actor } from "../platform/actor";
import type { DomainError } from "../platform/errors";
import { assertFirstStep, stageAfter } from "./chain";
import { assertIncidentCovered, calendarYear, capYear, coveragePeriod, isCovered } from "./rules";

const scheme = { schemeId: "jiangkou-fangpin-relief", version: 3, year: 2026, coveragePeriod: calendarYear(2026) };
const dateIn = (years: { min: number; max: number }) =>
  fc
    .date({ min: new Date(`${years.min}-01-01T00:00:00Z`), max: new Date(`${years.max}-12-31T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

function refusal(incidentDate: string): DomainError {
  try {
    assertIncidentCovered(scheme, incidentDate, "body.incidentDate");
  } catch (e) {
    return e as DomainError;
  }
  throw new Error(`${incidentDate} was accepted`);
}

describe("coverage period", () => {
  it("runs from the first to the last day of the scheme's year, both covered", () => {
    expect(coveragePeriod(scheme)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(isCovered(coveragePeriod(scheme), "2026-01-01")).toBe(true);
    expect(isCovered(coveragePeriod(scheme), "2026-12-31")).toBe(true);
    expect(isCovered(coveragePeriod(scheme), "2025-12-31")).toBe(false);
    expect(isCovered(coveragePeriod(scheme), "2027-01-01")).toBe(false);
  });

  it("refuses incidents backdated into other years with 422 OUTSIDE_COVERAGE_PERIOD naming the period and the field", () => {
    for (const incidentDate of ["2025-12-31", "2001-06-01", "1901-06-01", "2027-01-01"]) {
      const e = refusal(incidentDate);
      expect(e).toMatchObject({ kind: "rule", code: "OUTSIDE_COVERAGE_PERIOD" });
      expect(e.message).toContain("2026-01-01 to 2026-12-31");
      expect(e.details).toEqual([
        {
          path: "body.incidentDate",
          message: "must be from 2026-01-01 to 2026-12-31",
          coveragePeriod: { from: "2026-01-01", to: "2026-12-31" },
          incidentDate,
        },
      ]);
    }
  });

  it("covers a date exactly when it falls in the scheme's year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), dateIn({ min: 1900, max: 2100 }), (year, date) => {
        expect(isCovered(calendarYear(year), date)).toBe(date.startsWith(`${year}-`));
      }),
    );
  });

  it("counts the cap in the year of every covered incident, so usage keyed before stays where it was", () => {
    fc.assert(
      fc.property(dateIn({ min: 2000, max: 2100 }), (date) => {
        const year = Number(date.slice(0, 4));
        expect(isCovered(calendarYear(year), date)).toBe(true);
        expect(capYear({ year })).toBe(date.slice(0, 4));
      }),
    );
  });
});

const claim = { submittedBy: "clerk-a", actors: ["clerk-a", "visitor-v", "clerk-b"] };
const actor = (id: string, ...roles: Actor["roles"]): Actor => ({ id, roles });

describe("separation of duties", () => {
  it("refuses a step by anyone who took an earlier one, whatever roles they hold, and lets a new person take it", () => {
    for (const id of ["clerk-a", "visitor-v", "clerk-b"]) {
      expect(() => assertFirstStep(claim, actor(id, "clerk", "approver"), "approve")).toThrow(
        expect.objectContaining({ kind: "forbidden", code: "SEPARATION_OF_DUTIES" }),
      );
    }
    expect(() => assertFirstStep(claim, actor("approver-c", "approver"), "approve")).not.toThrow();
  });

  it("counts the submitter even on a claim filed before steps were listed", () => {
    expect(() => assertFirstStep({ submittedBy: "clerk-a", actors: [] }, actor("clerk-a", "clerk"), "review")).toThrow(
      expect.objectContaining({ code: "SEPARATION_OF_DUTIES" }),
    );
  });
});

describe("the chain's stages", () => {
  const all = { homeVisit: true, villageReview: true, publicNotice: true };
  it("goes through every step the scheme takes, in order, then to the township", () => {
    expect(stageAfter(all, null)).toBe("home_visit");
    expect(stageAfter(all, "home_visit")).toBe("village_review");
    expect(stageAfter(all, "village_review")).toBe("public_notice");
    expect(stageAfter(all, "public_notice")).toBe("township_review");
  });

  it("skips the steps a scheme leaves out: insurance straight to the township's review", () => {
    const none = { homeVisit: false, villageReview: false, publicNotice: false };
    expect(stageAfter(none, null)).toBe("township_review");
    expect(stageAfter({ ...none, publicNotice: true }, null)).toBe("public_notice");
    expect(stageAfter({ ...all, villageReview: false }, "home_visit")).toBe("public_notice");
  });
});
