import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { api, unique } from "../support/api";
import { createVillage, residentId, residentIdBornOn, staffToken } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";
import { monitoredHousehold, testCounty, today } from "./support/monitoring";

const browser = useBrowser();

const yuan = (n: number) => n * 100;
const masked = (id: string) => `${id.slice(0, 3)}***********${id.slice(14)}`;

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

/** Picks an option of an antd Select by its visible text (again until it shows: a searched list may be replaced under the click). */
async function choose(page: Page, label: string, option: string, search?: string) {
  const box = page.getByLabel(label, { exact: true });
  const field = page.locator(".ant-form-item", { has: box });
  await expect
    .poll(
      async () => {
        if (((await field.textContent()) ?? "").includes(option)) return true;
        await box.click();
        if (search) await box.fill(search);
        await page
          .locator(".ant-select-item-option", { hasText: option })
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        return ((await field.textContent()) ?? "").includes(option);
      },
      { timeout: WAIT_MS, interval: 250 },
    )
    .toBe(true);
}

/** A county of its own (so nothing another test does shows up), with two villages of one township. */
async function county() {
  const name = `夏津县${unique()}`;
  const village = await createVillage({ name: "小石堂村", county: name, township: "苏留庄镇", province: "山东省", city: "德州市" });
  const other = await createVillage({ name: "后屯村", county: name, township: "苏留庄镇", province: "山东省", city: "德州市" });
  const area = { province: "山东省", city: "德州市", county: name, township: "苏留庄镇" };
  const sub = `clerk-slz-${unique()}`;
  return { name, village, other, area, sub, token: await staffToken(sub, ["clerk"], area) };
}

