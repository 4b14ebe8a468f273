import {
  BASIS_LABELS,
  CLAIM_STAGE_LABELS,
  CLAIM_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  INCOME_TEST_LABELS,
  KNOWN_CAUSE_LABELS,
  SCHEME_KIND_LABELS,
} from "../claims/labels";

/**
 * Chinese names for what error messages mention: request fields, enum values, roles, resources
 * and statuses. Pure data and lookups (the browser console imports them too); the claims' values
 * are claims/labels.ts's, pure data as well. Lookups use own properties only, so a field called
 * `constructor` or `__proto__` never reads Object.prototype.
 */

const lookup = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** Every field name a route's params, query or body declares (a unit test holds the routes to it). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  accountIds: "员工账号",
  amountFen: "金额",
  authority: "发证机关",
  authorityLevel: "认定级别",
  catalogBatch: "目录批次",
  category: "类别",
  cause: "申请原因",
  // claims rules (issue 12)
  coveragePeriod: "保障期间",
  incomeTest: "收入测算方式",
  chain: "审批环节",
  homeVisit: "入户核查",
  villageReview: "村级评议",
  publicNotice: "公示",
  label: "名称",
  basis: "计算口径",
  entryThresholdFen: "起付标准",
  entryThresholdByCategoryFen: "分类起付标准",
  perPersonYearCapFen: "每人年度赔付上限",
  requiredDocuments: "必备材料",
  invoices: "发票",
  number: "票据号码",
  issuer: "开票单位",
  duplicateExplanation: "非重复申请说明",
  duplicateOverride: "重复申请复核",
  certificateNo: "证书编号",
  city: "市",
  claimId: "申请编号",
  committedFen: "承诺金额",
  content: "帮扶内容",
  county: "县",
  creditCode: "统一社会信用代码",
  cursor: "分页游标",
  date: "日期",
  decision: "审核结论",
  deductibleFen: "起付金额",
  description: "产品介绍",
  documents: "证明材料",
  eligibleCategories: "覆盖的农户类别",
  endedOn: "结束日期",
  endOn: "结束日期",
  enterpriseId: "企业编号",
  expenses: "费用",
  from: "起始月份",
  groupBy: "汇总方式",
  headName: "户主姓名",
  householdId: "农户编号",
  households: "带动户数",
  idNumber: "身份证号",
  incidentDate: "事发日期",
  incomeLineFen: "收入线",
  incomeYear: "收入年度",
  issuedOn: "发证日期",
  items: "商品明细",
  kind: "类型",
  limit: "每页条数",
  measureId: "帮扶措施编号",
  memberId: "家庭成员编号",
  members: "家庭成员",
  mode: "带贫方式",
  name: "名称",
  note: "备注",
  orderId: "订单编号",
  ownerId: "账号",
  ownerIds: "所属账号",
  pairingId: "结对编号",
  peopleHelped: "帮扶人数",
  perCapitaIncomeFen: "家庭人均收入",
  perClaimCapFen: "单次赔付上限",
  period: "金额周期",
  perHouseholdYearCapFen: "每户年度赔付上限",
  povertyLink: "联农带贫信息",
  priceFen: "价格",
  productId: "商品编号",
  projects: "帮扶项目",
  province: "省",
  q: "搜索关键词",
  quantity: "数量",
  ratioBps: "赔付比例",
  reason: "原因",
  ref: "材料存放位置",
  reference: "转账凭证号",
  reimbursedFen: "已报销金额",
  responsibleCadre: "帮扶责任人",
  rules: "赔付规则",
  schemeId: "方案编号",
  source: "来源",
  startedOn: "开始日期",
  startOn: "开始日期",
  status: "状态",
  stock: "库存",
  stockDelta: "库存增减",
  supplierId: "供应商编号",
  supportTypes: "帮扶类型",
  tiers: "分段",
  to: "截止月份",
  totalFen: "总金额",
  township: "乡镇",
  type: "类型",
  unit: "规格单位",
  upToFen: "分段上限",
  validUntil: "有效期至",
  version: "版本",
  villageId: "村编号",
  withinDays: "到期天数",
  year: "年度",
  // Identification and risk removal (研判), objections on public notices.
  assessmentId: "研判编号",
  attendees: "参会人数",
  basicMedicalInsurance: "基本医疗有保障",
  compulsoryEducation: "义务教育有保障",
  consent: "授权承诺",
  contact: "联系方式",
  days: "公示天数",
  findings: "核实情况",
  foodAndClothing: "不愁吃、不愁穿",
  heldOn: "评议日期",
  incomeStable: "收入稳定",
  leadId: "风险线索编号",
  noticeId: "公示编号",
  objectionId: "异议编号",
  outcome: "结论",
  receivedOn: "收到日期",
  removalChecks: "风险消除核查",
  safeDrinkingWater: "饮水安全有保障",
  safeHousing: "住房安全有保障",
  signed: "已签字",
  signedOn: "签字日期",
  startsOn: "公示开始日期",
  visitedOn: "入户核实日期",
  visitors: "核实人员",
  // Not body fields, but what a refusal's path can name.
  body: "请求内容",
  "content-type": "内容类型（Content-Type）",
  "idempotency-key": "幂等键（Idempotency-Key）",
  path: "请求路径",
  // The household registry (members, versions) and county monitoring settings.
  address: "地址",
  relation: "与户主关系",
  health: "健康状况",
  disability: "残疾等级",
  schoolStatus: "在校情况",
  dibao: "低保对象",
  tekun: "特困供养对象",
  expectedVersion: "预期版本",
  income: "年度收入",
  incomeLines: "监测收入线",
  earlyWarning: "预警规则",
  leadDeadlineDays: "线索办理时限（天）",
  noticeMinDays: "最短公示天数",
  measureDeadlineDays: "帮扶措施落实时限（天）",
  claimDeadlineWorkingDays: "防贫申请办结时限（工作日）",
  holidays: "法定节假日",
  workdays: "调休上班日",
  summary: "内容摘要",
  upheld: "异议是否成立",
  finding: "核实结论",
  stage: "办理环节",
  lineFen: "防贫监测线",
  threshold: "预警阈值",
  lowIncomeFen: "低收入户阈值",
  otherFen: "其他农户阈值",
  referenceIncomeFen: "参考收入",
  lowIncomeBps: "低收入户比例",
  otherBps: "其他农户比例",
  sources: "数据来源",
  // Risk leads and department batches.
  reportedOn: "发现日期",
  medicalCostFen: "自付医疗费用",
  overdue: "已逾期",
  rows: "数据行",
  csv: "CSV 文件内容",
  // Claim evidence (documents).
  documentId: "材料编号",
  fileName: "文件名",
  contentType: "文件类型",
  sizeBytes: "文件大小（字节）",
  sha256: "文件 SHA-256 摘要",
  // fund settlement (claims/funds) and exports
  perPersonFen: "人均保费",
  headcount: "参保人数",
  payer: "缴费单位",
  insurerFeeBps: "保险公司服务费比例",
  surplusPolicy: "结余处理方式",
  sourceKind: "资金来源",
  format: "文件格式",
  // Payment to the household: accounts, batches, lines.
  holderName: "收款人",
  bankName: "开户行",
  accountNumber: "账号",
  phone: "手机号码",
  claimIds: "申请",
  batchId: "拨付批次编号",
  bankReference: "银行流水号",
};

