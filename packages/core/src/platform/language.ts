/**
 * The languages the API answers error messages in, and the one place a request's
 * Accept-Language header is read (RFC 9110 §12.5.4). Pure: the gateway, the Lambda chain and the
 * browser console share it.
 */
export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is what the API has always answered: a request that asks for nothing we have gets it. */
export const DEFAULT_LANGUAGE: Language = "en";

/**
 * A header is read only this far, and only this many ranges of it: a browser sends a handful, and
 * a hostile client cannot make parsing cost more than this.
 */
const MAX_HEADER_CHARS = 1024;
const MAX_RANGES = 32;

/** A language range (`zh-Hans-CN`, `*`) and an optional weight (`q=0.8`), per RFC 9110. */
const RANGE = /^([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)$/;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * Our messages are Simplified Chinese: `zh` with no further subtag, the Hans script, or a region
 * that writes it. Traditional-script readers (zh-TW, zh-HK, zh-Hant) get English until there are
 * Traditional messages, rather than a script they did not ask for.
 */
const SIMPLIFIED_CHINESE = new Set(["zh", "zh-cn", "zh-sg", "zh-my", "zh-hans", "zh-hans-cn", "zh-hans-sg", "zh-hans-my"]);

function languageOfRange(range: string): Language | undefined {
  const tag = range.toLowerCase();
  if (SIMPLIFIED_CHINESE.has(tag)) return "zh-CN";
  if (tag === "en" || tag.startsWith("en-")) return "en";
  return undefined;
}

/** The header up to its limit, without a range cut in two (a cut `zh-Hant` would read as `zh`). */
function within(header: string): string {
  if (header.length <= MAX_HEADER_CHARS) return header;
  const lastComma = header.lastIndexOf(",", MAX_HEADER_CHARS);
  return lastComma > 0 ? header.slice(0, lastComma) : "";
}

/**
 * The language to answer in: of the ranges we can serve, the one with the highest weight, the
 * earlier one on a tie (browsers list preferences in order). Malformed ranges and weights are
 * skipped, `q=0` means "not this one", and a header with nothing we serve gets English.
 */
export function negotiateLanguage(header: unknown): Language {
  if (typeof header !== "string" || header === "") return DEFAULT_LANGUAGE;
  let best: { language: Language; weight: number } | undefined;
  for (const part of within(header).split(",", MAX_RANGES)) {
    const [range = "", ...params] = part.split(";").map((p) => p.trim());
    if (!RANGE.test(range)) continue;
    let weight = 1;
    if (params.length > 0) {
      const q = params.length === 1 ? WEIGHT.exec(params[0]!) : null;
      if (!q) continue;
      weight = Number(q[1]);
    }
    const language = languageOfRange(range);
    if (!language || weight === 0) continue;
    if (!best || weight > best.weight) best = { language, weight };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
