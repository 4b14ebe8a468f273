import { describe, expect, it } from "vitest";
import { ConsoleConfig } from "./config-schema";

describe("the console's runtime configuration", () => {
  it("accepts the local gateway's and a deployed stage's shapes", () => {
    expect(ConsoleConfig.parse({ mode: "local", payments: "standin" }).mode).toBe("local");
    const deployed = ConsoleConfig.parse({
      mode: "cognito",
      cognito: {
        domain: "https://fupin-prod.auth.ap-east-1.amazoncognito.com",
        clientId: "3n4b5urk1ft4fl3mg5e62d9ado",
        redirectUri: "https://console.example.cn/console/auth/callback",
      },
      stripePublishableKey: "pk_test_51abc",
    });
    expect(deployed.mode === "cognito" && deployed.cognito.clientId).toBe("3n4b5urk1ft4fl3mg5e62d9ado");
  });

  it("refuses a deployed configuration without its Cognito domain or publishable key", () => {
    expect(ConsoleConfig.safeParse({ mode: "cognito", cognito: { clientId: "x", redirectUri: "https://a/b" } }).success).toBe(false);
    expect(
      ConsoleConfig.safeParse({
        mode: "cognito",
        cognito: { domain: "http://insecure.example", clientId: "x", redirectUri: "https://a/b" },
        stripePublishableKey: "pk_test_1",
      }).success,
    ).toBe(false);
    expect(ConsoleConfig.safeParse({ mode: "other" }).success).toBe(false);
  });
});
