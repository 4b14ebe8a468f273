import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isValidResidentId, maskResidentId, normalizeResidentId, residentIdCheckChar, residentIdProblem } from "./resident-id";

// A fixed "now" so that tests do not depend on the day they run: 2025-06-15 08:00 in China.
const clock = () => new Date("2025-06-15T00:00:00Z");

/** Valid ids: any 6-digit address code, a real birth date up to the fixed today, any sequence. */
const validIdArb = fc
  .record({
    address: fc.stringMatching(/^\d{6}$/),
    birth: fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2025-06-15T00:00:00Z"), noInvalidDate: true }),
    sequence: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ address, birth, sequence }) => {
    const first17 = `${address}${birth.toISOString().slice(0, 10).replaceAll("-", "")}${sequence}`;
    return first17 + residentIdCheckChar(first17);
  });

describe("resident id check character (GB 11643-1999, ISO 7064 MOD 11-2)", () => {
  it("accepts the worked examples of the standard, including one whose check character is X", () => {
    expect(residentIdProblem("11010519491231002X", clock)).toBeNull();
    expect(residentIdProblem("440524188001010014", clock)).toBeNull();
  });

  it("rejects an id whose check character does not match", () => {
    expect(residentIdProblem("110105194912310021", clock)).toBe("the check character does not match (mistyped digit?)");
    expect(isValidResidentId("440524188001010015", clock)).toBe(false);
  });

  it("accepts every id built from 17 digits with a real birth date and its computed check character", () => {
    fc.assert(fc.property(validIdArb, (id) => isValidResidentId(id, clock)));
  });

  it("rejects every id that differs from a valid one in a single character", () => {
    const replacements = "0123456789XxA *";
    fc.assert(
      fc.property(validIdArb, fc.nat(17), fc.constantFrom(...replacements), (id, pos, ch) => {
        fc.pre(id[pos] !== ch);
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(isValidResidentId(changed, clock)).toBe(false);
      }),
    );
  });

  it("rejects swapping two different adjacent digits among the first 17", () => {
    fc.assert(
      fc.property(validIdArb, fc.nat(15), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(isValidResidentId(swapped, clock)).toBe(false);
      }),
    );
  });
});

describe("residentIdProblem", () => {
  it("explains a wrong length, non-digits and a bad last character", () => {
    expect(residentIdProblem("11010519491231002", clock)).toBe("must be 18 characters, got 17");
    expect(residentIdProblem("1101051949123100AX", clock)).toBe("the first 17 characters must be digits");
    expect(residentIdProblem("11010519491231002Y", clock)).toBe("the last character must be a digit or an uppercase X");
  });

  it("asks for the canonical uppercase X rather than accepting a lowercase x", () => {
    expect(residentIdProblem("11010519491231002x", clock)).toBe("the last character must be a digit or an uppercase X");
    expect(residentIdProblem(normalizeResidentId("11010519491231002x"), clock)).toBeNull();
  });

  it("rejects a birth date that is not on the calendar", () => {
    // Same digits elsewhere; check characters computed so only the date is at fault.
    for (const date of ["19490230", "20230229", "19491301", "19490000"]) {
      const first17 = `110105${date}002`;
      const id = first17 + residentIdCheckChar(first17);
      expect(residentIdProblem(id, clock)).toMatch(/is not a calendar date$/);
    }
    const leap = "110105" + "20240229" + "002";
    expect(residentIdProblem(leap + residentIdCheckChar(leap), clock)).toBeNull();
  });

  it("rejects a birth date before 1800 as a typing error", () => {
    const first17 = "110105" + "07991231" + "002";
    expect(residentIdProblem(first17 + residentIdCheckChar(first17), clock)).toBe("the birth date (characters 7-14) is before 1800");
  });

  it("rejects a birth date after today in China, which starts 8 hours before UTC", () => {
    const first17 = "110105" + "20250616" + "002";
    const id = first17 + residentIdCheckChar(first17);
    // 2025-06-15 23:59 in China: the 16th is still tomorrow.
    expect(residentIdProblem(id, () => new Date("2025-06-15T15:59:00Z"))).toBe("the birth date (characters 7-14) is in the future");
    // 2025-06-16 00:00 in China, still the 15th in UTC: a baby born today is valid.
    expect(residentIdProblem(id, () => new Date("2025-06-15T16:00:00Z"))).toBeNull();
  });

  it("never quotes the id: no message holds a run of four of its digits, whatever the fault", () => {
    // Ids with any birth segment (most impossible), any sequence and any last character.
    const anyId = fc
      .record({
        address: fc.stringMatching(/^\d{6}$/),
        birth: fc.stringMatching(/^\d{8}$/),
        sequence: fc.stringMatching(/^\d{3}$/),
        last: fc.constantFrom(..."0123456789XY"),
      })
      .map(({ address, birth, sequence, last }) => `${address}${birth}${sequence}${last}`);
    fc.assert(
      fc.property(anyId, (id) => {
        // The earliest accepted year, 1800, is the rule's own number and may be named.
        fc.pre(!id.includes("1800"));
        const problem = residentIdProblem(id, clock) ?? "";
        for (let i = 0; i + 4 <= id.length; i++) expect(problem).not.toContain(id.slice(i, i + 4));
      }),
      { numRuns: 500 },
    );
  });
});

describe("normalizeResidentId", () => {
  it("trims surrounding whitespace and uppercases the x", () => {
    expect(normalizeResidentId("  11010519491231002x\n")).toBe("11010519491231002X");
  });

  it("leaves a canonical id unchanged", () => {
    fc.assert(fc.property(validIdArb, (id) => normalizeResidentId(id) === id));
  });
});

describe("maskResidentId", () => {
  it("shows the first 3 and last 4 characters and keeps the length of 18", () => {
    expect(maskResidentId("11010519491231002X")).toBe("110***********002X");
    expect(maskResidentId("11010519491231002X")).toHaveLength(18);
  });

  it("never shows the middle characters, so the birth date stays hidden", () => {
    fc.assert(
      fc.property(validIdArb, (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(3, 14)).toBe("*".repeat(11));
        expect(masked.slice(0, 3)).toBe(id.slice(0, 3));
        expect(masked.slice(14)).toBe(id.slice(14));
      }),
    );
  });

  it("masks a malformed value entirely rather than leak part of it", () => {
    expect(maskResidentId("1101051949123")).toBe("*".repeat(13));
  });
});
