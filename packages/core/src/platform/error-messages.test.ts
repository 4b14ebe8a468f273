import { describe, expect, it } from "vitest";
import { PlaceOrder } from "../orders/schemas";
import { type ApiError, chineseMessage, ERROR_CODES, type ErrorCode, errorMessage, localizeError, ZH_MESSAGES } from "./error-messages";
import { formatYuan } from "./money";
import { zodIssueDetails } from "./validation-details";

/** A zod refusal exactly as the HTTP layer details it. */
function zodDetails(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown, where = "body") {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a refusal");
  return zodIssueDetails(where, result.error as never, value);
}

/** For every code, the errors the platform throws with it, details as the throw sites build them. */
const SAMPLES: Record<ErrorCode, ApiError[]> = {
  VALIDATION_FAILED: [
    {
      code: "VALIDATION_FAILED",
      message: "The request body is not valid",
      details: zodDetails(PlaceOrder, { items: [{ productId: "p 1", quantity: 0 }] }),
    },
    {
      code: "VALIDATION_FAILED",
      message: "The request body is not valid",
      details: [{ path: "body", message: "not well-formed JSON", issue: "malformed_json" }],
    },
    {
      code: "VALIDATION_FAILED",
      message: "A report covers at most 24 months",
      details: [{ path: "query.from", message: "period too long", issue: "too_big", origin: "months", maximum: 24 }],
    },
    // A detail from a schema that names no issue (claims' rule checks): still Chinese, naming the field.
    {
      code: "VALIDATION_FAILED",
      message: "The request body is not valid",
      details: [{ path: "body.rules.illness.tiers.1.upToFen", message: "tiers must rise", code: "custom" }],
    },
  ],
  IDEMPOTENCY_KEY_REQUIRED: [{ code: "IDEMPOTENCY_KEY_REQUIRED", message: "This request needs an Idempotency-Key header" }],
  INVALID_SIGNATURE: [{ code: "INVALID_SIGNATURE", message: "The Stripe-Signature header is missing" }],
  UNAUTHENTICATED: [{ code: "UNAUTHENTICATED", message: "A valid bearer token is required" }],
  FORBIDDEN: [
    {
      code: "FORBIDDEN",
      message: "This needs one of the roles: admin, supplier",
      details: [{ message: "role required", rule: "role", requiredRoles: ["admin", "supplier"] }],
    },
    {
      code: "FORBIDDEN",
      message: "Only an administrator or the accounts of X may manage its pairings",
      details: [{ message: "x", rule: "enterprise_owner", enterprise: "德州黑马集团有限公司" }],
    },
    {
      code: "FORBIDDEN",
      message: "Only an administrator or the supplier's own staff may manage this product",
      details: [{ message: "x", rule: "supplier_staff" }],
    },
  ],
  SEPARATION_OF_DUTIES: [
    { code: "SEPARATION_OF_DUTIES", message: "The reviewer of a claim may not be its submitter" },
    {
      code: "SEPARATION_OF_DUTIES",
      message: "Each step of an assessment is taken by a different person: you took its visit step",
      details: [{ message: "you took the visit step of this assessment", step: "notice", earlierStep: "visit" }],
    },
  ],
  AREA_REQUIRED: [
    {
      code: "AREA_REQUIRED",
      message: "This account has no area (province, city, county or township): ask an administrator to assign one",
      details: [{ message: "staff accounts act within an area", rule: "area" }],
    },
  ],
  READ_ONLY_AREA: [
    {
      code: "READ_ONLY_AREA",
      message: "Staff of a city read their area but do not act on its records",
      details: [{ message: "only county and township staff act on records", rule: "area", level: "city" }],
    },
  ],
  NOT_FOUND: [
    { code: "NOT_FOUND", message: "Product prd_x was not found", details: [{ message: "not found", resource: "product", id: "prd_x" }] },
    { code: "NOT_FOUND", message: "No route for GET /nope", details: [{ message: "no such route", resource: "route", id: "GET /nope" }] },
  ],
  DUPLICATE: [
    {
      code: "DUPLICATE",
      message: "A household with this resident id is already registered",
      details: [{ path: "body.idNumber", message: "already registered" }],
    },
    {
      code: "DUPLICATE",
      message: "x already has an active pairing with y",
      details: [{ path: "body.villageId", message: "x", resource: "pairing", enterprise: "德州黑马集团有限公司", village: "小石堂村" }],
    },
    {
      code: "DUPLICATE",
      message: "夏津县 苏留庄镇 小石堂村 is already registered",
      details: [{ path: "body.name", message: "x", resource: "village", county: "夏津县", township: "苏留庄镇", name: "小石堂村" }],
    },
  ],
  OUT_OF_STOCK: [
    {
      code: "OUT_OF_STOCK",
      message: "Only 3 left of 夏津椹果酒",
      details: [
        {
          path: "body.items.0.quantity",
          message: "3 available",
          productId: "prd_1",
          productName: "夏津椹果酒",
          available: 3,
          requested: 5,
        },
      ],
    },
    { code: "OUT_OF_STOCK", message: "Only 4 left to write off", details: [{ path: "body.stockDelta", message: "4 in stock", stock: 4 }] },
  ],
  IDEMPOTENCY_KEY_REUSED: [
    { code: "IDEMPOTENCY_KEY_REUSED", message: "This Idempotency-Key was already used with a different request body" },
  ],
  IDEMPOTENCY_IN_PROGRESS: [{ code: "IDEMPOTENCY_IN_PROGRESS", message: "still being processed" }],
  INVALID_STATE: [
    {
      code: "INVALID_STATE",
      message: "An order that is paid cannot be cancelled",
      details: [{ path: "status", message: "is paid", resource: "order", status: "paid", action: "cancel" }],
    },
    {
      code: "INVALID_STATE",
      message: "Claim c is reviewed; review needs a claim that is submitted",
      details: [
        { path: "status", message: "is reviewed", resource: "claim", action: "review_pass", status: "reviewed", allowed: ["submitted"] },
      ],
    },
    { code: "INVALID_STATE", message: "Claim c refers to a scheme or household that no longer exists" },
  ],
  CONCURRENT_UPDATE: [{ code: "CONCURRENT_UPDATE", message: "try again" }],
  ORDER_NOT_PAID_YET: [{ code: "ORDER_NOT_PAID_YET", message: "deliver again later" }],
  VERSION_CONFLICT: [
    {
      code: "VERSION_CONFLICT",
      message: "The household was changed since you read it: reload it and apply your change again",
      details: [{ path: "body.expectedVersion", message: "stale", resource: "household", expectedVersion: 2, currentVersion: 3 }],
    },
  ],
  PAYLOAD_TOO_LARGE: [
    { code: "PAYLOAD_TOO_LARGE", message: "too large", details: [{ path: "body", message: "too large", maxBytes: 65_536 }] },
  ],
  REFERENCE_NOT_FOUND: [
    {
      code: "REFERENCE_NOT_FOUND",
      message: "Village vil_x does not exist",
      details: [{ path: "villageId", message: "unknown village", resource: "village", id: "vil_x" }],
    },
  ],
  PRODUCT_NOT_LISTED: [
    {
      code: "PRODUCT_NOT_LISTED",
      message: "Product prd_1 is not listed for sale",
      details: [{ path: "body.items.0.productId", message: "not listed", productId: "prd_1", productName: "夏津金丝小枣" }],
    },
  ],
  ORDER_TOO_LARGE: [
    {
      code: "ORDER_TOO_LARGE",
      message: "One order may total at most 99999999 fen",
      details: [{ path: "body.items", message: "total too large", maxTotalFen: 99_999_999, totalFen: 120_000_000 }],
    },
  ],
  PAYMENT_REJECTED: [{ code: "PAYMENT_REJECTED", message: "Stripe refused the payment: Amount must be no more than ¥999,999.99" }],
  REFUND_EXCEEDS_PAYMENT: [
    {
      code: "REFUND_EXCEEDS_PAYMENT",
      message: "At most 3980 fen of this order can still be refunded",
      details: [{ path: "body.amountFen", message: "x", refundableFen: 3980, requestedFen: 5000 }],
    },
  ],
  REFUND_REJECTED: [{ code: "REFUND_REJECTED", message: "Stripe refused the refund: Charge ch_1 has already been refunded." }],
  ENDED_BEFORE_START: [
    {
      code: "ENDED_BEFORE_START",
      message: "x",
      details: [{ path: "body.endedOn", message: "x", startedOn: "2026-03-01", endedOn: "2026-02-01" }],
    },
  ],
  VILLAGE_OUTSIDE_SUPPLIER_COUNTY: [
    {
      code: "VILLAGE_OUTSIDE_SUPPLIER_COUNTY",
      message: "x",
      details: [{ path: "body.villageId", message: "x", village: "云舍村", villageCounty: "江口县", supplierCounty: "夏津县" }],
    },
  ],
  NOT_ELIGIBLE: [
    {
      code: "NOT_ELIGIBLE",
      message: "Not eligible: per-capita income 900000 fen is not below the scheme's income line of 800000 fen",
      details: [
        {
          reason: "income_at_or_above_line",
          path: "householdId",
          message: "per-capita income 900000 fen is not below the scheme's income line of 800000 fen",
        },
        { reason: "cause_not_covered", path: "cause", message: "the scheme has no rule for education (因学)" },
      ],
    },
  ],
  POOL_INSUFFICIENT: [
    {
      code: "POOL_INSUFFICIENT",
      message: "The scheme's pool cannot cover a payout of 1234550 fen",
      details: [{ path: "schemeId", message: "x", payoutFen: 1_234_550 }],
    },
  ],
  CAP_EXHAUSTED: [
    {
      code: "CAP_EXHAUSTED",
      message: "Nothing remains of the household's 2026 cap of 10000000 fen in this scheme",
      details: [
        {
          path: "householdId",
          message: "already received 10000000 fen of 10000000 fen in 2026",
          perHouseholdYearCapFen: 10_000_000,
          householdYearPaidFen: 9_876_543,
          year: "2026",
        },
      ],
    },
  ],
  OUTSIDE_COVERAGE_PERIOD: [
    {
      code: "OUTSIDE_COVERAGE_PERIOD",
      message: "The incident date 2025-12-31 is outside the coverage period",
      details: [
        { path: "body.incidentDate", message: "x", coveragePeriod: { from: "2026-01-01", to: "2026-12-31" }, incidentDate: "2025-12-31" },
      ],
    },
  ],
  ASSESSMENT_IN_PROGRESS: [
    {
      code: "ASSESSMENT_IN_PROGRESS",
      message: "Household hh_1 already has an assessment in progress",
      details: [{ message: "one assessment at a time per household", householdId: "hh_1", assessmentId: "asm_1" }],
    },
  ],
  CONSENT_REQUIRED: [
    {
      code: "CONSENT_REQUIRED",
      message: "The household's signed consent is needed before its data are checked",
      details: [{ path: "body.consent.signed", message: "the household has not signed its consent" }],
    },
  ],
  REMOVAL_CHECKS_FAILED: [
    {
      code: "REMOVAL_CHECKS_FAILED",
      message: "The risk cannot be removed",
      details: [
        {
          path: "body.removalChecks.perCapitaIncomeFen",
          message: "x",
          check: "income_above_line",
          perCapitaIncomeFen: 700_000,
          incomeLineFen: 750_000,
          year: 2025,
        },
        { path: "body.removalChecks.safeDrinkingWater", message: "x", check: "safeDrinkingWater" },
      ],
    },
  ],
  NOTICE_PERIOD_NOT_OVER: [
    {
      code: "NOTICE_PERIOD_NOT_OVER",
      message: "The public notice runs until 2026-03-05",
      details: [{ message: "the notice period is not over", endsOn: "2026-03-05", availableOn: "2026-03-06" }],
    },
  ],
  OBJECTION_UNRESOLVED: [
    { code: "OBJECTION_UNRESOLVED", message: "1 objection(s) await the township's finding", details: [{ message: "x", open: 1 }] },
  ],
  OBJECTION_UPHELD: [{ code: "OBJECTION_UPHELD", message: "An objection was upheld", details: [{ message: "x", upheld: 1 }] }],
  OUTSIDE_NOTICE_PERIOD: [
    {
      code: "OUTSIDE_NOTICE_PERIOD",
      message: "Objections are heard from 2026-03-01 to 2026-03-05",
      details: [{ message: "outside the notice period", startsOn: "2026-03-01", endsOn: "2026-03-05", date: "2026-03-07" }],
    },
  ],
  OBJECTION_LIMIT_REACHED: [
    { code: "OBJECTION_LIMIT_REACHED", message: "At most 10 objections a day", details: [{ message: "x", limit: 10, scope: "source" }] },
  ],
  CLAIM_OF_OTHER_HOUSEHOLD: [
    {
      code: "CLAIM_OF_OTHER_HOUSEHOLD",
      message: "Claim clm_1 is another household's: a measure links the household's own claim",
      details: [{ path: "body.claimId", message: "is another household's claim", claimId: "clm_1", householdId: "hh_1" }],
    },
  ],
  INTERNAL: [
    {
      code: "INTERNAL",
      message: "Something went wrong on our side; quote request r-1",
      details: [{ message: "quote this request id", requestId: "r-1" }],
    },
  ],
  SERVICE_UNAVAILABLE: [{ code: "SERVICE_UNAVAILABLE", message: "The database is not answering right now; try again shortly" }],
  PAYMENT_PROVIDER_UNAVAILABLE: [
    { code: "PAYMENT_PROVIDER_UNAVAILABLE", message: "Stripe did not answer in time to start the payment; try again" },
  ],
};

