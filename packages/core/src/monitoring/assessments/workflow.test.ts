import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaToday, shiftDays } from "../../platform/clock";
import { DomainError } from "../../platform/errors";
import type { AssessmentRecord, AssessmentStatus, RemovalChecks } from "./schemas";
import {
  assertMayDecide,
  assertSeparation,
  assertStepAllowed,
  decisionBlocker,
  decisionOpensOn,
  householdStatusAfter,
  nextPathStep,
  nextStepsFor,
  noticeEndsOn,
  possibleSteps,
  removalCheckFailures,
  withinNotice,
} from "./workflow";

const done = (by: string) => ({ at: "2026-03-01T02:00:00.000Z", by });

/** An assessment at `status`, each step so far taken by a different person (opener, visitor, …). */
function assessment(status: AssessmentStatus, overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const order: AssessmentStatus[] = ["opened", "visited", "village_reviewed", "noticed", "township_reviewed"];
  const reached = (s: AssessmentStatus) => order.indexOf(status) >= order.indexOf(s) || !order.includes(status);
  return {
    assessmentId: "asm_1",
    kind: "identification",
    status,
    householdId: "hh_1",
    leadId: "lead_1",
    province: "山东省",
    city: "德州市",
    county: "夏津县",
    township: "苏留庄镇",
    villageId: "v_1",
    villageName: "前屯村",
    headName: "张建国",
    category: "marginal_at_risk",
    householdStatusBefore: "registered",
    openNote: null,
    openedAt: "2026-02-20T02:00:00.000Z",
    openedBy: "opener",
    visit: reached("visited")
      ? {
          visitedOn: "2026-02-21",
          visitors: ["王", "李"],
          findings: "x",
          consent: { signed: true, signedOn: "2026-02-21" },
          removalChecks: null,
          ...done("visitor"),
        }
      : null,
    villageReview: reached("village_reviewed")
      ? { heldOn: "2026-02-22", outcome: "pass", attendees: 12, note: "x", ...done("village") }
      : null,
    notice: reached("noticed")
      ? { noticeId: "ntc_1", startsOn: "2026-02-23", endsOn: "2026-02-27", days: 5, note: null, ...done("noticer") }
      : null,
    townshipReview: reached("township_reviewed") ? { outcome: "pass", note: "x", ...done("township") } : null,
    decision: null,
    withdrawal: null,
    objections: { total: 0, open: 0, upheld: 0 },
    version: 1,
    updatedAt: "2026-03-01T02:00:00.000Z",
    ...overrides,
  };
}

function refusal(fn: () => void): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("the order of the steps", () => {
  it("offers exactly the next step of the path, a withdrawal while open, and nothing once ended", () => {
    expect(possibleSteps(assessment("opened"))).toEqual(["visit", "withdraw"]);
    expect(possibleSteps(assessment("visited"))).toEqual(["village_review", "withdraw"]);
    expect(possibleSteps(assessment("village_reviewed"))).toEqual(["notice", "withdraw"]);
    expect(possibleSteps(assessment("noticed"))).toEqual(["township_review", "withdraw", "objection"]);
    expect(possibleSteps(assessment("township_reviewed"))).toEqual(["county_decision", "withdraw", "objection"]);
    for (const final of ["confirmed", "rejected", "withdrawn"] as const) {
      expect(possibleSteps(assessment(final))).toEqual([]);
      expect(nextPathStep(final)).toBeNull();
    }
  });

  it("offers a finding only while an objection awaits one", () => {
    const heard = assessment("noticed", { objections: { total: 2, open: 1, upheld: 0 } });
    expect(possibleSteps(heard)).toContain("objection_finding");
  });

  it("refuses a step out of order with 409 INVALID_STATE naming the status it needs", () => {
    const e = refusal(() => assertStepAllowed(assessment("visited"), "county_decision"));
    expect(e.kind).toBe("conflict");
    expect(e.code).toBe("INVALID_STATE");
    expect(e.details?.[0]).toMatchObject({
      resource: "assessment",
      action: "county_decision",
      status: "visited",
      allowed: ["township_reviewed"],
    });
    expect(() => assertStepAllowed(assessment("township_reviewed"), "county_decision")).not.toThrow();
    expect(refusal(() => assertStepAllowed(assessment("confirmed"), "withdraw")).code).toBe("INVALID_STATE");
    expect(refusal(() => assertStepAllowed(assessment("village_reviewed"), "objection")).code).toBe("INVALID_STATE");
  });
});

