import { CLAIM_STATUS_LABELS } from "../claims/labels";
import { fieldLabel, formatDateZh, resourceLabel, roleLabel, valueLabel } from "./chinese-labels";
import { type Detail, detailsOf, grouped, num, obj, str, strs } from "./detail-fields";
import type { Language } from "./language";
import { formatYuan } from "./money";
import { validationDetailZh } from "./validation-messages";

/**
 * The one catalog of error messages in Chinese: for every code the platform answers with, a
 * message built from the error's structured details (amounts in 元, dates, fields, the rule that
 * refused), never from its English message. Pure: the HTTP layer localizes with it, and the
 * browser console imports it (`@fupin/core/platform/error-messages`) to say the same.
 */

/** Every error code the platform emits. A unit test scans the sources and fails on a code missing here. */
export const ERROR_CODES = [
  // 400
  "VALIDATION_FAILED",
  "IDEMPOTENCY_KEY_REQUIRED",
  "INVALID_SIGNATURE",
  // 401, 403, 404
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SEPARATION_OF_DUTIES",
  "AREA_REQUIRED",
  "READ_ONLY_AREA",
  "NOT_FOUND",
  // 409
  "DUPLICATE",
  "OUT_OF_STOCK",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_IN_PROGRESS",
  "INVALID_STATE",
  "CONCURRENT_UPDATE",
  "ORDER_NOT_PAID_YET",
  "VERSION_CONFLICT",
  "ASSESSMENT_IN_PROGRESS",
  "LINE_OUTCOME_CONFLICT",
  "ALREADY_SETTLED",
  "DOCUMENT_NOT_PENDING",
  "DOCUMENT_NOT_CONFIRMED",
  "POSSIBLE_DUPLICATE",
  // 410
  "PAID_BY_BATCH",
  // 413
  "PAYLOAD_TOO_LARGE",
  // 422
  "REFERENCE_NOT_FOUND",
  "PRODUCT_NOT_LISTED",
  "ORDER_TOO_LARGE",
  "PAYMENT_REJECTED",
  "REFUND_EXCEEDS_PAYMENT",
  "REFUND_REJECTED",
  "ENDED_BEFORE_START",
  "VILLAGE_OUTSIDE_SUPPLIER_COUNTY",
  "NOT_ELIGIBLE",
  "POOL_INSUFFICIENT",
  "CAP_EXHAUSTED",
  "OUTSIDE_COVERAGE_PERIOD",
  "CONSENT_REQUIRED",
  "REMOVAL_CHECKS_FAILED",
  "NOTICE_PERIOD_NOT_OVER",
  "OBJECTION_UNRESOLVED",
  "OBJECTION_UPHELD",
  "OUTSIDE_NOTICE_PERIOD",
  "OBJECTION_LIMIT_REACHED",
  "CLAIM_OF_OTHER_HOUSEHOLD",
  "CLAIMS_NOT_PAYABLE",
  "SCHEME_KIND_MISMATCH",
  "SETTLEMENT_OUT_OF_ORDER",
  "EXPORT_TOO_LARGE",
  "DOCUMENTS_MISSING",
  "DOCUMENT_MISMATCH",
  "DOCUMENT_NOT_UPLOADED",
  "DOCUMENT_LIMIT_REACHED",
  "MEMBER_REQUIRED",
  // 500, 503
  "INTERNAL",
  "SERVICE_UNAVAILABLE",
  "PAYMENT_PROVIDER_UNAVAILABLE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as the API answers it (`body.error`). */
export interface ApiError {
  code: string;
  message: string;
  details?: readonly { path?: string; message: string; [key: string]: unknown }[];
}

type Message = (details: Detail[]) => string;

const quoted = (s: string) => `「${s}」`;

// ── Per-code helpers ─────────────────────────────────────────────────────────────────────────

const ROLE_RULES: Readonly<Record<string, (d: Detail) => string>> = {
  role: (d) => {
    const roles = (strs(d, "requiredRoles") ?? []).map(roleLabel);
    return roles.length ? `您没有执行此操作的权限，需要以下角色之一：${roles.join("、")}。` : "您没有执行此操作的权限。";
  },
  supplier_staff: () => "只有管理员或该供应商的工作人员可以管理此商品。",
  enterprise_owner: (d) => {
    const enterprise = str(d, "enterprise");
    return `只有管理员或${enterprise ? quoted(enterprise) : "该企业"}的账号可以管理该企业的结对帮扶。`;
  },
  own_enterprises: () => "只能查看本账号所属的企业；查看其他账号的企业需要管理员权限。",
  county_level: () => "县级确认须由县级工作人员（审批人员或管理员）办理，乡镇工作人员不能办理。",
  county_staff: () => "部门数据批次须由县级工作人员导入，乡镇工作人员不能导入。",
  county_finance: () => "拨付批次须由县级财务人员制作和办理，乡镇及省、市级人员不能办理。",
};

function forbiddenZh([d]: Detail[]): string {
  const rule = str(d, "rule");
  return rule && Object.hasOwn(ROLE_RULES, rule) ? ROLE_RULES[rule]!(d!) : "您没有执行此操作的权限。";
}

/** The steps of an identification or risk removal (研判), as SEPARATION_OF_DUTIES names them. */
const ASSESSMENT_STEPS: Readonly<Record<string, string>> = {
  open: "启动研判",
  visit: "入户核实",
  village_review: "村级评议",
  notice: "村内公示",
  township_review: "乡镇审核",
  county_decision: "县级确认",
};

function separationOfDutiesZh([d]: Detail[]): string {
  const earlier = str(d, "earlierStep");
  if (earlier) {
    const step = str(d, "step");
    const named = (s: string) => quoted(Object.hasOwn(ASSESSMENT_STEPS, s) ? ASSESSMENT_STEPS[s]! : s);
    return `按岗位分离要求，同一研判的各环节须由不同人员办理：您已办理本研判的${named(earlier)}环节${step ? `，不能再办理${named(step)}环节` : ""}，请由其他工作人员办理。`;
  }
  const step = str(d, "step");
  switch (step) {
    case "review":
    case "review_pass":
    case "review_reject":
      return "按岗位分离要求，申请的审核人不能是其提交人，也不能办理过该申请的其他环节，请由其他经办人员审核。";
    case "approve":
      return "按岗位分离要求，审批人不能是申请的提交人或审核人，请由其他审批人员审批。";
    case "pay": {
      const claimId = str(d, "claimId");
      return `按岗位分离要求，提交、审核或审批过申请${claimId ? `（${claimId}）` : ""}的人员不能办理其拨付，请由其他财务人员办理。`;
    }
    default:
      // A step of the claims chain (home visit, village review, notice…): nobody takes two on one claim.
      return step && Object.hasOwn(ACTIONS, step)
        ? `按岗位分离要求，同一申请的各环节须由不同人员办理：您已办理过本申请的其他环节，不能再${ACTIONS[step]}，请由其他工作人员办理。`
        : "按岗位分离要求，申请的审核人不能是其提交人，审批人也不能是其提交人或审核人。";
  }
}

const AREA_LEVEL_NAMES: Readonly<Record<string, string>> = { province: "省级", city: "市级" };

function readOnlyAreaZh([d]: Detail[]): string {
  const level = str(d, "level");
  const who = level && Object.hasOwn(AREA_LEVEL_NAMES, level) ? `${AREA_LEVEL_NAMES[level]}工作人员` : "省、市级工作人员";
  return `${who}可以查看本区域的记录，但不能办理；请由所在县或乡镇的工作人员办理。`;
}

function versionConflictZh([d]: Detail[]): string {
  const resource = str(d, "resource");
  const noun = (resource && resourceLabel(resource)) ?? "记录";
  const expected = num(d, "expectedVersion");
  const current = num(d, "currentVersion");
  const versions = expected !== undefined && current !== undefined ? `（您修改的是第 ${expected} 版，当前已是第 ${current} 版）` : "";
  return `该${noun}在您查看后已被他人修改${versions}，本次未做更改，请刷新后重新修改。`;
}

function notFoundZh([d]: Detail[]): string {
  const resource = str(d, "resource");
  const id = str(d, "id");
  if (resource === "route") return id ? `没有这个接口：${id}。` : "没有这个接口。";
  const label = resource ? resourceLabel(resource) : undefined;
  if (label) return id ? `未找到该${label}（${id}）。` : `未找到该${label}。`;
  return "未找到所请求的内容。";
}

function duplicateZh([d]: Detail[]): string {
  const path = str(d, "path");
  // Older details name only the field; the field says which register it was.
  const resource = str(d, "resource") ?? (path === "body.idNumber" ? "household" : path === "body.creditCode" ? "enterprise" : undefined);
  switch (resource) {
    case "risk lead": {
      const source = str(d, "source");
      const year = num(d, "year");
      return `该农户已有未办结的${year !== undefined ? `${year}年` : ""}${source ? quoted(valueLabel(source)) : "同来源"}风险线索，不再重复登记。`;
    }
    case "village": {
      const place = `${str(d, "county") ?? ""}${str(d, "township") ?? ""}`;
      const name = str(d, "name");
      return `${place || "该乡镇"}已登记${name ? `名为${quoted(name)}的村` : "同名的村"}，不能重复登记。`;
    }
    case "household":
      // A member's id (body.members.N.idNumber) or the head's: each person is registered in one household only.
      return path?.includes("members")
        ? "家庭成员中有人已在其他农户登记，每人只能登记在一户，不能重复登记。"
        : "该身份证号的农户已经登记，不能重复登记。";
    case "enterprise":
      return "该统一社会信用代码的企业已经登记，不能重复登记。";
    case "pairing": {
      const enterprise = str(d, "enterprise");
      const village = str(d, "village");
      const who = enterprise && village ? `${quoted(enterprise)}与${quoted(village)}` : "该企业与该村";
      return `${who}已有进行中的结对，请先结束原结对再重新登记。`;
    }
    default:
      return "该记录已经存在，不能重复登记。";
  }
}

function outOfStockZh([d]: Detail[]): string {
  const available = num(d, "available") ?? num(d, "stock");
  const requested = num(d, "requested");
  const name = str(d, "productName");
  if (str(d, "path") === "body.stockDelta")
    return available === undefined ? "库存不足，无法扣减。" : `库存不足，无法扣减：当前库存为 ${grouped(available)}。`;
  const product = name ? `商品${quoted(name)}` : "商品";
  if (available === undefined) return `${product}库存不足。`;
  return `${product}库存不足：${requested !== undefined ? `需要 ${grouped(requested)}，` : ""}仅剩 ${grouped(available)}。`;
}

const ACTIONS: Readonly<Record<string, string>> = {
  cancel: "取消",
  refund: "退款",
  home_visit: "登记入户核查",
  village_review_pass: "村级评议通过",
  village_review_reject: "村级评议驳回",
  start_notice: "开始公示",
  record_objection: "登记异议",
  resolve_objection: "登记异议核实结论",
  end: "结束",
  contribute: "登记帮扶成效",
  review: "审核",
  review_pass: "审核通过",
  review_reject: "审核驳回",
  reject: "驳回",
  approve: "审批",
  preview_payout: "试算赔付金额",
  identify: "启动监测对象识别",
  remove_risk: "启动风险消除",
  visit: "登记入户核实",
  village_review: "登记村级评议",
  notice: "登记村内公示",
  township_review: "登记乡镇审核",
  county_decision: "作出县级确认",
  withdraw: "撤回",
  objection: "登记异议",
  objection_finding: "登记异议核实结论",
  end_assessment: "结束研判",
  record_measure: "记录帮扶措施",
  dismiss: "排除",
  take_up: "转入识别",
  close: "办结",
  link_measure: "作为帮扶措施关联",
  pay: "登记到账",
  payment_returned: "登记退回",
  add_document: "上传证明材料",
  confirm_document: "确认证明材料",
};

function invalidStateZh([d]: Detail[]): string {
  const status = str(d, "status");
  if (!status) return "当前状态不允许此操作，请刷新后再试。";
  const resource = str(d, "resource");
  const noun = (resource && resourceLabel(resource)) ?? "记录";
  const action = str(d, "action");
  const verb = action && Object.hasOwn(ACTIONS, action) ? `不能${ACTIONS[action]}` : "不能执行此操作";
  // A status value may be shared (an order and a claim are both `paid`): a claim's is named its own way.
  const statusLabel = resource === "claim" ? claimStatusLabel : valueLabel;
  const allowed = (strs(d, "allowed") ?? []).map((s) => quoted(statusLabel(s)));
  const only = allowed.length ? `（仅限状态为${allowed.join("或")}的${noun}）` : "";
  return `该${noun}当前状态为${quoted(statusLabel(status))}，${verb}${only}。`;
}

/** A claim's status as refusals name it (已拨付, where an order's `paid` is 已支付). */
const claimStatusLabel = (status: string) =>
  Object.hasOwn(CLAIM_STATUS_LABELS, status) ? CLAIM_STATUS_LABELS[status as keyof typeof CLAIM_STATUS_LABELS] : valueLabel(status);

/** 65536 → "64 KB", 10485760 → "10 MB". */
const bytes = (n: number) => (n >= 1024 * 1024 ? `${grouped(n / (1024 * 1024))} MB` : n >= 1024 ? `${grouped(n / 1024)} KB` : `${n} 字节`);

function referenceNotFoundZh([d]: Detail[]): string {
  const resource = str(d, "resource");
  const label = (resource && resourceLabel(resource)) ?? "对象";
  const id = str(d, "id");
  const path = str(d, "path");
  return `${path ? `${quoted(fieldLabel(path))}所指的` : "所填写的"}${label}不存在${id ? `（${id}）` : ""}。`;
}

const REASONS: Readonly<Record<string, (d: Detail) => string>> = {
  outside_county: (d) => {
    const lives = str(d, "householdCounty");
    const covers = str(d, "schemeCounty");
    return lives && covers ? `该农户位于${lives}，本方案只覆盖${covers}` : "该农户不在本方案覆盖的县";
  },
  category_not_covered: (d) => {
    const category = str(d, "category");
    return category ? `本方案不覆盖${quoted(valueLabel(category))}` : "本方案不覆盖该农户所属的类别";
  },
  income_at_or_above_line: (d) => {
    const income = num(d, "perCapitaIncomeFen");
    const line = num(d, "incomeLineFen");
    const burden = num(d, "burdenFen");
    if (income === undefined || line === undefined) return "家庭人均收入不低于本方案的收入线";
    if (str(d, "incomeTest") === "after_expense" && burden !== undefined) {
      return `家庭人均收入 ${formatYuan(income)} 扣除刚性支出 ${formatYuan(burden)} 后仍不低于本方案的收入线 ${formatYuan(line)}`;
    }
    return `家庭人均收入 ${formatYuan(income)} 不低于本方案的收入线 ${formatYuan(line)}`;
  },
  income_outdated: (d) => {
    const year = num(d, "incomeYear");
    const earliest = num(d, "earliestIncomeYear");
    return year !== undefined && earliest !== undefined
      ? `家庭收入数据为${year}年，须为${earliest}年或之后的收入，请先更新收入`
      : "家庭收入数据过旧，请先更新收入";
  },
  below_entry_threshold: (d) => {
    const burden = num(d, "burdenFen");
    const threshold = num(d, "entryThresholdFen");
    const category = str(d, "category");
    return burden !== undefined && threshold !== undefined
      ? `自付费用 ${formatYuan(burden)} 未达到${category ? quoted(valueLabel(category)) : ""}的起付标准 ${formatYuan(threshold)}`
      : "自付费用未达到本方案的起付标准";
  },
  cause_not_covered: (d) => {
    const cause = str(d, "cause");
    return cause ? `本方案没有${quoted(valueLabel(cause))}的赔付规则` : "本方案没有针对该申请原因的赔付规则";
  },
};

function notEligibleZh(details: Detail[]): string {
  const reasons = details.map((d) => {
    const reason = str(d, "reason");
    return reason && Object.hasOwn(REASONS, reason) ? REASONS[reason]!(d) : "不满足本方案的条件";
  });
  return reasons.length ? `不符合申请条件：${reasons.join("；")}。` : "不符合本方案的申请条件。";
}

function capExhaustedZh([d]: Detail[]): string {
  const personCap = num(d, "perPersonYearCapFen");
  if (personCap !== undefined) {
    const paid = num(d, "personYearPaidFen");
    const year = num(d, "year") ?? str(d, "year");
    return `该成员${year ? `${year}年` : "本年度"}在本方案${paid !== undefined ? `已获赔 ${formatYuan(paid)}，` : ""}每人年度赔付上限为 ${formatYuan(personCap)}，额度已用完，不能再获赔付。`;
  }
  const cap = num(d, "perHouseholdYearCapFen");
  const paid = num(d, "householdYearPaidFen");
  const year = str(d, "year") ?? (num(d, "year") !== undefined ? String(num(d, "year")) : undefined);
  const inYear = year ? `${year}年` : "本年度";
  if (cap === undefined) return `该农户${inYear}在本方案的赔付额度已用完。`;
  const used = paid !== undefined ? `已获赔 ${formatYuan(paid)}，` : "";
  return `该农户${inYear}在本方案${used}每户年度赔付上限为 ${formatYuan(cap)}，额度已用完，不能再获赔付。`;
}

function poolInsufficientZh([d]: Detail[]): string {
  const payout = num(d, "payoutFen");
  const balance = num(d, "poolBalanceFen");
  const what = payout !== undefined ? `本次 ${formatYuan(payout)} 的赔付` : "本次赔付";
  const left = balance !== undefined ? `（当前余额 ${formatYuan(balance)}）` : "";
  return `方案资金池余额不足以支付${what}${left}，请先为资金池充值。`;
}

function outsideCoverageZh([d]: Detail[]): string {
  const incident = str(d, "incidentDate");
  const period = obj(d, "coveragePeriod");
  const from = str(period, "from");
  const to = str(period, "to");
  const span = from && to ? `（${formatDateZh(from)}至${formatDateZh(to)}）` : "";
  return `事发日期${incident ? ` ${formatDateZh(incident)} ` : ""}不在本方案的保障期${span}内。`;
}

const REMOVAL_CHECKS: Readonly<Record<string, (d: Detail) => string>> = {
  income_line: (d) => `本县尚未设定${num(d, "year") ?? ""}年的防止返贫监测线`,
  income_above_line: (d) => {
    const income = num(d, "perCapitaIncomeFen");
    const line = num(d, "incomeLineFen");
    const year = num(d, "year");
    return income !== undefined && line !== undefined
      ? `家庭人均收入 ${formatYuan(income)} 未高于${year ?? ""}年监测线 ${formatYuan(line)}`
      : "家庭人均收入未高于当年监测线";
  },
  incomeStable: () => "收入尚不稳定",
  foodAndClothing: () => "未确认不愁吃、不愁穿",
  compulsoryEducation: () => "未确认义务教育有保障",
  basicMedicalInsurance: () => "未确认基本医疗有保障",
  safeHousing: () => "未确认住房安全有保障",
  safeDrinkingWater: () => "未确认饮水安全有保障",
};

function removalChecksFailedZh(details: Detail[]): string {
  const failed = details.map((d) => {
    const check = str(d, "check");
    return check && Object.hasOwn(REMOVAL_CHECKS, check) ? REMOVAL_CHECKS[check]!(d) : "有核查项未通过";
  });
  return failed.length ? `不符合风险消除条件：${failed.join("；")}。` : "不符合风险消除条件。";
}

function outsideNoticePeriodZh([d]: Detail[]): string {
  if (str(d, "message") === "the notice was taken down") return "该公示已撤下，不再受理异议。";
  const from = str(d, "startsOn");
  const to = str(d, "endsOn");
  return from && to ? `只受理公示期内（${formatDateZh(from)}至${formatDateZh(to)}）提出的异议。` : "只受理公示期内提出的异议。";
}

function objectionLimitZh([d]: Detail[]): string {
  const limit = num(d, "limit");
  if (str(d, "scope") === "source") return `同一来源每天对同一公示最多提出 ${limit ?? ""} 条异议，请明天再试。`;
  return `该公示收到的异议已达上限${limit !== undefined ? `（${limit} 条）` : ""}，请直接向村委会或乡镇反映。`;
}

/** The kinds of claim evidence (claims/labels.ts DOCUMENT_KIND_LABELS), as refusals name them. */
const documentKindZh = (d: Detail) => str(d, "label") ?? valueLabel(str(d, "kind") ?? "");

function documentsMissingZh(details: Detail[]): string {
  const kinds = details.map(documentKindZh).filter(Boolean);
  return kinds.length
    ? `申请材料不齐全，缺少已确认的：${kinds.map(quoted).join("、")}；材料齐全后才能审核。`
    : "申请材料不齐全，材料齐全后才能审核。";
}

function documentMismatchZh(details: Detail[]): string {
  const problems = details.map((d) => {
    switch (str(d, "reason")) {
      case "size": {
        const declared = num(d, "declared");
        const actual = num(d, "actual");
        return declared !== undefined && actual !== undefined
          ? `文件大小为 ${bytes(actual)}，登记的是 ${bytes(declared)}`
          : "文件大小与登记不符";
      }
      case "sha256":
        return "文件内容的 SHA-256 摘要与登记不符";
      case "content_type":
        return `文件类型为 ${str(d, "actual") ?? "未知"}，登记的是 ${str(d, "declared") ?? "其他类型"}`;
      default:
        return "文件与登记不符";
    }
  });
  return `上传的文件与登记的不一致（${problems.join("；")}），文件已被退回；请重新登记并上传正确的文件。`;
}

/** Why a claim cannot go into a payment batch (CLAIMS_NOT_PAYABLE details' `reason`). */
const UNPAYABLE: Readonly<Record<string, (d: Detail) => string>> = {
  not_found: () => "不存在或不在您的管辖区域内",
  other_scheme: () => "不属于本批次的方案",
  not_approved: (d) => {
    const status = str(d, "status");
    return `尚未审批${status ? `（当前为${quoted(claimStatusLabel(status))}）` : ""}`;
  },
  nothing_to_pay: () => "核定赔付金额为零，无需拨付",
  in_open_batch: (d) => {
    const batch = str(d, "batchId");
    return `已在未办结的拨付批次${batch ? ` ${batch} ` : ""}中`;
  },
  already_paid: () => "已拨付到账",
  no_account: () => "该农户尚未登记收款账户（一卡通或社会保障卡），请先由经办人员登记",
};

function claimsNotPayableZh(details: Detail[]): string {
  const reasons = details.map((d) => {
    const reason = str(d, "reason");
    const why = reason && Object.hasOwn(UNPAYABLE, reason) ? UNPAYABLE[reason]!(d) : "不能拨付";
    const claimId = str(d, "claimId");
    return `${claimId ? `申请 ${claimId}` : "申请"}：${why}`;
  });
  const shown = reasons.slice(0, 5).join("；");
  return reasons.length
    ? `以下申请不能列入拨付批次，本批次未创建：${shown}${reasons.length > 5 ? `；等共 ${reasons.length} 笔` : ""}。`
    : "所选申请不能列入拨付批次，本批次未创建。";
}

const LINE_OUTCOMES_ZH: Readonly<Record<string, string>> = {
  pending: "待发送",
  sent: "已发送银行",
  succeeded: "已到账",
  returned: "被退回",
};
const outcomeZh = (o: string | undefined) => (o && Object.hasOwn(LINE_OUTCOMES_ZH, o) ? quoted(LINE_OUTCOMES_ZH[o]!) : "其他结果");

function lineOutcomeConflictZh([d]: Detail[]): string {
  const outcome = str(d, "outcome");
  const requested = str(d, "requested");
  if (outcome === requested) return `该笔拨付已登记为${outcomeZh(outcome)}，但本次填写的银行流水号或退回原因与已登记的不同，未做更改。`;
  return `该笔拨付已登记为${outcomeZh(outcome)}，不能再登记为${outcomeZh(requested)}。`;
}

// ── The catalog ──────────────────────────────────────────────────────────────────────────────

const ZH: Readonly<Record<ErrorCode, Message>> = {
  VALIDATION_FAILED: (details) => {
    // One problem per field is enough to fix it (a malformed date is not also an impossible one).
    const seen = new Set<string>();
    const firstPerField = details.filter((d) => {
      const path = str(d, "path");
      if (path === undefined) return true;
      if (seen.has(path)) return false;
      seen.add(path);
      return true;
    });
    const problems = firstPerField.map(validationDetailZh);
    if (problems.length === 0) return "提交的内容有误，请检查后重试。";
    const shown = problems.slice(0, 5).join("；");
    return `提交的内容有误：${shown}${problems.length > 5 ? `；等共 ${problems.length} 处` : ""}。`;
  },
  IDEMPOTENCY_KEY_REQUIRED: () => "此请求需要在请求头中提供幂等键 Idempotency-Key（8 至 255 个可打印字符，例如 UUID），以免重复提交。",
  INVALID_SIGNATURE: () => "回调签名（Stripe-Signature）校验失败，请求未被处理。",
  UNAUTHENTICATED: () => "请先登录：需要有效的访问令牌（令牌缺失、已过期或不适用于本系统时请重新登录）。",
  FORBIDDEN: forbiddenZh,
  SEPARATION_OF_DUTIES: separationOfDutiesZh,
  AREA_REQUIRED: () => "您的账号尚未设置管辖区域（省、市、县或乡镇），不能查看或办理农户与申请，请联系管理员设置。",
  READ_ONLY_AREA: readOnlyAreaZh,
  NOT_FOUND: notFoundZh,
  DUPLICATE: duplicateZh,
  OUT_OF_STOCK: outOfStockZh,
  IDEMPOTENCY_KEY_REUSED: () => "该幂等键（Idempotency-Key）已用于另一个内容不同的请求；新的请求请使用新的幂等键。",
  IDEMPOTENCY_IN_PROGRESS: () => "使用相同幂等键（Idempotency-Key）的请求仍在处理中，请稍后重试。",
  INVALID_STATE: invalidStateZh,
  CONCURRENT_UPDATE: () => "数据正被他人同时修改，本次未做更改，请稍后重试。",
  ORDER_NOT_PAID_YET: () => "该订单的付款尚未入账，请稍后重新投递此事件。",
  VERSION_CONFLICT: versionConflictZh,
  PAYLOAD_TOO_LARGE: ([d]) => {
    const max = num(d, "maxBytes");
    return max !== undefined ? `请求内容过大，不能超过 ${bytes(max)}。` : "请求内容过大。";
  },
  REFERENCE_NOT_FOUND: referenceNotFoundZh,
  PRODUCT_NOT_LISTED: ([d]) => {
    const name = str(d, "productName");
    const id = str(d, "productId");
    const product = name ? `商品${quoted(name)}` : id ? `商品 ${id}` : "该商品";
    return `${product}目前未上架销售（尚未认定或认定已过期），无法下单。`;
  },
  ORDER_TOO_LARGE: ([d]) => {
    const max = num(d, "maxTotalFen");
    const total = num(d, "totalFen");
    const limit = max !== undefined ? `不能超过 ${formatYuan(max)}` : "超过了支付上限";
    return `单笔订单金额${limit}${total !== undefined ? `（本单合计 ${formatYuan(total)}）` : ""}，请拆分为多笔订单。`;
  },
  PAYMENT_REJECTED: () => "支付服务拒绝了本次付款，订单已关闭，预留的库存已释放，请重新下单。",
  REFUND_EXCEEDS_PAYMENT: ([d]) => {
    const refundable = num(d, "refundableFen");
    const requested = num(d, "requestedFen");
    if (refundable === undefined) return "退款金额超过了该订单仍可退款的金额。";
    return `退款金额${requested !== undefined ? ` ${formatYuan(requested)} ` : ""}超过了该订单仍可退款的金额 ${formatYuan(refundable)}。`;
  },
  REFUND_REJECTED: () => "支付服务拒绝了这笔退款，退款未执行。",
  ENDED_BEFORE_START: ([d]) => {
    const started = str(d, "startedOn");
    const noun = str(d, "resource") === "measure" ? "帮扶措施" : "结对";
    return `${noun}的结束日期不能早于开始日期${started ? `（${formatDateZh(started)}）` : ""}。`;
  },
  VILLAGE_OUTSIDE_SUPPLIER_COUNTY: ([d]) => {
    const village = str(d, "village");
    const villageCounty = str(d, "villageCounty");
    const supplierCounty = str(d, "supplierCounty");
    const where = village ? `${quoted(village)}${villageCounty ? `（${villageCounty}）` : ""}` : "该村";
    return `${where}不在供应商所在的${supplierCounty ?? "县"}；供应商只能上架本村或本县其他村的产品。`;
  },
  NOT_ELIGIBLE: notEligibleZh,
  POOL_INSUFFICIENT: poolInsufficientZh,
  CAP_EXHAUSTED: capExhaustedZh,
  OUTSIDE_COVERAGE_PERIOD: outsideCoverageZh,
  ASSESSMENT_IN_PROGRESS: ([d]) => {
    const id = str(d, "assessmentId");
    return `该农户已有进行中的研判${id ? `（${id}）` : ""}，同一农户同一时间只能有一项识别或风险消除研判。`;
  },
  CONSENT_REQUIRED: () => "农户尚未签署授权承诺书，不能继续核实其家庭信息；请先取得农户签字同意。",
  REMOVAL_CHECKS_FAILED: removalChecksFailedZh,
  NOTICE_PERIOD_NOT_OVER: ([d]) => {
    const ends = str(d, "endsOn");
    const opens = str(d, "availableOn");
    const township = str(d, "decider") === "township";
    if (township && !ends) return "该申请尚未开始公示，公示期满后乡镇才能审核。";
    return `公示期${ends ? `至${formatDateZh(ends)}` : ""}尚未结束，${township ? "乡镇须在公示期满后" : "县级须在公示期满后"}${opens ? `（${formatDateZh(opens)}起）` : ""}${township ? "才能审核" : "才能确认"}。`;
  },
  OBJECTION_UNRESOLVED: ([d]) => {
    const open = num(d, "open");
    return `公示期间收到的${open !== undefined ? ` ${open} 条` : ""}异议尚待乡镇核实，请先登记核实结论。`;
  },
  OBJECTION_UPHELD: ([d]) =>
    str(d, "resource") === "claim" ? "公示期间的异议经核实成立，该申请只能驳回。" : "公示期间的异议经核实成立，该研判只能不予确认。",
  OUTSIDE_NOTICE_PERIOD: outsideNoticePeriodZh,
  OBJECTION_LIMIT_REACHED: objectionLimitZh,
  POSSIBLE_DUPLICATE: (details) => {
    const lines = details.flatMap((d) => {
      const claimId = str(d, "claimId");
      if (!claimId) return [];
      return str(d, "reason") === "invoice_reused"
        ? [`发票 ${str(d, "invoiceNumber") ?? ""} 已在申请 ${claimId} 中使用`]
        : [`申请 ${claimId} 为同一农户同一原因${str(d, "incidentDate") ? `（事发 ${formatDateZh(str(d, "incidentDate")!)}）` : ""}的申请`];
    });
    return `可能是重复申请：${lines.length ? lines.join("；") : "与已有申请重复"}。如确非重复，请填写说明后提交，由审核人复核。`;
  },
  MEMBER_REQUIRED: () => "本方案对该原因按人计算，此申请未指明救助对象，不能审批；请驳回后为具体成员重新申请。",
  DOCUMENTS_MISSING: documentsMissingZh,
  DOCUMENT_MISMATCH: documentMismatchZh,
  DOCUMENT_NOT_UPLOADED: () => "尚未收到该材料的文件：请先按上传地址上传文件，再确认。",
  DOCUMENT_NOT_PENDING: ([d]) =>
    str(d, "status") === "rejected"
      ? "该材料上传的文件与登记不符，已被退回，不能再确认；请重新登记并上传。"
      : "该材料已经确认，确认后不能更改或替换；如有新版本，请作为新材料上传。",
  DOCUMENT_NOT_CONFIRMED: () => "该材料尚未确认（文件未上传或未通过核验），不能查看。",
  DOCUMENT_LIMIT_REACHED: ([d]) => `每件申请最多登记 ${num(d, "limit") ?? ""} 份材料，已达上限。`,
  CLAIMS_NOT_PAYABLE: claimsNotPayableZh,
  LINE_OUTCOME_CONFLICT: lineOutcomeConflictZh,
  PAID_BY_BATCH: () =>
    "申请不再由审批人员登记拨付：已审批的申请由县级财务人员编入拨付批次，银行回单确认到账后即为已拨付。请由财务人员在「拨付批次」中办理。",
  CLAIM_OF_OTHER_HOUSEHOLD: ([d]) => {
    const claimId = str(d, "claimId");
    return `申请${claimId ? `（${claimId}）` : ""}属于其他农户：帮扶措施只能关联本户的防贫保险/防贫救助申请。`;
  },
  // A scheme's fund (claims/funds) and exports.
  SCHEME_KIND_MISMATCH: ([d]) => {
    const what = str(d, "path") === "insurerFeeBps" ? "保险公司服务费" : "保费";
    return `${what}只适用于防贫保险方案；该方案是防贫救助资金，请改为登记筹集资金。`;
  },
  SETTLEMENT_OUT_OF_ORDER: ([d]) => {
    const open = num(d, "openYear");
    const year = num(d, "year");
    return `资金须逐年结算：请先结算${open !== undefined ? ` ${open} 年度` : "更早的年度"}，再结算${year !== undefined ? ` ${year} 年度` : "该年度"}。`;
  },
  ALREADY_SETTLED: ([d]) => {
    const year = num(d, "year");
    return `该方案${year !== undefined ? ` ${year} 年度` : "该年度"}的资金已经结算，每个年度只结算一次。`;
  },
  EXPORT_TOO_LARGE: ([d]) => {
    const max = num(d, "maxRows");
    return `导出的行数超过上限${max !== undefined ? ` ${grouped(max)} 行` : ""}，请按乡镇或发放状态分开导出。`;
  },
  INTERNAL: ([d]) => {
    const requestId = str(d, "requestId");
    return `系统内部出错，请稍后重试${requestId ? `；如问题持续，请联系管理员并提供请求编号 ${requestId}` : ""}。`;
  },
  SERVICE_UNAVAILABLE: () => "系统依赖的服务暂时没有响应，本次未做任何更改，请稍后重试。",
  PAYMENT_PROVIDER_UNAVAILABLE: () => "支付服务暂时没有响应，本次操作未完成，请稍后重试。",
};

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ZH, code);

