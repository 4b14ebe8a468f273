import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api } from "../support/api";
import { staffToken } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { paidOrderThroughApi } from "./support/orders";

const browser = useBrowser();

/** The page as a reader first sees it: at the top, no toast left over. */
async function atTop(page: Page) {
  await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
  await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: WAIT_MS }).toBe(0);
}

/** Clicks the page's CSV button and reads the file the browser saved, with its name. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([
    page.waitForEvent("download", { timeout: WAIT_MS }),
    page.getByRole("button", { name: "下载 CSV" }).click(),
  ])) as [Download, unknown];
  const path = await download.path();
  const bytes = readFileSync(path);
  // Excel needs the byte-order mark to read the Chinese as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { name: download.suggestedFilename(), text: bytes.subarray(3).toString("utf8") };
}

const COUNTY_KEY = "贵州省/江口县";
const COUNTY_NAME = "贵州省 铜仁市 江口县";

async function countyMonthly() {
  const res = await api("GET /reports/sales/monthly", { query: { groupBy: "county" } });
  expect(res.status, res.text).toBe(200);
  const row = res.body.rows.find((r) => r.key === COUNTY_KEY);
  return { report: res.body, row, month: res.body.months.at(-1)!.month };
}

describe("the reports dashboards", () => {
  it("show a paid order's sale in 元 in its county's month, in the table and in the CSV download", async () => {
    const before = await countyMonthly();
    const order = await paidOrderThroughApi("buyer-reports", "云舍古法手工土纸", 3);
    const after = await countyMonthly();
    const beforeFen = before.row?.months.at(-1)?.creditedFen ?? 0;
    const monthFen = after.row!.months.at(-1)!.creditedFen;
    // The API's own figure moved by exactly the order (no other sale runs while this file does).
    expect(monthFen - beforeFen).toBe(order.totalFen);
    expect(order.items.every((l: { county: string }) => l.county === "江口县")).toBe(true);

    const page = await browser.page();
    await page.goto(consoleUrl("/reports/sales"));
    await page.getByRole("heading", { level: 1, name: "消费帮扶销售统计" }).waitFor();
    const table = page.getByTestId("sales-table");
    const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: COUNTY_NAME, exact: true }) });
    await row.waitFor();
    // Name, twelve months (the last is this month), the period's total, the orders.
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toHaveLength(15);
    expect(cells[12]).toBe(formatYuan(monthFen));
    expect(cells[13]).toBe(formatYuan(after.row!.creditedFen));
    expect(cells[14]).toBe(String(after.row!.orders));
    await page.getByTestId("sales-figures").getByText(formatYuan(after.report.totalFen)).waitFor();
    await expect.poll(() => page.getByRole("img", { name: /各月消费帮扶销售额/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole("img", { name: /区县销售额排名柱状图/ }).count()).toBe(1);
    await settle(page);
    await captureBothSizes(page, "reports-sales");

    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`monthly-sales-by-county-${after.report.from}-${after.report.to}.csv`);
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("county,name,month,creditedFen,creditedYuan,orders");
    const yuan = `${Math.floor(monthFen / 100)}.${String(monthFen % 100).padStart(2, "0")}`;
    expect(lines).toContain(`${COUNTY_KEY},${COUNTY_NAME},${after.month},${monthFen},${yuan},${after.row!.months.at(-1)!.orders}`);
    await atTop(page);

    // The province rollup: Guizhou's month holds at least the county's.
    await page.getByText("按省", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("groupBy") === "province");
    const provinces = await api("GET /reports/sales/monthly", { query: { groupBy: "province" } });
    const guizhou = provinces.body.rows.find((r) => r.key === "贵州省")!;
    expect(guizhou.months.at(-1)!.creditedFen).toBeGreaterThanOrEqual(monthFen);
    const provinceRow = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "贵州省", exact: true }) });
    await expect
      .poll(async () => (await provinceRow.getByRole("cell").allTextContents())[12])
      .toBe(formatYuan(guizhou.months.at(-1)!.creditedFen));
    await settle(page);
    await captureBothSizes(page, "reports-sales-province");
  });

  it("show the pairing figures of every province and of a province's counties, with their CSV", async () => {
    const [platform, regions, shandong] = await Promise.all([
      api("GET /reports/pairings"),
      api("GET /reports/pairings/regions"),
      api("GET /reports/pairings/regions", { query: { province: "山东省" } }),
    ]);
    const page = await browser.page();
    await page.goto(consoleUrl("/reports/pairings"));
    await page.getByRole("heading", { level: 1, name: "结对帮扶统计" }).waitFor();
    await page.getByTestId("pairings-delivered").getByText(formatYuan(platform.body.deliveredFen)).waitFor();
    await page.getByTestId("pairings-committed").getByText(formatYuan(platform.body.committedFen)).waitFor();
    const table = page.getByTestId("pairings-table");
    for (const r of regions.body.rows) {
      const row = table.getByRole("row").filter({ has: page.getByRole("button", { name: `查看${r.province}各区县` }) });
      await row.getByRole("cell", { name: formatYuan(r.deliveredFen), exact: true }).waitFor();
    }
    await expect.poll(() => page.getByRole("img", { name: /各地区承诺与已投入资金柱状图/ }).count()).toBe(1);
    await settle(page);
    await captureBothSizes(page, "reports-pairings");

    await page.getByRole("button", { name: "查看山东省各区县" }).click();
    await page.waitForURL((url) => url.searchParams.get("province") === "山东省");
    const provinceTotals = await api("GET /reports/pairings", { query: { province: "山东省" } });
    await page.getByTestId("pairings-delivered").getByText(formatYuan(provinceTotals.body.deliveredFen)).waitFor();
    for (const r of shandong.body.rows) {
      const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: r.county!, exact: true }) });
      await row.getByRole("cell", { name: formatYuan(r.committedFen), exact: true }).waitFor();
    }
    await settle(page);
    await captureBothSizes(page, "reports-pairings-province");
    const csv = await downloadCsv(page);
    expect(csv.name).toBe("pairings-regions.csv");
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "province,county,enterprises,villages,pairings,activePairings,committedFen,deliveredFen,peopleHelped,contributions,projects",
    );
    const xiajin = shandong.body.rows.find((r) => r.county === "夏津县")!;
    expect(lines).toContain(
      `山东省,夏津县,${xiajin.enterprises},${xiajin.villages},${xiajin.pairings},${xiajin.activePairings},${xiajin.committedFen},${xiajin.deliveredFen},${xiajin.peopleHelped},${xiajin.contributions},${xiajin.projects}`,
    );
  });

  it("show a clerk a scheme's claims by status, money paid and the pool left, with its CSV; not a signed-out visitor", async () => {
    // A 夏津县 clerk: staff see only their own county's schemes' figures (DESIGN 16).
    const area = { province: "山东省", city: "德州市", county: "夏津县" };
    const clerk = await staffToken("clerk-1", ["clerk"], area);
    const schemes = await api("GET /schemes", { token: clerk, query: { limit: 100 } });
    expect(schemes.status, schemes.text).toBe(200);
    const xiajin = schemes.body.items.find((s) => s.schemeId === "xiajin-fangpin-insurance")!;
    const report = await api("GET /reports/claims", { token: clerk, query: { schemeId: xiajin.schemeId } });
    expect(report.status, report.text).toBe(200);

    const anonymous = await browser.page();
    await anonymous.goto(consoleUrl("/reports/claims"));
    await anonymous.waitForURL(/\/console\/sign-in\?next=%2Freports%2Fclaims/);

    const page = await browser.page();
    await signIn(page, "clerk-1", ["clerk"], "/reports/claims", area);
    await page.getByRole("heading", { level: 1, name: "防贫救助统计" }).waitFor();
    // A clerk of one county sees its one scheme, which the page may show at once; otherwise the list
    // loads and re-renders while the select opens (a click on an option being replaced chooses
    // nothing), so choose again until the picker shows the scheme.
    const picker = page.locator(".ant-form-item", { has: page.getByLabel("方案") });
    const chosen = async () =>
      new URL(page.url()).searchParams.get("schemeId") === xiajin.schemeId || ((await picker.textContent()) ?? "").includes(xiajin.name);
    await expect
      .poll(
        async () => {
          if (await chosen()) return true;
          await page.getByLabel("方案").click();
          await page
            .locator(".ant-select-item-option", { hasText: xiajin.name })
            .first()
            .click({ timeout: 5_000 })
            .catch(() => undefined);
          return chosen();
        },
        { timeout: WAIT_MS, interval: 250 },
      )
      .toBe(true);
    await page.getByTestId("claims-paid").getByText(formatYuan(report.body.paidFen)).waitFor();
    await page.getByTestId("claims-pool").getByText(formatYuan(report.body.poolBalanceFen)).waitFor();
    const table = page.getByTestId("claims-table");
    for (const [status, label] of [
      ["submitted", "已提交"],
      ["reviewed", "已审核"],
      ["approved", "已批准"],
      ["rejected", "已驳回"],
      ["paid", "已拨付"],
    ] as const) {
      const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: label, exact: true }) });
      await row
        .getByRole("cell", { name: String(report.body.byStatus[status]), exact: true })
        .first()
        .waitFor();
    }
    const byCause = page.getByTestId("claims-by-cause");
    for (const [cause, label] of [
      ["illness", "因病"],
      ["education", "因学"],
    ] as const) {
      const row = byCause.getByRole("row").filter({ has: page.getByRole("cell", { name: label, exact: true }) });
      // byCause is keyed by the scheme's own cause ids, labelled with its rules' labels.
      const figures = report.body.byCause[cause];
      expect(figures, `the report has no ${cause}`).toBeDefined();
      await row.getByRole("cell", { name: formatYuan(figures!.paidFen), exact: true }).waitFor();
    }
    await expect.poll(() => page.getByRole("img", { name: /各状态申请数柱状图/ }).count()).toBe(1);
    await settle(page);
    await captureBothSizes(page, "reports-claims");
    const csv = await downloadCsv(page);
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("schemeId,name,county,year,")).toBe(true);
    expect(lines[1]!.startsWith(`${xiajin.schemeId},`)).toBe(true);
    expect(lines[1]).toContain(`,${report.body.paidFen},`);
  });
});
