import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AREA_CLAIMS, AREA_LEVELS } from "@fupin/core/platform/area";
import { synthPlatform } from "./synth";

let synth: ReturnType<typeof synthPlatform>;
beforeAll(() => {
  synth = synthPlatform();
});
afterAll(() => synth?.cleanup());

const resources = (type: string) => Object.entries(synth.template.findResources(type)) as [string, any][];
const only = (type: string) => {
  const found = resources(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

describe("staff areas in the user pool", () => {
  it("are four mutable custom string attributes, one per level, named as the API's claims", () => {
    const [, pool] = only("AWS::Cognito::UserPool");
    const custom = pool.Properties.Schema.filter(
      (a: any) => a.AttributeDataType === "String" && !a.Required && AREA_LEVELS.includes(a.Name),
    );
    expect(custom).toEqual(
      AREA_LEVELS.map((level) => ({
        Name: level,
        AttributeDataType: "String",
        Mutable: true,
        StringAttributeConstraints: { MaxLength: "30" },
      })),
    );
    // Cognito prefixes custom attributes with `custom:`, the names the API reads.
    expect(AREA_LEVELS.map((level) => `custom:${level}`)).toEqual(AREA_LEVELS.map((level) => AREA_CLAIMS[level]));
  });

  it("reach access tokens through a V2_0 pre-token-generation trigger, on the Essentials plan", () => {
    const [poolId, pool] = only("AWS::Cognito::UserPool");
    expect(pool.Properties.UserPoolTier).toBe("ESSENTIALS");
    const config = pool.Properties.LambdaConfig.PreTokenGenerationConfig;
    expect(config.LambdaVersion).toBe("V2_0");
    expect(pool.Properties.LambdaConfig).not.toHaveProperty("PreTokenGeneration");
    const triggerId = config.LambdaArn["Fn::GetAtt"][0];
    const trigger = synth.template.toJSON().Resources[triggerId];
    expect(trigger.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 5 });
    expect(trigger.Properties.Description).toMatch(/^fupin token trigger:/);
    synth.template.hasResourceProperties("AWS::Lambda::Permission", {
      FunctionName: { "Fn::GetAtt": [triggerId, "Arn"] },
      Principal: "cognito-idp.amazonaws.com",
      SourceArn: { "Fn::GetAtt": [poolId, "Arn"] },
    });
    // It calls nothing: no policy beyond the basic execution role's logging.
    const role = trigger.Properties.Role["Fn::GetAtt"][0];
    expect(resources("AWS::IAM::Policy").filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))).toEqual([]);
  });

  it("cannot be written through the console's client, so a buyer cannot give itself an area", () => {
    const [, client] = only("AWS::Cognito::UserPoolClient");
    const writable: string[] = client.Properties.WriteAttributes;
    expect(writable.length).toBeGreaterThan(0);
    expect(writable.filter((a) => a.startsWith("custom:"))).toEqual([]);
  });
});
