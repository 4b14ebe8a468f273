import { describe, expect, it } from "vitest";
import type { TextTree } from "../../../app/area";
import { texts } from "./i18n";

const keysOf = (tree: TextTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
const valueAt = (tree: TextTree, key: string) => key.split(".").reduce<TextTree | string>((t, k) => (t as TextTree)[k]!, tree) as string;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// The app's texts test finds src/areas/<area>/i18n.ts only: the fund pages' own namespace is held to the same rule here.
describe("the fund pages' texts", () => {
  it("have the same keys and placeholders in Chinese and English", () => {
    const zh = keysOf(texts["zh-CN"]).sort();
    expect(keysOf(texts.en).sort()).toEqual(zh);
    for (const key of zh) expect(placeholders(valueAt(texts.en, key)), key).toEqual(placeholders(valueAt(texts["zh-CN"], key)));
  });
});
