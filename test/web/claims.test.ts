import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { formatYuan } from "../../packages/web/src/lib/money";
import { api, expectError, unique } from "../support/api";
import { adminToken, countyOf, createVillage, householdInput, residentId, staffToken } from "../support/fixtures";
import { payClaims } from "../support/pay-claims";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

/** The console's short form of an id (labels.tsx shortId). */
const shortId = (id: string) => id.slice(-8).toUpperCase();

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

/**
 * The steps before the township's review that these schemes skip: the story here is the review and
 * approval (the chain's own steps have their tests), as insurance schemes often run it.
 */
const noVillageSteps = { homeVisit: false, villageReview: false, publicNotice: false };

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
      chain: noVillageSteps,
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

/** Fills the claim form's invoice row `n` (today's date). */
async function fillInvoice(page: Page, n: number, number: string, issuer: string, amountYuan: string) {
  await page.getByLabel(`发票 ${n} 号码`).fill(number);
  await page.getByLabel(`发票 ${n} 开票单位`).fill(issuer);
  const date = page.getByLabel(`发票 ${n} 开票日期`);
  await date.click();
  await date.fill(today);
  await date.press("Enter");
  await page.getByLabel(`发票 ${n} 金额（元）`).fill(amountYuan);
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
    overseer: string;
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
    // The platform refuses a total above the invoices': the form says so first.
    const invoice = { number: `3714-${unique()}`, issuer: "江口县人民医院", date: today, amountFen: yuan(80_000) };
    await fillInvoice(page, 1, invoice.number, invoice.issuer, "70,000");
    await page.getByText("不能超过发票合计 ¥70,000.00").waitFor();
    await page.getByLabel("发票 1 金额（元）").fill("80,000");
    await expect.poll(() => page.getByTestId("invoices-total").textContent()).toBe("发票合计 ¥80,000.00（1 张）");
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
        invoices: [invoice],
        documents: [],
      },
    });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.possibleDuplicates).toEqual([]);
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
      invoices: [invoice],
      member: null,
      possibleDuplicate: null,
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

  it("4. the submitter, also an approver, is not offered the approval, and the platform refuses it with its reason in Chinese", async () => {
    const page = await browser.page();
    await signIn(page, story.submitter, ["clerk", "approver"], `/claims/${claimId()}`, story.c.area);
    await expect
      .poll(() => page.getByTestId("took-step").textContent())
      .toBe("按岗位分离要求，您已办理过该申请的一个环节，后续环节须由其他人员办理。");
    expect(await page.getByRole("button", { name: "审批通过" }).count()).toBe(0);
    const refused = await api("POST /claims/{claimId}/approve", {
      token: await staffToken(story.submitter, ["clerk", "approver"], story.c.area),
      params: { claimId: claimId() },
      headers: { "accept-language": "zh-CN" },
    });
    expectError(refused, 403, "SEPARATION_OF_DUTIES");
    // The reason in the reader's language (Accept-Language), for any client that does offer the step.
    expect((refused.body as unknown as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/);
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

  it("6. the approved claim waits for finance's payment batch, offering no payment form; once the bank confirms its line it shows paid with the batch", async () => {
    const { c } = story;
    story.overseer = `approver-web-pay-${unique()}`;
    const page = await browser.page();
    await signIn(page, story.overseer, ["approver"], `/claims/${claimId()}`, c.area);
    const waiting = page.getByTestId("awaits-batch");
    await expect
      .poll(() => waiting.textContent())
      .toContain("已核定赔付 ¥30,000.00，等待县财务人员编入拨付批次；银行回单确认到账后，申请即为已拨付。");
    expect(await waiting.textContent()).toContain("拨付由财务人员通过拨付批次办理，审批人员不再登记拨付。");
    // An approver records no payment: no form, no reference to type.
    expect(await page.getByRole("button", { name: "登记拨付" }).count()).toBe(0);
    expect(await page.getByLabel("转账凭证号").count()).toBe(0);
    await toTop(page);
    await captureBothSizes(page, "claims-claim-awaits-batch");
    await waiting.getByRole("link", { name: "查看本方案的拨付批次" }).click();
    await page.waitForURL(/\/console\/payment-batches\?schemeId=/);
    await page.getByRole("heading", { level: 1, name: "拨付批次" }).waitFor();
    expect(new URL(page.url()).searchParams.get("schemeId")).toBe(c.schemeId);

    // Finance pays it: a batch, and the bank's slip confirming the line.
    const { batchId, finance } = await payClaims(
      { clerk: await staffToken(story.submitter, ["clerk"], c.area), area: c.area },
      c.schemeId,
      [claimId()],
      { bankReference: () => "JK-PAY-WEB-1" },
    );
    await page.goto(consoleUrl(`/claims/${claimId()}`));
    await expect.poll(() => statusOf(page)).toBe("已拨付");
    const paidAs = page.getByTestId("claim-payment");
    await expect.poll(() => paidAs.textContent()).toContain(`拨付批次 ${shortId(batchId)}`);
    expect(await paidAs.textContent()).toContain("银行流水号 JK-PAY-WEB-1");
    expect(await page.getByTestId("awaits-batch").count()).toBe(0);
    const history = page.getByTestId("claim-history");
    await history.getByText("拨付到账").waitFor();
    await history.getByText(`拨付批次 ${shortId(batchId)}，银行流水号 JK-PAY-WEB-1`).waitFor();
    await history.getByText(finance, { exact: false }).waitFor();
    await toTop(page);
    await captureBothSizes(page, "claims-claim-paid");
    const paid = await api("GET /claims/{claimId}", {
      token: await staffToken(story.approver, ["approver"], c.area),
      params: { claimId: claimId() },
    });
    expect(paid.body).toMatchObject({ status: "paid", payment: { batchId, bankReference: "JK-PAY-WEB-1", by: finance } });
    // The page's link goes to the batch that paid it.
    await paidAs.getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: `拨付批次 ${shortId(batchId)}` }).waitFor();
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
    await page.getByRole("button", { name: "保存为新版本" }).click();
    await page.waitForURL(new RegExp(`/console/schemes/${c.schemeId}$`));
    await page.getByText("第 2 版（当前）").waitFor();
    await page.getByTestId("scheme-rules").getByText("80%").waitFor();
    const saved = await api("GET /schemes/{schemeId}", { token: c.admin, params: { schemeId: c.schemeId } });
    expect(saved.body).toMatchObject({ version: 2, poolBalanceFen: yuan(1000) });
    // What the editor sends back is what it was shown: every other setting as it was.
    expect(saved.body.rules.illness).toEqual({
      ...jiangkouIllness,
      label: "因病",
      basis: "per_claim",
      entryThresholdFen: null,
      entryThresholdByCategoryFen: {},
      perPersonYearCapFen: null,
      requiredDocuments: [],
      tiers: [jiangkouIllness.tiers[0], { upToFen: null, ratioBps: 8000 }],
    });
    expect(saved.body).toMatchObject({ chain: noVillageSteps, coveragePeriod: { from: `${year}-01-01`, to: `${year}-12-31` } });
    expect(saved.body.rules.education).toBeUndefined();
    // The earlier version stays readable.
    await page.getByLabel("查看版本").click();
    await page.locator(".ant-select-item-option", { hasText: "第 1 版" }).click();
    await page.getByText("正在查看历史版本第 1 版；审批使用当前第 2 版。").waitFor();
    await page.getByTestId("scheme-rules").getByText("70%").waitFor();
  });
});