/** Every enum value a route accepts, and the statuses refusals name. */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  // The claims' values, written in claims/labels.ts: statuses, stages, causes, document kinds, scheme
  // kinds, payout bases, income tests. First, so a value another context shares names that context's
  // way below: other 其他, industry 产业, employment 就业.
  ...CLAIM_STATUS_LABELS,
  ...CLAIM_STAGE_LABELS,
  ...KNOWN_CAUSE_LABELS,
  ...DOCUMENT_KIND_LABELS,
  ...SCHEME_KIND_LABELS,
  ...BASIS_LABELS,
  ...INCOME_TEST_LABELS,
  // fund settlement (claims/funds): surplus policies and fund sources; export formats
  carry_forward: "结余结转下年",
  return_to_treasury: "结余退回财政",
  county_budget: "县财政",
  township: "乡镇",
  donation: "社会捐赠",
  social_assistance: "社会救助资金",
  csv: "CSV 文件",
  xlsx: "Excel 表格（XLSX）",
  // supplier kinds
  enterprise: "企业",
  cooperative: "合作社",
  village_collective: "村集体",
  family_farm: "家庭农场",
  // poverty-link modes
  wages: "务工带贫",
  asset_income: "资产收益",
  business_income: "产业带动",
  // certification levels; report groupings
  county: "县级",
  province: "省级",
  national: "国家级",
  village: "村",
  // household categories
  unstable_out_of_poverty: "脱贫不稳定户",
  marginal_at_risk: "边缘易致贫户",
  sudden_hardship: "突发严重困难户",
  // support types
  industry: "产业",
  employment: "就业",
  consumption: "消费",
  public_welfare: "公益",
  skills: "智力/技能",
  trade: "商贸",
  // review decisions
  pass: "通过",
  reject: "驳回",
  // order statuses (a claim's statuses are named by CLAIM_STATUS_LABELS where refusals say it is a claim's)
  pending_payment: "待支付",
  paid: "已支付",
  payment_failed: "支付失败",
  cancelled: "已取消",
  partially_refunded: "部分退款",
  refunded: "已退款",
  // support measure types and the periods of their amounts
  public_welfare_post: "公益岗位",
  micro_credit: "小额信贷",
  dibao: "低保",
  tekun: "特困供养",
  medical_aid: "医疗救助",
  education_aid: "教育资助",
  temporary_aid: "临时救助",
  prevention_claim: "防贫保险/防贫救助",
  other: "其他",
  once: "一次性",
  monthly: "每月",
  yearly: "每年",
  // assessments (研判): kinds, statuses, outcomes
  identification: "监测对象识别",
  removal: "风险消除",
  opened: "待入户核实",
  visited: "待村级评议",
  village_reviewed: "待公示",
  noticed: "公示中",
  township_reviewed: "待县级确认",
  confirmed: "已确认",
  withdrawn: "已撤回",
  fail: "不通过",
  confirm: "确认",
  upheld: "异议成立",
  not_upheld: "异议不成立",
  // pairing statuses
  active: "进行中",
  ended: "已结束",
  // product statuses
  pending_certification: "待认定",
  listed: "在售",
  expired: "认定已过期",
  not_yet_valid: "认定尚未生效",
  // household members: relation, health, disability, school; monitoring statuses; early-warning rules
  head: "户主",
  spouse: "配偶",
  child: "子女",
  child_in_law: "儿媳/女婿",
  grandchild: "孙子女",
  parent: "父母",
  grandparent: "祖父母",
  sibling: "兄弟姐妹",
  healthy: "健康",
  chronic_illness: "长期慢性病",
  serious_illness: "患有大病",
  long_term_illness: "长期患病需护理",
  none: "无残疾",
  grade_1: "一级残疾",
  grade_2: "二级残疾",
  grade_3: "三级残疾",
  grade_4: "四级残疾",
  not_applicable: "非在校",
  preschool: "学前教育",
  compulsory: "义务教育在校",
  high_school: "普通高中在读",
  vocational: "中职/高职在读",
  higher_education: "高等教育在读",
  out_of_school: "失学辍学",
  registered: "已登记",
  identifying: "识别中",
  monitored: "监测对象",
  removing: "风险消除中",
  removed: "已消除风险",
  medical_cost: "医疗支出预警",
  absolute: "固定金额",
  share_of_income: "按收入比例",
  income_below_line: "收入低于监测线",
  department_flag: "部门数据预警",
  civil_affairs: "民政部门预警",
  disabled_persons: "残联预警",
  // risk leads: sources, statuses; yes/no query flags
  self_report: "农户自主申报",
  cadre_visit: "干部走访排查",
  medical_insurance: "医保部门预警",
  income_monitoring: "收入监测预警",
  open: "待核实",
  assessing: "识别中",
  closed: "已办结",
  dismissed: "已排除",
  true: "是",
  false: "否",
  // claim evidence: the file types accepted
  "application/pdf": "PDF 文件",
  "image/jpeg": "JPEG 图片",
  "image/png": "PNG 图片",
  // payment accounts; payment batch line outcomes
  yikatong: "一卡通",
  social_security_card: "社会保障卡",
  bank_card: "银行卡",
  sent: "已发送银行",
  succeeded: "已到账",
  returned: "被退回",
};

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  buyer: "采购方",
  supplier: "供应商",
  enterprise: "帮扶企业",
  clerk: "经办人员",
  approver: "审批人员",
  finance: "财务人员",
  admin: "管理员",
};

