import { z } from "zod";

/**
 * Money is integer fen (1 yuan = 100 fen); ratios are integer basis points.
 * The upper bound keeps every sum of amounts a safe integer: 10^13 fen is 100 billion yuan.
 */
export const MAX_FEN = 10_000_000_000_000;

export const fen = () =>
  z
    .number({ error: "must be an amount in integer fen" })
    .int({ error: "must be an integer number of fen (no fractions)" })
    .nonnegative({ error: "must not be negative" })
    .max(MAX_FEN, { error: `must not exceed ${MAX_FEN} fen` });

/** A strictly positive amount, for prices, payments and top-ups. */
export const positiveFen = () => fen().min(1, { error: "must be at least 1 fen" });

export const bps = () =>
  z
    .number()
    .int({ error: "must be an integer number of basis points" })
    .min(0)
    .max(10_000, { error: "must not exceed 10000 basis points (100%)" });

export type Fen = number;

/** Sums fen amounts, refusing to lose precision. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) {
    total += v;
    if (!Number.isSafeInteger(total)) throw new RangeError("fen sum overflowed the safe integer range");
  }
  return total;
}

/**
 * An amount in fen as people read it: yuan with two decimals and thousands grouping, `¥1,234.50`.
 * Integer arithmetic only, so no float rounding and the same text in Node and every browser.
 */
export function formatYuan(amountFen: Fen): string {
  const sign = amountFen < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(amountFen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, "0")}`;
}
