import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { api, expectError, unique } from "./support/api";
import { newHousehold, reviewed, staffToken, submit, type World, world, yuan } from "./support/fixtures";
import { testTable } from "./support/table";

/**
 * Payment to the household (issue 12 item 5): accounts encrypted at rest and masked in every
 * answer; payment batches made by finance (never by whoever filed, reviewed or approved a claim),
 * their bank file, line outcomes (succeeded pays the claim, returned reopens its payment) and the
 * household's SMS notices — end to end over HTTP against DynamoDB Local.
 */

const ACCOUNT = "6217001234567891234";
const PHONE = "13812345678";

const financeToken = (w: World, sub = `finance-${unique()}`) => staffToken(sub, ["finance"], w.t.area);

function accountInput(overrides: Record<string, unknown> = {}) {
  return {
    holderName: "张建国",
    bankName: "夏津县农村商业银行",
    accountNumber: "6217 0012 3456 7891 234",
    kind: "social_security_card" as const,
    phone: PHONE,
    ...overrides,
  };
}

async function putAccount(w: World, householdId: string, overrides: Record<string, unknown> = {}) {
  const res = await api("PUT /households/{householdId}/payment-account", {
    token: w.t.clerk,
    params: { householdId },
    body: accountInput(overrides),
  });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** A claim filed, reviewed and approved by three different people; its id and payout. */
async function approved(w: World, householdId = w.household.householdId) {
  const claimId = await reviewed(w, {}, householdId);
  const res = await api("POST /claims/{claimId}/approve", { token: w.t.approver, params: { claimId } });
  expect(res.status, res.text).toBe(200);
  expect(res.body.approvedPayoutFen).toBeGreaterThan(0);
  return { claimId, payoutFen: res.body.approvedPayoutFen! };
}

/** A fresh household of the world with an account on file (its own last four digits). */
async function payee(w: World, tail: string, headName = "张建国") {
  const household = await newHousehold(w.t.clerk, w.village.villageId, { headName });
  await putAccount(w, household.householdId, { holderName: headName, accountNumber: `62170012345678${tail}` });
  return household;
}

const createBatch = (token: string, schemeId: string, claimIds: string[]) =>
  api("POST /payment-batches", { token, body: { schemeId, claimIds } });

const claimOf = async (w: World, claimId: string) => {
  const res = await api("GET /claims/{claimId}", { token: w.t.approver, params: { claimId } });
  expect(res.status, res.text).toBe(200);
  return res.body;
};

const recordLine = (
  token: string,
  batchId: string,
  claimId: string,
  body: { outcome: "sent" | "succeeded" | "returned"; reason?: string; bankReference?: string },
) => api("POST /payment-batches/{batchId}/lines/{claimId}", { token, params: { batchId, claimId }, body });

/** The raw items of a partition, as DynamoDB holds them. */
async function rawItems(pk: string) {
  const { client, tableName } = testTable();
  const out = await client.send(
    new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk } }),
  );
  return out.Items ?? [];
}

/** A refusal's error body (the typed client types only successes). */
const errorOf = (res: { body: unknown }) =>
  (res.body as { error: { code: string; message: string; details: Record<string, unknown>[] } }).error;

