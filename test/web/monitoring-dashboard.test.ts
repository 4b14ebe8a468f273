import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shiftDays } from "@fupin/core/platform/clock";
import { api, unique } from "../support/api";
import { captureBothSizes, consoleUrl, expectAccessible, settle, signIn, useBrowser } from "./support/browser";
import { monitoredHousehold, openIdentification, registerHousehold, testCounty, today, yuan } from "./support/monitoring";

const browser = useBrowser();

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

const figure = (page: Page, key: string) => page.getByTestId(`figure-${key}`).locator(".ant-statistic-content-value").textContent();

describe("the county's monitoring dashboard", () => {
  it("shows the county's households by status, category and township, leads and measures, and downloads the same as CSV", async () => {
    const c = await testCounty();
    const zhou = await monitoredHousehold(c, "周长顺");
    await monitoredHousehold(c, "吴秀兰", { category: "sudden_hardship" });
    const identifying = await registerHousehold(c, "郑国强");
    await openIdentification(c, identifying.householdId);
    await registerHousehold(c, "冯小梅");
    const overdue = await registerHousehold(c, "陈立军");
    const lead = await api("POST /risk-leads", {
      token: c.clerk,
      body: {
        householdId: overdue.householdId,
        source: "self_report",
        reportedOn: shiftDays(today, -20),
        description: "家中房屋因暴雨受损",
      },
    });
    expect(lead.status, lead.text).toBe(201);
    const measure = await api("POST /households/{householdId}/measures", {
      token: c.clerk,
      params: { householdId: zhou.householdId },
      body: {
        kind: "public_welfare_post",
        content: "护林员岗位",
        amountFen: yuan(500),
        period: "monthly",
        startOn: today,
        responsibleCadre: "李红梅",
      },
    });
    expect(measure.status, measure.text).toBe(201);

    const page = await browser.page();
    await signIn(page, `clerk-county-web-${unique()}`, ["clerk"], "/monitoring/dashboard", c.place);
    await page.getByRole("heading", { level: 1, name: `${c.name}防返贫监测看板` }).waitFor();
    await settle(page);
    await expect.poll(() => figure(page, "monitored")).toBe("2");
    await expect.poll(() => figure(page, "identifying")).toBe("1");
    await expect.poll(() => figure(page, "overdueLeads")).toBe("1");
    await expect.poll(() => figure(page, "activeMeasures")).toBe("1");
    const township = page.getByTestId("township-table").locator("tbody tr", { hasText: "苏留庄镇" });
    // 监测对象 2: 边缘易致贫户 1, 突发严重困难户 1.
    await expect.poll(async () => (await township.locator("td").allTextContents()).slice(0, 5)).toEqual(["苏留庄镇", "2", "0", "1", "1"]);
    const measures = page.getByTestId("measure-table").locator("tbody tr", { hasText: "公益岗位" });
    await expect
      .poll(async () => (await measures.locator("td").allTextContents()).slice(0, 5))
      .toEqual(["公益岗位", "1", "0", "¥0.00", "¥500.00"]);
    await toTop(page);
    await captureBothSizes(page, "monitoring-dashboard");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain("防止返贫监测报表");
    expect(csv).toContain(c.name);
    // 乡镇, 已登记 2, 识别中 1, 监测对象 2, 风险消除中 0, 已消除风险 0, 监测对象合计 2, by category 0 / 1 / 1.
    expect(csv).toMatch(/苏留庄镇,2,1,2,0,0,2,0,1,1/);
  });

  it("lets province staff choose a county and read its households, without the means to change them", async () => {
    const c = await testCounty();
    await registerHousehold(c, "褚卫东");
    const page = await browser.page();
    await signIn(page, `viewer-sd-${unique()}`, ["clerk"], "/monitoring/households", { province: "山东省" });
    await page.getByText("请先选择要查看的区县").waitFor();
    await page.getByLabel("查看区县").fill(c.name);
    await page.getByRole("button", { name: "查看" }).click();
    await page.getByTestId("household-list").getByText("褚卫东").waitFor();
    expect(await page.getByRole("button", { name: "登记农户" }).count()).toBe(0);
    await page.getByTestId("household-list").getByRole("link", { name: "褚卫东" }).click();
    await page.getByRole("heading", { level: 1, name: "褚卫东户" }).waitFor();
    expect(await page.getByRole("button", { name: "修改登记信息" }).count()).toBe(0);
    // Nothing is overdue for support in a county confirmed today: the list says so.
    await page.goto(consoleUrl(`/monitoring/flags?county=${encodeURIComponent(c.name)}`));
    await page.getByText("没有逾期未落实帮扶的农户").waitFor();
    await expectAccessible(page);
  });
});
