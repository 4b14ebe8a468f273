import { expect } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { api, unique } from "../../support/api";
import { createVillage, residentId, staffToken } from "../../support/fixtures";

/**
 * Monitoring state for the console's browser tests, set up through the API as the people who do
 * it would: a county of its own per test, its staff, households, leads and the identification
 * path step by step, each step by a different person.
 */

export const yuan = (n: number) => n * 100;
export const today = chinaToday();

export interface TestCounty {
  name: string;
  place: { province: string; city: string; county: string };
  township: { province: string; city: string; county: string; township: string };
  villageId: string;
  /** A county office clerk: registers households, imports batches, sets the rules. */
  clerk: string;
  /** A county-level approver: the county's decisions. */
  approver: string;
}

/** A county named `夏津县<unique>` with a village 小石堂村 of 苏留庄镇, its clerk and approver, and a monitoring line for 2025. */
export async function testCounty(): Promise<TestCounty> {
  const name = `夏津县${unique()}`;
  const place = { province: "山东省", city: "德州市", county: name };
  const village = await createVillage({ ...place, name: "小石堂村", township: "苏留庄镇" });
  const clerk = await staffToken(`clerk-county-${unique()}`, ["clerk"], place);
  const approver = await staffToken(`approver-county-${unique()}`, ["approver"], place);
  const settings = await api("PUT /monitoring/settings/{county}", {
    token: clerk,
    params: { county: name },
    body: { incomeLines: [{ year: 2025, lineFen: yuan(6500) }] },
  });
  expect(settings.status, settings.text).toBe(200);
  return { name, place, township: { ...place, township: "苏留庄镇" }, villageId: village.villageId, clerk, approver };
}

/** A fresh clerk of the county's 苏留庄镇 (each step of an assessment needs another person). */
export const townshipClerk = (c: TestCounty, sub = `clerk-slz-${unique()}`) => staffToken(sub, ["clerk"], c.township);

export async function registerHousehold(c: TestCounty, headName: string, overrides: Record<string, unknown> = {}) {
  const res = await api("POST /households", {
    token: c.clerk,
    body: {
      villageId: c.villageId,
      headName,
      idNumber: residentId(),
      category: "marginal_at_risk",
      perCapitaIncomeFen: yuan(6000),
      incomeYear: 2025,
      members: 3,
      ...overrides,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** A cadre's lead and the identification it opens; the assessment's id. */
export async function openIdentification(c: TestCounty, householdId: string, description = "户主突发重病住院，家庭收入骤减") {
  const lead = await api("POST /risk-leads", {
    token: c.clerk,
    body: { householdId, source: "cadre_visit", reportedOn: shiftDays(today, -10), description },
  });
  expect(lead.status, lead.text).toBe(201);
  const opened = await api("POST /assessments", {
    token: await townshipClerk(c),
    body: { kind: "identification", leadId: lead.body.leadId },
  });
  expect(opened.status, opened.text).toBe(201);
  return (opened.body as { assessmentId: string }).assessmentId;
}

type Step = "visit" | "village_review" | "notice" | "township_review" | "county_decision";

/** How many steps of the path an assessment in each status has taken (after opening). */
const DONE_BY: Record<string, number> = { opened: 0, visited: 1, village_reviewed: 2, noticed: 3, township_reviewed: 4 };

/**
 * Takes an assessment along its path up to and including `until`, each step by a new person; the
 * notice starts `noticeStartsOn` (default six days ago, so its five days are over and the county
 * may decide today).
 */
export async function advance(c: TestCounty, assessmentId: string, until: Step, opts: { noticeStartsOn?: string; removal?: boolean } = {}) {
  const noticeStartsOn = opts.noticeStartsOn ?? shiftDays(today, -6);
  // Dates run forward: the visit and review before the notice, none in the future.
  const earlier = [noticeStartsOn, today].sort()[0]!;
  const taken = await api("GET /assessments/{assessmentId}", { token: c.approver, params: { assessmentId } });
  expect(taken.status, taken.text).toBe(200);
  const done = DONE_BY[(taken.body as { status: string }).status] ?? 0;
  const steps: [Step, () => Promise<{ status: number; text: string }>][] = [
    [
      "visit",
      async () =>
        api("POST /assessments/{assessmentId}/visit", {
          token: await townshipClerk(c),
          params: { assessmentId },
          body: {
            visitedOn: shiftDays(earlier, -2),
            visitors: ["张建军", "李红梅"],
            findings: "入户核实：户主住院，自付医疗费用较高，家庭收入明显下降",
            consent: { signed: true, signedOn: shiftDays(earlier, -2) },
            ...(opts.removal
              ? {
                  removalChecks: {
                    year: 2025,
                    perCapitaIncomeFen: yuan(9000),
                    incomeStable: true,
                    foodAndClothing: true,
                    compulsoryEducation: true,
                    basicMedicalInsurance: true,
                    safeHousing: true,
                    safeDrinkingWater: true,
                  },
                }
              : {}),
          },
        }),
    ],
    [
      "village_review",
      async () =>
        api("POST /assessments/{assessmentId}/village-review", {
          token: await townshipClerk(c),
          params: { assessmentId },
          body: { heldOn: shiftDays(earlier, -1), outcome: "pass", attendees: 23, note: "村民代表评议同意" },
        }),
    ],
    [
      "notice",
      async () =>
        api("POST /assessments/{assessmentId}/notice", {
          token: await townshipClerk(c),
          params: { assessmentId },
          body: { startsOn: noticeStartsOn, days: 5, note: "村委会公示栏" },
        }),
    ],
    [
      "township_review",
      async () =>
        api("POST /assessments/{assessmentId}/township-review", {
          token: await townshipClerk(c),
          params: { assessmentId },
          body: { outcome: "pass", note: "乡镇审核通过" },
        }),
    ],
    [
      "county_decision",
      async () =>
        api("POST /assessments/{assessmentId}/county-decision", {
          token: c.approver,
          params: { assessmentId },
          body: { decision: "confirm", note: "县级确认" },
        }),
    ],
  ];
  for (const [i, [step, take]] of steps.entries()) {
    if (i < done) continue;
    const res = await take();
    expect(res.status, `${step}: ${res.text}`).toBe(200);
    if (step === until) return;
  }
}

/** A household confirmed as a 监测对象 (its identification's notice over, confirmed today). */
export async function monitoredHousehold(c: TestCounty, headName: string, overrides: Record<string, unknown> = {}) {
  const household = await registerHousehold(c, headName, overrides);
  await advance(c, await openIdentification(c, household.householdId), "county_decision");
  return household;
}
