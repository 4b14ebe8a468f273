import { describe, expect, it } from "vitest";
import { BANK_FILE_HEADER, bankFileRows, yuanColumn } from "./bank-file";
import { CreatePaymentBatch, MAX_BATCH_CLAIMS, PutPaymentAccount, RecordLineOutcome } from "./schemas";
import { approvedSms, maskAccount, maskPhone, paidSms, yuanText } from "./texts";

describe("how accounts and phones are shown", () => {
  it("shows an account by its last four digits only (尾号)", () => {
    expect(maskAccount("6217001234567891234")).toBe("**** 1234");
    expect(maskAccount("622848001122334455")).toBe("**** 4455");
  });

  it("shows a phone as 138****5678", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});

describe("what a clerk may enter", () => {
  const valid = {
    holderName: "张建国",
    bankName: "夏津县农村商业银行",
    accountNumber: "6217 0012 3456 7891 234",
    kind: "social_security_card",
  };

  it("keeps the digits of an account number typed with spaces or dashes", () => {
    expect(PutPaymentAccount.parse(valid).accountNumber).toBe("6217001234567891234");
    expect(PutPaymentAccount.parse({ ...valid, accountNumber: "6217-0012-3456" }).accountNumber).toBe("621700123456");
  });

  it.each([
    ["too short", "62170012345"],
    ["too long", "6".repeat(31)],
    ["letters", "6217AB1234567890"],
  ])("refuses an account number %s, naming the rule, never the value", (_why, accountNumber) => {
    const result = PutPaymentAccount.safeParse({ ...valid, accountNumber });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["accountNumber"]);
    expect(issue.message).toBe("must be an account number of 12 to 30 digits");
    expect(JSON.stringify(result.error!.issues)).not.toContain(accountNumber);
  });

  it("takes a mainland mobile number, with or without +86, and refuses others", () => {
    expect(PutPaymentAccount.parse({ ...valid, phone: "+86 138-1234-5678" }).phone).toBe("13812345678");
    expect(PutPaymentAccount.safeParse({ ...valid, phone: "12812345678" }).success).toBe(false);
    expect(PutPaymentAccount.safeParse({ ...valid, phone: "1381234567" }).success).toBe(false);
  });

  it("needs the bank's reason for a returned line, and at most one batch's worth of distinct claims", () => {
    expect(RecordLineOutcome.safeParse({ outcome: "returned" }).error?.issues[0]?.path).toEqual(["reason"]);
    expect(RecordLineOutcome.safeParse({ outcome: "returned", reason: "账户已销户" }).success).toBe(true);
    expect(RecordLineOutcome.safeParse({ outcome: "succeeded" }).success).toBe(true);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `clm_${i}`);
    expect(CreatePaymentBatch.safeParse({ schemeId: "s", claimIds: ids(MAX_BATCH_CLAIMS) }).success).toBe(true);
    expect(CreatePaymentBatch.safeParse({ schemeId: "s", claimIds: ids(MAX_BATCH_CLAIMS + 1) }).success).toBe(false);
    expect(CreatePaymentBatch.safeParse({ schemeId: "s", claimIds: ["clm_1", "clm_1"] }).success).toBe(false);
    // A transaction takes 100 writes: the header, and a line and a hold per claim.
    expect(1 + 2 * MAX_BATCH_CLAIMS).toBeLessThanOrEqual(100);
  });
});

describe("the SMS the household receives", () => {
  const account = { kind: "social_security_card" as const, accountMasked: "**** 1234" };

  it("writes yuan exactly, without a trailing .00", () => {
    expect(yuanText(490_000)).toBe("4900");
    expect(yuanText(490_050)).toBe("4900.50");
    expect(yuanText(490_005)).toBe("4900.05");
    expect(yuanText(0)).toBe("0");
  });

  it("says the aid was approved, and where it will go when an account is on file", () => {
    expect(approvedSms({ county: "夏津县", schemeKind: "insurance", amountFen: 490_000, account })).toBe(
      "【夏津县防贫保险】您的防贫保险金申请已审批，金额4900元，将发放到尾号为1234的社会保障卡。",
    );
    expect(approvedSms({ county: "江口县", schemeKind: "relief", amountFen: 123_456, account: null })).toBe(
      "【江口县防贫救助】您的防贫救助金申请已审批，金额1234.56元。",
    );
  });

  it("says it was paid to the card's last four digits", () => {
    expect(paidSms({ county: "夏津县", schemeKind: "insurance", amountFen: 490_000, account })).toBe(
      "【夏津县防贫保险】您的防贫保险金4900元已发放到尾号为1234的社会保障卡，请注意查收。",
    );
  });
});

describe("the bank file", () => {
  const line = (seq: number, amountFen: number) => ({
    seq,
    township: "苏留庄镇",
    villageName: "小石堂村",
    headName: "张建国",
    idNumberMasked: "371***********001X",
    holderName: "张建国",
    accountNumber: `62170012345678${seq}`,
    amountFen,
  });

  it("has the county bank's columns, one row per line in 序号 order, amounts in yuan with two decimals", () => {
    const rows = bankFileRows({ schemeKind: "insurance" }, [line(2, 12_345), line(1, 490_000)]);
    expect(rows[0]).toEqual([...BANK_FILE_HEADER]);
    expect(rows[0]).toEqual(["序号", "乡镇", "村", "户主姓名", "身份证号", "收款人", "账号", "金额(元)", "摘要"]);
    expect(rows.slice(1)).toEqual([
      ["1", "苏留庄镇", "小石堂村", "张建国", "371***********001X", "张建国", "621700123456781", "4900.00", "防贫保险金"],
      ["2", "苏留庄镇", "小石堂村", "张建国", "371***********001X", "张建国", "621700123456782", "123.45", "防贫保险金"],
    ]);
  });

  it("writes every amount exactly", () => {
    expect(yuanColumn(5)).toBe("0.05");
    expect(yuanColumn(100)).toBe("1.00");
    expect(yuanColumn(999_999_999)).toBe("9999999.99");
  });
});
