import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { creditCodeCheckChar, creditCodeIssue, creditCodeProblem, isValidCreditCode, normalizeCreditCode } from "./credit-code";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Independent reference: the weights are 3^i mod 31, and the check makes the weighted sum ≡ 0 (mod 31). */
function referenceCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

const charArb = fc.constantFrom(...CHARSET);
const validCodeArb = fc
  .record({
    authority: charArb,
    type: charArb,
    division: fc.stringMatching(/^\d{6}$/),
    organisation: fc.array(charArb, { minLength: 9, maxLength: 9 }).map((cs) => cs.join("")),
  })
  .map(({ authority, type, division, organisation }) => {
    const first17 = authority + type + division + organisation;
    return first17 + creditCodeCheckChar(first17);
  });

describe("unified social credit code check character (GB 32100-2015)", () => {
  it("accepts published codes of real enterprises", () => {
    // The standard's commonly quoted example, Tencent (Shenzhen) and Huawei Technologies.
    for (const code of ["91350100M000100Y43", "9144030071526726XG", "91440300708461136T"]) {
      expect(creditCodeProblem(code)).toBeNull();
    }
  });

  it("computes the same check character as the powers-of-3 definition", () => {
    fc.assert(
      fc.property(validCodeArb, (code) => {
        expect(code.charAt(17)).toBe(referenceCheck(code.slice(0, 17)));
      }),
    );
  });

  it("accepts every code built from valid parts and its computed check character", () => {
    fc.assert(fc.property(validCodeArb, (code) => isValidCreditCode(code)));
  });

  it("rejects a code whose check character is any other character of the charset", () => {
    fc.assert(
      fc.property(validCodeArb, charArb, (code, ch) => {
        fc.pre(code.charAt(17) !== ch);
        expect(creditCodeProblem(code.slice(0, 17) + ch)).toBe("the check character does not match (mistyped character?)");
      }),
    );
  });

  it("rejects a code that differs from a valid one in any single character", () => {
    fc.assert(
      fc.property(validCodeArb, fc.nat(17), fc.constantFrom(...CHARSET, "I", "O", "Z", "S", "V", "a", " "), (code, pos, ch) => {
        fc.pre(code.charAt(pos) !== ch);
        expect(isValidCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1))).toBe(false);
      }),
    );
  });
});

describe("creditCodeProblem", () => {
  it("explains a wrong length", () => {
    expect(creditCodeProblem("91350100M000100Y4")).toBe("must be 18 characters, got 17");
  });

  it("names the first character outside the charset, such as the easily misread O", () => {
    expect(creditCodeProblem("91350100M0O0100Y43")).toBe(
      'character 11 ("O") is not allowed: use digits and uppercase letters other than I, O, Z, S, V',
    );
  });

  it("requires characters 3-8 to be the digits of an administrative division code", () => {
    const first17 = "9135A100M000100Y4";
    expect(creditCodeProblem(first17 + creditCodeCheckChar(first17))).toBe(
      "characters 3-8 must be the 6-digit administrative division code",
    );
  });

  it("asks for the normalised form: lowercase letters are not accepted as they are", () => {
    expect(isValidCreditCode("9144030071526726xg")).toBe(false);
  });
});

describe("creditCodeIssue", () => {
  it("names what is wrong in a form a console can word in its own language", () => {
    expect(creditCodeIssue("91350100M000100Y4")).toEqual({ kind: "length", length: 17 });
    expect(creditCodeIssue("91350100M0O0100Y43")).toEqual({ kind: "character", position: 11, character: "O" });
    const first17 = "9135A100M000100Y4";
    expect(creditCodeIssue(first17 + creditCodeCheckChar(first17))).toEqual({ kind: "division" });
    expect(creditCodeIssue("91350100M000100Y44")).toEqual({ kind: "check" });
    expect(creditCodeIssue("91350100M000100Y43")).toBeNull();
  });

  it("finds an issue exactly when creditCodeProblem explains one", () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => (creditCodeIssue(s) === null) === (creditCodeProblem(s) === null)));
  });
});

describe("normalizeCreditCode", () => {
  it("uppercases and trims a code typed in lowercase so that it validates", () => {
    expect(normalizeCreditCode(" 9144030071526726xg\t")).toBe("9144030071526726XG");
    expect(isValidCreditCode(normalizeCreditCode("91350100m000100y43"))).toBe(true);
  });

  it("leaves a valid code unchanged", () => {
    fc.assert(fc.property(validCodeArb, (code) => normalizeCreditCode(code) === code));
  });
});
