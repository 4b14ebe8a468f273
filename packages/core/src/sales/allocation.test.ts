import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateRefund } from "./allocation";

describe("allocateRefund", () => {
  it("spreads a refund in proportion to the lines", () => {
    expect(allocateRefund([6000, 4000], [0, 0], 1000)).toEqual([600, 400]);
  });

  it("gives the fen left over by rounding to the first lines", () => {
    expect(allocateRefund([1, 1, 1], [0, 0, 0], 2)).toEqual([1, 1, 0]);
    expect(allocateRefund([3333, 3333, 3334], [0, 0, 0], 100)).toEqual([34, 33, 33]);
  });

  it("refunds what remains when refunds come one after another", () => {
    expect(allocateRefund([5000, 5000], [5000, 0], 5000)).toEqual([0, 5000]);
  });

  it("refuses to refund more than remains", () => {
    expect(() => allocateRefund([100], [60], 41)).toThrow(RangeError);
  });

  it("always adds up to the refund and never exceeds a line, over any sequence of refunds", () => {
    const lines = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(lines, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), (lineFen, fractions) => {
        const refunded = lineFen.map(() => 0);
        for (const f of fractions) {
          const remaining = lineFen.reduce((a, b) => a + b, 0) - refunded.reduce((a, b) => a + b, 0);
          const amount = Math.floor(remaining * f);
          const parts = allocateRefund(lineFen, refunded, amount);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(0);
            refunded[i]! += p;
            expect(refunded[i]).toBeLessThanOrEqual(lineFen[i]!);
          });
        }
      }),
    );
  });
});
