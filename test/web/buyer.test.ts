import { describe, expect, it } from "vitest";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api, tokenFor } from "../support/api";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { productNamed } from "./support/orders";
import type { Page } from "playwright-core";

const browser = useBrowser();

/** A card expiry a year from now, as MM/YY. */
const nextYear = () => `12/${String((new Date().getUTCFullYear() + 1) % 100).padStart(2, "0")}`;

async function search(page: Page, text: string) {
  const box = page.getByLabel("搜索产品");
  await box.fill(text);
  await box.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === text);
  await settle(page);
}

/** The product's card in the catalogue: sets its quantity and adds it to the cart. */
async function addFromCatalog(page: Page, name: string, quantity: number) {
  const card = page.getByTestId("product-card").filter({ has: page.getByRole("link", { name, exact: true }) });
  await card.waitFor();
  await card.getByLabel(`${name} 的购买数量`).fill(String(quantity));
  await card.getByRole("button", { name: "加入购物车" }).click();
  await page.getByText(`已加入购物车：${name} × ${quantity}`).waitFor();
}

async function ordersOf(buyer: string) {
  const res = await api("GET /orders", { token: await tokenFor(buyer, "buyer"), query: { limit: 100 } });
  expect(res.status, res.text).toBe(200);
  return res.body.items;
}

/** Places the cart's order from the checkout page (double-clicked, as an impatient buyer would) and waits for the pay page. */
async function placeOrder(page: Page): Promise<string> {
  await page.goto(consoleUrl("/checkout"));
  await page.getByRole("button", { name: "提交订单" }).dblclick();
  await page.waitForURL(/\/console\/orders\/[^/]+\/pay$/);
  return page.url().split("/").at(-2)!;
}

