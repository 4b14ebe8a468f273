import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { api, unique } from "../support/api";
import { createVillage, staffToken } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

/** Picks an option of an antd Select by its visible text. */
async function choose(page: Page, label: string, option: string) {
  const box = page.getByLabel(label, { exact: true });
  const field = page.locator(".ant-form-item", { has: box });
  await expect
    .poll(
      async () => {
        if ((await field.textContent())?.includes(option)) return true;
        await box.click();
        await page
          .locator(".ant-select-item-option", { hasText: option })
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        return (await field.textContent())?.includes(option);
      },
      { timeout: WAIT_MS, interval: 250 },
    )
    .toBe(true);
}

describe("the county's monitoring settings", () => {
  it("lets the county's clerk set the monitoring line and an early-warning threshold in 元; a township clerk only reads them", async () => {
    const name = `夏津县${unique()}`;
    const place = { province: "山东省", city: "德州市", county: name };
    await createVillage({ ...place, name: "小石堂村", township: "苏留庄镇" });
    const sub = `clerk-county-${unique()}`;
    const page = await browser.page();
    await signIn(page, sub, ["clerk"], "/monitoring/settings", place);
    await page.getByRole("heading", { level: 1, name: `${name}监测设置` }).waitFor();
    await page.getByText("本县尚未设置，以下为平台默认值。").waitFor();
    await expect.poll(() => page.getByLabel("线索办理时限").inputValue()).toBe("15");
    await page.getByRole("button", { name: "添加年度监测线" }).click();
    await page.getByLabel("第 1 条年度").fill("2025");
    await page.getByLabel("第 1 条监测线（元）").fill("6,800");
    await page.getByRole("button", { name: "添加预警规则" }).click();
    await page.getByLabel("规则 1 低收入户阈值（元）").fill("10000");
    await page.getByLabel("规则 1 其他农户阈值（元）").fill("26,000");
    await page.getByRole("button", { name: "添加预警规则" }).click();
    await choose(page, "规则 2 类型", "部门推送即预警");
    await page.getByRole("checkbox", { name: "民政部门预警" }).check();
    await page.getByRole("checkbox", { name: "残联预警" }).check();
    await page.getByLabel("公示最短天数").fill("7");
    await toTop(page);
    await captureBothSizes(page, "monitoring-settings");
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect.poll(() => page.getByTestId("settings-version").textContent()).toContain(`第 1 版 · ${sub}`);
    const saved = await api("GET /monitoring/settings/{county}", {
      token: await staffToken(sub, ["clerk"], place),
      params: { county: name },
    });
    expect(saved.body).toMatchObject({
      version: 1,
      incomeLines: [{ year: 2025, lineFen: 680_000 }],
      earlyWarning: [
        { kind: "medical_cost", threshold: { type: "absolute", lowIncomeFen: 1_000_000, otherFen: 2_600_000 } },
        { kind: "department_flag", sources: ["civil_affairs", "disabled_persons"] },
      ],
      leadDeadlineDays: 15,
      noticeMinDays: 7,
      measureDeadlineDays: 30,
    });

    const township = await browser.page();
    await signIn(township, `clerk-slz-${unique()}`, ["clerk"], "/monitoring/settings", { ...place, township: "苏留庄镇" });
    await township.getByText("只有本县县级工作人员可以修改监测设置；您可以查看。").waitFor();
    await settle(township);
    await expect.poll(() => township.getByLabel("第 1 条监测线（元）").inputValue()).toBe("6,800.00");
    expect(await township.getByLabel("第 1 条监测线（元）").isDisabled()).toBe(true);
    expect(await township.getByRole("button", { name: "保存设置" }).count()).toBe(0);
  });
});

describe("signing in as staff of an area", () => {
  it("offers the demo counties and townships, refuses a township without its county, and shows the area once signed in", async () => {
    const page = await browser.page();
    await page.goto(consoleUrl("/sign-in?next=/monitoring/inbox"));
    const form = page.locator("form#sign-in");
    await form.getByLabel("账号 (sub)").fill(`clerk-web-${unique()}`);
    await form.getByRole("checkbox", { name: "买家" }).uncheck();
    await form.getByRole("checkbox", { name: "经办人员" }).check();
    await form.getByLabel("所属乡镇").fill("太平镇");
    await page.keyboard.press("Escape");
    await form.getByRole("button", { name: "登录" }).click();
    await page.getByText("填写乡镇时须同时填写所属区县").waitFor();
    await form.getByLabel("所属区县").fill("江");
    await page.locator(".ant-select-item-option", { hasText: "江口县" }).click();
    await toTop(page);
    await captureBothSizes(page, "monitoring-sign-in");
    await form.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/console\/monitoring\/inbox$/);
    await page.getByRole("heading", { level: 1, name: "太平镇待办预警线索" }).waitFor();
    await expect.poll(() => page.getByTestId("account-area").textContent()).toBe("江口县太平镇");

    // A demo account carries its area.
    const demo = await browser.page();
    await demo.goto(consoleUrl("/sign-in?next=/monitoring/households"));
    await demo.getByRole("button", { name: "登录 clerk-suliuzhuang" }).click();
    await demo.getByRole("heading", { level: 1, name: "监测农户台账" }).waitFor();
    await expect.poll(() => demo.getByTestId("account-area").textContent()).toBe("夏津县苏留庄镇");
  });
});
