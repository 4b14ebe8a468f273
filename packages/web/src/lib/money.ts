/**
 * Money in the console. The API speaks integer fen (分) in every field ending `Fen`; people read and
 * type 元. These two functions are the only conversions, both done on integers and decimal strings,
 * never on binary floating point.
 */

/** 123450 → "¥1,234.50"; negative amounts "-¥12.30". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan needs an integer number of fen, got ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, "0");
  return `${sign}¥${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** Amounts a person may type in 元: digits with optional grouping commas, and at most two decimals. */
const YUAN = /^(\d{1,3}(,\d{3})+|\d+)(\.(\d{0,2}))?$/;

/**
 * "1,234.5" → 123450 fen; "¥ 12" → 1200; null for anything that is not an amount of 元 with at
 * most two decimals (or too large to be exact). The decimal string is split, not multiplied, so
 * "0.29" is 29 fen, not 28.999….
 */
export function parseYuan(input: string): number | null {
  const text = input
    .trim()
    .replace(/^[¥￥]\s*/, "")
    .replace(/元$/, "")
    .trim();
  const m = YUAN.exec(text);
  if (!m) return null;
  const whole = m[1]!.replace(/,/g, "");
  const cents = (m[4] ?? "").padEnd(2, "0");
  const fen = Number(whole) * 100 + Number(cents);
  return Number.isSafeInteger(fen) ? fen : null;
}
