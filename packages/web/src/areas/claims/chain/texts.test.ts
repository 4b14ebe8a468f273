import { describe, expect, it } from "vitest";
import type { TextTree } from "../../../app/area";
import { chainTexts } from "./texts";

const keysOf = (tree: TextTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
const valueAt = (tree: TextTree, key: string) => key.split(".").reduce<TextTree | string>((t, k) => (t as TextTree)[k]!, tree) as string;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// The app's texts test finds src/areas/<area>/i18n.ts only: the chain's subtree is held to the same rule here.
describe("the approval chain's texts", () => {
  it("have the same keys and placeholders in Chinese and English", () => {
    const zh = keysOf(chainTexts["zh-CN"]).sort();
    expect(keysOf(chainTexts.en).sort()).toEqual(zh);
    for (const key of zh) expect(placeholders(valueAt(chainTexts.en, key)), key).toEqual(placeholders(valueAt(chainTexts["zh-CN"], key)));
  });
});
