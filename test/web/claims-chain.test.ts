import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { formatCalendar } from "../../packages/web/src/lib/dates";
import { api, expectError, unique } from "../support/api";
import { deadlinePassedDaysAgo } from "../support/claims-state";
import { adminToken, claimInput, countyOf, createVillage, householdInput, staffToken } from "../support/fixtures";
import { captureBothSizes, consoleUrl, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

const yuan = (n: number) => n * 100;
const today = chinaToday();
const year = Number(today.slice(0, 4));
/** Recent, and in the scheme's year (its coverage period). */
const incidentDate = [shiftDays(today, -12), `${year}-01-01`].sort()[1]!;
const CJK = /[\u4e00-\u9fff]/;
const zh = { "accept-language": "zh-CN" };
const allSteps = { homeVisit: true, villageReview: true, publicNotice: true };
const date = (d: string) => formatCalendar(d, "zh-CN");
/** A refusal's message, as the API words it for the language asked. */
const messageOf = (res: { body: unknown }) => (res.body as { error: { message: string } }).error.message;

/**
 * A county of its own with a relief scheme that takes every step (入户核查, 村级评议, 公示), a
 * household's claim filed by its clerk, and the people who take the steps after: each a new clerk
 * of the county, as separation of duties asks.
 */
async function county() {
  const admin = await adminToken();
  const name = `夏津县${unique()}`;
  const village = await createVillage({ province: "山东省", city: "德州市", county: name, township: "苏留庄镇", name: "小石堂村" });
  const area = countyOf(village);
  const schemeId = `chain-${unique()}`;
  const put = await api("PUT /schemes/{schemeId}", {
    token: admin,
    params: { schemeId },
    body: {
      kind: "relief",
      name: `${name}防贫救助基金`,
      county: name,
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"],
      chain: allSteps,
      rules: {
        illness: {
          deductibleFen: yuan(3000),
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: null,
          perHouseholdYearCapFen: null,
        },
      },
    },
  });
  expect(put.status, put.text).toBe(200);
  const top = await api("POST /schemes/{schemeId}/top-ups", {
    token: admin,
    params: { schemeId },
    body: { amountFen: yuan(500_000), source: "县财政预算" },
  });
  expect(top.status, top.text).toBe(201);
  const s = unique();
  const ids = {
    submitter: `clerk-sub-${s}`,
    visitor: `clerk-visit-${s}`,
    village: `clerk-village-${s}`,
    notifier: `clerk-notice-${s}`,
    township: `clerk-town-${s}`,
    approver: `approver-${s}`,
  };
  const submitter = await staffToken(ids.submitter, ["clerk"], area);
  const file = async (headName: string) => {
    const household = await api("POST /households", {
      token: submitter,
      body: householdInput(village.villageId, { headName, incomeYear: year - 1 }),
    });
    expect(household.status, household.text).toBe(201);
    const claim = await api("POST /claims", {
      token: submitter,
      body: claimInput(household.body.householdId, schemeId, { incidentDate, note: "脑梗住院" }),
    });
    expect(claim.status, claim.text).toBe(201);
    return claim.body;
  };
  return { name, area, ids, submitter, file };
}

const panelOf = (page: Page) => page.getByTestId("chain-panel");
const stageOf = (page: Page) => panelOf(page).getByTestId("chain-stage").textContent();
const currentStep = (page: Page) => panelOf(page).locator(".ant-steps-item-process .ant-steps-item-title").textContent();

/** Types a date into an antd DatePicker found by its label. */
async function pickDate(page: Page, label: string, value: string, scope: Page | ReturnType<Page["getByTestId"]> = page) {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(value);
  await field.press("Enter");
}

/** Waits out the confirmations shown at the top (antd messages), which would cover the page's header in a screenshot. */
const noToasts = (page: Page) => expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: WAIT_MS }).toBe(0);

/** Back to the top of the page, so a full-page screenshot shows the page as it opens. */
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));

/**
 * The steps before the township's review in the console (issue 12): each taken by a clerk who took
 * no other, the notice's countdown to the township's review, objections and their findings, the
 * county's overdue claims and the holidays its deadlines count.
 */
