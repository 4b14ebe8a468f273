import { fieldLabel, valueWithLabel } from "./chinese-labels";
import { type Detail, grouped, num, str, strs } from "./detail-fields";
import { formatYuan } from "./money";
import type { ValidationIssue } from "./validation-details";

/**
 * One VALIDATION_FAILED detail in Chinese, from its machine-readable `issue` and figures
 * (validation-details.ts), never from its English `message`: `「数量」不能小于 1`.
 */

/** The last named segment of a path: the field whose unit (fen, basis points) a figure is in. */
const fieldName = (path: string | undefined) =>
  (path ?? "")
    .split(".")
    .filter((s) => s !== "" && !/^\d+$/.test(s))
    .pop() ?? "";

/** A limit in the field's own unit: fen as 元, basis points as a percentage, other numbers grouped. */
function figure(path: string | undefined, n: number): string {
  const name = fieldName(path);
  if (name.endsWith("Fen")) return formatYuan(n);
  if (name.endsWith("Bps")) return `${n / 100}%`;
  return grouped(n);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值（true 或 false）",
  array: "列表",
  object: "对象",
};

const FORMATS: Readonly<Record<string, string>> = {
  date: "日期，格式为 YYYY-MM-DD（例如 2026-03-01）",
  month: "月份，格式为 YYYY-MM（例如 2026-03）",
  id: "编号（只含字母、数字、下划线和连字符）",
  idempotency_key: "8 至 255 个可打印 ASCII 字符（例如 UUID）",
  email: "电子邮箱地址",
  url: "网址",
};

type Sentence = (d: Detail, field: string) => string;

const tooSmall: Sentence = (d, field) => {
  const min = num(d, "minimum");
  const inclusive = d.inclusive !== false;
  if (min === undefined) return `${field}太小`;
  switch (str(d, "origin")) {
    case "string":
      return min <= 1 ? `${field}不能为空` : `${field}至少需要 ${grouped(min)} 个字符`;
    case "array":
    case "set":
      return `${field}至少需要 ${grouped(min)} 项`;
    default:
      return inclusive ? `${field}不能小于 ${figure(str(d, "path"), min)}` : `${field}必须大于 ${figure(str(d, "path"), min)}`;
  }
};

const tooBig: Sentence = (d, field) => {
  const max = num(d, "maximum");
  const inclusive = d.inclusive !== false;
  if (max === undefined) return `${field}太大`;
  switch (str(d, "origin")) {
    case "string":
      return `${field}最多 ${grouped(max)} 个字符`;
    case "array":
    case "set":
      return `${field}最多 ${grouped(max)} 项`;
    case "months":
      return `查询期间最多 ${grouped(max)} 个月`;
    default:
      return inclusive ? `${field}不能超过 ${figure(str(d, "path"), max)}` : `${field}必须小于 ${figure(str(d, "path"), max)}`;
  }
};

const notOneOf: Sentence = (d, field) => {
  const values = (Array.isArray(d.values) ? d.values : []).map((v) => valueWithLabel(String(v)));
  if (values.length === 0) return `${field}不是可接受的取值`;
  return values.length === 1 ? `${field}只能是 ${values[0]}` : `${field}应为以下之一：${values.join("、")}`;
};

const labelled = (fields: string[] | undefined) => (fields ?? []).map((f) => `「${fieldLabel(f)}」`).join("和");

const SENTENCES: Readonly<Record<ValidationIssue, Sentence>> = {
  required: (_d, field) => `${field}为必填项`,
  invalid_type: (d, field) => {
    const expected = EXPECTED[str(d, "expected") ?? ""];
    return expected ? `${field}应为${expected}` : `${field}的类型不正确`;
  },
  too_small: tooSmall,
  too_big: tooBig,
  not_one_of: notOneOf,
  invalid_format: (d, field) => {
    const format = FORMATS[str(d, "format") ?? ""];
    return format ? `${field}应为${format}` : `${field}的格式不正确`;
  },
  not_multiple_of: (d, field) => {
    const divisor = num(d, "divisor");
    return divisor === undefined ? `${field}的取值不正确` : `${field}应为 ${figure(str(d, "path"), divisor)} 的整数倍`;
  },
  unknown_fields: (d, field) => {
    const keys = strs(d, "keys") ?? [];
    return keys.length ? `${field}包含无法识别的字段：${keys.join("、")}` : `${field}包含无法识别的字段`;
  },
  invalid: (_d, field) => `${field}不符合要求`,
  unpaired_surrogates: (_d, field) => `${field}含有无效字符（不成对的代理项）`,
  control_characters: (_d, field) => `${field}不能包含控制字符或换行`,
  bidi_controls: (_d, field) => `${field}不能包含双向文本控制字符`,
  non_characters: (_d, field) => `${field}不能包含字节顺序标记（BOM）或非字符`,
  blank: (_d, field) => `${field}不能为空白`,
  not_a_calendar_date: (_d, field) => `${field}不是实际存在的日期`,
  in_future: (_d, field) => `${field}不能晚于今天`,
  resident_id: (_d, field) => `${field}不是有效的 18 位居民身份证号码（请核对位数、出生日期和校验码）`,
  credit_code: (_d, field) => `${field}不是有效的 18 位统一社会信用代码（请核对位数和校验码）`,
  account_number: (_d, field) => `${field}应为 12 至 30 位数字（空格和短横线可省略）`,
  mobile_phone: (_d, field) => `${field}应为 11 位手机号码`,
  repeated: (_d, field) => `${field}不能有重复项`,
  no_change: () => "请至少修改一个字段",
  exactly_one_of: (d) => `${labelled(strs(d, "fields"))}必须填写且只能填写其中一个`,
  not_both: (d) => `${labelled(strs(d, "fields"))}不能同时填写`,
  before_other: (d, field) => `${field}不能早于「${fieldLabel(str(d, "other") ?? "")}」`,
  after_other: (d, field) => `${field}不能晚于「${fieldLabel(str(d, "other") ?? "")}」`,
  exceeds_other: (d, field) => `${field}不能超过「${fieldLabel(str(d, "other") ?? "")}」`,
  malformed_json: () => "请求内容不是格式正确的 JSON",
  content_type: () => "请求内容须为 JSON（请求头 Content-Type: application/json）",
  bad_encoding: () => "请求路径中的百分号编码（%xx）无效",
  invalid_cursor: () => "分页游标无效或已失效，请从第一页重新开始",
};

/** zod's own codes, for details that name no issue (a schema outside the platform's vocabulary). */
const FROM_ZOD_CODE: Readonly<Record<string, ValidationIssue>> = {
  invalid_type: "invalid_type",
  too_small: "too_small",
  too_big: "too_big",
  invalid_value: "not_one_of",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unknown_fields",
};

const sentenceFor = (key: string | undefined): Sentence | undefined =>
  key !== undefined && Object.hasOwn(SENTENCES, key) ? SENTENCES[key as ValidationIssue] : undefined;

/** The detail in Chinese; a detail with neither a known issue nor a zod code still names its field. */
export function validationDetailZh(d: Detail): string {
  const path = str(d, "path");
  const field = path ? `「${fieldLabel(path)}」` : "请求内容";
  const code = str(d, "code");
  const sentence =
    sentenceFor(str(d, "issue")) ?? sentenceFor(code !== undefined && Object.hasOwn(FROM_ZOD_CODE, code) ? FROM_ZOD_CODE[code] : undefined);
  if (sentence) return sentence(d, field);
  return `${field}填写有误`;
}
