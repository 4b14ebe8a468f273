import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chinaToday } from "@fupin/core/platform/clock";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api, unique } from "../support/api";
import { adminToken, countyOf, createVillage, householdInput, residentId, staffToken } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

const yuan = (n: number) => n * 100;
/** The schemes here cover this year, so that today (China time) is a covered incident date. */
const today = chinaToday();
const year = Number(today.slice(0, 4));

/** Jiangkou-like relief: two bands above a 3,000-yuan deductible, a 30,000-yuan per-claim cap, 50,000 a household a year. */
const jiangkouIllness = {
  deductibleFen: yuan(3000),
  tiers: [
    { upToFen: yuan(20_000), ratioBps: 5000 },
    { upToFen: null, ratioBps: 7000 },
  ],
  perClaimCapFen: yuan(30_000),
  perHouseholdYearCapFen: yuan(50_000),
};

/** A fresh county with a village and a relief scheme whose pool holds `poolFen`; its staff act in `area` (DESIGN 16). */
async function county(poolFen: number) {
  const admin = await adminToken();
  const village = await createVillage();
  const schemeId = `web-${unique()}`;
  const name = `${village.county}防贫救助基金`;
  const put = await api("PUT /schemes/{schemeId}", {
    token: admin,
    params: { schemeId },
    body: {
      kind: "relief",
      name,
      county: village.county,
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"],
      rules: { illness: jiangkouIllness },
    },
  });
  expect(put.status, put.text).toBe(200);
  const top = await api("POST /schemes/{schemeId}/top-ups", {
    token: admin,
    params: { schemeId },
    body: { amountFen: poolFen, source: "县财政预算", note: "防贫救助基金" },
  });
  expect(top.status, top.text).toBe(201);
  return { village, schemeId, name, admin, area: countyOf(village) };
}

async function poolOf(schemeId: string): Promise<number> {
  const res = await api("GET /schemes/{schemeId}", { token: await adminToken(), params: { schemeId } });
  expect(res.status, res.text).toBe(200);
  return res.body.poolBalanceFen;
}

/** Picks an option of an antd Select by its visible text. */
async function choose(page: Page, label: string, option: string, search?: string) {
  const box = page.getByLabel(label, { exact: true });
  const field = page.locator(".ant-form-item", { has: box });
  // A searched select replaces its options when the search's answer arrives: a click that lands on
  // the list being replaced selects nothing. Choose again until the field shows the option.
  await expect
    .poll(
      async () => {
        if ((await field.innerText()).includes(option)) return true;
        await box.click();
        if (search) await box.fill(search);
        await page
          .locator(".ant-select-item-option", { hasText: option })
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        return (await field.innerText()).includes(option);
      },
      { timeout: WAIT_MS, interval: 250 },
    )
    .toBe(true);
}

/** Fills the claim form's payout-relevant fields. */
async function fillClaim(page: Page, schemeName: string, totalYuan: string, reimbursedYuan: string) {
  await choose(page, "防贫方案", schemeName);
  await page.getByRole("radio", { name: "因病" }).check();
  const date = page.getByLabel("事发日期");
  await date.click();
  await date.fill(today);
  await date.press("Enter");
  await page.getByLabel("合规总费用（元）").fill(totalYuan);
  await page.getByLabel("已报销金额（元）").fill(reimbursedYuan);
}

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

/** Confirms the open confirmation dialog with its button named `ok`. */
async function confirmDialog(page: Page, ok: string) {
  const dialog = page.locator(".ant-modal-confirm");
  await dialog.getByRole("button", { name: ok }).click();
  await dialog.waitFor({ state: "detached" });
}

const statusOf = (page: Page) => page.getByTestId("claim-page-status").textContent();

/**
 * The acceptance, one claim from registration to payment, as the people who handle it
 * would: each step a test of its own (each signs in afresh), in order, sharing the claim.
 */
