/**
 * Chinese names for what error messages mention: request fields, enum values, roles, resources
 * and statuses. Pure data and lookups (the browser console imports them too). Lookups use own
 * properties only, so a field called `constructor` or `__proto__` never reads Object.prototype.
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
  certificateNo: "证书编号",
  city: "市",
  claimId: "申请编号",
  committedFen: "承诺金额",
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
  members: "家庭人口数",
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
  rules: "赔付规则",
  schemeId: "方案编号",
  source: "资金来源",
  startedOn: "开始日期",
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
  // Not body fields, but what a refusal's path can name.
  body: "请求内容",
  "content-type": "内容类型（Content-Type）",
  "idempotency-key": "幂等键（Idempotency-Key）",
  path: "请求路径",
};

/** Every enum value a route accepts, and the statuses refusals name. */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
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
  // causes
  illness: "因病",
  education: "因学",
  disaster: "因灾",
  accident: "因意外",
  // scheme kinds
  insurance: "防贫保险",
  relief: "防贫救助",
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
  // claim statuses
  submitted: "已提交",
  reviewed: "已审核",
  approved: "已批准",
  rejected: "已驳回",
  paid: "已支付",
  // order statuses
  pending_payment: "待支付",
  payment_failed: "支付失败",
  cancelled: "已取消",
  partially_refunded: "部分退款",
  refunded: "已退款",
  // pairing statuses
  active: "进行中",
  ended: "已结束",
  // product statuses
  pending_certification: "待认定",
  listed: "在售",
  expired: "认定已过期",
  not_yet_valid: "认定尚未生效",
};

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  buyer: "采购方",
  supplier: "供应商",
  enterprise: "帮扶企业",
  clerk: "经办人员",
  approver: "审批人员",
  admin: "管理员",
};

/** What a NOT_FOUND, REFERENCE_NOT_FOUND or INVALID_STATE names (`resource` in its details). */
export const RESOURCE_LABELS: Readonly<Record<string, string>> = {
  claim: "申请",
  enterprise: "企业",
  household: "农户",
  order: "订单",
  pairing: "结对关系",
  product: "商品",
  refund: "退款",
  route: "接口",
  scheme: "防贫方案",
  supplier: "供应商",
  village: "村",
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