describe("the approval chain in the console", () => {
  const story = {} as { c: Awaited<ReturnType<typeof county>>; claimId: string; dueOn: string };
  const claimId = () => {
    expect(story.claimId, "step 1 did not file the claim").toBeDefined();
    return story.claimId;
  };

  it("1. the clerk who filed the claim sees it wait for the home visit, with its deadline, and is offered no step", async () => {
    story.c = await county();
    const claim = await story.c.file("杨光明");
    story.claimId = claim.claimId;
    story.dueOn = claim.dueOn;
    expect(claim).toMatchObject({ stage: "home_visit", chain: allSteps, overdue: false });
    const page = await browser.page();
    await signIn(page, story.c.ids.submitter, ["clerk"], `/claims/${claimId()}`, story.c.area);
    await panelOf(page).waitFor();
    await expect.poll(() => stageOf(page)).toBe("入户核查");
    expect(await panelOf(page).locator(".ant-steps-item-title").allTextContents()).toEqual([
      "受理申请",
      "入户核查",
      "村级评议",
      "公示",
      "乡镇审核",
      "县级审批",
      "资金发放",
    ]);
    expect(await currentStep(page)).toBe("入户核查");
    const deadline = panelOf(page).getByTestId("chain-deadline");
    await expect.poll(() => deadline.textContent()).toMatch(new RegExp(`^${date(story.dueOn)}前办结 剩余 \\d+ 个工作日$`));
    expect(await deadline.getAttribute("data-overdue")).toBe("false");
    // The filer is not offered the visit, and is told why in Chinese; the platform refuses it too.
    await expect
      .poll(() => panelOf(page).getByTestId("chain-took-step").textContent())
      .toBe("按岗位分离要求，您已办理过本申请的“受理申请”环节，“入户核查”须由其他人员办理。");
    expect(await panelOf(page).getByTestId("chain-visit-form").count()).toBe(0);
    const refused = await api("POST /claims/{claimId}/home-visit", {
      token: story.c.submitter,
      params: { claimId: claimId() },
      headers: zh,
      body: { visitors: ["王村医", "李会计"], visitedOn: today, findings: "属实" },
    });
    expectError(refused, 403, "SEPARATION_OF_DUTIES");
    expect(messageOf(refused)).toMatch(CJK);
  });

  it("2. another clerk records the home visit by two visitors; then, having taken a step, is not offered the village review", async () => {
    const { c } = story;
    const page = await browser.page();
    await signIn(page, c.ids.visitor, ["clerk"], `/claims/${claimId()}`, c.area);
    const form = panelOf(page).getByTestId("chain-visit-form");
    await form.waitFor();
    await form.getByLabel("核查人员 1", { exact: true }).fill("王村医");
    await form.getByLabel("核查情况").fill("住院属实，家中无其他收入来源，房屋为土坯房");
    // One visitor is not a home visit: the form says so before the platform would.
    await form.getByRole("button", { name: "提交入户核查结果" }).click();
    await form.getByText("请填写核查人员姓名").waitFor();
    await form.getByLabel("核查人员 2", { exact: true }).fill("李会计");
    await form.getByRole("button", { name: "添加核查人员" }).click();
    await form.getByLabel("核查人员 3", { exact: true }).fill("赵书记");
    await form.getByRole("button", { name: "移除核查人员 3" }).click();
    await toTop(page);
    await captureBothSizes(page, "claims-chain-visit");
    await form.getByRole("button", { name: "提交入户核查结果" }).click();
    await expect.poll(() => stageOf(page), { timeout: WAIT_MS }).toBe("村级评议");
    await expect.poll(() => panelOf(page).getByTestId("chain-visit").textContent()).toContain("王村医、李会计");
    await expect
      .poll(() => panelOf(page).getByTestId("chain-took-step").textContent())
      .toBe("按岗位分离要求，您已办理过本申请的“入户核查”环节，“村级评议”须由其他人员办理。");
    expect(await panelOf(page).getByTestId("chain-village-form").count()).toBe(0);
    const refused = await api("POST /claims/{claimId}/village-review", {
      token: await staffToken(c.ids.visitor, ["clerk"], c.area),
      params: { claimId: claimId() },
      headers: zh,
      body: { decision: "pass", note: "无异议" },
    });
    expectError(refused, 403, "SEPARATION_OF_DUTIES");
    expect(messageOf(refused)).toMatch(CJK);
    const visited = await api("GET /claims/{claimId}", { token: c.submitter, params: { claimId: claimId() } });
    expect(visited.body.homeVisit).toMatchObject({
      visitors: ["王村医", "李会计"],
      visitedOn: today,
      findings: "住院属实，家中无其他收入来源，房屋为土坯房",
      by: c.ids.visitor,
    });
  });

  it("3. a third clerk holds the village review; a fourth, whose page still offered it, is refused in Chinese and starts the notice instead", async () => {
    const { c } = story;
    const late = await browser.page();
    await signIn(late, c.ids.notifier, ["clerk"], `/claims/${claimId()}`, c.area);
    const lateForm = panelOf(late).getByTestId("chain-village-form");
    await lateForm.waitFor();
    await lateForm.getByLabel("评议情况").fill("村民代表9人参加评议，同意");

    const page = await browser.page();
    await signIn(page, c.ids.village, ["clerk"], `/claims/${claimId()}`, c.area);
    const form = panelOf(page).getByTestId("chain-village-form");
    await form.getByLabel("评议情况").fill("村民代表11人参加评议，一致同意");
    await form.getByRole("button", { name: "评议通过" }).click();
    await expect.poll(() => stageOf(page), { timeout: WAIT_MS }).toBe("公示");
    await expect.poll(() => panelOf(page).getByTestId("chain-village").textContent()).toContain("村民代表11人参加评议，一致同意");

    // The other page still shows the review: the platform refuses it, in Chinese, and the page catches up.
    await lateForm.getByRole("button", { name: "评议通过" }).click();
    const refusal = panelOf(late).getByTestId("chain-refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(CJK);
    expect(await refusal.textContent()).not.toMatch(/INVALID_STATE|stage/);
    await expect.poll(() => stageOf(late), { timeout: WAIT_MS }).toBe("公示");
    const noticeForm = panelOf(late).getByTestId("chain-notice-form");
    await noticeForm.waitFor();
    // The county's default: a notice of 5 days from today, after which the township reviews.
    await expect
      .poll(() => noticeForm.getByTestId("notice-form-help").textContent())
      .toBe(`按本县规定公示 5 天，至 ${date(shiftDays(today, 4))}；期满次日起乡镇方可审核。`);
    await noticeForm.getByRole("button", { name: "开始公示" }).click();
    const countdown = panelOf(late).getByTestId("notice-countdown");
    await expect.poll(() => countdown.textContent(), { timeout: WAIT_MS }).toContain("公示中，还剩 5 天（含今天）");
    expect(await countdown.textContent()).toContain(`乡镇自 ${date(shiftDays(today, 5))} 起可审核`);
    expect(await panelOf(late).getByTestId("notice-period").textContent()).toBe(`${date(today)} 至 ${date(shiftDays(today, 4))}`);
  });

  it("4. the township's clerk records an objection and its finding; the township's review still waits for the notice's end", async () => {
    const { c } = story;
    const page = await browser.page();
    await signIn(page, c.ids.township, ["clerk"], `/claims/${claimId()}`, c.area);
    const form = panelOf(page).getByTestId("chain-objection-form");
    await form.waitFor();
    await form.getByLabel("异议内容").fill("有村民反映该户另有经营收入");
    await form.getByRole("button", { name: "登记异议" }).click();
    const objections = panelOf(page).getByTestId("chain-objections");
    await objections.getByText("有村民反映该户另有经营收入").waitFor();
    await expect.poll(() => objections.textContent()).toContain("待核实");
    const resolve = panelOf(page).getByTestId("chain-resolve-form");
    await resolve.getByRole("radio", { name: "异议不成立" }).check();
    await resolve.getByLabel("核实情况").fill("经核实，小卖部已于去年停业");
    await resolve.getByRole("button", { name: "登记核实结论" }).click();
    await expect.poll(() => objections.textContent(), { timeout: WAIT_MS }).toContain("异议不成立");
    expect(await objections.textContent()).toContain("经核实，小卖部已于去年停业");
    await expect.poll(() => panelOf(page).getByTestId("chain-resolve-form").count()).toBe(0);
    // The claim's history names the chain's steps in Chinese.
    const history = await page.getByTestId("claim-history").textContent();
    for (const step of ["入户核查", "村级评议通过", "开始公示", "登记公示异议", "登记异议核实结论"]) expect(history).toContain(step);
    expect(history).not.toMatch(/home_visit|start_notice|objection/);
    await noToasts(page);
    await toTop(page);
    await captureBothSizes(page, "claims-chain-notice");

    // The platform: each step by its own person, and the township's review refused until the notice ends.
    const token = await staffToken(c.ids.township, ["clerk"], c.area);
    const claim = await api("GET /claims/{claimId}", { token, params: { claimId: claimId() } });
    expect(claim.body).toMatchObject({
      stage: "public_notice",
      homeVisit: { by: c.ids.visitor },
      villageReview: { decision: "pass", by: c.ids.village },
      notice: { startsOn: today, endsOn: shiftDays(today, 4), by: c.ids.notifier },
      objections: [{ summary: "有村民反映该户另有经营收入", receivedOn: today, recordedBy: c.ids.township, resolution: { upheld: false } }],
    });
    expect(new Set(claim.body.actors)).toEqual(new Set([c.ids.submitter, c.ids.visitor, c.ids.village, c.ids.notifier]));
    const early = await api("POST /claims/{claimId}/review", {
      token,
      params: { claimId: claimId() },
      headers: zh,
      body: { decision: "pass", note: "公示无异议" },
    });
    expectError(early, 422, "NOTICE_PERIOD_NOT_OVER");
    expect(messageOf(early)).toMatch(CJK);
  });

  it("5. anyone sees the claim's notice on the public board, the name masked, and objects; the township sees where it came from", async () => {
    const { c } = story;
    const board = await browser.page();
    await board.goto(consoleUrl(`/notices?county=${encodeURIComponent(c.name)}`));
    await board.getByRole("heading", { level: 1, name: "公示公告" }).waitFor();
    await settle(board);
    const notice = board.locator(`[data-notice-id="${claimId()}"]`);
    await expect.poll(() => notice.getByTestId("notice-name").textContent(), { timeout: WAIT_MS }).toBe("杨*明");
    for (const text of ["防贫保险/防贫救助拟救助公示", `${c.name}苏留庄镇小石堂村`, "因病", "拟救助 ¥", "公示期剩 5 天"])
      await notice.getByText(text, { exact: false }).waitFor();
    expect(await board.content()).not.toContain("杨光明");
    await notice.getByRole("button", { name: "对杨*明的公示提出异议" }).click();
    await notice.getByLabel("对杨*明的异议").fill("该户儿子在外务工，每月有固定收入");
    await notice.getByLabel("联系方式（可选）").fill("13912345678");
    await toTop(board);
    await captureBothSizes(board, "claims-chain-public-board");
    await notice.getByRole("button", { name: "提交异议" }).click();
    await expect.poll(() => notice.getByTestId("objection-receipt").textContent(), { timeout: WAIT_MS }).toContain("已收到您的异议");

    const page = await browser.page();
    await signIn(page, c.ids.township, ["clerk"], `/claims/${claimId()}`, c.area);
    const objections = panelOf(page).getByTestId("chain-objections");
    await objections.getByText("该户儿子在外务工，每月有固定收入").waitFor();
    const item = objections.locator("[data-objection-id]").filter({ hasText: "该户儿子在外务工" });
    expect(await item.textContent()).toContain("群众在公示栏提出");
    expect(await item.textContent()).toContain("139****5678");
    expect(await item.textContent()).toContain("待核实");
    expect(await page.content()).not.toContain("13912345678");
    const history = await page.getByTestId("claim-history").textContent();
    expect(history).toContain("群众在公示栏提出异议");
    expect(history).toContain("公示栏群众 ·");
  });

  it("6. the county's overdue claims list a claim past its deadline, with the days and the step it waits at", async () => {
    const { c } = story;
    const late = await c.file("刘秀兰");
    await deadlinePassedDaysAgo(late.claimId, 4);
    const page = await browser.page();
    await signIn(page, c.ids.approver, ["approver"], "/claims", c.area);
    await page.getByRole("navigation", { name: "导航" }).getByRole("link", { name: "超期未办结" }).click();
    await page.getByRole("heading", { level: 1, name: "超期未办结申请" }).waitFor();
    const list = page.getByTestId("overdue-list");
    const row = list.locator(`[data-claim-id="${late.claimId}"]`);
    await row.getByText("刘秀兰").waitFor();
    expect(await row.getByTestId("overdue-days").textContent()).toBe("超期 4 天");
    expect(await row.textContent()).toContain("当前环节：入户核查");
    expect(await row.textContent()).toContain(`时限 ${date(shiftDays(today, -4))}`);
    // The story's claim is within its deadline: not listed.
    expect(await list.locator(`[data-claim-id="${claimId()}"]`).count()).toBe(0);
    await toTop(page);
    await captureBothSizes(page, "claims-chain-overdue");
    // The claim's own page shows its deadline in red.
    await row.getByRole("link", { name: /查看申请 刘秀兰/ }).click();
    const deadline = panelOf(page).getByTestId("chain-deadline");
    await expect.poll(() => deadline.getAttribute("data-overdue"), { timeout: WAIT_MS }).toBe("true");
    expect(await deadline.textContent()).toContain("已超期 4 天");
  });

  it("7. an administrator enters a year's holidays and working weekend days, and saves them", async () => {
    // Last year: a deadline counts forward from today, so nobody's deadline moves.
    const y = year - 1;
    const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const run = Array.from({ length: 8 }, (_, i) => shiftDays(`${y}-10-01`, i));
    let before = shiftDays(`${y}-10-01`, -1);
    while (!weekend(before)) before = shiftDays(before, -1);
    const admin = `admin-web-${unique()}`;
    const page = await browser.page();
    await signIn(page, admin, ["admin"], `/work-calendar?year=${y}`, {});
    await page.getByRole("heading", { level: 1, name: "节假日安排" }).waitFor();
    await settle(page);
    const holidays = page.getByTestId("calendar-holidays");
    const workdays = page.getByTestId("calendar-workdays");
    const entered = { holidays: await holidays.locator("[data-date]").count(), workdays: await workdays.locator("[data-date]").count() };
    await pickDate(page, "放假首日", run[0]!, holidays);
    await pickDate(page, "放假末日", run.at(-1)!, holidays);
    await holidays.getByRole("button", { name: "加入" }).click();
    const weekdays = run.filter((d) => !weekend(d));
    await expect.poll(() => holidays.locator("[data-date]").count()).toBe(entered.holidays + weekdays.length);
    await pickDate(page, "日期", before, workdays);
    await workdays.getByRole("button", { name: "加入" }).click();
    await expect.poll(() => workdays.locator("[data-date]").count()).toBe(entered.workdays + 1);
    await page.getByTestId("calendar-unsaved").waitFor();
    await page.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.getByTestId("calendar-saved").textContent(), { timeout: WAIT_MS }).toContain(admin);
    await noToasts(page);
    await toTop(page);
    await captureBothSizes(page, "claims-chain-calendar");
    const saved = await api("GET /calendars/{year}", { token: await adminToken(), params: { year: y } });
    expect(saved.body).toMatchObject({ year: y, updatedBy: admin });
    expect(saved.body.workdays).toContain(before);
    expect(saved.body.holidays).toEqual(expect.arrayContaining(weekdays));
    await page.goto(consoleUrl(`/work-calendar?year=${y}`));
    await expect
      .poll(() => page.getByTestId("calendar-holidays").locator("[data-date]").count(), { timeout: WAIT_MS })
      .toBe(saved.body.holidays.length);
  });
});
