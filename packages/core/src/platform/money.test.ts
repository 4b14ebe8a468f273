import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYuan, MAX_FEN } from "./money";

describe("formatYuan", () => {
  it.each([
    [0, "¥0.00"],
    [1, "¥0.01"],
    [99, "¥0.99"],
    [123_450, "¥1,234.50"],
    [99_999_999, "¥999,999.99"],
    [10_000_000, "¥100,000.00"],
    [MAX_FEN, "¥100,000,000,000.00"],
    [-3980, "-¥39.80"],
  ])("shows %d fen as %s", (fen, shown) => expect(formatYuan(fen)).toBe(shown));

  it("always reads back as the same number of fen", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        const shown = formatYuan(fen);
        expect(shown).toMatch(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(Number(shown.slice(1).replaceAll(",", "").replace(".", ""))).toBe(fen);
      }),
    );
  });
});