/** What a NOT_FOUND, REFERENCE_NOT_FOUND or INVALID_STATE names (`resource` in its details). */
export const RESOURCE_LABELS: Readonly<Record<string, string>> = {
  assessment: "研判",
  objection: "异议",
  notice: "公示",
  claim: "申请",
  document: "证明材料",
  enterprise: "企业",
  county: "县",
  household: "农户",
  measure: "帮扶措施",
  member: "家庭成员",
  order: "订单",
  pairing: "结对关系",
  product: "商品",
  refund: "退款",
  route: "接口",
  scheme: "防贫方案",
  supplier: "供应商",
  township: "乡镇",
  village: "村",
  "county settings": "县监测规则",
  "risk lead": "风险线索",
  "payment account": "收款账户",
  "payment batch": "拨付批次",
  "payment line": "拨付明细",
};

export const valueLabel = (value: string): string => lookup(VALUE_LABELS, value) ?? value;

/** A value as a Chinese reader wants it: the label with the API's identifier beside it, e.g. `合作社（cooperative）`. */
export const valueWithLabel = (value: string): string => {
  const label = lookup(VALUE_LABELS, value);
  return label ? `${label}（${value}）` : value;
};

export const roleLabel = (role: string): string => lookup(ROLE_LABELS, role) ?? role;

