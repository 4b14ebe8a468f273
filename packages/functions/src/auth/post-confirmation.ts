import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PostConfirmationTriggerEvent } from "aws-lambda";
import type { Role } from "@fupin/core/platform/actor";

/**
 * Cognito's post-confirmation trigger. Buyers sign up themselves (the hosted sign-in page); once
 * they confirm their account, they join the `buyer` group and so act as buyers. Staff accounts
 * are created by an administrator, who also gives them their groups: nothing here grants a staff
 * role, and a password reset (`PostConfirmation_ConfirmForgotPassword`) changes nothing.
 */
export const SELF_SIGN_UP_GROUP: Role = "buyer";

type Cognito = Pick<CognitoIdentityProviderClient, "send">;

export function postConfirmation(cognito: Cognito) {
  return async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
    if (event.triggerSource === "PostConfirmation_ConfirmSignUp") {
      // Adding a member twice is no error, so Cognito's retries of this trigger are harmless.
      await cognito.send(
        new AdminAddUserToGroupCommand({ UserPoolId: event.userPoolId, Username: event.userName, GroupName: SELF_SIGN_UP_GROUP }),
      );
    }
    return event;
  };
}

let client: Cognito | undefined;

export const handler = (event: PostConfirmationTriggerEvent) => postConfirmation((client ??= new CognitoIdentityProviderClient({})))(event);
