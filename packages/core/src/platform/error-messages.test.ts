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
    {
      code: "NOT_ELIGIBLE",
      message: "Not eligible: the self-paid cost is below the entry threshold; income outdated; income after the expense",
      details: [
        {
          reason: "below_entry_threshold",
          path: "expenses",
          message: "x",
          burdenFen: 1_500_000,
          entryThresholdFen: 2_000_000,
          category: "marginal_at_risk",
        },
        { reason: "income_outdated", path: "householdId", message: "x", incomeYear: 2015, earliestIncomeYear: 2025 },
        {
          reason: "income_at_or_above_line",
          path: "householdId",
          message: "x",
          perCapitaIncomeFen: 1_200_000,
          incomeLineFen: 600_000,
          incomeTest: "after_expense",
          burdenFen: 300_000,
          members: 3,
        },
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
  POSSIBLE_DUPLICATE: [
    {
      code: "POSSIBLE_DUPLICATE",
      message: "The claim may repeat clm_1, clm_2",
      details: [
        {
          path: "invoices",
          message: "x",
          claimId: "clm_1",
          reason: "invoice_reused",
          invoiceNumber: "3700123456",
          cause: "illness",
          incidentDate: "2026-03-01",
          status: "submitted",
        },
        {
          path: "incidentDate",
          message: "x",
          claimId: "clm_2",
          reason: "same_incident",
          invoiceNumber: null,
          cause: "illness",
          incidentDate: "2026-03-20",
          status: "approved",
        },
      ],
    },
  ],
  MEMBER_REQUIRED: [
    {
      code: "MEMBER_REQUIRED",
      message: "Scheme version 2 counts illness per person; claim clm_1 names no member",
      details: [{ path: "memberId", message: "x", schemeVersion: 2 }],
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
    {
      code: "CAP_EXHAUSTED",
      message: "Nothing remains of the person's 2026 cap of 8000000 fen in this scheme",
      details: [{ path: "memberId", message: "x", perPersonYearCapFen: 8_000_000, personYearPaidFen: 8_000_000, year: "2026" }],
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
  SCHEME_KIND_MISMATCH: [
    {
      code: "SCHEME_KIND_MISMATCH",
      message: "A premium applies to insurance schemes only",
      details: [{ path: "perPersonFen", message: "A premium applies to insurance schemes only", kind: "relief", expected: "insurance" }],
    },
  ],
  ALREADY_SETTLED: [
    {
      code: "ALREADY_SETTLED",
      message: "Fund year 2026 is already settled",
      details: [{ path: "year", message: "settled once", year: 2026 }],
    },
  ],
  SETTLEMENT_OUT_OF_ORDER: [
    {
      code: "SETTLEMENT_OUT_OF_ORDER",
      message: "Settle 2026 before 2027",
      details: [{ path: "year", message: "in order", year: 2027, openYear: 2026 }],
    },
  ],
  EXPORT_TOO_LARGE: [
    {
      code: "EXPORT_TOO_LARGE",
      message: "The export would have more than 20000 rows",
      details: [{ message: "narrow it", maxRows: 20000, rows: 20001 }],
    },
  ],
  CLAIMS_NOT_PAYABLE: [
    {
      code: "CLAIMS_NOT_PAYABLE",
      message: "2 of the claims cannot go into a payment batch",
      details: [
        { path: "body.claimIds.0", message: "cannot be paid: no_account", claimId: "clm_1", reason: "no_account", householdId: "hh_1" },
        { path: "body.claimIds.2", message: "cannot be paid: in_open_batch", claimId: "clm_3", reason: "in_open_batch", batchId: "pb_1" },
      ],
    },
  ],
  PAID_BY_BATCH: [
    {
      code: "PAID_BY_BATCH",
      message: "Payment is no longer recorded on a claim: the county's finance staff pay approved claims through payment batches",
      details: [
        {
          message: "claims are paid only through payment batches made by finance",
          claimId: "clm_1",
          role: "finance",
          routes: ["POST /payment-batches", "POST /payment-batches/{batchId}/lines/{claimId}"],
        },
      ],
    },
  ],
  LINE_OUTCOME_CONFLICT: [
    {
      code: "LINE_OUTCOME_CONFLICT",
      message: "Line clm_1 of batch pb_1 is succeeded; it cannot become returned",
      details: [
        {
          path: "body.outcome",
          message: "the line is already succeeded",
          batchId: "pb_1",
          claimId: "clm_1",
          outcome: "succeeded",
          requested: "returned",
          allowed: [],
        },
      ],
    },
  ],
  CLAIM_OF_OTHER_HOUSEHOLD: [
    {
      code: "CLAIM_OF_OTHER_HOUSEHOLD",
      message: "Claim clm_1 is another household's: a measure links the household's own claim",
      details: [{ path: "body.claimId", message: "is another household's claim", claimId: "clm_1", householdId: "hh_1" }],
    },
  ],
  DOCUMENTS_MISSING: [
    {
      code: "DOCUMENTS_MISSING",
      message: "Claim clm_1 lacks confirmed documents of the kinds its cause requires: invoice, diagnosis",
      details: [
        { message: "no confirmed invoice document", kind: "invoice", label: "发票" },
        { message: "no confirmed diagnosis document", kind: "diagnosis", label: "诊断证明" },
      ],
    },
  ],
  DOCUMENT_MISMATCH: [
    {
      code: "DOCUMENT_MISMATCH",
      message: "The uploaded file is not the one declared (size, sha256); it was discarded: declare the file again",
      details: [
        { message: "is 2048 bytes, not the 1024 declared", reason: "size", declared: 1024, actual: 2048 },
        { message: "has another SHA-256 than the one declared", reason: "sha256", declared: "ab".repeat(32), actual: "cd".repeat(32) },
        { message: "is image/png, not application/pdf", reason: "content_type", declared: "application/pdf", actual: "image/png" },
      ],
    },
  ],
  DOCUMENT_NOT_UPLOADED: [
    {
      code: "DOCUMENT_NOT_UPLOADED",
      message: "Nothing was uploaded for document doc_1: PUT the file to its upload URL first",
      details: [{ message: "no upload yet", documentId: "doc_1", uploadExpiresAt: "2026-03-01T08:15:00.000Z" }],
    },
  ],
  DOCUMENT_NOT_PENDING: [
    {
      code: "DOCUMENT_NOT_PENDING",
      message: "Document doc_1 is confirmed; only a pending document is confirmed, once",
      details: [{ path: "status", message: "is confirmed", documentId: "doc_1", status: "confirmed" }],
    },
    {
      code: "DOCUMENT_NOT_PENDING",
      message: "Document doc_1 is rejected; only a pending document is confirmed, once",
      details: [{ path: "status", message: "is rejected", documentId: "doc_1", status: "rejected" }],
    },
  ],
  DOCUMENT_NOT_CONFIRMED: [
    {
      code: "DOCUMENT_NOT_CONFIRMED",
      message: "Document doc_1 is pending: only confirmed documents are viewed",
      details: [{ path: "status", message: "is pending", documentId: "doc_1", status: "pending" }],
    },
  ],
  DOCUMENT_LIMIT_REACHED: [
    {
      code: "DOCUMENT_LIMIT_REACHED",
      message: "A claim holds at most 100 documents",
      details: [{ message: "the claim has as many documents as it may hold", limit: 100 }],
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

  it("names the missing document kinds and what differs in an upload", () => {
    expect(chineseMessage(SAMPLES.DOCUMENTS_MISSING[0]!)).toBe(
      "申请材料不齐全，缺少已确认的：「发票」、「诊断证明」；材料齐全后才能审核。",
    );
    expect(chineseMessage(SAMPLES.DOCUMENT_MISMATCH[0]!)).toBe(
      "上传的文件与登记的不一致（文件大小为 2 KB，登记的是 1 KB；文件内容的 SHA-256 摘要与登记不符；文件类型为 image/png，登记的是 application/pdf），文件已被退回；请重新登记并上传正确的文件。",
    );
  });

  it("lists the claims a payment batch cannot take, and why a line cannot change", () => {
    expect(chineseMessage(SAMPLES.CLAIMS_NOT_PAYABLE[0]!)).toBe(
      "以下申请不能列入拨付批次，本批次未创建：申请 clm_1：该农户尚未登记收款账户（一卡通或社会保障卡），请先由经办人员登记；申请 clm_3：已在未办结的拨付批次 pb_1 中。",
    );
    expect(chineseMessage(SAMPLES.LINE_OUTCOME_CONFLICT[0]!)).toBe("该笔拨付已登记为「已到账」，不能再登记为「被退回」。");
    expect(chineseMessage(SAMPLES.PAID_BY_BATCH[0]!)).toBe(
      "申请不再由审批人员登记拨付：已审批的申请由县级财务人员编入拨付批次，银行回单确认到账后即为已拨付。请由财务人员在「拨付批次」中办理。",
    );
  });

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
    // One status value, two contexts: an order's `paid` is 已支付, a claim's (aid disbursed) 已拨付.
    expect(
      chineseMessage({
        code: "INVALID_STATE",
        details: [{ path: "status", message: "is paid", resource: "claim", action: "reject", status: "paid", allowed: ["submitted"] }],
      }),
    ).toBe("该申请当前状态为「已拨付」，不能驳回（仅限状态为「已提交」的申请）。");
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
