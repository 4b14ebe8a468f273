import { describe, expect, it } from "vitest";
import { formatYuan, parseYuan } from "./money";

describe("formatYuan", () => {
  it("shows fen as yuan with two decimals and thousands grouping", () => {
    expect(formatYuan(123450)).toBe("¥1,234.50");
    expect(formatYuan(0)).toBe("¥0.00");
    expect(formatYuan(5)).toBe("¥0.05");
    expect(formatYuan(3980)).toBe("¥39.80");
    expect(formatYuan(99_999_999)).toBe("¥999,999.99");
    expect(formatYuan(100_000_000_00)).toBe("¥100,000,000.00");
  });

  it("puts the sign before the currency symbol", () => {
    expect(formatYuan(-1230)).toBe("-¥12.30");
  });

  it("refuses fractions of a fen", () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });
});

describe("parseYuan", () => {
  it("reads an amount of yuan as integer fen without floating-point error", () => {
    expect(parseYuan("0.29")).toBe(29);
    expect(parseYuan("1.1")).toBe(110);
    expect(parseYuan("1,234.5")).toBe(123450);
    expect(parseYuan("¥ 39.80")).toBe(3980);
    expect(parseYuan("￥12元")).toBe(1200);
    expect(parseYuan("12.")).toBe(1200);
    expect(parseYuan("  7 ")).toBe(700);
    expect(parseYuan("999999.99")).toBe(99_999_999);
  });

  it("round-trips every amount formatYuan shows", () => {
    for (const fen of [0, 1, 29, 110, 3980, 123450, 99_999_999, 4_503_599_627_370_495]) {
      expect(parseYuan(formatYuan(fen))).toBe(fen);
    }
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "1.234", "-5", "1e3", "1,23", "1 000", "0x10", "12.3.4", "NaN", "Infinity"]) {
      expect(parseYuan(bad), bad).toBeNull();
    }
  });
});
