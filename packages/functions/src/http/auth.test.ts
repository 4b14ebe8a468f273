import { describe, expect, it } from "vitest";
import { actorFromClaims, areaFromClaims, groupsFromClaim } from "./auth";

describe("actorFromClaims", () => {
  it("reads the groups of a verified token and of API Gateway's flattened claims alike", () => {
    expect(groupsFromClaim(["admin", "buyer"])).toEqual(["admin", "buyer"]);
    expect(groupsFromClaim("[admin buyer]")).toEqual(["admin", "buyer"]);
  });

  it("keeps a group name with a comma as one group, which matches no role", () => {
    expect(groupsFromClaim("[buyer,admin]")).toEqual(["buyer,admin"]);
    expect(actorFromClaims({ sub: "u", token_use: "access", "cognito:groups": "[buyer,admin]" })?.roles).toEqual([]);
    expect(actorFromClaims({ sub: "u", token_use: "access", "cognito:groups": ["buyer,admin"] })?.roles).toEqual([]);
  });

  it("builds an actor from access tokens only", () => {
    expect(actorFromClaims({ sub: "u", token_use: "access", "cognito:groups": ["admin"] })).toEqual({ id: "u", roles: ["admin"] });
    expect(actorFromClaims({ sub: "u", token_use: "id", "cognito:groups": ["admin"] })).toBeUndefined();
    expect(actorFromClaims({ sub: "u", "cognito:groups": ["admin"] })).toBeUndefined();
  });
});

describe("areaFromClaims", () => {
  const xiajin = { "custom:province": "山东省", "custom:city": "德州市", "custom:county": "夏津县" };

  it("reads a staff member's area from the custom claims, trimmed, leaving out levels not named", () => {
    expect(areaFromClaims({ ...xiajin, "custom:township": " 苏留庄镇 " })).toEqual({
      province: "山东省",
      city: "德州市",
      county: "夏津县",
      township: "苏留庄镇",
    });
    expect(areaFromClaims({ "custom:county": "夏津县" })).toEqual({ county: "夏津县" });
    expect(areaFromClaims({ "custom:province": "山东省" })).toEqual({ province: "山东省" });
  });

  it("keeps a township only with its county: township names repeat across counties", () => {
    expect(areaFromClaims({ "custom:township": "苏留庄镇" })).toBeUndefined();
    expect(areaFromClaims({ "custom:province": "山东省", "custom:township": "苏留庄镇" })).toEqual({ province: "山东省" });
  });

  it("ignores blank and non-text claims, and answers no area for none", () => {
    expect(areaFromClaims({})).toBeUndefined();
    expect(areaFromClaims({ "custom:county": "  ", "custom:city": 7, "custom:province": ["山东省"] })).toBeUndefined();
    expect(areaFromClaims({ county: "夏津县", township: "苏留庄镇" })).toBeUndefined();
  });

  it("puts the area on the actor, and none on an actor without one", () => {
    expect(actorFromClaims({ sub: "c", token_use: "access", "cognito:groups": ["clerk"], ...xiajin })).toEqual({
      id: "c",
      roles: ["clerk"],
      area: { province: "山东省", city: "德州市", county: "夏津县" },
    });
    expect(actorFromClaims({ sub: "c", token_use: "access", "cognito:groups": ["clerk"], "custom:township": "苏留庄镇" })).toEqual({
      id: "c",
      roles: ["clerk"],
    });
  });
});
