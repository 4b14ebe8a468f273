import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { api, unique } from "../support/api";
import { residentId } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser } from "./support/browser";
import { advance, openIdentification, registerHousehold, testCounty, today } from "./support/monitoring";

const browser = useBrowser();

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

describe("the public notice board", () => {
  it("shows a village's notice to anyone, the name masked, takes an objection, and the township records its finding", async () => {
    const c = await testCounty();
    const idNumber = residentId();
    const household = await registerHousehold(c, "杨光明", { idNumber });
    const assessmentId = await openIdentification(c, household.householdId);
    // The notice went up today: five days to object.
    await advance(c, assessmentId, "notice", { noticeStartsOn: today });

    const page = await browser.page();
    await page.goto(consoleUrl(`/notices?county=${encodeURIComponent(c.name)}`));
    await page.getByRole("heading", { level: 1, name: "公示公告" }).waitFor();
    await settle(page);
    const notice = page.getByTestId("notice");
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => notice.getByTestId("notice-name").textContent()).toBe("杨*明");
    for (const text of ["监测对象识别公示", `${c.name}苏留庄镇小石堂村`, "边缘易致贫户", "公示期剩 5 天"])
      await notice.getByText(text).waitFor();
    // Not signed in, and nothing personal on the page: neither the full name nor the resident id.
    expect(await page.getByTestId("account-menu").count()).toBe(0);
    let html = await page.content();
    expect(html).not.toContain("杨光明");
    expect(html).not.toContain(idNumber);
    await page.getByRole("button", { name: "对杨*明的公示提出异议" }).click();
    await page.getByLabel("对杨*明的异议").fill("该户长子在县城有稳定工作和商品房，家庭收入并不低");
    await page.getByLabel("联系方式（可选）").fill("13812345678");
    await toTop(page);
    await captureBothSizes(page, "monitoring-notices");
    await page.getByRole("button", { name: "提交异议" }).click();
    await expect.poll(() => page.getByTestId("objection-receipt").textContent()).toContain("已收到您的异议");
    html = await page.content();
    expect(html).not.toContain("13812345678");

    // The township sees it on the assessment, the contact masked, and records its finding.
    const clerk = `clerk-slz-${unique()}`;
    const staff = await browser.page();
    await signIn(staff, clerk, ["clerk"], `/monitoring/assessments/${assessmentId}`, c.township);
    const objections = staff.getByTestId("assessment-objections");
    await objections.getByText("群众在公示栏提出").waitFor();
    await objections.getByText("该户长子在县城有稳定工作和商品房，家庭收入并不低").waitFor();
    await objections.getByText("待核实").waitFor();
    expect(await objections.textContent()).not.toContain("13812345678");
    await staff.getByRole("radio", { name: "异议不成立" }).check();
    await staff.getByLabel("异议核实情况").fill("经核实，长子已分户另过，不影响本户收入认定");
    await staff.getByRole("button", { name: "保存核实结论" }).click();
    await objections.getByText("核实结论：经核实，长子已分户另过，不影响本户收入认定", { exact: false }).waitFor();
    const detail = await api("GET /assessments/{assessmentId}", { token: c.clerk, params: { assessmentId } });
    expect(detail.body.objections).toEqual({ total: 1, open: 0, upheld: 0 });
    expect(detail.body.objectionList[0]).toMatchObject({ channel: "public", finding: { outcome: "not_upheld", by: clerk } });
    expect(detail.body.objectionList[0]!.contactMasked).not.toContain("12345678");
  });
});