export const resourceLabel = (resource: string): string | undefined => lookup(RESOURCE_LABELS, resource.toLowerCase());

/** The part of the request a path starts with; the field is what a reader cares about. */
const ROOTS = new Set(["body", "query", "path", "headers"]);

/**
 * A refusal's field path in Chinese: `body.items.0.quantity` → `商品明细第1项的数量`. Unknown
 * names are kept as they are (an identifier the reader can still find in the form or request).
 */
export function fieldLabel(path: string): string {
  const segments = path.split(".").filter((s) => s !== "");
  const named = segments.length > 1 && ROOTS.has(segments[0]!) ? segments.slice(1) : segments;
  if (named.length === 0) return "请求内容";
  let out = "";
  for (const segment of named) {
    if (/^\d+$/.test(segment)) out += `第${Number(segment) + 1}项`;
    else {
      const label = lookup(FIELD_LABELS, segment) ?? lookup(VALUE_LABELS, segment) ?? segment;
      out += out === "" ? label : `的${label}`;
    }
  }
  return out;
}

/** A calendar date (YYYY-MM-DD) or month (YYYY-MM) as written in Chinese: `2026年1月1日`. */
export function formatDateZh(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  return `${year}年${Number(month)}月${day ? `${Number(day)}日` : ""}`;
}
