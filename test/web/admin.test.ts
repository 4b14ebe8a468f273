import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { formatCalendar } from "../../packages/web/src/lib/dates";
import { formatYuan } from "../../packages/web/src/lib/money";
import { allPages, api, tokenFor, unique } from "../support/api";
import { adminToken, certificationInput, createSupplier, createVillage, productInput } from "../support/fixtures";
import { captureBothSizes, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { paidOrderThroughApi } from "./support/orders";

const browser = useBrowser();
const ADMIN = "admin-1";

/** Back to the top of the page, nothing focused: how a page is first seen, for its screenshot. */
async function atTop(page: Page) {
  await page.evaluate(() => {
    const g = globalThis as any;
    g.document.activeElement?.blur?.();
    g.scrollTo(0, 0);
  });
}

/** Picks an option of the open antd Select by its visible text. */
async function option(page: Page, text: string) {
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: text }).first().click();
}

/** A product of a new supplier, added by its own staff (pending certification), optionally certified through the API. */
async function supplierProduct(name: string, cert?: Record<string, unknown>) {
  const village = await createVillage({ county: "夏津县", city: "德州市", province: "山东省", township: "苏留庄镇" });
  const staff = `supplier-${unique()}`;
  const supplier = await createSupplier(village.villageId, [staff]);
  const created = await api("POST /products", {
    token: await tokenFor(staff, "supplier"),
    body: productInput(supplier.supplierId, village.villageId, { name, category: "粮油", unit: "2.5kg/袋", priceFen: 4580, stock: 80 }),
  });
  expect(created.status, created.text).toBe(201);
  if (cert) {
    const certified = await api("PUT /products/{productId}/certification", {
      token: await adminToken(),
      params: { productId: created.body.productId },
      body: certificationInput(cert),
    });
    expect(certified.status, certified.text).toBe(200);
  }
  return created.body;
}

