import { describe, expect, it } from "vitest";
import type { TextTree } from "../../../app/area";
import { paymentTexts } from "./i18n";

const keysOf = (tree: TextTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
const valueAt = (tree: TextTree, key: string) => key.split(".").reduce<TextTree | string>((t, k) => (t as TextTree)[k]!, tree) as string;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the payment pages' texts", () => {
  it("have the same keys and placeholders in Chinese and English", () => {
    const zh = keysOf(paymentTexts["zh-CN"]).sort();
    expect(keysOf(paymentTexts.en).sort()).toEqual(zh);
    for (const key of zh)
      expect(placeholders(valueAt(paymentTexts.en, key)), key).toEqual(placeholders(valueAt(paymentTexts["zh-CN"], key)));
  });
});
