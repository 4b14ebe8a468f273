import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../../packages/core/src/enterprises/credit-code";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api, tokenFor, unique } from "../support/api";
import { createVillage, creditCode } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

/** The same code with another check character: one typing slip in the 18th place. */
function withWrongCheck(code: string): string {
  const right = creditCodeCheckChar(code.slice(0, 17));
  return code.slice(0, 17) + (right === "1" ? "2" : "1");
}

/** The page as a reader first sees it: at the top, no toast left over. */
async function atTop(page: Page) {
  await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
  await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: WAIT_MS }).toBe(0);
}

async function pairingsReport(query: { province?: string; county?: string; enterpriseId?: string }) {
  const res = await api("GET /reports/pairings", { query });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe("an enterprise in the console (千企帮千村)", () => {
  it("registers with a checked credit code, pairs with a village found by search, records help, and ends the pairing", async () => {
    const tag = unique();
    const village = await createVillage({ name: `结对村${tag}`, county: `结对县${tag}`, province: "山东省" });
    const sub = `ent-web-${tag}`;
    const name = `夏津帮扶食品${tag}有限公司`;
    const code = creditCode();
    const page = await browser.page();
    await signIn(page, sub, ["enterprise"], "/enterprise");
    await page.getByRole("heading", { level: 1, name: "我的企业" }).waitFor();
    await page.getByText("本账号还没有登记帮扶企业").waitFor();
    await settle(page);
    await captureBothSizes(page, "enterprise-mine-empty");

    // Registration: the wrong check character is flagged as it is typed, before anything is sent.
    await page.getByRole("button", { name: "登记企业" }).first().click();
    await page.getByRole("heading", { level: 1, name: "登记帮扶企业" }).waitFor();
    await page.getByLabel("企业名称").fill(name);
    const codeBox = page.getByLabel("统一社会信用代码");
    await codeBox.pressSequentially(withWrongCheck(code).toLowerCase());
    await expect.poll(() => codeBox.inputValue()).toBe(withWrongCheck(code));
    const checkError = page.getByText("校验码不符：第 18 位校验码与前 17 位不匹配，请核对是否有字符输错");
    await checkError.waitFor();
    expect(await codeBox.evaluate((el) => el === (globalThis as any).document.activeElement)).toBe(true);
    await page.getByLabel("注册地（省）").fill("山东省");
    await page.getByLabel("注册地（市）").fill("德州市");
    await settle(page);
    await atTop(page);
    await captureBothSizes(page, "enterprise-register-check");
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await checkError.waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/enterprise/register");
    const none = await api("GET /enterprises", { token: await tokenFor(sub, "enterprise") });
    expect(none.body.items).toEqual([]);

    // The right check character is accepted.
    await codeBox.press("End");
    await codeBox.press("Backspace");
    await codeBox.pressSequentially(code.at(-1)!);
    await expect.poll(() => codeBox.inputValue()).toBe(code);
    await page.getByText("校验码正确").waitFor();
    await expect.poll(() => checkError.count()).toBe(0);
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await page.waitForURL(/\/console\/enterprise\/enterprises\/ent_[^/]+$/);
    const enterpriseId = new URL(page.url()).pathname.split("/").at(-1)!;
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByText(code, { exact: true }).waitFor();
    await page.getByText("尚未与村结对").waitFor();
    const mine = await api("GET /enterprises", { token: await tokenFor(sub, "enterprise") });
    expect(mine.body.items.map((e) => [e.enterpriseId, e.creditCode])).toEqual([[enterpriseId, code]]);

    // Pairing: the village found by part of its name within its county.
    await page.getByRole("button", { name: "新建结对" }).first().click();
    await page.getByRole("heading", { level: 1, name: "新建结对" }).waitFor();
    await page.getByLabel("村名或乡镇").fill(`结对村${tag}`);
    await page.getByLabel("所在县（区）").fill(village.county);
    await page.getByRole("button", { name: "查找" }).click();
    const results = page.getByTestId("village-results");
    await results.getByText(village.name, { exact: true }).waitFor();
    await page.getByRole("button", { name: `选择 ${village.name}` }).click();
    await page.getByTestId("chosen-village").getByText(village.name, { exact: false }).waitFor();
    await page.getByRole("checkbox", { name: "产业帮扶" }).check();
    await page.getByRole("checkbox", { name: "就业帮扶" }).check();
    await page.getByLabel("承诺帮扶资金（元）").fill("50,000");
    await settle(page);
    await atTop(page);
    await captureBothSizes(page, "enterprise-new-pairing");
    await page.getByRole("button", { name: "建立结对" }).click();
    await page.waitForURL(/\/console\/enterprise\/pairings\/pair_[^/]+$/);
    const pairingId = new URL(page.url()).pathname.split("/").at(-1)!;
    await page.getByRole("heading", { level: 1, name: `结对台账：${village.name}` }).waitFor();
    const figures = page.getByTestId("pairing-figures");
    await figures.getByTestId("figure-committed").getByText(formatYuan(5_000_000)).waitFor();
    await figures.getByTestId("figure-delivered").getByText(formatYuan(0)).waitFor();
    const pairing = await api("GET /pairings/{pairingId}", { params: { pairingId } });
    expect(pairing.body).toMatchObject({
      enterpriseId,
      villageId: village.villageId,
      supportTypes: ["industry", "employment"],
      committedFen: 5_000_000,
    });

    // A contribution moves the pairing's, the enterprise's and the county's figures by exactly its amount.
    const county = { province: "山东省", county: village.county };
    const [countyBefore, provinceBefore, platformBefore] = await Promise.all([
      pairingsReport(county),
      pairingsReport({ province: "山东省" }),
      pairingsReport({}),
    ]);
    await page.getByLabel("帮扶类型").click();
    await page.locator(".ant-select-item-option", { hasText: "就业帮扶" }).first().click();
    await page.getByLabel("投入金额（元）").fill("12,345.67");
    await page.getByLabel("帮扶人数").fill("8");
    const projects = page.getByLabel("帮扶项目（可选）");
    await projects.fill("桑椹采摘务工");
    await projects.press("Enter");
    await page.getByLabel("备注（可选）").fill("采摘季工资");
    await page.getByRole("button", { name: "记入台账" }).click();
    await page.getByText(`已记入台账：${formatYuan(1_234_567)}`).waitFor();
    const ledger = page.getByTestId("ledger");
    await ledger.getByRole("cell", { name: formatYuan(1_234_567) }).waitFor();
    await ledger.getByRole("cell", { name: "桑椹采摘务工" }).waitFor();
    await figures.getByTestId("figure-delivered").getByText(formatYuan(1_234_567)).waitFor();
    await figures.getByTestId("figure-peopleHelped").getByText("8").waitFor();

    const [countyAfter, provinceAfter, platformAfter, own] = await Promise.all([
      pairingsReport(county),
      pairingsReport({ province: "山东省" }),
      pairingsReport({}),
      pairingsReport({ enterpriseId }),
    ]);
    for (const [before, after] of [
      [countyBefore, countyAfter],
      [provinceBefore, provinceAfter],
      [platformBefore, platformAfter],
    ] as const) {
      expect(after.deliveredFen - before.deliveredFen).toBe(1_234_567);
      expect(after.peopleHelped - before.peopleHelped).toBe(8);
      expect(after.contributions - before.contributions).toBe(1);
      expect(after.committedFen).toBe(before.committedFen);
    }
    expect(own).toMatchObject({
      villages: 1,
      pairings: 1,
      activePairings: 1,
      committedFen: 5_000_000,
      deliveredFen: 1_234_567,
      peopleHelped: 8,
    });
    await settle(page);
    await atTop(page);
    await captureBothSizes(page, "enterprise-pairing");

    // The enterprise's page shows the same totals.
    await page.getByRole("link", { name: `← ${name}` }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const totals = page.getByTestId("enterprise-figures");
    await totals.getByTestId("figure-delivered").getByText(formatYuan(1_234_567)).waitFor();
    await totals.getByTestId("figure-committed").getByText(formatYuan(5_000_000)).waitFor();
    await page
      .getByTestId("pairings-table")
      .getByRole("link", { name: `${village.name} 的台账` })
      .first()
      .waitFor();
    await settle(page);
    await atTop(page);
    await captureBothSizes(page, "enterprise-detail");

    // Ending the pairing asks first; keeping it changes nothing.
    await page
      .getByTestId("pairings-table")
      .getByRole("link", { name: `${village.name} 的台账` })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: `结对台账：${village.name}` }).waitFor();
    await page.getByRole("button", { name: "结束结对" }).click();
    const dialog = page.getByRole("dialog", { name: `结束与 ${village.name} 的结对？` });
    await dialog.getByText("结束后不能再为该结对记录帮扶投入").waitFor();
    await dialog.getByRole("button", { name: "暂不结束" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await api("GET /pairings/{pairingId}", { params: { pairingId } })).body.status).toBe("active");
    await page.getByRole("button", { name: "结束结对" }).click();
    await dialog.waitFor();
    await captureBothSizes(page, "enterprise-end-pairing");
    await dialog.getByRole("button", { name: "确认结束" }).click();
    await page.getByText("结对已结束").first().waitFor();
    await page.getByTestId("pairing-status").getByText("已结束").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "记入台账" }).count()).toBe(0);
    const ended = await api("GET /pairings/{pairingId}", { params: { pairingId } });
    expect(ended.body).toMatchObject({ status: "ended", deliveredFen: 1_234_567 });
    expect((await pairingsReport({ enterpriseId })).activePairings).toBe(0);

    await page.goto(consoleUrl("/enterprise"));
    const card = page.getByTestId("enterprise-card").filter({ hasText: name });
    await card.getByTestId("figure-delivered").getByText(formatYuan(1_234_567)).waitFor();
    await settle(page);
    await atTop(page);
    await captureBothSizes(page, "enterprise-mine");
  });

  it("shows another enterprise's pairing read-only to an enterprise account that does not manage it", async () => {
    const owner = `ent-owner-${unique()}`;
    const token = await tokenFor(owner, "enterprise");
    const enterprise = await api("POST /enterprises", {
      token,
      body: { name: `齐河帮扶${unique()}有限公司`, creditCode: creditCode(), province: "山东省", city: "德州市" },
    });
    expect(enterprise.status, enterprise.text).toBe(201);
    const village = await createVillage();
    const pairing = await api("POST /pairings", {
      token,
      body: {
        enterpriseId: enterprise.body.enterpriseId,
        villageId: village.villageId,
        supportTypes: ["trade"],
        committedFen: 100_000,
        startedOn: "2026-01-01",
      },
    });
    expect(pairing.status, pairing.text).toBe(201);

    const page = await browser.page();
    await signIn(page, `ent-stranger-${unique()}`, ["enterprise"], `/enterprise/pairings/${pairing.body.pairingId}`);
    await page.getByRole("heading", { level: 1, name: `结对台账：${village.name}` }).waitFor();
    await page.getByText(`该结对由 ${enterprise.body.name} 的账号管理`, { exact: false }).waitFor();
    await settle(page);
    expect(await page.getByRole("button", { name: "记入台账" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "结束结对" }).count()).toBe(0);
    // Nor is it among the stranger's enterprises.
    await page.goto(consoleUrl("/enterprise"));
    await page.getByText("本账号还没有登记帮扶企业").waitFor({ timeout: WAIT_MS });
  });
});
