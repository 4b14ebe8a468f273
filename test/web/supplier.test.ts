import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { formatCalendar } from "../../packages/web/src/lib/dates";
import { api, tokenFor, unique } from "../support/api";
import { adminToken, certificationInput, productInput } from "../support/fixtures";
import { captureBothSizes, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { productNamed } from "./support/orders";

const browser = useBrowser();

/** Back to the top of the page, nothing focused: how a page is first seen, for its screenshot. */
async function atTop(page: Page) {
  await page.evaluate(() => {
    const g = globalThis as any;
    g.document.activeElement?.blur?.();
    g.scrollTo(0, 0);
  });
}

/** The seeded village collective of 小石堂村 and its staff account (packages/local/src/seed). */
const STAFF = "supplier-xiaoshitang";

async function xiaoshitang() {
  const res = await api("GET /suppliers", { token: await tokenFor(STAFF, "supplier") });
  expect(res.status, res.text).toBe(200);
  const supplier = res.body.items.find((s) => s.name.includes("小石堂村"));
  expect(supplier, "the seeded supplier of 小石堂村").toBeDefined();
  return supplier!;
}

/** The stock as the API has it, read as the supplier's staff read it. */
async function apiStock(productId: string) {
  const res = await api("GET /products/{productId}", { token: await tokenFor(STAFF, "supplier"), params: { productId } });
  expect(res.status, res.text).toBe(200);
  return res.body.stock;
}

describe("the supplier's products", () => {
  it("warns of a certificate expiring within 30 days, with a tag, an alert and a filter", async () => {
    const supplier = await xiaoshitang();
    const name = `夏津桑椹酱${unique().slice(-4)}`;
    const created = await api("POST /products", {
      token: await tokenFor(STAFF, "supplier"),
      body: productInput(supplier.supplierId, supplier.villageId, { name, category: "果蔬", unit: "300g/瓶", priceFen: 2880, stock: 60 }),
    });
    expect(created.status, created.text).toBe(201);
    const validUntil = shiftDays(chinaToday(), 12);
    const certified = await api("PUT /products/{productId}/certification", {
      token: await adminToken(),
      params: { productId: created.body.productId },
      body: certificationInput({ issuedOn: shiftDays(chinaToday(), -300), validUntil }),
    });
    expect(certified.body.status).toBe("listed");

    const page = await browser.page();
    await signIn(page, STAFF, ["supplier"], "/supplier/products");
    await page.getByRole("heading", { level: 1, name: "我的产品" }).waitFor();
    const list = page.getByTestId("supplier-products");
    const row = list.getByRole("row").filter({ hasText: name });
    await row.getByText("证书将于12天后到期").waitFor();
    await row.getByText("在售").waitFor();
    // Products far from expiry carry no warning.
    const far = list.getByRole("row").filter({ hasText: "夏津黄河故道桑椹干" });
    await far.waitFor();
    expect(await far.getByTestId("expiry-warning").count()).toBe(0);
    await page
      .getByTestId("expiring-summary")
      .getByText(/个产品的认定证书将在30天内到期/)
      .waitFor();
    await settle(page);
    await captureBothSizes(page, "supplier-products");

    await page.getByRole("button", { name: "只看即将到期" }).click();
    await expect.poll(() => list.getByRole("row").filter({ hasText: "夏津黄河故道桑椹干" }).count(), { timeout: WAIT_MS }).toBe(0);
    await row.waitFor();
    expect(page.url()).toContain("filter=expiring");

    await row.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page
      .getByTestId("expiry-alert")
      .getByText(`${name}的扶贫产品认定证书将于${formatCalendar(validUntil, "zh-CN")}到期（还剩12天）`, { exact: false })
      .waitFor();
    await page.getByText(certified.body.certification!.certificateNo).waitFor();
    await page.getByText("夏津县扶贫开发领导小组办公室").waitFor();
    await page.getByText("德州市第一批扶贫产品目录").waitFor();
  });

  it("restocks a product by a delta: the stock shown and the API's move by exactly that delta", async () => {
    const product = await productNamed("夏津黄河故道桑椹干");
    const page = await browser.page();
    await signIn(page, STAFF, ["supplier"], "/supplier/products");
    const row = page.getByTestId("supplier-products").getByRole("row").filter({ hasText: "夏津黄河故道桑椹干" });
    await row.waitFor();
    const before = await apiStock(product.productId);
    await expect.poll(() => row.getByTestId("product-stock").textContent(), { timeout: WAIT_MS }).toBe(String(before));

    const adjust = async (delta: number) => {
      await row.getByRole("button", { name: "调整库存：夏津黄河故道桑椹干" }).click();
      const dialog = page.getByRole("dialog", { name: "调整库存：夏津黄河故道桑椹干" });
      await dialog.getByLabel("增减数量").fill(String(delta));
      return dialog;
    };

    const dialog = await adjust(7);
    await dialog.getByText(`调整后库存（按当前库存计算）：${before + 7}`).waitFor();
    await captureBothSizes(page, "supplier-restock");
    await dialog.getByRole("button", { name: "确认调整" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => row.getByTestId("product-stock").textContent(), { timeout: WAIT_MS }).toBe(String(before + 7));
    expect(await apiStock(product.productId)).toBe(before + 7);

    // A write-off beyond the stock is refused in Chinese, under the field, and changes nothing.
    const tooMuch = await adjust(-(before + 8));
    await tooMuch.getByRole("button", { name: "确认调整" }).click();
    await tooMuch.getByText(`库存不足，无法扣减：当前库存为 ${(before + 7).toLocaleString("en-US")}。`).waitFor();
    expect(await apiStock(product.productId)).toBe(before + 7);
    await tooMuch.getByRole("button", { name: "取消" }).click();
    await tooMuch.waitFor({ state: "hidden" });

    const writeOff = await adjust(-3);
    await writeOff.getByRole("button", { name: "确认调整" }).click();
    await writeOff.waitFor({ state: "hidden" });
    await expect.poll(() => row.getByTestId("product-stock").textContent(), { timeout: WAIT_MS }).toBe(String(before + 4));
    expect(await apiStock(product.productId)).toBe(before + 4);
  });

  it("adds a product, which awaits certification and is not sold; edits its price in 元", async () => {
    const supplier = await xiaoshitang();
    const name = `夏津椹果酒${unique().slice(-4)}`;
    const page = await browser.page();
    await signIn(page, STAFF, ["supplier"], "/supplier/products");
    await page.getByRole("button", { name: "新增产品" }).click();
    await page.getByRole("heading", { level: 1, name: "新增产品" }).waitFor();
    await page.getByLabel("产地村").waitFor();
    await expect
      .poll(
        () =>
          page
            .getByTestId("supplier-village")
            .textContent()
            .catch(() => ""),
        { timeout: WAIT_MS },
      )
      .toContain("小石堂村");
    await page.getByLabel("产品名称").fill(name);
    await page.getByLabel("品类").fill("酒水");
    await page.getByLabel("品类").press("Escape");
    await page.getByLabel("规格单位").fill("500ml/瓶");
    await page.getByLabel("价格（元）").fill("68.5");
    await page.getByLabel("初始库存").fill("50");
    await page.getByLabel("带动脱贫户数").fill("8");
    await page.getByLabel("产品介绍").fill("黄河故道古桑树群的桑椹酿制。\n500毫升装，常温避光保存。");
    await atTop(page);
    await captureBothSizes(page, "supplier-product-new");
    await page.getByRole("button", { name: "提交认定" }).click();

    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByText("尚未认定。", { exact: false }).waitFor();
    await page.getByTestId("product-status").getByText("待认定").waitFor();
    await page.getByText("¥68.50 / 500ml/瓶").waitFor();
    const productId = new URL(page.url()).pathname.split("/").pop()!;
    const own = await api("GET /suppliers/{supplierId}/products", {
      token: await tokenFor(STAFF, "supplier"),
      params: { supplierId: supplier.supplierId },
    });
    expect(own.body.items.find((p) => p.productId === productId)).toMatchObject({
      name,
      status: "pending_certification",
      priceFen: 6850,
      stock: 50,
      category: "酒水",
      description: "黄河故道古桑树群的桑椹酿制。\n500毫升装，常温避光保存。",
    });
    expect((await api("GET /products", { query: { q: name } })).body.items).toEqual([]);
    await page.getByText(/^已提交：/).waitFor({ state: "hidden" });
    await atTop(page);
    await captureBothSizes(page, "supplier-product");

    // A price change in 元 reaches the API as fen, and keeps the product's state.
    await page.getByLabel("价格（元）").fill("72.50");
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.getByText("¥72.50 / 500ml/瓶").waitFor();
    const after = await api("GET /products/{productId}", { token: await tokenFor(STAFF, "supplier"), params: { productId } });
    expect(after.body).toMatchObject({ priceFen: 7250, status: "pending_certification" });

    await page.getByRole("button", { name: "返回我的产品" }).click();
    await page.getByText(/^待认定（\d+）$/).click();
    // The router renders the filter's navigation as a transition: the listed products leave, the new one stays.
    const rows = page.getByTestId("supplier-products").getByRole("row");
    await expect.poll(() => rows.filter({ hasText: "夏津黄河故道桑椹干" }).count(), { timeout: WAIT_MS }).toBe(0);
    await rows.filter({ hasText: name }).getByText("待认定").waitFor();
    expect(new URL(page.url()).searchParams.get("filter")).toBe("pending");
  });

  it("tells an account that is on no supplier's staff whom to ask", async () => {
    const page = await browser.page();
    await signIn(page, `supplier-nobody-${unique()}`, ["supplier"], "/supplier/products");
    await page.getByText("当前账号尚未登记为任何供应商的员工", { exact: false }).waitFor();
  });

  it("does not offer another supplier's product for editing, though it is publicly listed", async () => {
    const theirs = await productNamed("齐河黄河大米");
    const page = await browser.page();
    await signIn(page, STAFF, ["supplier"], `/supplier/products/${theirs.productId}`);
    await page.getByText("该产品不存在，或不属于您所在的供应商。").waitFor();
    expect(await page.getByRole("button", { name: "保存修改" }).count()).toBe(0);
  });
});
