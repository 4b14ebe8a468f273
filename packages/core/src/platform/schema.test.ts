import { describe, expect, it } from "vitest";
import { note, text } from "./schema";

const parse = (value: unknown, schema = text(20)) => {
  const r = schema.safeParse(value);
  return r.success ? { ok: r.data } : { error: r.error.issues.map((i) => i.message).join("; ") };
};

describe("the text schema every user-supplied string goes through", () => {
  it("keeps ordinary Chinese and Latin text, trimmed and NFC-normalised", () => {
    expect(parse("  小石堂村 ")).toEqual({ ok: "小石堂村" });
    expect(parse("Cafe\u0301")).toEqual({ ok: "Café" });
    expect(parse("\u200B张三\u200B")).toEqual({ ok: "张三" });
    expect(parse("家庭\u200D农场")).toEqual({ ok: "家庭\u200D农场" });
  });

  it.each([
    ["zero-width spaces only", "\u200B\u200B\u200B"],
    ["ideographic spaces only", "\u3000\u3000"],
    ["a Hangul filler", "\u3164"],
    ["word joiners and soft hyphens", "\u2060\u00AD"],
  ])("refuses a text that is blank once invisible characters are removed: %s", (_name, value) => {
    expect(parse(value).error).toMatch(/empty|blank/);
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["an escape", "a\u001Bb"],
    ["DEL", "a\u007Fb"],
    ["a C1 control", "a\u0085b"],
    ["a line feed in a name", "a\nb"],
    ["a right-to-left override", "abc\u202Etxt.exe"],
    ["a bidi isolate", "a\u2066b"],
    ["a right-to-left mark", "a\u200Fb"],
    ["a byte-order mark", "\uFEFFabc"],
    ["a non-character", "a\uFFFF"],
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "a\uDC00"],
  ])("refuses %s", (_name, value) => {
    expect(parse(value).error).toBeDefined();
  });

  it("lets notes span lines, with CR LF read as LF, but no other controls", () => {
    expect(parse("第一行\r\n第二行", note(20))).toEqual({ ok: "第一行\n第二行" });
    expect(parse("第一行\u0000", note(20)).error).toBeDefined();
  });

  it("counts the length after normalising", () => {
    expect(parse(`  ${"村".repeat(20)}  `)).toEqual({ ok: "村".repeat(20) });
    expect(parse("村".repeat(21)).error).toMatch(/at most 20/);
  });

  it("refuses what is not a string", () => {
    expect(parse(42).error).toBe("must be a string");
  });
});
