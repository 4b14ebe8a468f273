import { describe, expect, it } from "vitest";
import { actorFromClaims, groupsFromClaim } from "./auth";

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
