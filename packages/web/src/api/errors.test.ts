import { describe, expect, it } from "vitest";
import { ApiError, detailMessage, errorFromResponse, errorMessage, fieldPath } from "./errors";

const t = (key: string, options?: Record<string, unknown>) => (options?.code ? `${key}(${options.code})` : key);

describe("what the console says about a failure", () => {
  it("shows the API's message when it answered in the reader's language", () => {
    const e = errorFromResponse(409, { error: { code: "OUT_OF_STOCK", message: "库存不足：夏津桑叶茶仅剩 2 件" } });
    expect(errorMessage(e, t, "zh-CN")).toBe("库存不足：夏津桑叶茶仅剩 2 件");
    const en = errorFromResponse(409, { error: { code: "OUT_OF_STOCK", message: "Not enough stock" } });
    expect(errorMessage(en, t, "en")).toBe("Not enough stock");
  });

  it("never shows raw English to a Chinese reader", () => {
    const e = errorFromResponse(409, { error: { code: "OUT_OF_STOCK", message: "Not enough stock" } });
    expect(errorMessage(e, t, "zh-CN")).toBe("common:errors.withCode(OUT_OF_STOCK)");
  });

  it("uses its own text when no API body came back", () => {
    expect(errorMessage(new ApiError(null, null), t, "zh-CN")).toBe("common:errors.network");
    expect(errorMessage(errorFromResponse(502, "<html>Bad Gateway</html>"), t, "zh-CN")).toBe("common:errors.unavailable");
    expect(errorMessage(errorFromResponse(504, undefined), t, "en")).toBe("common:errors.unavailable");
    expect(errorMessage(errorFromResponse(401, { message: "Unauthorized" }), t, "zh-CN")).toBe("common:errors.unauthenticated");
    expect(errorMessage(new Error("boom"), t, "zh-CN")).toBe("common:errors.unexpected");
  });

  it("maps a detail's path to the form field it names", () => {
    expect(fieldPath("body.items.0.quantity")).toEqual(["items", 0, "quantity"]);
    expect(fieldPath("query.q")).toEqual(["q"]);
    expect(fieldPath("sub")).toEqual(["sub"]);
  });
});

describe("what the console says under a form field", () => {
  it("keeps a Chinese or an English reader's detail, and words an English detail's issue for a Chinese reader", () => {
    expect(detailMessage({ path: "body.sub", message: "账号只能包含字母" }, t, "zh-CN")).toBe("账号只能包含字母");
    expect(detailMessage({ path: "body.quantity", message: "too small", issue: "too_small" }, t, "en")).toBe("too small");
    expect(detailMessage({ path: "body.quantity", message: "too small", issue: "too_small" }, t, "zh-CN")).toBe(
      "common:errors.field.too_small",
    );
    expect(detailMessage({ path: "body.x", message: "odd", issue: "credit_code" }, t, "zh-CN")).toBe("common:errors.field.invalid");
  });
});
