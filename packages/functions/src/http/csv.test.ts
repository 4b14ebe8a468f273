import { describe, expect, it } from "vitest";
import { encodeCsv } from "./csv";

describe("encodeCsv", () => {
  it("quotes commas, quotes and line breaks, and starts with a byte-order mark for Excel", () => {
    expect(
      encodeCsv([
        ["name", "note"],
        ["小石堂村", 'a "b", c\nd'],
      ]),
    ).toBe('\uFEFFname,note\r\n小石堂村,"a ""b"", c\nd"\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but leaves negative numbers alone", () => {
    expect(encodeCsv([['=HYPERLINK("x")', "+1", "@SUM(A1)", -120]])).toBe('\uFEFF"\'=HYPERLINK(""x"")",\'+1,\'@SUM(A1),-120\r\n');
  });
});