describe("one claim through the console, from the household's registration to its payment", () => {
  const story = {} as {
    c: Awaited<ReturnType<typeof county>>;
    submitter: string;
    reviewer: string;
    approver: string;
    householdId: string;
    claimId: string;
  };
  const claimId = () => {
    expect(story.claimId, "an earlier step did not file the claim").toBeDefined();
    return story.claimId;
  };

  it("1. a clerk registers the household: the resident id is checked as typed, then only ever shown masked", async () => {
    story.c = await county(yuan(200_000));
    story.submitter = `clerk-web-${unique()}`;
    const { c } = story;
    const idNumber = residentId();
    const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === "0" ? "1" : "0");
    const page = await browser.page();
    await signIn(page, story.submitter, ["clerk"], "/households/new", c.area);
    await page.getByRole("heading", { level: 1, name: "登记监测农户" }).waitFor();
    await choose(page, "所在村", c.village.name, c.village.name);
    await page.getByLabel("户主姓名").fill("杨光明");
    const id = page.getByLabel("户主身份证号");
    await id.fill(idNumber.slice(0, 10));
    await page.getByText("身份证号应为 18 位（已输入 10 位）").waitFor();
    await id.fill(wrongCheck);
    await page.getByText("校验位不符，请核对是否有数字输错").waitFor();
    await page.getByLabel("家庭人口数").fill("5");
    await page.getByRole("radio", { name: "突发严重困难户" }).check();
    await page.getByLabel("家庭人均年收入（元）").fill("3,600");
    await toTop(page);
    await captureBothSizes(page, "claims-household");
    await id.fill(idNumber.toLowerCase());
    await expect.poll(() => page.getByText("校验位不符，请核对是否有数字输错").count()).toBe(0);
    await page.getByRole("button", { name: "登记农户" }).click();
    await page.getByText("已登记农户：杨光明").waitFor();
    const masked = `${idNumber.slice(0, 3)}***********${idNumber.slice(14)}`;
    await expect.poll(() => page.getByTestId("registered-household").getByTestId("masked-id").textContent()).toBe(masked);
    // Only ever masked from here on: neither the page nor the form's state holds the id.
    expect(await page.content()).not.toContain(idNumber);
    await page.getByRole("button", { name: "为该户提交申请" }).click();
    await page.getByRole("heading", { level: 1, name: "提交防贫申请" }).waitFor();
    story.householdId = new URL(page.url()).searchParams.get("householdId")!;
    const household = await api("GET /households/{householdId}", {
      token: await staffToken(story.submitter, ["clerk"], story.c.area),
      params: { householdId: story.householdId },
    });
    expect(household.body).toMatchObject({ headName: "杨光明", idNumber: masked, members: 5, perCapitaIncomeFen: yuan(3600) });
  });

  it("2. the clerk files a claim for it, seeing the platform's live payout preview; as its submitter they may not review it", async () => {
    const { c, submitter } = story;
    expect(story.householdId, "step 1 did not register the household").toBeDefined();
    const page = await browser.page();
    await signIn(page, submitter, ["clerk"], `/claims/new?householdId=${story.householdId}`, c.area);
    await page.getByTestId("claim-household").getByText("杨光明").waitFor();
    await fillClaim(page, c.name, "80000", "20,000.00");
    await page.getByLabel("材料 1 类型").fill("住院发票");
    await page.getByLabel("材料 1 存放位置").fill("archive/web/invoice-1.pdf");
    await page.getByLabel("情况说明").fill("务工期间突发脑梗住院");
    const preview = await api("POST /claims/preview", {
      token: await staffToken(submitter, ["clerk"], c.area),
      body: {
        householdId: story.householdId,
        schemeId: c.schemeId,
        cause: "illness",
        incidentDate: today,
        expenses: { totalFen: yuan(80_000), reimbursedFen: yuan(20_000) },
        documents: [],
      },
    });
    expect(preview.status, preview.text).toBe(200);
    // 57,000 above the deductible: 10,000 + 25,900 = 35,900, cut to the 30,000-yuan per-claim cap.
    expect(preview.body.payoutFen).toBe(yuan(30_000));
    await expect
      .poll(() => page.getByTestId("preview-payout").textContent(), { timeout: WAIT_MS })
      .toContain(formatYuan(preview.body.payoutFen));
    const steps = page.getByTestId("preview-steps");
    await expect.poll(() => steps.locator('[data-step="uncapped"]').textContent()).toBe("¥35,900.00");
    await expect.poll(() => steps.locator('[data-step="band-1"]').textContent()).toBe("¥25,900.00");
    await expect.poll(() => steps.locator('[data-step="capApplied"]').textContent()).toBe("单次赔付上限");
    await toTop(page);
    await captureBothSizes(page, "claims-form");
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.waitForURL(/\/console\/claims\/clm_[^/]+$/);
    story.claimId = page.url().split("/").at(-1)!;
    await expect.poll(() => statusOf(page)).toBe("待审核");
    // The submitter may not review the claim: no review buttons, and why.
    await page.getByText("按岗位分离要求，您提交的申请需由其他经办人员审核。").waitFor();
    expect(await page.getByRole("button", { name: "审核通过" }).count()).toBe(0);
    const filed = await api("GET /claims/{claimId}", {
      token: await staffToken(submitter, ["clerk"], c.area),
      params: { claimId: story.claimId },
    });
    expect(filed.body).toMatchObject({
      status: "submitted",
      submittedBy: submitter,
      payoutPreviewFen: yuan(30_000),
      documents: [{ kind: "住院发票", ref: "archive/web/invoice-1.pdf" }],
      note: "务工期间突发脑梗住院",
    });
  });

  it("3. a second clerk finds it in the queue and passes its review", async () => {
    story.reviewer = `clerk-web-rev-${unique()}`;
    const page = await browser.page();
    await signIn(page, story.reviewer, ["clerk"], "/claims?status=submitted", story.c.area);
    await page.getByRole("heading", { level: 1, name: "防贫申请工作台" }).waitFor();
    await settle(page);
    const row = page.locator(`[data-claim-id="${claimId()}"]`);
    await row.getByText("杨光明").waitFor();
    await expect.poll(() => row.textContent()).toContain(formatYuan(yuan(30_000)));
    await captureBothSizes(page, "claims-queue");
    await row.getByRole("link").click();
    await page.waitForURL(new RegExp(`/console/claims/${claimId()}$`));
    await page.getByLabel("审核意见").fill("入户核查属实，村民评议无异议，已公示");
    await page.getByRole("button", { name: "审核通过" }).click();
    await expect.poll(() => statusOf(page)).toBe("待审批");
  });

  it("4. the submitter, also an approver, is refused approval with the separation-of-duties message in Chinese", async () => {
    const page = await browser.page();
    await signIn(page, story.submitter, ["clerk", "approver"], `/claims/${claimId()}`, story.c.area);
    await page.getByRole("button", { name: "审批通过" }).click();
    await confirmDialog(page, "审批通过");
    await expect
      .poll(() => page.getByTestId("action-refusal").textContent())
      .toContain("按岗位分离要求，审批人不能是申请的提交人或审核人，请由其他审批人员审批。");
    await expect.poll(() => statusOf(page)).toBe("待审批");
    expect(await poolOf(story.c.schemeId)).toBe(yuan(200_000));
  });

  it("5. an approver approves it, and the scheme's pool shown drops by exactly the payout", async () => {
    const { c } = story;
    story.approver = `approver-web-${unique()}`;
    const before = await poolOf(c.schemeId);
    const page = await browser.page();
    await signIn(page, story.approver, ["approver"], `/schemes/${c.schemeId}`, c.area);
    await page.getByRole("heading", { level: 1, name: c.name }).waitFor();
    await expect.poll(() => page.getByTestId("scheme-pool").textContent()).toContain(formatYuan(before));
    await page.goto(consoleUrl(`/claims/${claimId()}`));
    await page.getByText("若现在审批，预估赔付 ¥30,000.00", { exact: false }).waitFor();
    await page.getByRole("button", { name: "审批通过" }).click();
    await confirmDialog(page, "审批通过");
    await expect.poll(() => statusOf(page)).toBe("待拨付");
    const claim = await api("GET /claims/{claimId}", {
      token: await staffToken(story.approver, ["approver"], c.area),
      params: { claimId: claimId() },
    });
    expect(claim.body).toMatchObject({
      status: "approved",
      approvedPayoutFen: yuan(30_000),
      submittedBy: story.submitter,
      reviewedBy: story.reviewer,
      approvedBy: story.approver,
    });
    const payout = claim.body.approvedPayoutFen!;
    const after = await poolOf(c.schemeId);
    expect(after).toBe(before - payout);
    await expect.poll(() => page.getByTestId("approved-payout").textContent()).toBe(formatYuan(payout));
    const stored = page.getByTestId("payout-steps");
    await expect.poll(() => stored.locator('[data-step="payout"]').textContent()).toBe(formatYuan(payout));
    await expect.poll(() => stored.locator('[data-step="yearAfter"]').textContent()).toBe("¥20,000.00");
    await expect.poll(() => page.getByTestId("claim-limits").getByTestId("pool-balance").textContent()).toBe(formatYuan(after));
    const history = page.getByTestId("claim-history");
    for (const text of [
      "提交申请",
      "审核通过",
      "审批通过",
      story.submitter,
      story.reviewer,
      story.approver,
      "入户核查属实，村民评议无异议，已公示",
      "核定赔付 ¥30,000.00（方案第 1 版）",
    ]) {
      await history.getByText(text, { exact: false }).first().waitFor();
    }
    await toTop(page);
    await captureBothSizes(page, "claims-claim");
    await page.getByRole("link", { name: c.name }).click();
    await page.getByRole("heading", { level: 1, name: c.name }).waitFor();
    await expect.poll(() => page.getByTestId("scheme-pool").textContent()).toContain(formatYuan(after));
    await captureBothSizes(page, "claims-scheme");
  });

  it("6. the approver records the payment with its transfer reference", async () => {
    const page = await browser.page();
    await signIn(page, story.approver, ["approver"], `/claims/${claimId()}`, story.c.area);
    await page.getByLabel("转账凭证号").fill("JK-PAY-WEB-1");
    await page.getByRole("button", { name: "登记拨付" }).click();
    await confirmDialog(page, "登记拨付");
    await expect.poll(() => statusOf(page)).toBe("已拨付");
    await page.getByTestId("claim-history").getByText("转账凭证号 JK-PAY-WEB-1").waitFor();
    const paid = await api("GET /claims/{claimId}", {
      token: await staffToken(story.approver, ["approver"], story.c.area),
      params: { claimId: claimId() },
    });
    expect(paid.body.disbursement).toMatchObject({ reference: "JK-PAY-WEB-1", by: story.approver });
  });
});