const CJK = /[\u4e00-\u9fff]/;
/** Three English words in a row: a sentence, not a header name (Idempotency-Key) or an identifier. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/;

/** Every amount in fen a sample's details carry, with the field that carries it. */
function amountsIn(value: unknown, found: [string, number][] = []): [string, number][] {
  if (Array.isArray(value)) for (const v of value) amountsIn(v, found);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith("Fen") && typeof v === "number") found.push([k, v]);
      else amountsIn(v, found);
    }
  return found;
}

describe("the Chinese error catalog", () => {
  it("has a Chinese message for every code, with or without details", () => {
    for (const code of ERROR_CODES) {
      expect(ZH_MESSAGES[code], code).toBeTypeOf("function");
      expect(ZH_MESSAGES[code]({}), code).toMatch(CJK);
      expect(ZH_MESSAGES[code]({ details: [] }), code).toMatch(CJK);
    }
  });

  it.each(ERROR_CODES.flatMap((code) => SAMPLES[code].map((sample, i) => [`${code} #${i + 1}`, sample] as const)))(
    "%s: Chinese, no English sentence, every amount in 元",
    (_name, sample) => {
      const zh = chineseMessage(sample);
      expect(zh).toMatch(CJK);
      expect(zh).not.toMatch(ENGLISH_SENTENCE);
      expect(zh).not.toContain(sample.message);
      for (const [field, fen] of amountsIn(sample.details)) {
        expect(zh, `${field} shown in 元`).toContain(formatYuan(fen));
        expect(zh, `${field} not as raw fen`).not.toMatch(new RegExp(`(?<![\\d,.])${fen}(?![\\d,.])`));
      }
      // Amounts appear only as ¥ with grouping and two decimals.
      for (const amount of zh.match(/¥[\d,.]+/g) ?? []) expect(amount).toMatch(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    },
  );

  it("names the household's used amount and yearly cap in 元 for CAP_EXHAUSTED", () => {
    expect(chineseMessage(SAMPLES.CAP_EXHAUSTED[0]!)).toBe(
      "该农户2026年在本方案已获赔 ¥98,765.43，每户年度赔付上限为 ¥100,000.00，额度已用完，不能再获赔付。",
    );
  });

  it("explains SEPARATION_OF_DUTIES, POOL_INSUFFICIENT and OUT_OF_STOCK with their figures", () => {
    expect(chineseMessage(SAMPLES.SEPARATION_OF_DUTIES[0]!)).toBe(
      "按岗位分离要求，申请的审核人不能是其提交人，审批人也不能是其提交人或审核人。",
    );
    expect(chineseMessage(SAMPLES.SEPARATION_OF_DUTIES[1]!)).toBe(
      "按岗位分离要求，同一研判的各环节须由不同人员办理：您已办理本研判的「入户核实」环节，不能再办理「村内公示」环节，请由其他工作人员办理。",
    );
    expect(chineseMessage(SAMPLES.POOL_INSUFFICIENT[0]!)).toBe("方案资金池余额不足以支付本次 ¥12,345.50 的赔付，请先为资金池充值。");
    expect(chineseMessage(SAMPLES.OUT_OF_STOCK[0]!)).toBe("商品「夏津椹果酒」库存不足：需要 5，仅剩 3。");
    expect(chineseMessage(SAMPLES.OUT_OF_STOCK[1]!)).toBe("库存不足，无法扣减：当前库存为 4。");
  });

  it("says what is wrong with each field of a zod refusal, by field name in Chinese", () => {
    expect(chineseMessage(SAMPLES.VALIDATION_FAILED[0]!)).toBe(
      "提交的内容有误：「商品明细第1项的商品编号」应为编号（只含字母、数字、下划线和连字符）；「商品明细第1项的数量」不能小于 1。",
    );
    const missing = zodDetails(PlaceOrder, { items: [{ quantity: 2 }], extra: 1 });
    expect(chineseMessage({ code: "VALIDATION_FAILED", details: missing })).toBe(
      "提交的内容有误：「商品明细第1项的商品编号」为必填项；「请求内容」包含无法识别的字段：extra。",
    );
  });

  it("explains the other rule refusals from their details", () => {
    expect(chineseMessage(SAMPLES.NOT_ELIGIBLE[0]!)).toBe(
      "不符合申请条件：家庭人均收入不低于本方案的收入线；本方案没有针对该申请原因的赔付规则。",
    );
    expect(chineseMessage(SAMPLES.REMOVAL_CHECKS_FAILED[0]!)).toBe(
      "不符合风险消除条件：家庭人均收入 ¥7,000.00 未高于2025年监测线 ¥7,500.00；未确认饮水安全有保障。",
    );
    expect(chineseMessage(SAMPLES.NOTICE_PERIOD_NOT_OVER[0]!)).toBe(
      "公示期至2026年3月5日尚未结束，县级须在公示期满后（2026年3月6日起）才能确认。",
    );
    expect(chineseMessage(SAMPLES.OUTSIDE_NOTICE_PERIOD[0]!)).toBe("只受理公示期内（2026年3月1日至2026年3月5日）提出的异议。");
    expect(chineseMessage(SAMPLES.OUTSIDE_COVERAGE_PERIOD[0]!)).toBe(
      "事发日期 2025年12月31日 不在本方案的保障期（2026年1月1日至2026年12月31日）内。",
    );
    expect(chineseMessage(SAMPLES.ORDER_TOO_LARGE[0]!)).toBe(
      "单笔订单金额不能超过 ¥999,999.99（本单合计 ¥1,200,000.00），请拆分为多笔订单。",
    );
    expect(chineseMessage(SAMPLES.INVALID_STATE[0]!)).toBe("该订单当前状态为「已支付」，不能取消。");
    expect(chineseMessage(SAMPLES.INVALID_STATE[1]!)).toBe("该申请当前状态为「已审核」，不能审核通过（仅限状态为「已提交」的申请）。");
    expect(chineseMessage(SAMPLES.FORBIDDEN[0]!)).toBe("您没有执行此操作的权限，需要以下角色之一：管理员、供应商。");
  });

  it("explains jurisdiction and a stale household version", () => {
    expect(chineseMessage(SAMPLES.AREA_REQUIRED[0]!)).toBe(
      "您的账号尚未设置管辖区域（省、市、县或乡镇），不能查看或办理农户与申请，请联系管理员设置。",
    );
    expect(chineseMessage(SAMPLES.READ_ONLY_AREA[0]!)).toBe(
      "市级工作人员可以查看本区域的记录，但不能办理；请由所在县或乡镇的工作人员办理。",
    );
    expect(chineseMessage(SAMPLES.VERSION_CONFLICT[0]!)).toBe(
      "该农户在您查看后已被他人修改（您修改的是第 2 版，当前已是第 3 版），本次未做更改，请刷新后重新修改。",
    );
    const member = { path: "body.members.1.idNumber", message: "already registered", resource: "household" };
    expect(chineseMessage({ code: "DUPLICATE", details: [member] })).toBe(
      "家庭成员中有人已在其他农户登记，每人只能登记在一户，不能重复登记。",
    );
  });

  it("answers Chinese even for a code it does not know or details it cannot read", () => {
    expect(chineseMessage({ code: "SOMETHING_NEW" })).toBe("请求未能完成（错误代码 SOMETHING_NEW）。");
    expect(chineseMessage({ code: "__proto__" })).toMatch(CJK);
    expect(chineseMessage({ code: "CAP_EXHAUSTED", details: "junk" as never })).toMatch(CJK);
    expect(chineseMessage({ code: "CAP_EXHAUSTED", details: [null, 7, { perHouseholdYearCapFen: "lots" }] as never })).toMatch(CJK);
  });
});

describe("localizeError", () => {
  const body = { error: SAMPLES.CAP_EXHAUSTED[0]! };

  it("changes only the message, and only for Chinese", () => {
    expect(localizeError(body, "en")).toBe(body);
    const zh = localizeError(body, "zh-CN");
    expect(zh.error.code).toBe("CAP_EXHAUSTED");
    expect(zh.error.details).toBe(body.error.details);
    expect(zh.error.message).toMatch(/^该农户/);
    expect(body.error.message).toMatch(/^Nothing remains/);
    expect(errorMessage(body.error, "en")).toBe(body.error.message);
  });

  it("keeps whatever else the body carries (the gateway's own message)", () => {
    const gateway = { message: "Not Found", error: SAMPLES.NOT_FOUND[1]! };
    expect(localizeError(gateway, "zh-CN")).toEqual({
      message: "Not Found",
      error: { ...SAMPLES.NOT_FOUND[1], message: "没有这个接口：GET /nope。" },
    });
  });
});