describe("the household page, as a township clerk works with it", () => {
  it("lists the township's households by village and status, and shows one with its members masked, its incomes and its history", async () => {
    const c = await county();
    const ids = { head: residentIdBornOn("19580312"), spouse: residentIdBornOn("19750704"), child: residentIdBornOn("20130901") };
    const registered = await api("POST /households", {
      token: c.token,
      body: {
        villageId: c.village.villageId,
        address: "三组 12 号",
        headName: "杨光明",
        idNumber: ids.head,
        category: "marginal_at_risk",
        perCapitaIncomeFen: yuan(7200),
        incomeYear: 2024,
        members: [
          { name: "杨光明", relation: "head", idNumber: ids.head, health: "chronic_illness", disability: "grade_2" },
          { name: "李秀英", relation: "spouse", idNumber: ids.spouse, health: "serious_illness", dibao: true },
          { name: "杨小雨", relation: "child", idNumber: ids.child, schoolStatus: "compulsory" },
        ],
      },
    });
    expect(registered.status, registered.text).toBe(201);
    const householdId = registered.body.householdId;
    const patched = await api("PATCH /households/{householdId}", {
      token: c.token,
      params: { householdId },
      body: { reason: "入户核实2025年收入", income: { year: 2025, perCapitaIncomeFen: yuan(5800) } },
    });
    expect(patched.status, patched.text).toBe(200);
    const elsewhere = await api("POST /households", {
      token: c.token,
      body: {
        villageId: c.other.villageId,
        headName: "王德海",
        idNumber: residentId(),
        category: "sudden_hardship",
        perCapitaIncomeFen: yuan(9000),
        incomeYear: 2025,
        members: 2,
      },
    });
    expect(elsewhere.status, elsewhere.text).toBe(201);
    const settings = await api("PUT /monitoring/settings/{county}", {
      token: await staffToken(`clerk-county-${unique()}`, ["clerk"], { province: "山东省", city: "德州市", county: c.name }),
      params: { county: c.name },
      body: {
        incomeLines: [
          { year: 2025, lineFen: yuan(6500) },
          { year: 2024, lineFen: yuan(6300) },
        ],
      },
    });
    expect(settings.status, settings.text).toBe(200);

    const page = await browser.page();
    await signIn(page, c.sub, ["clerk"], "/monitoring/households", c.area);
    await expect.poll(() => page.getByTestId("account-area").textContent()).toBe(`山东省德州市${c.name}苏留庄镇`);
    await page.getByRole("heading", { level: 1, name: "监测农户台账" }).waitFor();
    await settle(page);
    const list = page.getByTestId("household-list");
    await list.getByText("杨光明").waitFor();
    await list.getByText("王德海").waitFor();
    // By village: only that village's household.
    await choose(page, "村", "后屯村");
    await expect.poll(() => list.textContent()).not.toContain("杨光明");
    await list.getByText("王德海").waitFor();
    await choose(page, "村", "小石堂村");
    await list.getByText("杨光明").waitFor();
    await expect.poll(() => list.textContent()).not.toContain("王德海");
    await captureBothSizes(page, "monitoring-households");

    await list.getByRole("link", { name: "杨光明" }).click();
    await page.waitForURL(new RegExp(`/console/monitoring/households/${householdId}$`));
    await page.getByRole("heading", { level: 1, name: "杨光明户" }).waitFor();
    await expect.poll(() => page.getByTestId("household-status").textContent()).toBe("已登记");
    const facts = page.getByTestId("household-facts");
    await expect.poll(() => facts.getByTestId("masked-id").textContent()).toBe(masked(ids.head));
    await facts.getByText(`山东省德州市${c.name}苏留庄镇小石堂村 三组 12 号`).waitFor();
    await facts.getByText("边缘易致贫户").waitFor();
    const members = page.getByTestId("household-members");
    await expect.poll(() => members.getByTestId("member-id").allTextContents()).toEqual([ids.head, ids.spouse, ids.child].map(masked));
    const spouse = members.locator(".ant-list-item", { hasText: "李秀英" });
    for (const text of ["配偶", "患有大病", "低保对象", "劳动年龄（16–59岁）"]) await spouse.getByText(text, { exact: true }).waitFor();
    const head = members.locator(".ant-list-item", { hasText: "杨光明" });
    for (const text of ["户主", "60岁及以上", "长期慢性病", "二级残疾"]) await head.getByText(text, { exact: true }).waitFor();
    const child = members.locator(".ant-list-item", { hasText: "杨小雨" });
    for (const text of ["子女", "义务教育阶段（6–15岁）", "义务教育在校"]) await child.getByText(text, { exact: true }).waitFor();
    // Each year's income against that year's monitoring line.
    const incomes = page.getByTestId("household-incomes");
    await expect.poll(() => incomes.locator('[data-year="2025"]').textContent()).toBe("2025 年¥5,800.00低于监测线 ¥6,500.00");
    await expect.poll(() => incomes.locator('[data-year="2024"]').textContent()).toBe("2024 年¥7,200.00高于监测线 ¥6,300.00");
    const history = page.getByTestId("household-history");
    await history.locator('[data-version="2"]').getByText("原因：入户核实2025年收入").waitFor();
    await history.locator('[data-version="2"]').getByText(c.sub, { exact: false }).waitFor();
    await history.locator('[data-version="1"]').getByText("登记", { exact: true }).waitFor();
    // Not one full resident id anywhere on the page.
    const html = await page.content();
    for (const id of Object.values(ids)) expect(html).not.toContain(id);
    await toTop(page);
    await captureBothSizes(page, "monitoring-household");
  });

  it("changes the record only with a reason, and keeps the change as a new version with who and why", async () => {
    const c = await county();
    const registered = await api("POST /households", {
      token: c.token,
      body: {
        villageId: c.village.villageId,
        headName: "赵春生",
        idNumber: residentId(),
        category: "unstable_out_of_poverty",
        perCapitaIncomeFen: yuan(8000),
        incomeYear: 2025,
        members: 4,
      },
    });
    expect(registered.status, registered.text).toBe(201);
    const householdId = registered.body.householdId;
    const page = await browser.page();
    await signIn(page, c.sub, ["clerk"], `/monitoring/households/${householdId}`, c.area);
    await page.getByRole("button", { name: "修改登记信息" }).click();
    await page.getByRole("heading", { level: 1, name: "修改登记信息：赵春生户" }).waitFor();
    await page.getByRole("radio", { name: "突发严重困难户" }).check();
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.getByText("请填写修改原因").waitFor();
    await page.getByLabel("修改原因").fill("户主突发重病，经村委会核实调整类别");
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.waitForURL(new RegExp(`/console/monitoring/households/${householdId}$`));
    await page.getByTestId("household-facts").getByText("突发严重困难户").waitFor();
    const v2 = page.getByTestId("household-history").locator('[data-version="2"]');
    await v2.getByText("监测类别").waitFor();
    await v2.getByText("原因：户主突发重病，经村委会核实调整类别").waitFor();
    const versions = await api("GET /households/{householdId}/versions", { token: c.token, params: { householdId } });
    expect(versions.body.items[0]).toMatchObject({
      version: 2,
      by: c.sub,
      reason: "户主突发重病，经村委会核实调整类别",
      changed: ["category"],
    });
  });

  it("registers a household member by member, checking each resident id as it is typed", async () => {
    const c = await county();
    const ids = { head: residentIdBornOn("19700105"), child: residentIdBornOn("20100620") };
    const page = await browser.page();
    await signIn(page, c.sub, ["clerk"], "/monitoring/households/new", c.area);
    await page.getByRole("heading", { level: 1, name: "登记农户" }).waitFor();
    await choose(page, "所在村", "苏留庄镇小石堂村", "小石堂");
    await page.getByRole("radio", { name: "脱贫不稳定户" }).check();
    await page.getByLabel("家庭人均年收入（元）").fill("6,100");
    await page.getByLabel("户主姓名").fill("孙立新");
    const headId = page.getByLabel("户主身份证号");
    await headId.fill(ids.head.slice(0, 12));
    await page.getByText("身份证号应为 18 位（已输入 12 位）").waitFor();
    await headId.fill(ids.head);
    await choose(page, "户主健康状况", "长期慢性病");
    await page.getByRole("button", { name: "添加家庭成员" }).click();
    await page.getByLabel("成员2姓名").fill("孙佳怡");
    await choose(page, "成员2与户主关系", "子女");
    await page.getByLabel("成员2身份证号").fill(ids.child);
    await choose(page, "成员2在校情况", "义务教育在校");
    await page.getByLabel("成员2为低保对象").check();
    await toTop(page);
    await captureBothSizes(page, "monitoring-register");
    await page.getByRole("button", { name: "登记农户" }).last().click();
    await page.getByRole("heading", { level: 1, name: "孙立新户" }).waitFor();
    const householdId = page.url().split("/").at(-1)!;
    const members = page.getByTestId("household-members");
    await expect.poll(() => members.getByTestId("member-id").allTextContents()).toEqual([masked(ids.head), masked(ids.child)]);
    const stored = await api("GET /households/{householdId}", { token: c.token, params: { householdId } });
    expect(stored.body).toMatchObject({
      headName: "孙立新",
      members: 2,
      category: "unstable_out_of_poverty",
      perCapitaIncomeFen: yuan(6100),
    });
    expect(stored.body.people.map((p) => [p.name, p.relation, p.health, p.schoolStatus, p.dibao])).toEqual([
      ["孙立新", "head", "chronic_illness", "not_applicable", false],
      ["孙佳怡", "child", "healthy", "compulsory", true],
    ]);
  });

  it("answers another county's clerk as if the household did not exist", async () => {
    const c = await county();
    const registered = await api("POST /households", {
      token: c.token,
      body: {
        villageId: c.village.villageId,
        headName: "钱守义",
        idNumber: residentId(),
        category: "marginal_at_risk",
        perCapitaIncomeFen: yuan(6000),
        incomeYear: 2025,
        members: 3,
      },
    });
    expect(registered.status, registered.text).toBe(201);
    const page = await browser.page();
    await signIn(page, `clerk-jk-${unique()}`, ["clerk"], `/monitoring/households/${registered.body.householdId}`, { county: "江口县" });
    await page.getByRole("alert").getByText("未找到该农户", { exact: false }).waitFor();
    expect(await page.getByText("钱守义").count()).toBe(0);
    await page.goto(consoleUrl("/monitoring/households"));
    await settle(page);
    expect(await page.getByText("钱守义").count()).toBe(0);
  });

  it("records a support measure for a monitored household, in 元 a month, and ends it with the reason", async () => {
    const t = await testCounty();
    const household = await monitoredHousehold(t, "周长顺");
    const sub = `clerk-slz-${unique()}`;
    const page = await browser.page();
    await signIn(page, sub, ["clerk"], `/monitoring/households/${household.householdId}`, t.township);
    await expect.poll(() => page.getByTestId("household-status").textContent()).toBe("监测对象");
    await page.getByTestId("household-periods").getByText("起监测至今", { exact: false }).waitFor();
    const measures = page.getByTestId("household-measures");
    await measures.getByText("尚无帮扶措施", { exact: false }).waitFor();
    await measures.getByRole("button", { name: "添加帮扶措施" }).click();
    await choose(page, "措施类型", "公益岗位");
    await page.getByLabel("措施内容").fill("护林员岗位");
    await page.getByLabel("金额（元）").fill("500");
    await choose(page, "发放周期", "每月");
    await page.getByLabel("帮扶责任人").fill("李红梅");
    await page.getByRole("button", { name: "保存措施" }).click();
    const item = measures.locator('[data-measure-kind="public_welfare_post"]');
    await item.getByText("¥500.00 / 月").waitFor();
    await expect.poll(() => item.getByTestId("measure-status").textContent()).toBe("实施中");
    await item.getByText("帮扶责任人：李红梅").waitFor();
    await toTop(page);
    await captureBothSizes(page, "monitoring-household-measures");
    await item.getByRole("button", { name: "结束措施（公益岗位）" }).click();
    await item.getByLabel("公益岗位结束原因").fill("已在县城稳定就业");
    await item.getByRole("button", { name: "确认结束" }).click();
    await expect.poll(() => item.getByTestId("measure-status").textContent()).toBe("已结束");
    await item.getByText("结束原因：已在县城稳定就业", { exact: false }).waitFor();
    const stored = await api("GET /households/{householdId}/measures", { token: t.clerk, params: { householdId: household.householdId } });
    expect(stored.body.items).toMatchObject([
      {
        kind: "public_welfare_post",
        content: "护林员岗位",
        amountFen: yuan(500),
        period: "monthly",
        startOn: today,
        endOn: today,
        responsibleCadre: "李红梅",
        status: "ended",
        ended: { reason: "已在县城稳定就业", by: sub },
      },
    ]);
  });

  it("keeps the claims pages working for a clerk bound to a county", async () => {
    const t = await testCounty();
    const household = await monitoredHousehold(t, "韩金山");
    const page = await browser.page();
    await signIn(page, `clerk-county-web-${unique()}`, ["clerk"], "/claims", t.place);
    await page.getByRole("heading", { level: 1, name: "防贫申请工作台" }).waitFor();
    await settle(page);
    expect(await page.locator(".ant-alert-error").count()).toBe(0);
    // The claim form finds the county's household by its id.
    await page.goto(consoleUrl(`/claims/new?householdId=${household.householdId}`));
    await page.getByTestId("claim-household").getByText("韩金山").waitFor();
    // The claims area's registration searches the clerk's own county's villages.
    await page.goto(consoleUrl("/households/new"));
    await choose(page, "所在村", "小石堂村", "小石堂");
  });
});