describe("refusals explained in Chinese, and the schemes' pages", () => {
  it("explains in Chinese, while the form is filled, why a household is not eligible, and refuses the submission the same way", async () => {
    const c = await county(yuan(100_000));
    const clerk = `clerk-web-${unique()}`;
    const token = await staffToken(clerk, ["clerk"], c.area);
    const rich = await api("POST /households", {
      token,
      body: householdInput(c.village.villageId, { headName: "赵富贵", perCapitaIncomeFen: yuan(6500), category: "marginal_at_risk" }),
    });
    expect(rich.status, rich.text).toBe(201);
    const page = await browser.page();
    await signIn(page, clerk, ["clerk"], `/claims/new?householdId=${rich.body.householdId}`, c.area);
    await page.getByTestId("claim-household").getByText("赵富贵").waitFor();
    await fillClaim(page, c.name, "30000", "0");
    const expected = "不符合申请条件：家庭人均收入 ¥6,500.00 不低于本方案的收入线 ¥6,000.00。";
    await expect.poll(() => page.getByTestId("preview-refusal").textContent(), { timeout: WAIT_MS }).toContain(expected);
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect.poll(() => page.getByTestId("claim-refusal").textContent()).toBe(expected);
    expect(new URL(page.url()).pathname).toBe("/console/claims/new");
    const filed = await api("GET /claims", { token, query: { schemeId: c.schemeId } });
    expect(filed.body.items).toEqual([]);
  });

  it("warns an approver that the pool is short and shows the platform's refusal when approving anyway", async () => {
    const c = await county(yuan(1000));
    const clerk = await staffToken(`clerk-web-${unique()}`, ["clerk"], c.area);
    const household = await api("POST /households", { token: clerk, body: householdInput(c.village.villageId) });
    const filed = await api("POST /claims", {
      token: clerk,
      body: {
        householdId: household.body.householdId,
        schemeId: c.schemeId,
        cause: "illness",
        incidentDate: today,
        expenses: { totalFen: yuan(13_000), reimbursedFen: 0 },
        documents: [],
      },
    });
    expect(filed.status, filed.text).toBe(201);
    const claimId = filed.body.claimId;
    const passed = await api("POST /claims/{claimId}/review", {
      token: await staffToken(`clerk-web-rev-${unique()}`, ["clerk"], c.area),
      params: { claimId },
      body: { decision: "pass", note: "属实" },
    });
    expect(passed.status, passed.text).toBe(200);
    const page = await browser.page();
    await signIn(page, `approver-web-${unique()}`, ["approver"], `/claims/${claimId}`, c.area);
    // 10,000 above the deductible at 50%: 5,000 yuan, more than the pool's 1,000.
    await page.getByText("资金池余额 ¥1,000.00 不足以支付本次赔付", { exact: false }).waitFor();
    await page.getByRole("button", { name: "审批通过" }).click();
    await confirmDialog(page, "审批通过");
    await expect
      .poll(() => page.getByTestId("action-refusal").textContent())
      .toContain("方案资金池余额不足以支付本次 ¥5,000.00 的赔付（当前余额 ¥1,000.00），请先为资金池充值。");
    await expect.poll(() => statusOf(page)).toBe("待审批");
    expect(await poolOf(c.schemeId)).toBe(yuan(1000));
  });

  it("lets an administrator top the pool up from the scheme page, in 元, and lists the top-up", async () => {
    const c = await county(yuan(1000));
    const page = await browser.page();
    await signIn(page, "admin-web", ["admin"], `/schemes/${c.schemeId}`);
    await page.getByRole("heading", { level: 1, name: c.name }).waitFor();
    await page.getByTestId("scheme-rules").getByText("¥20,000.00 以上").waitFor();
    await page.getByLabel("充值金额（元）").fill("2,500.50");
    await page.getByLabel("资金来源").fill("社会捐赠");
    await page.getByLabel("备注").fill("爱心企业定向捐赠");
    await page.getByRole("button", { name: "充值", exact: true }).click();
    await confirmDialog(page, "充值");
    await expect.poll(() => page.getByTestId("scheme-pool").textContent()).toContain("¥3,500.50");
    await page.getByTestId("top-up-list").getByText("爱心企业定向捐赠").waitFor();
    expect(await poolOf(c.schemeId)).toBe(yuan(3500) + 50);
  });

  it("lets an administrator find a scheme in the list and change a band's ratio, saved as a new version", async () => {
    const c = await county(yuan(1000));
    const page = await browser.page();
    await signIn(page, "admin-web", ["admin"], `/schemes?county=${encodeURIComponent(c.village.county)}`);
    await page.getByRole("heading", { level: 1, name: "防贫方案" }).waitFor();
    await page.getByTestId("scheme-list").getByRole("link", { name: c.name }).click();
    await page.getByRole("heading", { level: 1, name: c.name }).waitFor();
    await page.getByRole("button", { name: "修改规则" }).click();
    await page.getByRole("heading", { level: 1, name: `修改方案规则：${c.name}` }).waitFor();
    // Bands must rise: the form says so before the platform has to.
    await page.getByLabel("第 2 段上限（元）").fill("10,000");
    await page.getByText("须大于上一段的上限").waitFor();
    await page.getByLabel("第 2 段上限（元）").fill("");
    await page.getByLabel("第 2 段比例").fill("80");
    await toTop(page);
    await captureBothSizes(page, "claims-scheme-edit");
    await page.getByRole("button", { name: "保存为新版本" }).click();
    await page.waitForURL(new RegExp(`/console/schemes/${c.schemeId}$`));
    await page.getByText("第 2 版（当前）").waitFor();
    await page.getByTestId("scheme-rules").getByText("80%").waitFor();
    const saved = await api("GET /schemes/{schemeId}", { token: c.admin, params: { schemeId: c.schemeId } });
    expect(saved.body).toMatchObject({ version: 2, poolBalanceFen: yuan(1000) });
    expect(saved.body.rules.illness).toEqual({ ...jiangkouIllness, tiers: [jiangkouIllness.tiers[0], { upToFen: null, ratioBps: 8000 }] });
    expect(saved.body.rules.education).toBeUndefined();
    // The earlier version stays readable.
    await page.getByLabel("查看版本").click();
    await page.locator(".ant-select-item-option", { hasText: "第 1 版" }).click();
    await page.getByText("正在查看历史版本第 1 版；审批使用当前第 2 版。").waitFor();
    await page.getByTestId("scheme-rules").getByText("70%").waitFor();
  });
});