describe("separation of duties", () => {
  const people = ["opener", "visitor", "village", "noticer", "township"];

  it("refuses anyone who took an earlier step of the same assessment, naming both steps", () => {
    const a = assessment("township_reviewed");
    const earlier = ["open", "visit", "village_review", "notice", "township_review"];
    people.forEach((person, i) => {
      const e = refusal(() => assertSeparation(a, person, "county_decision"));
      expect(e.kind).toBe("forbidden");
      expect(e.code).toBe("SEPARATION_OF_DUTIES");
      expect(e.details?.[0]).toMatchObject({ step: "county_decision", earlierStep: earlier[i] });
    });
    expect(() => assertSeparation(a, "county-approver", "county_decision")).not.toThrow();
  });

  it("looks only at steps already taken", () => {
    // At `visited`, the village reviewer has not acted yet: they may still take the notice.
    expect(() => assertSeparation(assessment("visited"), "noticer", "village_review")).not.toThrow();
    expect(() => assertSeparation(assessment("visited"), "visitor", "village_review")).toThrow(DomainError);
  });
});

describe("the notice period, in China dates", () => {
  it("runs `days` full days from its first: 5 days from 26 February end on 2 March, or on 1 March in a leap year", () => {
    expect(noticeEndsOn("2026-02-26", 5)).toBe("2026-03-02");
    expect(noticeEndsOn("2028-02-26", 5)).toBe("2028-03-01");
    expect(noticeEndsOn("2025-12-29", 5)).toBe("2026-01-02");
    expect(noticeEndsOn("2026-03-01", 1)).toBe("2026-03-01");
    expect(decisionOpensOn({ endsOn: "2026-03-02" })).toBe("2026-03-03");
  });

  it("spans exactly `days` dates, its first and last included", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-01"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (d, days) => {
          const startsOn = d.toISOString().slice(0, 10);
          const notice = { startsOn, endsOn: noticeEndsOn(startsOn, days) };
          expect(withinNotice(notice, startsOn)).toBe(true);
          expect(withinNotice(notice, notice.endsOn)).toBe(true);
          expect(withinNotice(notice, shiftDays(startsOn, -1))).toBe(false);
          expect(withinNotice(notice, shiftDays(notice.endsOn, 1))).toBe(false);
          expect(shiftDays(startsOn, days)).toBe(decisionOpensOn(notice));
        },
      ),
    );
  });

  it("lets the county decide from the day after the last day in China, whatever the hour in UTC", () => {
    const a = assessment("township_reviewed");
    // 2026-02-27 is the last day; 16:00 UTC on the 27th is already the 28th in China.
    const lastDay = chinaToday(() => new Date("2026-02-27T15:59:59Z"));
    const dayAfter = chinaToday(() => new Date("2026-02-27T16:00:00Z"));
    expect([lastDay, dayAfter]).toEqual(["2026-02-27", "2026-02-28"]);
    const e = refusal(() => assertMayDecide(a, lastDay, "confirm"));
    expect(e.kind).toBe("rule");
    expect(e.code).toBe("NOTICE_PERIOD_NOT_OVER");
    expect(e.details?.[0]).toMatchObject({ endsOn: "2026-02-27", availableOn: "2026-02-28" });
    expect(() => assertMayDecide(a, dayAfter, "confirm")).not.toThrow();
  });

  it("holds the decision while an objection awaits its finding, and allows only a rejection after an upheld one", () => {
    const after = "2026-03-10";
    const waiting = assessment("township_reviewed", { objections: { total: 1, open: 1, upheld: 0 } });
    expect(refusal(() => assertMayDecide(waiting, after, "reject")).code).toBe("OBJECTION_UNRESOLVED");
    const upheld = assessment("township_reviewed", { objections: { total: 1, open: 0, upheld: 1 } });
    expect(refusal(() => assertMayDecide(upheld, after, "confirm")).code).toBe("OBJECTION_UPHELD");
    expect(decisionBlocker(upheld, after, "reject")).toBeNull();
    const resolved = assessment("township_reviewed", { objections: { total: 1, open: 0, upheld: 0 } });
    expect(decisionBlocker(resolved, after, "confirm")).toBeNull();
  });
});