/**
 * A county whose insurance counts illness by the household's burden over the year (Xiajin's 5,000-yuan
 * deductible at 70%) and caps it at 80,000 yuan a person a year (Jiaozuo), so a claim names its
 * member. Its coverage period is a year from 200 days ago, so two incidents 100 days apart lie in it
 * whatever the date; the household (a head and his wife) has the income of the year before it.
 */
async function annualCounty() {
  const admin = await adminToken();
  const village = await createVillage();
  const area = countyOf(village);
  const from = shiftDays(today, -200);
  const schemeYear = Number(from.slice(0, 4));
  const schemeId = `web-annual-${unique()}`;
  const name = `${village.county}防贫保险（年度累计）`;
  const put = await api("PUT /schemes/{schemeId}", {
    token: admin,
    params: { schemeId },
    body: {
      kind: "insurance",
      name,
      county: village.county,
      year: schemeYear,
      coveragePeriod: { from, to: shiftDays(from, 364) },
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"],
      chain: noVillageSteps,
      rules: {
        illness: {
          basis: "household_year",
          deductibleFen: yuan(5000),
          tiers: [{ upToFen: null, ratioBps: 7000 }],
          perClaimCapFen: null,
          perPersonYearCapFen: yuan(80_000),
          perHouseholdYearCapFen: null,
          // No required documents: these claims are reviewed without uploads (the checklist has its own tests).
          requiredDocuments: [],
        },
      },
    },
  });
  expect(put.status, put.text).toBe(200);
  const top = await api("POST /schemes/{schemeId}/top-ups", {
    token: admin,
    params: { schemeId },
    body: { amountFen: yuan(200_000), source: "保费" },
  });
  expect(top.status, top.text).toBe(201);
  const s = unique();
  const staff = { submitter: `clerk-web-${s}`, reviewer: `clerk-web-rev-${s}`, approver: `approver-web-${s}` };
  const tokens = {
    submitter: await staffToken(staff.submitter, ["clerk"], area),
    reviewer: await staffToken(staff.reviewer, ["clerk"], area),
    approver: await staffToken(staff.approver, ["approver"], area),
  };
  const headId = residentId();
  const household = await api("POST /households", {
    token: tokens.submitter,
    body: householdInput(village.villageId, {
      headName: "李春生",
      idNumber: headId,
      incomeYear: schemeYear - 1,
      members: [
        { name: "李春生", relation: "head", idNumber: headId },
        { name: "王秀英", relation: "spouse", idNumber: residentId() },
      ],
    }),
  });
  expect(household.status, household.text).toBe(201);
  const people = household.body.people;
  const member = (name: string) => people.find((p) => p.name === name)!.memberId;
  return {
    schemeId,
    name,
    area,
    staff,
    tokens,
    householdId: household.body.householdId as string,
    head: member("李春生"),
    wife: member("王秀英"),
  };
}

