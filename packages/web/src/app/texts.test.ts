import { describe, expect, it } from "vitest";
import type { AreaTexts, TextTree } from "./area";
import { commonTexts } from "./common-texts";

/** Every area's i18n.ts, found by the file convention (src/areas/<area>/i18n.ts exporting `texts`). */
const areaTexts = import.meta.glob<{ texts: AreaTexts }>("../areas/*/i18n.ts", { eager: true });

const keysOf = (tree: TextTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const valueAt = (tree: TextTree, key: string): string =>
  key.split(".").reduce<TextTree | string>((t, k) => (t as TextTree)[k]!, tree) as string;

describe("the console's texts", () => {
  const all = { common: commonTexts, ...Object.fromEntries(Object.entries(areaTexts).map(([path, m]) => [path, m.texts])) };

  it.each(Object.entries(all))("%s has the same keys and placeholders in Chinese and English", (_name, texts) => {
    const zh = keysOf(texts["zh-CN"]).sort();
    expect(keysOf(texts.en).sort()).toEqual(zh);
    for (const key of zh) expect(placeholders(valueAt(texts.en, key)), key).toEqual(placeholders(valueAt(texts["zh-CN"], key)));
  });

  it("finds the areas' texts", () => {
    expect(Object.keys(areaTexts).length).toBeGreaterThanOrEqual(3);
  });
});
