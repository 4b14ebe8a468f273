import type { PreTokenGenerationV2TriggerEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { AREA_CLAIMS } from "@fupin/core/platform/area";
import { handler, preTokenGeneration } from "./pre-token-generation";

/** A V2_0 event as Cognito sends it on a hosted sign-in, for a county officer. */
function event(userAttributes: Record<string, string>): PreTokenGenerationV2TriggerEvent {
  return {
    version: "2",
    region: "ap-east-1",
    userPoolId: "ap-east-1_Example",
    userName: "7d2e91b0-staff",
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: "console-client" },
    triggerSource: "TokenGeneration_HostedAuth",
    request: {
      userAttributes: {
        sub: "7d2e91b0-staff",
        "cognito:user_status": "CONFIRMED",
        email: "officer@example.cn",
        email_verified: "true",
        phone_number: "+8613800000000",
        phone_number_verified: "true",
        name: "王芳",
        ...userAttributes,
      },
      groupConfiguration: { groupsToOverride: ["county_officer"], iamRolesToOverride: [], preferredRole: undefined },
      scopes: ["openid", "email", "profile", "aws.cognito.signin.user.admin"],
    },
    response: { claimsAndScopeOverrideDetails: {} },
  };
}

const accessClaims = (e: PreTokenGenerationV2TriggerEvent) =>
  e.response.claimsAndScopeOverrideDetails.accessTokenGeneration?.claimsToAddOrOverride;

describe("the pre-token-generation trigger", () => {
  it("copies the area attributes into the access token, under the claims the API reads, and answers Cognito with the event", async () => {
    const e = event({
      "custom:province": "贵州省",
      "custom:city": "黔东南苗族侗族自治州",
      "custom:county": "雷山县",
      "custom:township": "西江镇",
    });
    await expect(handler(e)).resolves.toBe(e);
    expect(accessClaims(e)).toEqual({
      [AREA_CLAIMS.province]: "贵州省",
      [AREA_CLAIMS.city]: "黔东南苗族侗族自治州",
      [AREA_CLAIMS.county]: "雷山县",
      [AREA_CLAIMS.township]: "西江镇",
    });
  });

  it("leaves out the levels the account has not, or has empty", () => {
    const e = preTokenGeneration(event({ "custom:province": "贵州省", "custom:city": "", "custom:county": "  " }));
    expect(accessClaims(e)).toEqual({ "custom:province": "贵州省" });
  });

  it("adds no claim for an account without an area (a buyer)", () => {
    expect(accessClaims(preTokenGeneration(event({})))).toEqual({});
  });

  it("never copies any other attribute, nor touches the ID token, groups or scopes", () => {
    const e = preTokenGeneration(event({ "custom:county": "雷山县", "custom:other": "x" }));
    expect(accessClaims(e)).toEqual({ "custom:county": "雷山县" });
    expect(e.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { "custom:county": "雷山县" } },
    });
  });
});