describe("the administrator's console", () => {
  it("lists villages and registers one, refusing the same village twice in Chinese", async () => {
    const page = await browser.page();
    await signIn(page, ADMIN, ["admin"], "/admin/villages");
    await page.getByRole("heading", { level: 1, name: "村庄管理" }).waitFor();
    await page.getByTestId("village-list").getByText("小石堂村").first().waitFor(); // other browser tests register villages of that name in counties of their own
    await settle(page);
    await captureBothSizes(page, "admin-villages");

    const name = `前进村${unique().slice(-4)}`;
    const county = `测试县${unique().slice(-4)}`;
    const register = async () => {
      await page.getByRole("button", { name: "登记村庄" }).click();
      const dialog = page.getByRole("dialog", { name: "登记村庄" });
      await dialog.getByLabel("省").fill("山东省");
      await dialog.getByLabel("市").fill("德州市");
      await dialog.getByLabel("县/区").fill(county);
      await dialog.getByLabel("乡镇").fill("苏留庄镇");
      await dialog.getByLabel("村名").fill(name);
      await dialog.getByRole("button", { name: "登记", exact: true }).click();
      return dialog;
    };
    const first = await register();
    await first.waitFor({ state: "hidden" });
    // The list turns to the new village's county.
    await page.getByTestId("village-list").getByText(name).waitFor();
    expect(new URL(page.url()).searchParams.get("county")).toBe(county);
    const listed = await api("GET /villages", { query: { county } });
    expect(listed.body.items.map((v) => v.name)).toEqual([name]);

    const again = await register();
    await again.getByText(`${county}苏留庄镇已登记名为「${name}」的村，不能重复登记。`).waitFor();
    expect((await api("GET /villages", { query: { county } })).body.items).toHaveLength(1);
  });

  it("registers a supplier with its village and staff accounts, who then see it as theirs", async () => {
    const village = await createVillage({
      county: "夏津县",
      city: "德州市",
      province: "山东省",
      township: `新盛店镇${unique().slice(-3)}`,
    });
    const staff = `staff-${unique()}`;
    const name = `${village.name}股份经济合作社`;
    const page = await browser.page();
    await signIn(page, ADMIN, ["admin"], "/admin/suppliers");
    await page.getByRole("heading", { level: 1, name: "供应商管理" }).waitFor();
    await page.getByTestId("supplier-list").getByText("齐河县后周家庭农场").waitFor();
    await settle(page);
    await captureBothSizes(page, "admin-suppliers");

    await page.getByRole("button", { name: "登记供应商" }).click();
    const dialog = page.getByRole("dialog", { name: "登记供应商" });
    await dialog.getByLabel("供应商名称").fill(name);
    await dialog.getByLabel("所在村").fill(village.name);
    await option(page, village.name);
    await dialog.locator(".ant-select-content", { hasText: village.name }).waitFor();
    await dialog.getByLabel("员工账号").fill(staff);
    await dialog.getByLabel("员工账号").press("Enter");
    await dialog.getByLabel("员工账号").fill("supplier-helper");
    await dialog.getByLabel("员工账号").press("Enter");
    await dialog.getByRole("button", { name: "登记", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });

    const row = page.getByTestId("supplier-list").getByRole("row").filter({ hasText: name });
    await row.getByText(staff).waitFor();
    await row.getByText("村集体").waitFor();
    const all = await allPages<{ supplierId: string; name: string; villageId: string; accountIds?: string[] }>("/suppliers", {
      token: await adminToken(),
      limit: 100,
    });
    const created = all.items.find((s) => s.name === name);
    expect(created).toMatchObject({ villageId: village.villageId, accountIds: [staff, "supplier-helper"] });
    const theirs = await api("GET /suppliers", { token: await tokenFor(staff, "supplier") });
    expect(theirs.body.items.map((s) => s.supplierId)).toEqual([created!.supplierId]);
  });

  it("certifies a product its supplier added: it leaves the queue and is listed in the buyers' catalog", async () => {
    const name = `夏津小米${unique().slice(-4)}`;
    const product = await supplierProduct(name);
    expect(product.status).toBe("pending_certification");
    const page = await browser.page();
    await signIn(page, ADMIN, ["admin"], "/admin/certification");
    await page.getByRole("heading", { level: 1, name: "产品认定" }).waitFor();
    const queue = page.getByTestId("pending-list");
    await queue.getByText(name).waitFor();
    await queue.getByText("齐河土鸡蛋").waitFor();
    await settle(page);
    await captureBothSizes(page, "admin-certification");

    await queue.getByRole("button", { name: `认定：${name}` }).click();
    await page.getByRole("heading", { level: 1, name: `产品认定：${name}` }).waitFor();
    await page.getByText("尚未认定").waitFor();
    const validUntil = shiftDays(chinaToday(), 730);
    const form = page.getByTestId("certify-form");
    await form.getByLabel("证书编号").fill("XJ-2026-188");
    await form.getByLabel("认定机构").fill("夏津县扶贫开发领导小组办公室");
    await form.getByLabel("目录批次").fill("德州市第二批扶贫产品目录");
    await form.getByLabel("有效期至").fill(validUntil);
    await form.getByLabel("有效期至").press("Tab");
    await atTop(page);
    await captureBothSizes(page, "admin-certify");
    await form.getByRole("button", { name: "保存认定" }).click();
    await page.getByText(`已保存认定：${name}，当前状态：在售`).waitFor();
    await page.getByTestId("product-status").getByText("在售").waitFor();
    await page.getByText(`${formatCalendar(chinaToday(), "zh-CN")} 至 ${formatCalendar(validUntil, "zh-CN")}`).waitFor();

    // Listed for buyers, with the certificate the administrator entered.
    const catalog = await api("GET /products", { query: { q: name } });
    expect(catalog.body.items).toHaveLength(1);
    expect(catalog.body.items[0]).toMatchObject({
      productId: product.productId,
      status: "listed",
      certification: { certificateNo: "XJ-2026-188", catalogBatch: "德州市第二批扶贫产品目录", issuedOn: chinaToday(), validUntil },
    });
    await page.getByRole("button", { name: "返回产品认定" }).click();
    await queue.getByText("齐河土鸡蛋").waitFor();
    // The queue shown from before is read again: the certified product leaves it.
    await expect.poll(() => queue.getByText(name).count(), { timeout: WAIT_MS }).toBe(0);
  });

  it("shows a certificate expiring within 30 days in the expiring list, and renews it", async () => {
    const name = `夏津黄河大米${unique().slice(-4)}`;
    const validUntil = shiftDays(chinaToday(), 10);
    const product = await supplierProduct(name, { issuedOn: shiftDays(chinaToday(), -355), validUntil });
    const page = await browser.page();
    await signIn(page, ADMIN, ["admin"], "/admin/certification");
    await page.getByRole("tab", { name: "证书即将到期" }).click();
    const list = page.getByTestId("expiring-list");
    const row = list.getByRole("row").filter({ hasText: name });
    await row.getByText("证书将于10天后到期").waitFor();
    await row.getByText(formatCalendar(validUntil, "zh-CN")).waitFor();
    await settle(page);
    await captureBothSizes(page, "admin-expiring");

    // A narrower window leaves it out.
    await page.getByLabel("到期时间").click();
    await option(page, "7天内");
    // The router renders a navigation as a transition: wait for the page itself to show the new window.
    await page.locator(".ant-select-content[title='7天内']").waitFor();
    expect(new URL(page.url()).searchParams.get("days")).toBe("7");
    await settle(page);
    expect(await page.getByText(name).count()).toBe(0);
    await page.getByLabel("到期时间").click();
    await option(page, "30天内");
    await row.waitFor();

    await row.getByRole("button", { name: `续期：${name}` }).click();
    await page.getByRole("heading", { level: 1, name: `产品认定：${name}` }).waitFor();
    await page.getByText("证书将于10天后到期").waitFor();
    const renewed = shiftDays(chinaToday(), 3 * 365);
    const form = page.getByTestId("certify-form");
    await form.getByLabel("证书编号").fill("XJ-2026-RENEW");
    await form.getByLabel("有效期至").fill(renewed);
    await form.getByLabel("有效期至").press("Tab");
    await form.getByRole("button", { name: "保存续期" }).click();
    await page.getByText(`已保存认定：${name}，当前状态：在售`).waitFor();
    const after = await api("GET /products/{productId}", { params: { productId: product.productId } });
    expect(after.body.certification).toMatchObject({ certificateNo: "XJ-2026-RENEW", validUntil: renewed });
    const expiring = await allPages<{ productId: string }>("/products/expiring?withinDays=30", { token: await adminToken(), limit: 100 });
    expect(expiring.items.map((p) => p.productId)).not.toContain(product.productId);
  });

  it("refunds part of a paid order, refusing more than was paid in Chinese", async () => {
    const order = await paidOrderThroughApi(`buyer-refund-${unique()}`, "夏津桑叶茶", 2);
    expect(order.paidFen).toBeGreaterThan(1000);
    const page = await browser.page();
    await signIn(page, ADMIN, ["admin"], "/admin/refunds");
    await page.getByRole("heading", { level: 1, name: "订单退款" }).waitFor();
    await page.getByTestId("recent-orders").getByText(order.orderId).waitFor();
    await settle(page);
    await captureBothSizes(page, "admin-refunds");

    await page.getByLabel("订单号").fill(order.orderId);
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByRole("heading", { level: 1, name: `订单退款：${order.orderId.slice(-8).toUpperCase()}` }).waitFor();
    await expect.poll(() => page.getByTestId("refundable").textContent(), { timeout: WAIT_MS }).toBe(formatYuan(order.paidFen));
    await page.getByText(`本单最多还可退 ${formatYuan(order.paidFen)}。`).waitFor();

    const form = page.getByTestId("refund-form");
    const refund = async (yuan: string, reason: string) => {
      await form.getByLabel("退款金额（元）").fill(yuan);
      await form.getByLabel("退款原因").fill(reason);
      await form.getByRole("button", { name: "提交退款" }).click();
      const confirm = page.getByRole("dialog").filter({ hasText: "确认退款" });
      await confirm.getByRole("button", { name: "确认退款" }).click();
      await confirm.waitFor({ state: "hidden" });
    };

    // One fen over what was paid: the API's refusal, in Chinese, under the amount.
    const over = order.paidFen + 1;
    await refund((over / 100).toFixed(2), "超额退款测试");
    await form.getByText(`退款金额 ${formatYuan(over)} 超过了该订单仍可退款的金额 ${formatYuan(order.paidFen)}。`).waitFor();
    const untouched = await api("GET /orders/{orderId}", { token: await adminToken(), params: { orderId: order.orderId } });
    expect(untouched.body).toMatchObject({ refundRequestedFen: 0, refundedFen: 0, status: "paid" });

    await refund("10.00", "买家收到的一罐包装破损，部分退款");
    await page.getByText("退款已提交：¥10.00").waitFor();
    await expect.poll(() => page.getByTestId("refundable").textContent(), { timeout: WAIT_MS }).toBe(formatYuan(order.paidFen - 1000));
    // Stripe reports the refund: the order is partly refunded.
    await page.getByTestId("order-status").getByText("部分退款").waitFor();
    await expect.poll(() => page.getByTestId("refunded").textContent(), { timeout: WAIT_MS }).toBe("¥10.00");
    const after = await api("GET /orders/{orderId}", { token: await adminToken(), params: { orderId: order.orderId } });
    expect(after.body).toMatchObject({ refundedFen: 1000, status: "partially_refunded" });
    await page.getByText("退款已提交：¥10.00").waitFor({ state: "hidden" });
    await atTop(page);
    await captureBothSizes(page, "admin-refund-order");
  });
});
