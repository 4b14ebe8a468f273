import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CreateSupplier } from "../catalog/schemas";
import { chineseMessage } from "./error-messages";
import { positiveFen } from "./money";
import { calendarDate, text } from "./schema";
import { zodIssueDetails } from "./validation-details";
import { validationDetailZh } from "./validation-messages";

/** The details the HTTP layer answers for `value` under `schema`, and each in Chinese. */
function refusal(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a refusal");
  const details = zodIssueDetails("body", result.error, value);
  return { details, zh: details.map(validationDetailZh) };
}

describe("validation details", () => {
  it("keep zod's path, message and code, and add the issue by name with its figures", () => {
    const { details } = refusal(z.strictObject({ name: text(5) }), { name: "太长了太长了" });
    expect(details).toEqual([
      {
        path: "body.name",
        message: "must be at most 5 characters",
        code: "too_big",
        issue: "too_big",
        maximum: 5,
        inclusive: true,
        origin: "string",
      },
    ]);
  });

  it("tell a missing field from a wrong one, and never copy the value refused", () => {
    const schema = z.strictObject({ name: text(), villageId: z.string() });
    const { details, zh } = refusal(schema, { villageId: 42 });
    expect(details.map((d) => d.issue)).toEqual(["required", "invalid_type"]);
    expect(zh).toEqual(["「名称」为必填项", "「村编号」应为文本"]);
    expect(JSON.stringify(details)).not.toContain("42");
  });

  it("name text problems, date formats and calendar dates", () => {
    const schema = z.strictObject({ name: text(), issuedOn: calendarDate(), validUntil: calendarDate() });
    const { details, zh } = refusal(schema, { name: "a\u0007b", issuedOn: "2026/03/01", validUntil: "2026-02-30" });
    expect(details.map((d) => [d.issue, d.format])).toEqual([
      ["control_characters", undefined],
      ["invalid_format", "date"],
      ["not_a_calendar_date", undefined],
      ["not_a_calendar_date", undefined],
    ]);
    expect(zh).toEqual([
      "「名称」不能包含控制字符或换行",
      "「发证日期」应为日期，格式为 YYYY-MM-DD（例如 2026-03-01）",
      "「发证日期」不是实际存在的日期",
      "「有效期至」不是实际存在的日期",
    ]);
    // The summary names each field once, by its first problem.
    expect(chineseMessage({ code: "VALIDATION_FAILED", details })).toBe(
      "提交的内容有误：「名称」不能包含控制字符或换行；「发证日期」应为日期，格式为 YYYY-MM-DD（例如 2026-03-01）；「有效期至」不是实际存在的日期。",
    );
  });

  it("list the accepted values with their Chinese names, and limits in 元 for amounts", () => {
    expect(refusal(CreateSupplier, { name: "合作社", kind: "coop", villageId: "vil_1" }).zh).toEqual([
      "「类型」应为以下之一：企业（enterprise）、合作社（cooperative）、村集体（village_collective）、家庭农场（family_farm）",
    ]);
    expect(refusal(z.strictObject({ priceFen: positiveFen() }), { priceFen: 0 }).zh).toEqual(["「价格」不能小于 ¥0.01"]);
  });
});
