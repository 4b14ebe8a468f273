import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { reviewed, type World, world } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

/**
 * A scheme's fund in the console (issue 12 items 6, 7): an administrator records a premium and the
 * insurer's fee, sees what the county owes in red, settles the year after a confirmation that shows
 * the computed figures; a clerk downloads the payout list as Excel.
 */
const browser = useBrowser();

const straight = { chain: { homeVisit: false, villageReview: false, publicNotice: false } };

/** An insurance scheme with an empty pool and one approved claim of 14,000 yuan: the county owes 14,000. */
async function shortInsurance(): Promise<World> {
  const w = await world({ scheme: { kind: "insurance", ...straight }, poolFen: 0 });
  const claimId = await reviewed(w);
  const approved = await api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } });
  expect(approved.status, approved.text).toBe(200);
  return w;
}

const figure = (page: import("playwright-core").Page, id: string) => page.getByTestId(id).locator(".ant-statistic-content");

describe("the fund page", () => {
  it("records the premium and the fee, shows the receivable in red, and settles the year with its figures confirmed", async () => {
    const w = await shortInsurance();
    const page = await browser.page();
    await signIn(page, `admin-fund-${Date.now()}`, ["admin"], `/schemes/${w.schemeId}/funds`);
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "资金管理" }).waitFor();
    await settle(page);
    await expect.poll(() => figure(page, "fund-receivable").innerText()).toBe("¥14,000.00");
    // The county's debt in red.
    expect(
      await figure(page, "fund-receivable").evaluate(
        (el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color,
      ),
    ).toBe("rgb(207, 19, 34)");

    // The insurer's fee: 15% of payouts.
    const settings = page.locator("form#fund-settings-form");
    await settings.getByLabel("保险公司服务费（赔付额的 %）").fill("15");
    await settings.getByRole("button", { name: "保存结算规则" }).click();
    await page.getByText("结算规则已保存").waitFor();

    // A premium of 45 yuan × 200 people; the form shows the total before it is sent.
    const premium = page.locator("form#premium-form");
    await premium.getByLabel("人均保费（元）").fill("45");
    await premium.getByLabel("参保人数").fill("200");
    await premium.getByLabel("缴费单位").fill("县财政局");
    await expect.poll(() => page.getByTestId("premium-total").innerText()).toBe("保费合计：¥9,000.00");
    await premium.getByRole("button", { name: "登记保费" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "登记保费" }).click();
    await page.getByText("已登记保费 ¥9,000.00").waitFor();
    await expect.poll(() => figure(page, "fund-pool").innerText()).toBe("-¥5,000.00");
    await expect.poll(() => figure(page, "fund-receivable").innerText()).toBe("¥5,000.00");
    await expect.poll(() => page.getByTestId("fund-ledger").innerText()).toContain("¥45.00 × 200 人");
    await captureBothSizes(page, "claims-fund");

    // The settlement's confirmation shows what it will do: 9,000 − 14,000 − 2,100 = −7,100, topped up by the county.
    await page.getByRole("button", { name: "年终结算" }).click();
    const confirm = page.getByTestId("settle-confirm");
    await confirm.waitFor();
    const text = await confirm.innerText();
    expect(text).toContain("¥9,000.00");
    expect(text).toContain("-¥2,100.00");
    expect(text).toContain("资金缺口 ¥7,100.00，由县级财政补足");
    await page.getByRole("dialog").getByRole("button", { name: "确认结算" }).click();
    await page.getByText(/年度已结算/).waitFor();
    await expect.poll(() => figure(page, "fund-pool").innerText(), { timeout: WAIT_MS }).toBe("¥0.00");
    await expect.poll(() => figure(page, "fund-receivable").innerText()).toBe("无");

    // The settled year: its figures and its ledger, the county's top-up last.
    const year = (await api("GET /schemes/{schemeId}", { token: w.t.admin, params: { schemeId: w.schemeId } })).body.year;
    await page.goto(consoleUrl(`/schemes/${w.schemeId}/funds?year=${year}`));
    await settle(page);
    await page.getByText("已结算", { exact: true }).waitFor();
    expect(await page.getByTestId("fund-figures").innerText()).toContain("¥7,100.00");
    expect(await page.getByTestId("fund-ledger").innerText()).toContain("县级补足缺口");
    expect(await page.getByRole("button", { name: "年终结算" }).count()).toBe(0);
  });

  it("lets a clerk read the fund and download the payout list as Excel, without the administrator's forms", async () => {
    const w = await shortInsurance();
    const page = await browser.page();
    await signIn(page, `clerk-fund-${Date.now()}`, ["clerk"], `/schemes/${w.schemeId}/funds`, w.t.area);
    await settle(page);
    expect(await page.locator("form#premium-form").count()).toBe(0);
    expect(await page.getByRole("button", { name: "年终结算" }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "发放明细表 Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^payouts-.+\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A3").value).toBe("序号");
    expect(ws.getCell("L4").value).toBe(14_000);
    await captureBothSizes(page, "claims-fund-clerk");
  });
});
