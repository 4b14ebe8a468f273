import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shiftDays } from "@fupin/core/platform/clock";
import { api, unique } from "../support/api";
import { staffToken } from "../support/fixtures";
import { captureBothSizes, signIn, useBrowser } from "./support/browser";
import { advance, openIdentification, registerHousehold, testCounty, today } from "./support/monitoring";

const browser = useBrowser();

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

const status = (page: Page) => page.getByTestId("assessment-page-status").textContent();

describe("an identification on its page, step by step", () => {
  it("shows each person only the step they may take: a township clerk records the home visit, the county confirms", async () => {
    const c = await testCounty();
    const household = await registerHousehold(c, "杨光明");
    const assessmentId = await openIdentification(c, household.householdId);

    // A second township clerk records the home visit in the form the page offers.
    const visitor = `clerk-slz-${unique()}`;
    const page = await browser.page();
    await signIn(page, visitor, ["clerk"], `/monitoring/assessments/${assessmentId}`, c.township);
    await page.getByRole("heading", { level: 1, name: "监测对象识别：杨光明户" }).waitFor();
    await expect.poll(() => status(page)).toBe("待入户核实");
    // The visit was eight days ago (the notice that follows it is then over by today).
    for (const label of ["入户日期", "签字日期"]) {
      const date = page.getByLabel(label);
      await date.click();
      await date.fill(shiftDays(today, -8));
      await date.press("Enter");
    }
    const visitors = page.getByLabel("入户人员");
    await visitors.fill("张建军");
    await visitors.press("Enter");
    await visitors.fill("李红梅");
    await visitors.press("Enter");
    await page.getByLabel("核实情况").fill("户主脑梗住院，自付医疗费用约 3.2 万元，妻子在家照料无法务工，家庭收入明显下降。");
    await page.getByRole("button", { name: "提交入户核实" }).click();
    await page.getByText("须有农户签字的授权承诺书才能继续").waitFor();
    await page.getByText("农户已签署授权承诺书，同意核查家庭信息").click();
    await toTop(page);
    await captureBothSizes(page, "monitoring-assessment-visit");
    await page.getByRole("button", { name: "提交入户核实" }).click();
    await expect.poll(() => status(page)).toBe("待村级评议");
    const timeline = page.getByTestId("assessment-timeline");
    await timeline.locator('[data-step="visit"]').getByText(visitor, { exact: false }).waitFor();
    await page.getByTestId("assessment-facts").getByText("张建军、李红梅", { exact: false }).waitFor();
    // Having taken the visit, the same clerk may not take the village review.
    await expect.poll(() => page.getByTestId("step-blocked").textContent()).toContain("您已办理本研判的「入户核实」环节");

    // The rest of the path up to the township's review, each by another person, the notice over.
    await advance(c, assessmentId, "township_review");
    const again = await api("GET /assessments/{assessmentId}", { token: c.approver, params: { assessmentId } });
    expect(again.body.status).toBe("township_reviewed");

    // A township's approver may not take the county's decision: the page says so.
    const townshipApprover = await browser.page();
    await signIn(townshipApprover, `approver-slz-${unique()}`, ["approver"], `/monitoring/assessments/${assessmentId}`, c.township);
    await expect
      .poll(() => townshipApprover.getByTestId("step-blocked").textContent())
      .toBe("县级确认须由县级工作人员（审批人员或管理员）办理，乡镇工作人员不能办理。");

    // The county's approver confirms: the household becomes a 监测对象 from today.
    const approver = `approver-county-web-${unique()}`;
    const county = await browser.page();
    await signIn(county, approver, ["approver"], `/monitoring/assessments/${assessmentId}`, c.place);
    await expect.poll(() => status(county)).toBe("待县级确认");
    await county.getByRole("radio", { name: "确认", exact: true }).check();
    await county.getByLabel("意见", { exact: true }).fill("经公示无异议，确认为边缘易致贫户监测对象");
    await toTop(county);
    await captureBothSizes(county, "monitoring-assessment-decision");
    await county.getByRole("button", { name: "提交县级确认" }).click();
    await expect.poll(() => status(county)).toBe("已确认");
    await county.getByTestId("assessment-next").getByText("该研判已办结。").waitFor();
    for (const step of ["open", "visit", "village_review", "notice", "township_review", "county_decision"])
      await county.getByTestId("assessment-timeline").locator(`[data-step="${step}"]`).waitFor();
    const hh = await api("GET /households/{householdId}", {
      token: await staffToken(approver, ["approver"], c.place),
      params: { householdId: household.householdId },
    });
    expect(hh.body).toMatchObject({ status: "monitored", monitoringPeriods: [{ from: today, to: null, category: "marginal_at_risk" }] });
    await county.getByRole("link", { name: "杨光明户" }).click();
    await expect.poll(() => county.getByTestId("household-status").textContent()).toBe("监测对象");
    await county.getByTestId("household-assessments").getByText("已确认").waitFor();
  });
});
