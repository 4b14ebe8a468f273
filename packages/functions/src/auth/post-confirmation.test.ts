import { AdminAddUserToGroupCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { PostConfirmationTriggerEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { postConfirmation } from "./post-confirmation";

function event(triggerSource: PostConfirmationTriggerEvent["triggerSource"]): PostConfirmationTriggerEvent {
  return {
    version: "1",
    region: "ap-east-1",
    userPoolId: "ap-east-1_Example",
    userName: "4f1c2a9e-buyer",
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: "console-client" },
    triggerSource,
    request: { userAttributes: { sub: "4f1c2a9e-buyer", email: "buyer@example.cn" } },
    response: {},
  };
}

function fakeCognito(fail?: Error) {
  const sent: unknown[] = [];
  return {
    sent,
    send: async (command: unknown) => {
      sent.push(command);
      if (fail) throw fail;
      return {};
    },
  };
}

describe("the post-confirmation trigger", () => {
  it("adds an account that confirmed its own sign-up to the buyer group, and answers Cognito with the event", async () => {
    const cognito = fakeCognito();
    const e = event("PostConfirmation_ConfirmSignUp");
    await expect(postConfirmation(cognito as never)(e)).resolves.toBe(e);
    expect(cognito.sent).toHaveLength(1);
    expect(cognito.sent[0]).toBeInstanceOf(AdminAddUserToGroupCommand);
    expect((cognito.sent[0] as AdminAddUserToGroupCommand).input).toEqual({
      UserPoolId: "ap-east-1_Example",
      Username: "4f1c2a9e-buyer",
      GroupName: "buyer",
    });
  });

  it("gives no group when a password is reset", async () => {
    const cognito = fakeCognito();
    const e = event("PostConfirmation_ConfirmForgotPassword");
    await expect(postConfirmation(cognito as never)(e)).resolves.toBe(e);
    expect(cognito.sent).toEqual([]);
  });

  it("fails when the group cannot be given, so the failure is seen (and alarmed) rather than a buyer left without a role", async () => {
    const cognito = fakeCognito(new Error("ThrottlingException"));
    await expect(postConfirmation(cognito as never)(event("PostConfirmation_ConfirmSignUp"))).rejects.toThrow("ThrottlingException");
  });
});
