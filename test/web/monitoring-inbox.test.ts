import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { api, unique } from "../support/api";
import { createVillage, residentId, staffToken } from "../support/fixtures";
import { captureBothSizes, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

const yuan = (n: number) => n * 100;
const today = chinaToday();

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

const leadRow = (page: Page, name: string) => page.getByTestId("lead-list").locator("[data-lead-id]", { hasText: name });

/**
 * A county of its own: two villages of 苏留庄镇 and one of another township, its rules (Xi'an's
 * medical-cost thresholds: 10,000 yuan for low-income households, 26,000 for others), a county
 * clerk and a 苏留庄镇 clerk.
 */
async function county() {
  const name = `夏津县${unique()}`;
  const place = { province: "山东省", city: "德州市", county: name };
  const village = await createVillage({ ...place, name: "小石堂村", township: "苏留庄镇" });
  const other = await createVillage({ ...place, name: "后屯村", township: "苏留庄镇" });
  const elsewhere = await createVillage({ ...place, name: "前屯村", township: "双庙镇" });
  const countyClerk = await staffToken(`clerk-county-${unique()}`, ["clerk"], place);
  const township = { ...place, township: "苏留庄镇" };
  const sub = `clerk-slz-${unique()}`;
  const token = await staffToken(sub, ["clerk"], township);
  const settings = await api("PUT /monitoring/settings/{county}", {
    token: countyClerk,
    params: { county: name },
    body: {
      incomeLines: [{ year: 2025, lineFen: yuan(6500) }],
      earlyWarning: [{ kind: "medical_cost", threshold: { type: "absolute", lowIncomeFen: yuan(10_000), otherFen: yuan(26_000) } }],
    },
  });
  expect(settings.status, settings.text).toBe(200);
  return { name, village, other, elsewhere, countyClerk, township, sub, token };
}

async function household(token: string, villageId: string, headName: string, idNumber = residentId()) {
  const res = await api("POST /households", {
    token,
    body: { villageId, headName, idNumber, category: "marginal_at_risk", perCapitaIncomeFen: yuan(7000), incomeYear: 2025, members: 3 },
  });
  expect(res.status, res.text).toBe(201);
  return { ...res.body, idNumber };
}

async function lead(token: string, householdId: string, source: "cadre_visit" | "self_report", reportedOn: string, description: string) {
  const res = await api("POST /risk-leads", { token, body: { householdId, source, reportedOn, description } });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe("the township's inbox of risk leads", () => {
  it("lists the township's unresolved leads soonest due first, the overdue in red, and dismisses one with the reason", async () => {
    const c = await county();
    const yang = await household(c.countyClerk, c.village.villageId, "杨光明");
    const wang = await household(c.countyClerk, c.other.villageId, "王德海");
    const zhao = await household(c.countyClerk, c.elsewhere.villageId, "赵大山");
    const sun = await household(c.countyClerk, c.village.villageId, "孙立新");
    // 20 days ago with a 15-day deadline: 5 days overdue.
    const overdue = await lead(
      c.countyClerk,
      yang.householdId,
      "cadre_visit",
      shiftDays(today, -20),
      "户主腰椎手术后无法务工，家庭收入骤减",
    );
    const fresh = await lead(c.countyClerk, wang.householdId, "self_report", shiftDays(today, -3), "农户自述今年玉米受灾减产");
    await lead(c.countyClerk, zhao.householdId, "cadre_visit", shiftDays(today, -1), "另一乡镇的线索");
    expect(overdue).toMatchObject({ overdue: true, dueOn: shiftDays(today, -5) });
    // A 医保 batch raises one for 孙立新: 32,000 yuan out of pocket, over the 26,000 for households not low-income.
    const batch = await api("POST /department-batches", {
      token: c.countyClerk,
      body: { source: "medical_insurance", year: 2025, rows: [{ idNumber: sun.idNumber, medicalCostFen: yuan(32_000), kind: "住院" }] },
    });
    expect(batch.status, batch.text).toBe(201);
    expect(batch.body.leadsRaised).toBe(1);

    const page = await browser.page();
    await signIn(page, c.sub, ["clerk"], "/monitoring/inbox", c.township);
    await page.getByRole("heading", { level: 1, name: "苏留庄镇待办预警线索" }).waitFor();
    await settle(page);
    const rows = page.getByTestId("lead-list").locator("[data-lead-id]");
    await expect.poll(() => rows.count()).toBe(3);
    // Soonest due first: the overdue one, then 孙立新's (raised today, due in 15 days) after 王德海's (due in 12).
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-lead-id")))).toEqual([
      overdue.leadId,
      fresh.leadId,
      batch.body.leads[0],
    ]);
    expect(await page.getByTestId("lead-list").textContent()).not.toContain("赵大山");
    const yangRow = leadRow(page, "杨光明");
    expect(await yangRow.getAttribute("data-overdue")).toBe("true");
    await expect.poll(() => yangRow.getByTestId("lead-due").textContent()).toBe("已逾期 5 天");
    await expect.poll(() => yangRow.getByTestId("lead-source").textContent()).toBe("干部走访排查");
    const wangRow = leadRow(page, "王德海");
    expect(await wangRow.getAttribute("data-overdue")).toBe("false");
    await expect.poll(() => wangRow.getByTestId("lead-due").textContent()).toContain("剩 12 天");
    const sunRow = leadRow(page, "孙立新");
    await expect.poll(() => sunRow.getByTestId("lead-source").textContent()).toBe("医保部门预警");
    await sunRow.getByText("自付医疗费用 ¥32,000.00，超过预警线 ¥26,000.00", { exact: false }).waitFor();
    // The red of an overdue lead is visible, not only a word.
    expect(
      await yangRow.evaluate(
        (el) =>
          (globalThis as unknown as { getComputedStyle: (e: unknown) => { backgroundColor: string } }).getComputedStyle(el).backgroundColor,
      ),
    ).toBe("rgb(255, 241, 240)");
    await toTop(page);
    await captureBothSizes(page, "monitoring-inbox");

    await page.getByText("只看逾期").click();
    await expect.poll(() => rows.count()).toBe(1);
    await leadRow(page, "杨光明").waitFor();
    await page.getByText("只看逾期").click();
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByRole("button", { name: "排除王德海户的线索" }).click();
    await page.getByRole("button", { name: "确认排除" }).click();
    await page.getByText("请填写排除原因").waitFor();
    await page.getByLabel("排除王德海户线索的原因").fill("入户核实，受灾面积小，已获农业保险理赔，家庭收入稳定");
    await page.getByRole("button", { name: "确认排除" }).click();
    await expect.poll(() => rows.count()).toBe(2);
    const dismissed = await api("GET /risk-leads/{leadId}", { token: c.token, params: { leadId: fresh.leadId } });
    expect(dismissed.body).toMatchObject({
      status: "dismissed",
      resolution: { outcome: "dismissed", by: c.sub, note: "入户核实，受灾面积小，已获农业保险理赔，家庭收入稳定" },
    });
    await page.locator("label.ant-radio-button-wrapper", { hasText: "已排除" }).click();
    await leadRow(page, "王德海").waitFor();
  });

  it("starts an identification from a lead, and the one who started it may not take its next step", async () => {
    const c = await county();
    const yang = await household(c.countyClerk, c.village.villageId, "杨光明");
    const raised = await lead(c.countyClerk, yang.householdId, "cadre_visit", shiftDays(today, -2), "户主突发脑梗住院");
    const page = await browser.page();
    await signIn(page, c.sub, ["clerk"], "/monitoring/inbox", c.township);
    await page.getByRole("button", { name: "为杨光明户启动识别" }).click();
    await page.getByRole("heading", { level: 1, name: "监测对象识别：杨光明户" }).waitFor();
    await expect.poll(() => page.getByTestId("assessment-page-status").textContent()).toBe("待入户核实");
    // Separation of duties, in the platform's own Chinese words.
    await expect
      .poll(() => page.getByTestId("step-blocked").textContent())
      .toBe(
        "按岗位分离要求，同一研判的各环节须由不同人员办理：您已办理本研判的「启动研判」环节，不能再办理「入户核实」环节，请由其他工作人员办理。",
      );
    expect(await page.getByRole("button", { name: "提交入户核实" }).count()).toBe(0);
    const lead2 = await api("GET /risk-leads/{leadId}", { token: c.token, params: { leadId: raised.leadId } });
    expect(lead2.body).toMatchObject({ status: "assessing" });
    const hh = await api("GET /households/{householdId}", { token: c.token, params: { householdId: yang.householdId } });
    expect(hh.body.status).toBe("identifying");
  });
});

