import { describe, expect, it } from "vitest";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api } from "../support/api";
import { captureBothSizes, consoleUrl, MOBILE, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { paidOrderThroughApi } from "./support/orders";

const browser = useBrowser();

describe("the console's public landing page", () => {
  it("shows a signed-out visitor the published figures and a chart, and no staff menu", async () => {
    await paidOrderThroughApi("buyer-public", "云舍古法手工土纸", 2);
    const sales = await api("GET /reports/sales", { query: { groupBy: "county" } });
    const page = await browser.page();
    const res = await page.goto(consoleUrl("/"));
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.documentElement.lang)).toBe("zh-CN");
    await page.getByRole("heading", { level: 1, name: "帮扶成效公示" }).waitFor();
    const figures = page.getByTestId("public-figures");
    await figures.getByText("消费帮扶销售额").waitFor();
    await figures.getByText("结对帮扶企业").waitFor();
    await figures.getByText(formatYuan(sales.body.totalFen)).waitFor();
    await expect.poll(() => page.getByRole("img", { name: /各区县消费帮扶销售额柱状图/ }).count(), { timeout: WAIT_MS }).toBe(1);
    await page.getByRole("cell", { name: "江口县" }).waitFor();
    await settle(page);
    // Public entries only: no orders, nothing of a supplier's, clerk's, approver's or administrator's.
    const menu = page.getByRole("navigation", { name: "导航" });
    const signedOut = await menu.getByRole("menuitem").allTextContents();
    expect(signedOut).toEqual(expect.arrayContaining(["首页 · 帮扶成效", "扶贫产品", "购物车", "村级销售报表"]));
    expect(signedOut).not.toContain("我的订单");
    await captureBothSizes(page, "public-home");
    // Every staff role sees entries a signed-out visitor does not.
    const staff = await browser.page();
    await signIn(staff, "admin-1", ["supplier", "clerk", "approver", "admin"]);
    const staffMenu = await staff.getByRole("navigation", { name: "导航" }).getByRole("menuitem").allTextContents();
    expect(staffMenu.filter((item) => !signedOut.includes(item)).length).toBeGreaterThan(0);
  });

  it("switches to English and back, the page's language following", async () => {
    const page = await browser.page();
    await page.goto(consoleUrl("/"));
    await page.getByRole("heading", { level: 1, name: "帮扶成效公示" }).waitFor();
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Published results" }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.lang)).toBe("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Published results" }).waitFor();
    await page.getByText("中文", { exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "帮扶成效公示" }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.lang)).toBe("zh-CN");
  });

  it("the root of the site leads to the console", async () => {
    const page = await browser.page();
    await page.goto(`${consoleUrl("/").replace(/\/console\/$/, "")}/`);
    expect(new URL(page.url()).pathname).toBe("/console/");
  });

  it("sends a signed-out visitor of a buyer's page to sign-in, and back there after signing in", async () => {
    const page = await browser.page();
    await page.goto(consoleUrl("/orders"));
    await page.waitForURL(/\/console\/sign-in\?next=%2Forders/);
    await page.getByText("本地开发登录：仅本地运行时提供").waitFor();
    await settle(page);
    await captureBothSizes(page, "sign-in");
    await signIn(page, "buyer-1", ["buyer"], "/orders");
    expect(new URL(page.url()).pathname).toBe("/console/orders");
  });

  it("tells a signed-in account without the role that the page is not for it", async () => {
    const page = await browser.page(MOBILE);
    await signIn(page, "clerk-1", ["clerk"]);
    await page.goto(consoleUrl("/orders"));
    await page.getByRole("heading", { name: "无权访问" }).waitFor();
  });
});
