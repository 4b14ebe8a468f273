import { describe, expect, it } from "vitest";
import { COUNTERS, pairingsRegionsTable, pairingsReportTable, scopeOfQuery, scopesOf } from "./report";

describe("report scopes", () => {
  const pairing = { village: { province: "山东省", county: "夏津县" }, enterpriseId: "ent_1" };

  it("counts a pairing in the platform, its province, its county within the province, its county name and its enterprise", () => {
    expect(scopesOf(pairing)).toEqual([
      { province: null, county: null, enterpriseId: null },
      { province: "山东省", county: null, enterpriseId: null },
      { province: "山东省", county: "夏津县", enterpriseId: null },
      { province: null, county: "夏津县", enterpriseId: null },
      { province: null, county: null, enterpriseId: "ent_1" },
    ]);
  });

  it("answers each query from exactly one of those scopes", () => {
    const { province, county } = pairing.village;
    const queries = [{}, { province }, { province, county }, { county }, { enterpriseId: "ent_1" }];
    expect(queries.map(scopeOfQuery)).toEqual(scopesOf(pairing));
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
    expect(pairingsReportTable({ scope: { province: "山东省", county: null, enterpriseId: null }, ...figures })).toEqual([
      ["province", "county", "enterpriseId", ...COUNTERS],
      ["山东省", "", "", "0", "1", "2", "3", "4", "5", "6", "7", "8"],
    ]);
  });
});

describe("pairingsRegionsTable", () => {
  it("has a header row and one row per region, a province's county left blank", () => {
    const figures = Object.fromEntries(COUNTERS.map((c) => [c, 1])) as Record<(typeof COUNTERS)[number], number>;
    expect(
      pairingsRegionsTable({
        province: null,
        rows: [
          { province: "山东省", county: null, ...figures },
          { province: "贵州省", county: null, ...figures, deliveredFen: 250 },
        ],
      }),
    ).toEqual([
      ["province", "county", ...COUNTERS],
      ["山东省", "", "1", "1", "1", "1", "1", "1", "1", "1", "1"],
      ["贵州省", "", "1", "1", "1", "1", "1", "250", "1", "1", "1"],
    ]);
  });
});