/** Yuan as the SMS writes them: whole yuan bare, else two decimals. */
const smsYuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`);

/** The bank file's rows (RFC 4180 with a BOM; the values here hold no commas or quotes). */
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));

describe("a household's payment account", () => {
  it("is stored encrypted and answered masked, never in full", async () => {
    const w = await world();
    const { householdId } = w.household;
    const put = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.clerk,
      params: { householdId },
      body: accountInput(),
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({
      householdId,
      holderName: "张建国",
      memberId: null,
      kind: "social_security_card",
      kindLabel: "社会保障卡",
      accountMasked: "**** 1234",
      phoneMasked: "138****5678",
      version: 1,
      reason: null,
      history: [],
    });
    const got = await api("GET /households/{householdId}/payment-account", { token: w.t.approver, params: { householdId } });
    expect(got.status, got.text).toBe(200);
    expect(got.body.accountMasked).toBe("**** 1234");
    for (const res of [put, got]) {
      expect(res.text).not.toContain(ACCOUNT);
      expect(res.text).not.toContain("1234567891234");
      expect(res.text).not.toContain(PHONE);
    }

    // At rest: the current copy and its version hold the number and phone only sealed.
    const { client, tableName } = testTable();
    const current = (await client.send(new GetCommand({ TableName: tableName, Key: { pk: `HOUSEHOLD#${householdId}`, sk: "PAYACCOUNT" } })))
      .Item!;
    expect(current.accountSealed).toMatch(/^v1\./);
    expect(current.phoneSealed).toMatch(/^v1\./);
    const stored = JSON.stringify(await rawItems(`HOUSEHOLD#${householdId}`));
    expect(stored).toContain("**** 1234");
    expect(stored).not.toContain(ACCOUNT);
    expect(stored).not.toContain("1234567891234");
    expect(stored).not.toContain(PHONE);
  });

  it("keeps every earlier account in its history, with who changed it, when and why", async () => {
    const w = await world();
    const { householdId } = w.household;
    await putAccount(w, householdId);
    const params = { householdId };
    // Replacing the account on file needs the reason.
    const noReason = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.reviewer,
      params,
      body: accountInput({ accountNumber: "622848001122334455", kind: "yikatong" }),
    });
    expectError(noReason, 400, "VALIDATION_FAILED");
    expect(errorOf(noReason).details[0]).toMatchObject({ path: "body.reason", issue: "required" });
    const changed = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.reviewer,
      params,
      body: accountInput({
        accountNumber: "622848001122334455",
        kind: "yikatong",
        bankName: "中国农业银行夏津支行",
        reason: "原社保卡挂失，改用一卡通",
      }),
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      version: 2,
      accountMasked: "**** 4455",
      kind: "yikatong",
      reason: "原社保卡挂失，改用一卡通",
      by: w.t.ids.reviewer,
    });
    expect(changed.body.history).toEqual([
      expect.objectContaining({
        version: 1,
        accountMasked: "**** 1234",
        kind: "social_security_card",
        by: w.t.ids.submitter,
        reason: null,
      }),
    ]);
    expect(changed.text).not.toContain("622848001122334455");
  });

  it("refuses a bad number, a member not of the household, another area's household and non-clerks", async () => {
    const w = await world();
    const { householdId } = w.household;
    const params = { householdId };
    const bad = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.clerk,
      params,
      body: accountInput({ accountNumber: "6217-12" }),
    });
    expectError(bad, 400, "VALIDATION_FAILED");
    expect(errorOf(bad).details[0]).toMatchObject({ path: "body.accountNumber", issue: "account_number" });
    expect(bad.text).not.toContain("621712");
    const zh = await api("PUT /households/{householdId}/payment-account", {
      token: w.t.clerk,
      params,
      body: accountInput({ phone: "12345" }),
      headers: { "accept-language": "zh-CN" },
    });
    expectError(zh, 400, "VALIDATION_FAILED");
    expect(errorOf(zh).message).toContain("「手机号码」应为 11 位手机号码");

    expectError(
      await api("PUT /households/{householdId}/payment-account", {
        token: w.t.clerk,
        params,
        body: accountInput({ memberId: "mem_unknown" }),
      }),
      422,
      "REFERENCE_NOT_FOUND",
    );
    const other = await world();
    expectError(
      await api("PUT /households/{householdId}/payment-account", { token: other.t.clerk, params, body: accountInput() }),
      404,
      "NOT_FOUND",
    );
    expectError(await api("GET /households/{householdId}/payment-account", { token: other.t.clerk, params }), 404, "NOT_FOUND");
    expectError(
      await api("PUT /households/{householdId}/payment-account", { token: await financeToken(w), params, body: accountInput() }),
      403,
      "FORBIDDEN",
    );
    // None on file yet.
    expectError(await api("GET /households/{householdId}/payment-account", { token: w.t.clerk, params }), 404, "NOT_FOUND");
  });
});