describe("a buyer in the console", () => {
  it("finds products by a Chinese search, orders two of them, pays by test card and sees the villages credited", async () => {
    const buyer = "buyer-1";
    const before = await ordersOf(buyer);
    const mulberry = await productNamed("夏津黄河故道桑椹干");
    const tea = await productNamed("梵净山翠峰绿茶");
    const page = await browser.page();
    await signIn(page, buyer, ["buyer"], "/products");
    await page.getByRole("heading", { level: 1, name: "扶贫产品目录" }).waitFor();
    await settle(page);
    await captureBothSizes(page, "buyer-catalog");

    await search(page, "桑椹");
    await expect.poll(() => page.getByTestId("product-card").getByRole("link").allTextContents()).toContain("夏津黄河故道桑椹干");
    await expect.poll(() => page.getByTestId("product-card").getByRole("link").allTextContents()).not.toContain("梵净山翠峰绿茶");
    // What a buyer checks: the certificate, who issued it, the catalogue batch, validity and how it helps.
    const card = page.getByTestId("product-card").filter({ hasText: "夏津黄河故道桑椹干" });
    for (const text of [
      mulberry.certification!.certificateNo,
      "夏津县扶贫开发领导小组办公室",
      "德州市第一批扶贫产品目录",
      "产业带动",
      "带动 36 户脱贫户",
      "小石堂村",
    ]) {
      await card.getByText(text, { exact: false }).first().waitFor();
    }
    await captureBothSizes(page, "buyer-catalog-search");
    await addFromCatalog(page, "夏津黄河故道桑椹干", 2);
    await search(page, "翠峰");
    await addFromCatalog(page, "梵净山翠峰绿茶", 1);

    await page.goto(consoleUrl("/cart"));
    const totalFen = 2 * mulberry.priceFen + tea.priceFen;
    await expect.poll(() => page.getByTestId("cart-total").textContent()).toBe(formatYuan(totalFen));
    await captureBothSizes(page, "buyer-cart");
    await page.getByRole("button", { name: "去结算" }).click();
    await page.getByRole("heading", { name: "确认订单" }).waitFor();
    await captureBothSizes(page, "buyer-checkout");

    const orderId = await placeOrder(page);
    // A double click placed one order: the Idempotency-Key is the checkout attempt's.
    const after = await ordersOf(buyer);
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((o) => o.orderId === orderId)).toHaveLength(1);
    await expect.poll(() => page.getByTestId("pay-amount").textContent()).toBe(formatYuan(totalFen));
    await captureBothSizes(page, "buyer-pay");

    await page.getByLabel("卡号").fill("4242424242424242");
    await page.getByLabel("有效期（月/年）").fill(nextYear());
    await page.getByLabel("安全码（CVC）").fill("123");
    await page.getByRole("button", { name: `支付 ${formatYuan(totalFen)}` }).click();

    await page.getByRole("heading", { name: "支付成功" }).waitFor({ timeout: WAIT_MS });
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("已支付");
    const credited = page.getByTestId("credited-villages");
    await credited.getByText("小石堂村").waitFor();
    await credited.getByText("云舍村").waitFor();
    await credited.getByText(formatYuan(2 * mulberry.priceFen)).waitFor();
    await captureBothSizes(page, "buyer-result");

    await page.getByRole("button", { name: "查看订单" }).click();
    await page.getByRole("heading", { name: "订单详情" }).waitFor();
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("已支付");
    await captureBothSizes(page, "buyer-order");

    // The village's sales report counts the sale.
    await page
      .getByTestId("credited-villages")
      .getByRole("listitem")
      .filter({ hasText: "小石堂村" })
      .getByRole("button", { name: "查看该村销售报表" })
      .click();
    await page.getByRole("heading", { level: 1, name: "村级销售报表" }).waitFor();
    const report = await api("GET /reports/villages/{villageId}/sales", { params: { villageId: mulberry.villageId } });
    expect(report.body.totalFen).toBeGreaterThanOrEqual(2 * mulberry.priceFen);
    await page.getByTestId("village-sales-figures").getByText(formatYuan(report.body.totalFen)).waitFor();
    await captureBothSizes(page, "reports-village-sales");

    await page.goto(consoleUrl("/orders"));
    await page.getByTestId("order-list").getByText("已支付").first().waitFor();
    await captureBothSizes(page, "buyer-orders");
    // The whole journey, with nine pages checked and photographed at two sizes: longer than the project's 120 s.
  }, 240_000);

  it("cancels an unpaid order after confirming, and the product's stock comes back", async () => {
    const rice = await productNamed("齐河黄河大米");
    const page = await browser.page();
    await signIn(page, "buyer-2", ["buyer"], `/products/${rice.productId}`);
    await page.getByRole("heading", { level: 1, name: "齐河黄河大米" }).waitFor();
    await settle(page);
    await captureBothSizes(page, "buyer-product");
    await page.getByLabel("齐河黄河大米 的购买数量").fill("3");
    await page.getByRole("button", { name: "加入购物车" }).click();
    const orderId = await placeOrder(page);
    expect((await productNamed("齐河黄河大米")).stock).toBe(rice.stock - 3);

    await page.goto(consoleUrl(`/orders/${orderId}`));
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("待支付");
    await page.getByRole("button", { name: "取消订单" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("确定取消该订单？").filter({ visible: true }).waitFor();
    await captureBothSizes(page, "buyer-cancel-confirm");
    await dialog.getByRole("button", { name: "取消订单" }).click();
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("已取消");
    await expect.poll(async () => (await productNamed("齐河黄河大米")).stock).toBe(rice.stock);
  });

  it("pays with WeChat Pay through the stand-in's approval, and a declined test card closes the order", async () => {
    const page = await browser.page();
    const paper = await productNamed("云舍古法手工土纸");
    await signIn(page, "buyer-3", ["buyer"], `/products/${paper.productId}`);
    await page.getByRole("button", { name: "加入购物车" }).click();
    await placeOrder(page);
    await page.locator("label").filter({ hasText: "微信支付" }).click();
    await page.getByRole("button", { name: "使用微信支付支付" }).click();
    const wallet = page.getByTestId("wallet-panel");
    await wallet.getByText("请使用微信扫描二维码完成支付").waitFor();
    await captureBothSizes(page, "buyer-pay-wechat");
    await wallet.getByRole("button", { name: "确认付款" }).click();
    await page.getByRole("heading", { name: "支付成功" }).waitFor();

    await page.goto(consoleUrl(`/products/${paper.productId}`));
    await page.getByRole("button", { name: "加入购物车" }).click();
    await placeOrder(page);
    await page.getByLabel("卡号").fill("4000 0000 0000 0002");
    await page.getByLabel("有效期（月/年）").fill(nextYear());
    await page.getByLabel("安全码（CVC）").fill("123");
    await page.getByRole("button", { name: /^支付 ¥/ }).click();
    await page.getByRole("heading", { name: "支付未成功" }).waitFor();
    await page.getByText("银行卡被拒绝，请更换银行卡后重新下单。").waitFor();
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("支付失败");
  });
});