/** Each code's Chinese message, as a function of the whole error. */
export const ZH_MESSAGES = Object.fromEntries(
  ERROR_CODES.map((code) => [code, (error: Pick<ApiError, "details">) => ZH[code](detailsOf(error.details))]),
) as Readonly<Record<ErrorCode, (error: Pick<ApiError, "details">) => string>>;

/**
 * The error's message in Chinese. A code not in the catalog (an older console meeting a newer API)
 * or details too odd to read still get Chinese, never the English message: a message is not worth
 * turning a refusal into a crash.
 */
export function chineseMessage(error: Pick<ApiError, "code" | "details">): string {
  const fallback = `请求未能完成（错误代码 ${error.code}）。`;
  if (!isErrorCode(error.code)) return fallback;
  try {
    return ZH[error.code](detailsOf(error.details));
  } catch {
    return fallback;
  }
}

/** The message to show a reader of `lang`: the API's own (English) one, or the catalog's Chinese. */
export const errorMessage = (error: ApiError, lang: Language): string => (lang === "zh-CN" ? chineseMessage(error) : error.message);

/** One detail of a VALIDATION_FAILED refusal in the reader's language, e.g. to show beside its form field. */
export const detailMessage = (detail: { message: string; [key: string]: unknown }, lang: Language): string =>
  lang === "zh-CN" ? validationDetailZh(detail) : detail.message;

/**
 * An error body (`{error:{code,message,details?}}`, with whatever else it carries) with its
 * `message` in `lang`; `code` and `details` are left as they are, so clients branch on the same.
 */
export function localizeError<B extends { error: ApiError }>(body: B, lang: Language): B {
  if (lang !== "zh-CN") return body;
  return { ...body, error: { ...body.error, message: chineseMessage(body.error) } };
}