describe("risk removal checks", () => {
  const all: RemovalChecks = {
    year: 2025,
    perCapitaIncomeFen: 750_001,
    incomeStable: true,
    foodAndClothing: true,
    compulsoryEducation: true,
    basicMedicalInsurance: true,
    safeHousing: true,
    safeDrinkingWater: true,
  };

  it("passes income just above the line and refuses income at it", () => {
    expect(removalCheckFailures(all, 750_000)).toEqual([]);
    expect(removalCheckFailures({ ...all, perCapitaIncomeFen: 750_000 }, 750_000).map((f) => f.check)).toEqual(["income_above_line"]);
  });

  it("refuses without a line for the year, and names every guarantee not confirmed", () => {
    expect(removalCheckFailures(all, null).map((f) => f.check)).toEqual(["income_line"]);
    const failures = removalCheckFailures({ ...all, incomeStable: false, safeDrinkingWater: false, compulsoryEducation: false }, 700_000);
    expect(failures.map((f) => f.check)).toEqual(["incomeStable", "compulsoryEducation", "safeDrinkingWater"]);
    expect(failures.map((f) => f.path)).toEqual([
      "body.removalChecks.incomeStable",
      "body.removalChecks.compulsoryEducation",
      "body.removalChecks.safeDrinkingWater",
    ]);
  });
});

describe("the household after the assessment", () => {
  it("becomes monitored or removed when confirmed, and goes back to where it was otherwise", () => {
    expect(householdStatusAfter({ kind: "identification", householdStatusBefore: "removed" }, true)).toBe("monitored");
    expect(householdStatusAfter({ kind: "identification", householdStatusBefore: "removed" }, false)).toBe("removed");
    expect(householdStatusAfter({ kind: "removal", householdStatusBefore: "monitored" }, true)).toBe("removed");
    expect(householdStatusAfter({ kind: "removal", householdStatusBefore: "monitored" }, false)).toBe("monitored");
  });
});

describe("the next steps a viewer is offered", () => {
  const county = { roles: ["approver"] as const, countyLevel: true, mayAct: true };

  it("marks a step the viewer may not take with the reason, and the day a decision opens", () => {
    const a = assessment("township_reviewed");
    const during = nextStepsFor(a, { id: "county-approver", ...county }, "2026-02-27");
    expect(during.find((s) => s.step === "county_decision")).toMatchObject({
      allowed: false,
      blockedBy: "notice_period_not_over",
      availableOn: "2026-02-28",
    });
    const after = nextStepsFor(a, { id: "county-approver", ...county }, "2026-02-28");
    expect(after.find((s) => s.step === "county_decision")).toMatchObject({ allowed: true, blockedBy: null });
    expect(nextStepsFor(a, { id: "township", ...county }, "2026-02-28")[0]).toMatchObject({ blockedBy: "separation_of_duties" });
    expect(nextStepsFor(a, { id: "t-approver", roles: ["approver"], countyLevel: false, mayAct: true }, "2026-02-28")[0]).toMatchObject({
      blockedBy: "county_level",
    });
    expect(nextStepsFor(a, { id: "clerk", roles: ["clerk"], countyLevel: true, mayAct: true }, "2026-02-28")[0]).toMatchObject({
      blockedBy: "role",
    });
    expect(nextStepsFor(a, { id: "city", roles: ["approver"], countyLevel: true, mayAct: false }, "2026-02-28")[0]).toMatchObject({
      blockedBy: "read_only_area",
    });
  });

  it("offers the visit to anyone but its opener", () => {
    const a = assessment("opened");
    expect(nextStepsFor(a, { id: "opener", roles: ["clerk"], countyLevel: false, mayAct: true }, "2026-02-21")[0]).toMatchObject({
      step: "visit",
      allowed: false,
      blockedBy: "separation_of_duties",
    });
    expect(nextStepsFor(a, { id: "visitor", roles: ["clerk"], countyLevel: false, mayAct: true }, "2026-02-21")[0]).toMatchObject({
      step: "visit",
      allowed: true,
    });
  });
});