describe("a department's batch, uploaded as its CSV file", () => {
  it("matches rows to households, raises a lead over the threshold and none under it, and names bad rows by number only", async () => {
    const c = await county();
    const over = await household(c.countyClerk, c.village.villageId, "周长顺");
    const under = await household(c.countyClerk, c.other.villageId, "吴秀兰");
    const stranger = residentId();
    const bad = `${residentId().slice(0, 17)}Y`;
    const csv = [
      "身份证号,姓名,自付医疗费用(元),年度,类型",
      `${over.idNumber},周长顺,"32,000.00",2025,住院`,
      `${under.idNumber},吴秀兰,8000,2025,门诊慢特病`,
      `${stranger},某某,50000,2025,住院`,
      `${bad},某某,40000,2025,住院`,
    ].join("\n");
    const page = await browser.page();
    await signIn(page, `clerk-county-web-${unique()}`, ["clerk"], "/monitoring/batches", {
      province: "山东省",
      city: "德州市",
      county: c.name,
    });
    await page.getByRole("heading", { level: 1, name: "部门数据导入" }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "医保大额自付-2025.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await expect.poll(() => page.getByTestId("batch-file").textContent()).toBe("医保大额自付-2025.csv（4 行数据）");
    await page.getByRole("button", { name: "导入并预警" }).click();
    const result = page.getByTestId("batch-result");
    await result.waitFor();
    const figure = (key: string) => result.getByTestId(`batch-${key}`).locator(".ant-statistic-content").textContent();
    await expect.poll(() => figure("rows")).toBe("4");
    await expect.poll(() => figure("matched")).toBe("2");
    await expect.poll(() => figure("unmatched")).toBe("1");
    await expect.poll(() => figure("invalidRows")).toBe("1");
    await expect.poll(() => figure("leadsRaised")).toBe("1");
    await expect.poll(() => figure("belowThreshold")).toBe("1");
    const invalid = result.getByTestId("batch-invalid");
    await invalid.getByText("第 4 行（文件第 5 行）").waitFor();
    await invalid.getByText("身份证号无效").waitFor();
    await result.getByText("以下行未匹配到本县登记的农户：第 3 行").waitFor();
    await result.getByText("未读取的列：姓名").waitFor();
    // No resident id of the file anywhere on the page.
    const html = await page.content();
    for (const id of [over.idNumber, under.idNumber, stranger, bad]) expect(html).not.toContain(id);
    await toTop(page);
    await captureBothSizes(page, "monitoring-batch");

    const leads = await api("GET /risk-leads", { token: c.countyClerk, query: { source: "medical_insurance" } });
    expect(leads.body.items.map((l) => [l.headName, l.facts.medicalCostFen, l.facts.thresholdFen])).toEqual([
      ["周长顺", yuan(32_000), yuan(26_000)],
    ]);
    await result.getByRole("link", { name: "到待办线索查看新生成的 1 条线索" }).click();
    await page.getByRole("heading", { level: 1, name: "待办预警线索" }).waitFor();
    await expect.poll(() => leadRow(page, "周长顺").getByTestId("lead-source").textContent(), { timeout: WAIT_MS }).toBe("医保部门预警");
  });
});
