import { describe, expect, it } from "vitest";
import { addToTotals, reportKeys, scopeOfQuery, scopesOf } from "./report";

describe("report scopes", () => {
  it("counts a pairing in the platform, its province, its county within the province and its county name", () => {
    expect(scopesOf({ province: "山东省", county: "夏津县" })).toEqual([
      "PAIRINGSTATS#ALL",
      "PAIRINGSTATS#PROVINCE#山东省",
      "PAIRINGSTATS#COUNTY#山东省#夏津县",
      "PAIRINGSTATS#COUNTYNAME#夏津县",
    ]);
  });

  it("answers each query from exactly one of those scopes", () => {
    const place = { province: "山东省", county: "夏津县" };
    const queries = [{}, { province: place.province }, { province: place.province, county: place.county }, { county: place.county }];
    expect(queries.map(scopeOfQuery)).toEqual(scopesOf(place));
  });

  it("keeps two same-named counties of different provinces apart, and together by name alone", () => {
    const a = scopesOf({ province: "江苏省", county: "鼓楼区" });
    const b = scopesOf({ province: "福建省", county: "鼓楼区" });
    expect(a[2]).not.toBe(b[2]);
    expect(a[3]).toBe(b[3]);
  });
});

describe("addToTotals", () => {
  it("ADDs only the counters that change", () => {
    const update = addToTotals("t", reportKeys.platform(), { pairings: 1, enterprises: 0, deliveredFen: 500 }).Update;
    expect(update.Key).toEqual({ pk: "PAIRINGSTATS#ALL", sk: "TOTALS" });
    expect(update.UpdateExpression).toBe("SET #type = :type ADD #c0 :c0, #c1 :c1");
    expect(Object.values(update.ExpressionAttributeNames).sort()).toEqual(["deliveredFen", "pairings", "type"]);
  });
});
