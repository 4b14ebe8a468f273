import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, expectError, tokenFor } from "./support/api";
import {
  adminToken,
  buyerToken,
  chongzuoIllness,
  claimInput,
  createVillage,
  listedProduct,
  newHousehold,
  reviewed,
  staffToken,
  submit,
  villageInput,
  world,
  yuan,
} from "./support/fixtures";

/**
 * Error messages in the reader's language: with `Accept-Language: zh-CN` every refusal, the
 * gateway's own included, answers its message in Chinese (amounts in 元) with the same code and
 * details; with English or no preference, exactly the English it always answered.
 */

const ZH = { "accept-language": "zh-CN" };
const CJK = /[\u4e00-\u9fff]/;

function expectChinese(res: { status: number; body: any; text: string; headers: Headers }, status: number, code: string) {
  expectError(res, status, code);
  expect(res.body.error.message, res.text).toMatch(CJK);
  expect(res.body.error.message, res.text).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/);
  expect(res.headers.get("content-language")).toBe("zh-CN");
  expect(res.headers.get("vary")?.toLowerCase()).toContain("accept-language");
}

describe("error messages in Chinese for Accept-Language: zh-CN", () => {
  it("answers 401 without a token in Chinese, from the gateway's authorizer", async () => {
    const res = await call("GET", "/orders", { headers: ZH });
    expectChinese(res, 401, "UNAUTHENTICATED");
    expect(res.body.message).toBe("Unauthorized");
    expect(res.body.error.message).toMatch(/^请先登录/);
  });

  it("answers 404 for a product that does not exist in Chinese, naming it", async () => {
    const res = await call("GET", "/products/prd_does_not_exist", { headers: ZH });
    expectChinese(res, 404, "NOT_FOUND");
    expect(res.body.error.message).toBe("未找到该商品（prd_does_not_exist）。");
    expect(res.body.error.details).toEqual([{ message: "not found", resource: "product", id: "prd_does_not_exist" }]);
  });

  it("answers 404 for a route that does not exist in Chinese, from the gateway", async () => {
    const res = await call("GET", "/no-such-route", { headers: ZH });
    expectChinese(res, 404, "NOT_FOUND");
    expect(res.body.message).toBe("Not Found");
    expect(res.body.error.message).toBe("没有这个接口：GET /no-such-route。");
  });

  it("answers 400 for a bad body in Chinese, field by field, with the same details as in English", async () => {
    const body = villageInput({ name: "", township: 7 });
    const [zh, en] = await Promise.all([
      call("POST", "/villages", { token: await adminToken(), body, headers: ZH }),
      call("POST", "/villages", { token: await adminToken(), body }),
    ]);
    expectChinese(zh, 400, "VALIDATION_FAILED");
    expect(zh.body.error.message).toBe("提交的内容有误：「名称」不能为空；「乡镇」应为文本。");
    expect(zh.body.error.details).toEqual(en.body.error.details);
    expect(zh.body.error.details.map((d: any) => d.issue)).toEqual(["too_small", "invalid_type"]);
  });

  it("answers 403 for a missing role in Chinese, naming the roles", async () => {
    const res = await call("POST", "/villages", { token: await buyerToken(), body: villageInput(), headers: ZH });
    expectChinese(res, 403, "FORBIDDEN");
    expect(res.body.error.message).toBe("您没有执行此操作的权限，需要以下角色之一：管理员。");
  });

  it("answers a 422 reference to nothing in Chinese", async () => {
    const res = await call("POST", "/suppliers", {
      token: await adminToken(),
      body: { name: "演示合作社", kind: "cooperative", villageId: "vil_nowhere" },
      headers: ZH,
    });
    expectChinese(res, 422, "REFERENCE_NOT_FOUND");
    expect(res.body.error.message).toBe("「村编号」所指的村不存在（vil_nowhere）。");
  });

  it("answers 409 OUT_OF_STOCK in Chinese, naming the product and what is left", async () => {
    const { product } = await listedProduct({ stock: 3 });
    const refused = await call("POST", "/orders", {
      token: await buyerToken(),
      body: { items: [{ productId: product.productId, quantity: 5 }] },
      headers: { ...ZH, "idempotency-key": randomUUID() },
    });
    expectChinese(refused, 409, "OUT_OF_STOCK");
    expect(refused.body.error.message).toBe(`商品「${product.name}」库存不足：需要 5，仅剩 3。`);
  });

  it("answers 422 CAP_EXHAUSTED in Chinese with the household's used amount and yearly cap in 元", async () => {
    const capped = {
      deductibleFen: 0,
      tiers: [{ upToFen: null, ratioBps: 10_000 }],
      perClaimCapFen: null,
      perHouseholdYearCapFen: yuan(1234.5),
    };
    const w = await world({ scheme: { rules: { disaster: capped } } });
    // Two incidents (the fixture spaces a household's claims more than 30 days apart, so neither is a possible duplicate).
    const disaster = { cause: "disaster", expenses: { totalFen: yuan(2000), reimbursedFen: 0 } };
    const approve = (claimId: string) => call("POST", `/claims/${claimId}/approve`, { token: w.t.approver, headers: ZH });
    expect((await approve(await reviewed(w, disaster))).status).toBe(200);
    const res = await approve(await reviewed(w, disaster));
    expectChinese(res, 422, "CAP_EXHAUSTED");
    expect(res.body.error.message).toBe("该农户2026年在本方案已获赔 ¥1,234.50，每户年度赔付上限为 ¥1,234.50，额度已用完，不能再获赔付。");
  });

  it("answers a claim below its category's entry threshold, outdated income and a possible duplicate in Chinese", async () => {
    const handan = { ...chongzuoIllness, entryThresholdByCategoryFen: { marginal_at_risk: yuan(20_000) } };
    const w = await world({ scheme: { rules: { illness: handan } } });
    const marginal = await newHousehold(w.t.clerk, w.village.villageId, { category: "marginal_at_risk" });
    const expenses = { totalFen: yuan(15_000), reimbursedFen: 0 };
    const below = await call("POST", "/claims", {
      token: w.t.clerk,
      body: claimInput(marginal.householdId, w.schemeId, { expenses }),
      headers: ZH,
    });
    expectChinese(below, 422, "NOT_ELIGIBLE");
    expect(below.body.error.message).toBe("不符合申请条件：自付费用 ¥15,000.00 未达到「边缘易致贫户」的起付标准 ¥20,000.00。");

    const old = await newHousehold(w.t.clerk, w.village.villageId, { incomeYear: 2015 });
    const outdated = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(old.householdId, w.schemeId), headers: ZH });
    expectChinese(outdated, 422, "NOT_ELIGIBLE");
    expect(outdated.body.error.message).toBe("不符合申请条件：家庭收入数据为2015年，须为2025年或之后的收入，请先更新收入。");

    const first = await submit(w);
    const again = await call("POST", "/claims", { token: w.t.clerk, body: claimInput(w.household.householdId, w.schemeId), headers: ZH });
    expectChinese(again, 409, "POSSIBLE_DUPLICATE");
    expect(again.body.error.message).toBe(
      `可能是重复申请：申请 ${first} 为同一农户同一原因（事发 2026年1月15日）的申请。如确非重复，请填写说明后提交，由审核人复核。`,
    );
  });

  it("answers jurisdiction's refusals in Chinese: another county's household as unknown, no area, a read-only area, a stale version", async () => {
    const w = await world();
    const elsewhere = await world();
    const householdId = elsewhere.household.householdId;
    const outside = await call("GET", `/households/${householdId}`, { token: w.t.clerk, headers: ZH });
    expectChinese(outside, 404, "NOT_FOUND");
    expect(outside.body.error.message).toBe(`未找到该农户（${householdId}）。`);
    const noArea = await call("GET", "/claims", { token: await tokenFor("clerk-no-area", "clerk"), headers: ZH });
    expectChinese(noArea, 403, "AREA_REQUIRED");
    const province = await staffToken("clerk-province", ["clerk"], { province: w.village.province });
    const readOnly = await call("PATCH", `/households/${w.household.householdId}`, {
      token: province,
      body: { reason: "核实", address: "一组" },
      headers: ZH,
    });
    expectChinese(readOnly, 403, "READ_ONLY_AREA");
    expect(readOnly.body.error.message).toBe("省级工作人员可以查看本区域的记录，但不能办理；请由所在县或乡镇的工作人员办理。");
    const patch = (expectedVersion: number) =>
      call("PATCH", `/households/${w.household.householdId}`, {
        token: w.t.clerk,
        body: { reason: "核实", address: "一组", expectedVersion },
        headers: ZH,
      });
    expect((await patch(1)).status).toBe(200);
    const stale = await patch(1);
    expectChinese(stale, 409, "VERSION_CONFLICT");
    expect(stale.body.error.message).toBe(
      "该农户在您查看后已被他人修改（您修改的是第 1 版，当前已是第 2 版），本次未做更改，请刷新后重新修改。",
    );
  });

  it("answers 403 SEPARATION_OF_DUTIES in Chinese", async () => {
    const w = await world();
    const claimId = await submit(w);
    const res = await call("POST", `/claims/${claimId}/review`, {
      token: w.t.clerk,
      body: { decision: "pass", note: "自审" },
      headers: ZH,
    });
    expectChinese(res, 403, "SEPARATION_OF_DUTIES");
  });
});