/** A claim filed through the API by the county's clerk: the head's earlier stay in hospital, 100 days ago. */
async function earlierClaim(c: Awaited<ReturnType<typeof annualCounty>>, invoiceNumber: string, selfPaidYuan: number) {
  const filed = await api("POST /claims", {
    token: c.tokens.submitter,
    body: {
      householdId: c.householdId,
      schemeId: c.schemeId,
      memberId: c.head,
      cause: "illness",
      incidentDate: shiftDays(today, -100),
      expenses: { totalFen: yuan(selfPaidYuan), reimbursedFen: 0 },
      invoices: [{ number: invoiceNumber, issuer: "夏津县人民医院", date: shiftDays(today, -100), amountFen: yuan(selfPaidYuan) }],
      documents: [{ kind: "诊断证明", ref: "archive/web/diagnosis-1.pdf" }],
    },
  });
  expect(filed.status, filed.text).toBe(201);
  return filed.body.claimId as string;
}

describe("rules as counties write them: a year's burden, a member, invoices and possible duplicates", () => {
  // Each test is one person's step; the next person's step reads what it left.
  const state = {} as {
    schemeId: string;
    schemeArea: ReturnType<typeof countyOf>;
    annual: Awaited<ReturnType<typeof annualCounty>>;
    annualClaimId: string;
    duplicate: Awaited<ReturnType<typeof annualCounty>>;
    firstClaimId: string;
    duplicateClaimId: string;
    explanation: string;
  };
  const need = <K extends keyof typeof state>(key: K) => {
    expect(state[key], `an earlier step did not leave ${key}`).toBeDefined();
    return state[key];
  };

  it("lets an administrator write a scheme on a household's yearly burden with a per-person cap, a category threshold and a county's own cause", async () => {
    const village = await createVillage();
    const schemeId = `web-edit-${unique()}`;
    state.schemeId = schemeId;
    state.schemeArea = countyOf(village);
    const name = `${village.county}防贫保险`;
    const page = await browser.page();
    await signIn(page, "admin-web", ["admin"], "/schemes/new");
    await page.getByRole("heading", { level: 1, name: "新建防贫方案" }).waitFor();
    await page.getByLabel("方案编号").fill(schemeId);
    await page.getByLabel("方案名称").fill(name);
    await page.getByLabel("县", { exact: true }).fill(village.county);
    await page.getByLabel("防贫线（人均年收入，元）").fill("6,000");
    // The coverage period is the calendar year unless set; 突发严重困难户 are judged after the expense.
    expect(await page.getByLabel("保障期起").inputValue()).toBe(`${year}-01-01`);
    expect(await page.getByLabel("保障期止").inputValue()).toBe(`${year}-12-31`);
    const sudden = page.getByRole("radiogroup", { name: "突发严重困难户 收入测算" });
    expect(await sudden.getByRole("radio", { name: "支出后测算" }).isChecked()).toBe(true);
    await page.getByRole("switch", { name: "村级评议" }).click();
    await page.getByRole("switch", { name: "公示" }).click();

    const illness = page.getByTestId("rule-illness");
    await illness.getByRole("checkbox", { name: "保障因病" }).check();
    // A button-style radio: its input is hidden, its label is what a person clicks.
    await illness.locator("label", { hasText: "户年度累计" }).click();
    expect(await illness.getByRole("radio", { name: "户年度累计" }).isChecked()).toBe(true);
    await illness.getByText("按全户在保障期内累计的自付负担计算", { exact: false }).waitFor();
    // A per-claim cap means nothing on a yearly burden: the field is gone.
    expect(await illness.getByLabel("单次赔付上限（元）").count()).toBe(0);
    await illness.getByLabel("免赔额（元）").fill("5,000");
    await illness.getByLabel("边缘易致贫户起付标准").fill("20,000");
    await illness.getByLabel("第 1 段比例").fill("70");
    await illness.getByLabel("每人年度赔付上限（元）").fill("80,000");
    await illness.getByRole("checkbox", { name: "发票" }).check();
    await illness.getByRole("checkbox", { name: "诊断证明" }).check();

    await choose(page, "原因", "因住房");
    await page.getByTestId("add-cause").getByRole("button", { name: "添加" }).click();
    const housing = page.getByTestId("rule-housing");
    await housing.getByLabel("第 1 段比例").fill("50");
    await housing.getByLabel("单次赔付上限（元）").fill("20,000");

    await choose(page, "原因", "其他（自定义）");
    await page.getByLabel("原因编号").fill("Disability!");
    await page.getByLabel("新原因的名称").fill("因残");
    await page.getByTestId("add-cause").getByRole("button", { name: "添加" }).click();
    await page.getByText("须以小写字母开头，只含小写字母、数字和下划线，2 至 32 位").waitFor();
    await page.getByLabel("原因编号").fill("disability");
    await page.getByTestId("add-cause").getByRole("button", { name: "添加" }).click();
    const disability = page.getByTestId("rule-disability");
    await disability.getByRole("heading", { name: "因残" }).waitFor();
    await disability.getByLabel("免赔额（元）").fill("2,000");
    await disability.getByLabel("第 1 段比例").fill("60");
    await toTop(page);
    await captureBothSizes(page, "claims-scheme-edit");

    await page.getByRole("button", { name: "保存为新版本" }).click();
    await page.waitForURL(new RegExp(`/console/schemes/${schemeId}$`));
    const saved = await api("GET /schemes/{schemeId}", { token: await adminToken(), params: { schemeId } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1,
      coveragePeriod: { from: `${year}-01-01`, to: `${year}-12-31` },
      incomeTest: { unstable_out_of_poverty: "before_expense", marginal_at_risk: "before_expense", sudden_hardship: "after_expense" },
      chain: { homeVisit: true, villageReview: false, publicNotice: false },
    });
    expect(saved.body.rules.illness).toEqual({
      label: "因病",
      basis: "household_year",
      entryThresholdFen: null,
      entryThresholdByCategoryFen: { marginal_at_risk: yuan(20_000) },
      deductibleFen: yuan(5000),
      tiers: [{ upToFen: null, ratioBps: 7000 }],
      perClaimCapFen: null,
      perPersonYearCapFen: yuan(80_000),
      perHouseholdYearCapFen: null,
      requiredDocuments: ["invoice", "diagnosis"],
    });
    expect(saved.body.rules.housing).toMatchObject({ label: "因住房", basis: "per_claim", perClaimCapFen: yuan(20_000) });
    expect(saved.body.rules.disability).toMatchObject({
      label: "因残",
      deductibleFen: yuan(2000),
      tiers: [{ upToFen: null, ratioBps: 6000 }],
    });
    expect(Object.keys(saved.body.rules).sort()).toEqual(["disability", "housing", "illness"]);
  });

  it("shows a clerk the scheme's rules as saved: the basis, the category threshold, the caps, the documents and the steps", async () => {
    const schemeId = need("schemeId");
    const page = await browser.page();
    await signIn(page, `clerk-web-${unique()}`, ["clerk"], `/schemes/${schemeId}`, need("schemeArea"));
    const rules = page.getByTestId("rule-illness");
    for (const text of ["户年度累计", "边缘易致贫户 ¥20,000.00", "¥80,000.00", "发票、诊断证明"]) await rules.getByText(text).waitFor();
    await page.getByTestId("rule-disability").getByRole("heading", { name: "因残" }).waitFor();
    await page.getByText("入户核查", { exact: true }).waitFor();
    await captureBothSizes(page, "claims-scheme-rules");
  });

  it("files a claim for a member with its invoices; the preview counts the household's burden over the year and pays only the increase", async () => {
    const c = await annualCounty();
    state.annual = c;
    // The head's first stay: 6,000 yuan self-paid, 1,000 above the deductible at 70% = 700 yuan.
    const first = await earlierClaim(c, `3714-${unique()}`, 6000);
    const passed = await api("POST /claims/{claimId}/review", {
      token: c.tokens.reviewer,
      params: { claimId: first },
      body: { decision: "pass", note: "属实" },
    });
    expect(passed.status, passed.text).toBe(200);
    const approved = await api("POST /claims/{claimId}/approve", { token: c.tokens.approver, params: { claimId: first } });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.approvedPayoutFen).toBe(yuan(700));

    const page = await browser.page();
    await signIn(page, c.staff.submitter, ["clerk"], `/claims/new?householdId=${c.householdId}`, c.area);
    await page.getByTestId("claim-household").getByText("李春生").waitFor();
    await fillClaim(page, c.name, "6,000", "0");
    // The rule counts per person: the form says why a member must be named, and waits for one.
    await page.getByText("必须选择：本方案因病设有每人年度赔付上限 ¥80,000.00。").waitFor();
    await expect
      .poll(() => page.getByTestId("live-preview").textContent())
      .toContain("本方案因病按人计算：请先选择申请人（家庭成员），再计算预估赔付。");
    await choose(page, "申请人（家庭成员）", "王秀英（配偶）");
    const invoiceNumber = `3714-${unique()}`;
    await fillInvoice(page, 1, invoiceNumber, "夏津县人民医院", "4,000");
    await page.getByRole("button", { name: "添加发票" }).click();
    await fillInvoice(page, 2, `${invoiceNumber}-2`, "夏津县中医院", "2,000");
    await expect.poll(() => page.getByTestId("invoices-total").textContent()).toBe("发票合计 ¥6,000.00（2 张）");
    await page.getByLabel("材料 1 类型").fill("诊断证明");
    await page.getByLabel("材料 1 存放位置").fill("archive/web/diagnosis-2.pdf");
    // The year's burden is 12,000: (12,000 − 5,000) × 70% = 4,900 for the year, 700 paid: 4,200 now.
    const steps = page.getByTestId("preview-steps");
    const step = (key: string) => steps.locator(`[data-step="${key}"]`).textContent();
    await expect.poll(() => step("burden"), { timeout: WAIT_MS }).toBe("¥12,000.00");
    expect(await step("selfPaid")).toBe("¥6,000.00");
    expect(await step("burdenBefore")).toBe("¥6,000.00");
    expect(await step("entitled")).toBe("¥4,900.00");
    expect(await step("paidBefore")).toBe("− ¥700.00");
    expect(await step("uncapped")).toBe("¥4,200.00");
    expect(await step("personCap")).toBe("¥80,000.00");
    expect(await step("personPaid")).toBe("¥0.00");
    expect(await step("payout")).toBe("¥4,200.00");
    await expect.poll(() => page.getByTestId("preview-payout").textContent()).toContain("¥4,200.00");
    await toTop(page);
    await captureBothSizes(page, "claims-form-annual");
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.waitForURL(/\/console\/claims\/clm_[^/]+$/);
    const claimId = page.url().split("/").at(-1)!;
    state.annualClaimId = claimId;
    const filed = await api("GET /claims/{claimId}", { token: c.tokens.submitter, params: { claimId } });
    expect(filed.body).toMatchObject({
      member: { memberId: c.wife, name: "王秀英", relation: "spouse" },
      payoutPreviewFen: yuan(4200),
      invoices: [
        { number: invoiceNumber, issuer: "夏津县人民医院", date: today, amountFen: yuan(4000) },
        { number: `${invoiceNumber}-2`, issuer: "夏津县中医院", date: today, amountFen: yuan(2000) },
      ],
      possibleDuplicate: null,
    });
  });

  it("shows the reviewer whom the claim is for, its invoices, and what approving it now would pay on the year's burden", async () => {
    const c = need("annual");
    const page = await browser.page();
    // The page asks what approving this very claim would pay (GET /claims/{claimId}/preview), not a rebuilt filing.
    const claimId = need("annualClaimId");
    const previewed = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(`/claims/${claimId}/preview`));
    await signIn(page, c.staff.reviewer, ["clerk"], `/claims/${claimId}`, c.area);
    expect((await previewed).status()).toBe(200);
    await expect.poll(() => page.getByTestId("claim-member").textContent()).toBe("王秀英（配偶）");
    const invoices = page.getByTestId("claim-invoices");
    await invoices.getByText("夏津县中医院", { exact: false }).waitFor();
    await invoices.getByText("¥6,000.00").waitFor();
    // The claim's own member and invoices, and the household's year so far: the figures its approval would commit.
    const steps = page.getByTestId("payout-steps");
    await expect.poll(() => steps.locator('[data-step="burden"]').textContent(), { timeout: WAIT_MS }).toBe("¥12,000.00");
    expect(await steps.locator('[data-step="payout"]').textContent()).toBe("¥4,200.00");
    expect(await page.getByTestId("person-remaining").textContent()).toBe("¥75,800.00");
  });

  it("refuses an invoice already claimed, showing the claim that has it, and files it once the clerk explains", async () => {
    const c = await annualCounty();
    state.duplicate = c;
    const serial = unique();
    const first = await earlierClaim(c, `FP 2026 ${serial}`, 3000);
    state.firstClaimId = first;
    const page = await browser.page();
    await signIn(page, c.staff.submitter, ["clerk"], `/claims/new?householdId=${c.householdId}`, c.area);
    await page.getByTestId("claim-household").getByText("李春生").waitFor();
    await fillClaim(page, c.name, "3,000", "0");
    await choose(page, "申请人（家庭成员）", "李春生（户主）");
    // The same invoice, typed with dashes: the platform compares numbers without spaces and dashes.
    await fillInvoice(page, 1, `FP-2026-${serial}`, "夏津县人民医院", "3,000");
    const warning = page.getByTestId("preview-duplicates");
    await warning.getByText(`发票 FP-2026-${serial} 已用于申请`, { exact: false }).waitFor({ timeout: WAIT_MS });
    await page.getByRole("button", { name: "提交申请" }).click();
    const refused = page.getByTestId("duplicate-refusal");
    await refused.getByText("未提交：该申请疑似与以下申请重复。", { exact: false }).waitFor();
    expect(await refused.getByRole("link").first().getAttribute("href")).toBe(`/console/claims/${first}`);
    await page.getByText("疑似重复：请说明为什么不是重复申请").waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/claims/new");
    const none = await api("GET /claims", { token: c.tokens.submitter, query: { schemeId: c.schemeId, status: "submitted" } });
    expect(none.body.items.map((i) => i.claimId)).toEqual([first]);

    const explanation = "前一笔为同一发票的门诊部分，本次为住院部分，已核对原件";
    state.explanation = explanation;
    await page.getByLabel("非重复说明").fill(explanation);
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.waitForURL(/\/console\/claims\/clm_[^/]+$/);
    state.duplicateClaimId = page.url().split("/").at(-1)!;
    const flag = page.getByTestId("duplicate-flag");
    await expect.poll(() => flag.getByTestId("duplicate-explanation").textContent()).toContain(explanation);
    await expect.poll(() => flag.getByTestId("duplicate-override").textContent()).toContain("尚未认定");
  });

  it("passes the flagged claim's review only with the reviewer's reason, kept beside the clerk's explanation", async () => {
    const c = need("duplicate");
    const first = need("firstClaimId");
    const claimId = need("duplicateClaimId");
    const explanation = need("explanation");
    const reviewer = await browser.page();
    await signIn(reviewer, c.staff.reviewer, ["clerk"], `/claims/${claimId}`, c.area);
    await reviewer
      .getByTestId("duplicate-matches")
      .getByRole("link", { name: first.slice(-8).toUpperCase() })
      .waitFor();
    await reviewer.getByLabel("审核意见").fill("入户核查属实");
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await reviewer.getByText("审核通过疑似重复的申请须写明理由").waitFor();
    await expect.poll(() => statusOf(reviewer)).toBe("待审核");
    const reason = "已核对两张发票原件，门诊与住院为不同费用";
    await reviewer.getByLabel("非重复认定理由").fill(reason);
    await toTop(reviewer);
    await captureBothSizes(reviewer, "claims-duplicate");
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await expect.poll(() => statusOf(reviewer)).toBe("待审批");
    await expect.poll(() => reviewer.getByTestId("duplicate-override").textContent()).toContain(reason);
    const passed = await api("GET /claims/{claimId}", { token: c.tokens.reviewer, params: { claimId } });
    expect(passed.body).toMatchObject({
      status: "reviewed",
      reviewedBy: c.staff.reviewer,
      possibleDuplicate: {
        explanation,
        by: c.staff.submitter,
        matches: [{ claimId: first, reason: "invoice_reused" }],
        override: { reason, by: c.staff.reviewer },
      },
    });
  });
});
