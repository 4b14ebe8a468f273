import { describe, expect, it } from "vitest";
import { COUNTERS, pairingsReportTable, scopeOfQuery, scopesOf } from "./report";

describe("report scopes", () => {
  it("counts a pairing in the platform, its province, its county within the province and its county name", () => {
    expect(scopesOf({ province: "山东省", county: "夏津县" })).toEqual([
      { province: null, county: null },
      { province: "山东省", county: null },
      { province: "山东省", county: "夏津县" },
      { province: null, county: "夏津县" },
    ]);
  });

  it("answers each query from exactly one of those scopes", () => {
    const place = { province: "山东省", county: "夏津县" };
    const queries = [{}, { province: place.province }, { province: place.province, county: place.county }, { county: place.county }];
    expect(queries.map(scopeOfQuery)).toEqual(scopesOf(place));
  });
});

describe("pairingsReportTable", () => {
  it("has a header row and one row of figures, every counter in the report's order", () => {
    expect(COUNTERS).toEqual([
      "enterprises",
      "villages",
      "pairings",
      "activePairings",
      "committedFen",
      "deliveredFen",
      "peopleHelped",
      "contributions",
      "projects",
    ]);
    const figures = Object.fromEntries(COUNTERS.map((c, i) => [c, i])) as Record<(typeof COUNTERS)[number], number>;
    expect(pairingsReportTable({ scope: { province: "山东省", county: null }, ...figures })).toEqual([
      ["province", "county", ...COUNTERS],
      ["山东省", "", "0", "1", "2", "3", "4", "5", "6", "7", "8"],
    ]);
  });
});
