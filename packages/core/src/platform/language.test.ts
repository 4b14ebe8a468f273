import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES, negotiateLanguage } from "./language";

describe("negotiateLanguage", () => {
  it.each([
    "zh",
    "zh-CN",
    "zh-cn",
    "zh-Hans",
    "zh-Hans-CN",
    "ZH-HANS-CN",
    "zh-CN,zh;q=0.9,en;q=0.8",
    "fr, zh;q=0.5",
    "en;q=0.4, zh-CN;q=0.6",
  ])("answers Chinese to %j", (header) => expect(negotiateLanguage(header)).toBe("zh-CN"));

  it.each([
    undefined,
    "",
    "en",
    "en-US,en;q=0.9,zh-CN;q=0.8",
    "zh-TW",
    "zh-Hant",
    "zh-HK",
    "fr",
    "*",
    "zh;q=0",
    "zh-CN;q=abc",
    "zh-CN;q=1.5",
    "zh-CN;q=0.5;x=1",
    "zh_CN",
    "zh-CN-",
    "中文",
    "__proto__",
    "constructor",
    "toString",
    "en, zh-CN",
  ])("answers English to %j", (header) => expect(negotiateLanguage(header)).toBe("en"));

  it("prefers the earlier of equal weights, as browsers list preferences in order", () => {
    expect(negotiateLanguage("zh-CN;q=0.8, en;q=0.8")).toBe("zh-CN");
    expect(negotiateLanguage("en;q=0.8, zh-CN;q=0.8")).toBe("en");
  });

  it("reads only the start of a long header, never half a range", () => {
    expect(negotiateLanguage(`${"x-junk, ".repeat(10)}zh-CN`)).toBe("zh-CN");
    expect(negotiateLanguage(`${"x".repeat(1020)},zh-Hant`)).toBe("en");
    expect(negotiateLanguage(`${"fr;q=0.1,".repeat(100_000)}zh-CN`)).toBe("en");
    expect(negotiateLanguage(`zh-CN${",".repeat(1_000_000)}`)).toBe("zh-CN");
  });

  it("answers one of its languages, quickly, whatever the header", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.anything()), (header) => {
        expect(LANGUAGES).toContain(negotiateLanguage(header));
      }),
    );
  });
});
