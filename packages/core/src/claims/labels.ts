import type { Basis } from "./payout";

/**
 * The claims context's enum values and their Chinese names, written once: the schemas validate
 * with them (claims/schemas.ts), the platform's error messages name values by them
 * (platform/chinese-labels.ts VALUE_LABELS) and the browser console shows them
 * (`@fupin/core/claims/labels`). Pure data with no runtime imports, so the console's bundle takes
 * only these tables.
 */

/**
 * Causes are data (DOMAIN.md §4, §6): a scheme names its causes by stable ids with a rule each, and
 * counties add their own (因住房, 因产业, 因就业). These are the well-known ones and their labels; a
 * rule for any other id must carry its label.
 */
export const KNOWN_CAUSE_LABELS: Readonly<Record<string, string>> = {
  illness: "因病",
  education: "因学",
  disaster: "因灾",
  accident: "因意外",
  housing: "因住房",
  industry: "因产业",
  employment: "因就业",
};
/** The four causes every county has; the rest are added by schemes. */
export const CAUSES = ["illness", "education", "disaster", "accident"] as const;

/** Evidence a claim's documents may be (issue 12, DOMAIN.md §4); a cause's rule lists the kinds its claims need. */
export const DOCUMENT_KINDS = [
  "invoice",
  "expense_list",
  "insurance_settlement",
  "diagnosis",
  "admission",
  "photo",
  "consent",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  invoice: "发票",
  expense_list: "费用清单",
  insurance_settlement: "医保结算单",
  diagnosis: "诊断证明",
  admission: "入院证明",
  photo: "现场照片",
  consent: "授权承诺书",
  other: "其他材料",
};

export const SCHEME_KINDS = ["insurance", "relief"] as const;
export const SCHEME_KIND_LABELS = { insurance: "防贫保险", relief: "防贫救助" } as const;

export const CLAIM_STATUSES = ["submitted", "reviewed", "approved", "rejected", "paid"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/**
 * As refusals and reports name a claim's status (the console's tags say what each waits for
 * instead: 待审核, 待审批, …). Aid is 拨付 (disbursed), not 支付 (an order's payment).
 */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  submitted: "已提交",
  reviewed: "已审核",
  approved: "已批准",
  rejected: "已驳回",
  paid: "已拨付",
};

/**
 * Where a claim is in the chain (DOMAIN.md §4): home visit → village review → public notice →
 * township review (status submitted until it passes) → county approval (reviewed) → payment
 * (approved) → closed (paid or rejected). A scheme may skip the first three.
 */
export const CLAIM_STAGES = [
  "home_visit",
  "village_review",
  "public_notice",
  "township_review",
  "county_approval",
  "payment",
  "closed",
] as const;
export type ClaimStage = (typeof CLAIM_STAGES)[number];
export const CLAIM_STAGE_LABELS: Readonly<Record<ClaimStage, string>> = {
  home_visit: "入户核查",
  village_review: "村级评议",
  public_notice: "公示",
  township_review: "乡镇审核",
  county_approval: "县级审批",
  payment: "待发放",
  closed: "已办结",
};

/** What a rule measures (payout.ts BASES). */
export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  per_claim: "按次计算",
  household_year: "按户年度累计",
  person_year: "按人年度累计",
};

/**
 * How income is tested (DOMAIN.md §6): against the line as it stands, or after the expense the
 * claim is about (per-person income less the burden per person), which is how 突发严重困难户 — whose
 * income may be above the line until a rigid expense — qualify. By category; absent: before.
 */
export const INCOME_TESTS = ["before_expense", "after_expense"] as const;
export type IncomeTest = (typeof INCOME_TESTS)[number];
export const INCOME_TEST_LABELS: Readonly<Record<IncomeTest, string>> = {
  before_expense: "按收入测算",
  after_expense: "扣除刚性支出后测算",
};
