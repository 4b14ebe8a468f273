import { describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "@fupin/core/enterprises/credit-code";
import { creditCodeHint } from "./credit-code-hint";

const first17 = "91371428MA3C4K7X1";
const valid = first17 + creditCodeCheckChar(first17);
const wrongCheck = first17 + (creditCodeCheckChar(first17) === "0" ? "1" : "0");

describe("creditCodeHint, as a code is typed", () => {
  it("says nothing against a valid code that is still being typed", () => {
    for (let n = 0; n < 18; n++) expect(creditCodeHint(valid.slice(0, n))).toEqual({ issue: null, valid: false });
  });

  it("accepts the complete valid code", () => {
    expect(creditCodeHint(valid)).toEqual({ issue: null, valid: true });
  });

  it("flags a wrong check character once the 18th character is typed", () => {
    expect(creditCodeHint(wrongCheck)).toEqual({ issue: { kind: "check" }, valid: false });
  });

  it("flags a character outside the code's alphabet as soon as it is typed", () => {
    expect(creditCodeHint("91371428MO")).toEqual({ issue: { kind: "character", position: 10, character: "O" }, valid: false });
  });

  it("flags a letter among the division code's digits as soon as it is typed", () => {
    expect(creditCodeHint("9137A")).toEqual({ issue: { kind: "division" }, valid: false });
  });

  it("flags a code that grew too long", () => {
    expect(creditCodeHint(`${valid}1`)).toEqual({ issue: { kind: "length", length: 19 }, valid: false });
  });
});
