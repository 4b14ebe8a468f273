import { describe, expect, it } from "vitest";
import { api, unique } from "../support/api";
import { newHousehold, reviewed, staffToken, type World, world } from "../support/fixtures";
import { captureBothSizes, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

/** The console's short form of an id (labels.tsx shortId). */
const shortId = (id: string) => id.slice(-8).toUpperCase();

/** An approved claim of a fresh household whose account is on file; its id and the household's head. */
async function approvedWithAccount(w: World, headName: string, accountNumber: string) {
  const household = await newHousehold(w.t.clerk, w.village.villageId, { headName });
  const put = await api("PUT /households/{householdId}/payment-account", {
    token: w.t.clerk,
    params: { householdId: household.householdId },
    body: { holderName: headName, bankName: "夏津县农村商业银行", accountNumber, kind: "social_security_card", phone: "13912345678" },
  });
  expect(put.status, put.text).toBe(200);
  const claimId = await reviewed(w, {}, household.householdId);
  const approved = await api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } });
  expect(approved.status, approved.text).toBe(200);
  return { claimId, headName, householdId: household.householdId };
}

/**
 * Payment to the household in the console: a clerk keeps the household's account (masked once
 * saved), a finance officer makes a batch from approved claims, downloads nothing in full on the
 * page, and records the bank's slip — one line returned with its reason, one paid.
 */
describe("payment batches in the console", () => {
  const story = {} as { w: World; finance: string; claims: { claimId: string; headName: string; householdId: string }[]; batchId: string };

  it("1. a clerk sets a household's social security card: the number is shown only by its last four digits", async () => {
    story.w = await world();
    const { w } = story;
    const page = await browser.page();
    await signIn(page, w.t.ids.submitter, ["clerk"], `/households/${w.household.householdId}/payment-account`, w.t.area);
    await page.getByRole("heading", { level: 1, name: "收款账户" }).waitFor();
    await page.getByText("尚未登记收款账户").waitFor();
    await page.getByLabel("开户行").fill("夏津县农村商业银行");
    await page.getByLabel("账号").fill("6217 0012 3456 7891 234");
    await page.getByLabel("短信通知手机号").fill("13812345678");
    await captureBothSizes(page, "claims-payments-account");
    await page.getByRole("button", { name: "保存账户" }).click();
    await expect.poll(() => page.getByTestId("account-current").textContent(), { timeout: WAIT_MS }).toContain("**** 1234");
    expect(await page.getByTestId("account-current").textContent()).toContain("138****5678");
    // Saved, the full number is nowhere on the page.
    await settle(page);
    expect(await page.getByTestId("account-current").textContent()).not.toContain("6217001234567891234");
  });

  it("2. a finance officer makes a batch from the scheme's approved claims", async () => {
    const { w } = story;
    expect(w, "step 1 did not set up the county").toBeDefined();
    story.claims = [
      await approvedWithAccount(w, "王秀英", "621700123456780011"),
      await approvedWithAccount(w, "刘志强", "621700123456780022"),
    ];
    story.finance = `finance-web-${unique()}`;
    const page = await browser.page();
    await signIn(page, story.finance, ["finance"], `/payment-batches/new?schemeId=${encodeURIComponent(w.schemeId)}`, w.t.area);
    await page.getByRole("heading", { level: 1, name: "新建拨付批次" }).waitFor();
    const table = page.getByTestId("payable-claims");
    await table.getByText("王秀英").waitFor();
    for (const c of story.claims) await page.getByRole("checkbox", { name: `${c.headName} ${shortId(c.claimId)}` }).check();
    await expect.poll(() => page.getByTestId("batch-selection").textContent(), { timeout: WAIT_MS }).toContain("已选 2 笔");
    await captureBothSizes(page, "claims-payments-new-batch");
    await page.getByRole("button", { name: "创建批次" }).click();
    await page.waitForURL(/\/console\/payment-batches\/pb_/);
    story.batchId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    await page.getByRole("heading", { level: 1, name: `拨付批次 ${shortId(story.batchId)}` }).waitFor();
    await expect.poll(() => page.getByTestId("batch-counts").textContent(), { timeout: WAIT_MS }).toContain("待发送 2");
    await captureBothSizes(page, "claims-payments-batch");
  });

  it("3. the officer records the bank's slip: one line returned with its reason, the other paid", async () => {
    const { w, finance, batchId, claims } = story;
    expect(batchId, "step 2 did not make the batch").toBeDefined();
    const page = await browser.page();
    await signIn(page, finance, ["finance"], `/payment-batches/${encodeURIComponent(batchId)}`, w.t.area);
    await page.getByRole("heading", { level: 1, name: `拨付批次 ${shortId(batchId)}` }).waitFor();

    await page.getByRole("button", { name: `退回 ${claims[1]!.headName}` }).click();
    const dialog = page.getByRole("dialog");
    // Open and settled first: a click during the dialog's opening animation may land on nothing.
    await dialog.getByLabel("退回原因").waitFor();
    await settle(page);
    await dialog.getByRole("button", { name: "登记" }).click();
    await dialog.getByText("请填写退回原因").waitFor();
    await dialog.getByLabel("退回原因").fill("账户已销户");
    await captureBothSizes(page, "claims-payments-return");
    await dialog.getByRole("button", { name: "登记" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("line-outcome-2").textContent(), { timeout: WAIT_MS }).toContain("被退回");
    expect(await page.getByTestId("line-outcome-2").textContent()).toContain("账户已销户");

    await page.getByRole("button", { name: `已到账 ${claims[0]!.headName}` }).click();
    await page.getByRole("dialog").getByLabel("银行流水号").waitFor();
    await settle(page);
    await page.getByRole("dialog").getByLabel("银行流水号").fill("NS20261201-0001");
    await page.getByRole("dialog").getByRole("button", { name: "登记" }).click();
    await expect.poll(() => page.getByTestId("line-outcome-1").textContent(), { timeout: WAIT_MS }).toContain("已到账");
    await expect.poll(() => page.getByTestId("batch-status").textContent(), { timeout: WAIT_MS }).toBe("已办结");
    await captureBothSizes(page, "claims-payments-settled");

    // The platform agrees: one claim paid, the other back to payable with the bank's reason.
    const token = await staffToken(finance, ["finance"], w.t.area);
    const paid = await api("GET /claims/{claimId}", { token: w.t.approver, params: { claimId: claims[0]!.claimId } });
    expect(paid.body).toMatchObject({ status: "paid", payment: { batchId, bankReference: "NS20261201-0001" } });
    const returned = await api("GET /claims/{claimId}", { token: w.t.approver, params: { claimId: claims[1]!.claimId } });
    expect(returned.body.status).toBe("approved");
    expect(returned.body.paymentReturns).toEqual([expect.objectContaining({ batchId, reason: "账户已销户" })]);
    const payable = await api("GET /schemes/{schemeId}/payable-claims", { token, params: { schemeId: w.schemeId } });
    expect(payable.body.items.map((c) => c.claimId)).toEqual([claims[1]!.claimId]);
  });
});