describe("error messages in English otherwise", () => {
  it.each([
    ["no Accept-Language", {}],
    ["Accept-Language: en", { "accept-language": "en" }],
    ["an English-first browser", { "accept-language": "en-US,en;q=0.9,zh-CN;q=0.8" }],
    ["a Traditional-Chinese reader (no Traditional messages yet)", { "accept-language": "zh-TW" }],
  ])("keeps English with %s", async (_name, headers) => {
    const notFound = await call("GET", "/products/prd_does_not_exist", { headers });
    expectError(notFound, 404, "NOT_FOUND");
    expect(notFound.body.error.message).toBe("Product prd_does_not_exist was not found");
    expect(notFound.headers.get("content-language")).toBe("en");

    const unauthenticated = await call("GET", "/orders", { headers });
    expectError(unauthenticated, 401, "UNAUTHENTICATED");
    expect(unauthenticated.body.error.message).toBe("A valid bearer token is required");

    const noRoute = await call("GET", "/no-such-route", { headers });
    expect(noRoute.body.error.message).toBe("No route for GET /no-such-route");
  });

  it("answers the English the platform always answered for a bad body", async () => {
    const village = await createVillage();
    const res = await call("POST", "/villages", {
      token: await adminToken(),
      body: villageInput({ name: village.name, county: village.county, township: village.township }),
      headers: { "accept-language": "en" },
    });
    expectError(res, 409, "DUPLICATE");
    expect(res.body.error.message).toBe(`${village.county} ${village.township} ${village.name} is already registered`);
  });
});