describe("payment batches", () => {
  it("pays two claims, reopens the returned one with its reason, and pays it in a new batch", async () => {
    const w = await world();
    const finance = await financeToken(w);
    const households = [await payee(w, "11", "王秀英"), await payee(w, "22", "刘志强"), await payee(w, "33", "陈桂兰")];
    const claims = [];
    for (const h of households) claims.push(await approved(w, h.householdId));
    const claimIds = claims.map((c) => c.claimId);

    const made = await createBatch(finance, w.schemeId, claimIds);
    expect(made.status, made.text).toBe(201);
    const batch = made.body;
    const totalFen = claims.reduce((sum, c) => sum + c.payoutFen, 0);
    expect(batch).toMatchObject({
      schemeId: w.schemeId,
      county: w.village.county,
      status: "open",
      lineCount: 3,
      totalFen,
      counts: { pending: 3, sent: 0, succeeded: 0, returned: 0 },
      downloads: [],
    });
    expect(batch.lines.map((l) => [l.seq, l.claimId, l.headName, l.holderName, l.accountMasked, l.amountFen, l.outcome])).toEqual([
      [1, claimIds[0], "王秀英", "王秀英", "**** 7811", claims[0]!.payoutFen, "pending"],
      [2, claimIds[1], "刘志强", "刘志强", "**** 7822", claims[1]!.payoutFen, "pending"],
      [3, claimIds[2], "陈桂兰", "陈桂兰", "**** 7833", claims[2]!.payoutFen, "pending"],
    ]);
    expect(batch.lines[0]!.idNumberMasked).toBe(households[0]!.idNumber);
    expect(batch.lines[0]!.villageName).toBe(w.village.name);
    expect(made.text).not.toMatch(/62170012345678\d\d/);

    // The bank file: the one place the full account numbers appear, amounts in yuan; each download logged.
    const file = await api("GET /payment-batches/{batchId}/bank-file", { token: finance, params: { batchId: batch.batchId } });
    expect(file.status, file.text).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(file.headers.get("content-disposition")).toContain(`bank-file-${batch.batchId}.csv`);
    const rows = csvRows(file.text);
    expect(rows[0]).toEqual(["序号", "乡镇", "村", "户主姓名", "身份证号", "收款人", "账号", "金额(元)", "摘要"]);
    expect(rows.slice(1)).toEqual(
      claims.map((c, i) => [
        String(i + 1),
        w.village.township,
        w.village.name,
        households[i]!.headName,
        households[i]!.idNumber,
        households[i]!.headName,
        `62170012345678${["11", "22", "33"][i]}`,
        `${Math.floor(c.payoutFen / 100)}.${String(c.payoutFen % 100).padStart(2, "0")}`,
        "防贫保险金",
      ]),
    );
    expect(rows.slice(1).reduce((sum, r) => sum + Math.round(Number(r[7]) * 100), 0)).toBe(totalFen);
    // The file's masked ids are masked, and nowhere at rest is an account number in full.
    expect(households[0]!.idNumber).toMatch(/\*{6,}/);
    expect(JSON.stringify(await rawItems(`PAYBATCH#${batch.batchId}`))).not.toMatch(/62170012345678\d\d/);
    const logged = await api("GET /payment-batches/{batchId}", { token: w.t.approver, params: { batchId: batch.batchId } });
    expect(logged.body.downloads).toEqual([expect.objectContaining({ by: expect.stringMatching(/^finance-/) })]);
    // Only finance downloads it.
    expectError(
      await api("GET /payment-batches/{batchId}/bank-file", { token: w.t.approver, params: { batchId: batch.batchId } }),
      403,
      "FORBIDDEN",
    );

    // The bank: sent, then two succeed and one is returned.
    const [a, b, c] = claimIds as [string, string, string];
    for (const id of claimIds) expect((await recordLine(finance, batch.batchId, id, { outcome: "sent" })).body.outcome).toBe("sent");
    const paidA = await recordLine(finance, batch.batchId, a, { outcome: "succeeded", bankReference: "NS20260301-0001" });
    expect(paidA.status, paidA.text).toBe(200);
    expect(paidA.body).toMatchObject({
      outcome: "succeeded",
      bankReference: "NS20260301-0001",
      outcomeBy: expect.stringMatching(/^finance-/),
    });
    expect((await recordLine(finance, batch.batchId, b, { outcome: "succeeded" })).status).toBe(200);
    const noReason = await recordLine(finance, batch.batchId, c, { outcome: "returned" });
    expectError(noReason, 400, "VALIDATION_FAILED");
    const returned = await recordLine(finance, batch.batchId, c, { outcome: "returned", reason: "账户已销户" });
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body).toMatchObject({ outcome: "returned", reason: "账户已销户" });

    // Retries: the same outcome answers the line as it stands; a contradicting one is refused.
    const again = await recordLine(finance, batch.batchId, a, { outcome: "succeeded", bankReference: "NS20260301-0001" });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(paidA.body);
    expectError(await recordLine(finance, batch.batchId, a, { outcome: "returned", reason: "误登" }), 409, "LINE_OUTCOME_CONFLICT");
    expectError(
      await recordLine(finance, batch.batchId, a, { outcome: "succeeded", bankReference: "OTHER-REF" }),
      409,
      "LINE_OUTCOME_CONFLICT",
    );
    expectError(await recordLine(finance, batch.batchId, c, { outcome: "succeeded" }), 409, "LINE_OUTCOME_CONFLICT");
    expectError(await recordLine(finance, batch.batchId, c, { outcome: "sent" }), 409, "LINE_OUTCOME_CONFLICT");

    const settled = await api("GET /payment-batches/{batchId}", { token: finance, params: { batchId: batch.batchId } });
    expect(settled.body).toMatchObject({
      status: "settled",
      counts: { pending: 0, sent: 0, succeeded: 2, returned: 1 },
      succeededFen: claims[0]!.payoutFen + claims[1]!.payoutFen,
      returnedFen: claims[2]!.payoutFen,
    });

    // Two claims paid, recording the batch; the returned one still approved, with the bank's reason.
    const claimA = await claimOf(w, a);
    expect(claimA).toMatchObject({ status: "paid", payment: { batchId: batch.batchId, bankReference: "NS20260301-0001" } });
    expect(claimA.history!.at(-1)).toMatchObject({ action: "pay", from: "approved", to: "paid" });
    expect((await claimOf(w, b)).status).toBe("paid");
    const claimC = await claimOf(w, c);
    expect(claimC.status).toBe("approved");
    expect(claimC.payment).toBeUndefined();
    expect(claimC.paymentReturns).toEqual([expect.objectContaining({ batchId: batch.batchId, reason: "账户已销户" })]);
    expect(claimC.history!.at(-1)).toMatchObject({ action: "payment_returned", from: "approved", to: "approved", note: "账户已销户" });

    // The payable list shows it free again, with its return; the paid ones are gone from it.
    const payable = await api("GET /schemes/{schemeId}/payable-claims", { token: finance, params: { schemeId: w.schemeId } });
    expect(payable.status, payable.text).toBe(200);
    expect(payable.body.items.map((p) => p.claimId)).toEqual([c]);
    expect(payable.body.items[0]).toMatchObject({ openBatchId: null, lastReturn: { batchId: batch.batchId, reason: "账户已销户" } });

    // A paid claim cannot go into a batch again; the returned one can, once the household's account is fixed.
    const repaid = await createBatch(finance, w.schemeId, [a]);
    expectError(repaid, 422, "CLAIMS_NOT_PAYABLE");
    expect(errorOf(repaid).details[0]).toMatchObject({ claimId: a, reason: "already_paid", status: "paid" });
    await api("PUT /households/{householdId}/payment-account", {
      token: w.t.clerk,
      params: { householdId: households[2]!.householdId },
      body: accountInput({ holderName: "陈桂兰", accountNumber: "6228480011223344", kind: "yikatong", reason: "原账户已销户" }),
    });
    const second = await createBatch(finance, w.schemeId, [c]);
    expect(second.status, second.text).toBe(201);
    expect(second.body.lines[0]).toMatchObject({
      claimId: c,
      accountMasked: "**** 3344",
      accountKind: "yikatong",
      amountFen: claims[2]!.payoutFen,
    });
    const paidC = await recordLine(finance, second.body.batchId, c, { outcome: "succeeded", bankReference: "NS20260315-0007" });
    expect(paidC.status, paidC.text).toBe(200);
    const claimCPaid = await claimOf(w, c);
    expect(claimCPaid).toMatchObject({ status: "paid", payment: { batchId: second.body.batchId, bankReference: "NS20260315-0007" } });
    expect(claimCPaid.paymentReturns).toHaveLength(1);

    // The scheme's figures count three claims paid.
    const report = await api("GET /reports/claims", { token: w.t.approver, query: { schemeId: w.schemeId } });
    expect(report.body.byStatus).toMatchObject({ approved: 0, paid: 3 });
    const listed = await api("GET /payment-batches", { token: finance, query: { schemeId: w.schemeId } });
    expect(listed.body.items.map((x) => [x.batchId, x.status])).toEqual([
      [second.body.batchId, "settled"],
      [batch.batchId, "settled"],
    ]);

    // The household is told: a queued SMS naming the card's last four digits, the phone masked.
    const notices = await api("GET /claims/{claimId}/notifications", { token: w.t.clerk, params: { claimId: c } });
    expect(notices.status, notices.text).toBe(200);
    const paidNotice = notices.body.items.find((n) => n.kind === "paid");
    expect(paidNotice).toMatchObject({
      channel: "sms",
      status: "queued",
      phoneMasked: "138****5678",
      failure: null,
      text: `【${w.village.county}防贫保险】您的防贫保险金${smsYuan(claims[2]!.payoutFen)}元已发放到尾号为3344的一卡通，请注意查收。`,
    });
    expect(notices.text).not.toContain(PHONE);
    const noticeA = await api("GET /claims/{claimId}/notifications", { token: w.t.clerk, params: { claimId: a } });
    expect(noticeA.body.items.filter((n) => n.kind === "paid").map((n) => n.text)).toEqual([
      expect.stringContaining("尾号为7811的社会保障卡"),
    ]);
  });

  it("refuses claims not approved, without an account or already in an open batch, listing each, writing nothing", async () => {
    const w = await world();
    const finance = await financeToken(w);
    const withAccount = await payee(w, "44");
    const ok = await approved(w, withAccount.householdId);
    const noAccount = await approved(w); // the world's household has no account
    const notApproved = await submit(w, {}, withAccount.householdId);
    const refused = await createBatch(finance, w.schemeId, [ok.claimId, noAccount.claimId, notApproved, "clm_unknown"]);
    expectError(refused, 422, "CLAIMS_NOT_PAYABLE");
    expect(errorOf(refused).details.map((d) => [d.claimId, d.reason])).toEqual([
      [noAccount.claimId, "no_account"],
      [notApproved, "not_approved"],
      ["clm_unknown", "not_found"],
    ]);
    const zh = await api("POST /payment-batches", {
      token: finance,
      body: { schemeId: w.schemeId, claimIds: [noAccount.claimId] },
      headers: { "accept-language": "zh-CN" },
    });
    expect(errorOf(zh).message).toContain("尚未登记收款账户");
    expect((await api("GET /payment-batches", { token: finance, query: { schemeId: w.schemeId } })).body.items).toEqual([]);

    // In an open batch: refused for a second one.
    const first = await createBatch(finance, w.schemeId, [ok.claimId]);
    expect(first.status, first.text).toBe(201);
    const twice = await createBatch(finance, w.schemeId, [ok.claimId]);
    expectError(twice, 422, "CLAIMS_NOT_PAYABLE");
    expect(errorOf(twice).details[0]).toMatchObject({ claimId: ok.claimId, reason: "in_open_batch", batchId: first.body.batchId });

    // Another county's finance sees neither the scheme nor the batch.
    const other = await world();
    const elsewhere = await financeToken(other);
    expectError(await createBatch(elsewhere, w.schemeId, [ok.claimId]), 422, "REFERENCE_NOT_FOUND");
    expectError(
      await api("GET /payment-batches/{batchId}", { token: elsewhere, params: { batchId: first.body.batchId } }),
      404,
      "NOT_FOUND",
    );
    expectError(await recordLine(elsewhere, first.body.batchId, ok.claimId, { outcome: "sent" }), 404, "NOT_FOUND");
  });

  it("is made by finance only, never by an approver, nor by a finance officer who approved a claim in it", async () => {
    const w = await world();
    await putAccount(w, w.household.householdId);
    const { claimId } = await approved(w);
    expectError(await createBatch(w.t.approver, w.schemeId, [claimId]), 403, "FORBIDDEN");
    expectError(await createBatch(w.t.clerk, w.schemeId, [claimId]), 403, "FORBIDDEN");

    // Someone who is both approver and finance approves a claim, then tries to pay it.
    const both = `approver-finance-${unique()}`;
    const token = await staffToken(both, ["approver", "finance"], w.t.area);
    const second = await reviewed(w);
    expect((await api("POST /claims/{claimId}/approve", { token, params: { claimId: second } })).status).toBe(200);
    const refused = await api("POST /payment-batches", {
      token,
      body: { schemeId: w.schemeId, claimIds: [second] },
      headers: { "accept-language": "zh-CN" },
    });
    expectError(refused, 403, "SEPARATION_OF_DUTIES");
    expect(errorOf(refused).details[0]).toMatchObject({ step: "pay", claimId: second, approvedBy: both });
    expect(errorOf(refused).message).toContain("按岗位分离要求");
    // Another finance officer may, and the first may still pay the claim it did not approve.
    expect((await createBatch(token, w.schemeId, [claimId])).status).toBe(201);
    const other = await createBatch(await financeToken(w), w.schemeId, [second]);
    expect(other.status, other.text).toBe(201);
    // ... but may not record the outcome of the claim it approved.
    expectError(await recordLine(token, other.body.batchId, second, { outcome: "succeeded" }), 403, "SEPARATION_OF_DUTIES");
  });

  it("never lets two concurrent batches take the same claim", async () => {
    const w = await world();
    const claims = [];
    for (const tail of ["51", "52", "53"]) claims.push((await approved(w, (await payee(w, tail)).householdId)).claimId);
    const [a, b, c] = claims as [string, string, string];
    const officers = await Promise.all([financeToken(w), financeToken(w), financeToken(w), financeToken(w)]);

    // Two batches of the same claim at once: exactly one is made.
    const pair = await Promise.all([createBatch(officers[0]!, w.schemeId, [a]), createBatch(officers[1]!, w.schemeId, [a])]);
    expect(pair.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(errorOf(pair.find((r) => r.status === 422)!)).toMatchObject({
      code: "CLAIMS_NOT_PAYABLE",
      details: [expect.objectContaining({ reason: "in_open_batch" })],
    });

    // Overlapping batches at once: whichever wins, each claim is in exactly one line.
    const race = await Promise.all([
      createBatch(officers[0]!, w.schemeId, [b, c]),
      createBatch(officers[1]!, w.schemeId, [c]),
      createBatch(officers[2]!, w.schemeId, [b]),
      createBatch(officers[3]!, w.schemeId, [c, b]),
    ]);
    for (const r of race) expect([201, 422], r.text).toContain(r.status);
    const listed = await api("GET /payment-batches", { token: officers[0]!, query: { schemeId: w.schemeId } });
    const lines = [];
    for (const batch of listed.body.items) {
      const full = await api("GET /payment-batches/{batchId}", { token: officers[0]!, params: { batchId: batch.batchId } });
      lines.push(...full.body.lines.map((l) => l.claimId));
    }
    expect(lines.sort()).toEqual([a, b, c].sort());
  });

  it("records the SMS as failed when no phone is on file, so staff see the household was not told", async () => {
    const w = await world();
    await putAccount(w, w.household.householdId, { phone: undefined });
    const { claimId } = await approved(w);
    const finance = await financeToken(w);
    const batch = await createBatch(finance, w.schemeId, [claimId]);
    expect(batch.status, batch.text).toBe(201);
    expect((await recordLine(finance, batch.body.batchId, claimId, { outcome: "succeeded" })).status).toBe(200);
    const notices = await api("GET /claims/{claimId}/notifications", { token: w.t.approver, params: { claimId } });
    expect(notices.body.items.filter((n) => n.kind === "paid")).toEqual([
      expect.objectContaining({
        status: "failed",
        failure: "no_phone",
        phoneMasked: null,
        text: expect.stringContaining("尾号为1234的社会保障卡"),
      }),
    ]);
    // Another area's staff see no claim there.
    const other = await world();
    expectError(await api("GET /claims/{claimId}/notifications", { token: other.t.clerk, params: { claimId } }), 404, "NOT_FOUND");
  });
});

describe("payment amounts", () => {
  it("pays exactly the approved payout, in fen", async () => {
    const w = await world();
    await putAccount(w, w.household.householdId);
    // 5,000 deductible at 70%: 60,000 − 35,000 − 5,000 = 20,000 → 14,000 yuan.
    const { claimId, payoutFen } = await approved(w);
    expect(payoutFen).toBe(yuan(14_000));
    const finance = await financeToken(w);
    const batch = await createBatch(finance, w.schemeId, [claimId]);
    expect(batch.body.totalFen).toBe(yuan(14_000));
    const file = await api("GET /payment-batches/{batchId}/bank-file", { token: finance, params: { batchId: batch.body.batchId } });
    expect(csvRows(file.text)[1]![7]).toBe("14000.00");
  });
});
