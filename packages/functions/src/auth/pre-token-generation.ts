import type { PreTokenGenerationV2TriggerEvent } from "aws-lambda";
import { AREA_CLAIMS, AREA_LEVELS } from "@fupin/core/platform/area";

/**
 * Cognito's pre-token-generation trigger (event version V2_0). The API acts on access tokens only,
 * and Cognito puts no custom attributes in an access token: this copies a staff account's area
 * (`custom:province` … `custom:township`, written by administrators only) into it, under the claim
 * names the API reads (AREA_CLAIMS). A V1_0 event could change the ID token alone.
 *
 * It copies the area attributes the user has, non-empty, and nothing else: no phone number, no
 * email. It calls nothing, so it stays well within Cognito's 5 s, and runs on every sign-in and
 * refresh, so a changed area reaches the next access token.
 */
export function preTokenGeneration(event: PreTokenGenerationV2TriggerEvent): PreTokenGenerationV2TriggerEvent {
  const attributes = event.request.userAttributes ?? {};
  const claims: Record<string, string> = {};
  for (const level of AREA_LEVELS) {
    const value = attributes[`custom:${level}`];
    if (typeof value === "string" && value.trim() !== "") claims[AREA_CLAIMS[level]] = value;
  }
  event.response.claimsAndScopeOverrideDetails = { accessTokenGeneration: { claimsToAddOrOverride: claims } };
  return event;
}

export const handler = async (event: PreTokenGenerationV2TriggerEvent) => preTokenGeneration(event);
