import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { isRole, type Actor } from "@fupin/core/platform/actor";
import { AREA_CLAIMS, AREA_LEVELS, type Area } from "@fupin/core/platform/area";
import { config } from "@fupin/core/platform/config";
import { forbidden, unauthenticated } from "@fupin/core/platform/errors";
import type { Access } from "../routes";

type Claims = Record<string, unknown>;

/**
 * `cognito:groups` reaches a Lambda behind an HTTP API JWT authorizer flattened to a string
 * like "[admin buyer]"; a verified token has it as an array. Both become a list of group names.
 * Cognito group names may hold commas but never whitespace, so the flattened form splits on
 * whitespace alone: a group called "buyer,admin" stays one (unknown) group, never two roles.
 */
export function groupsFromClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  if (typeof value !== "string") return [];
  const inner = value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1) : value;
  return inner.split(/\s+/).filter(Boolean);
}

/**
 * The one place an actor is built from verified claims. Only Cognito *access* tokens act: an ID
 * token is signed by the same pool, and API Gateway's JWT authorizer does not tell them apart.
 * Each group is one role, matched exactly.
 */
export function actorFromClaims(claims: Claims): Actor | undefined {
  const sub = claims.sub;
  if (typeof sub !== "string" || sub === "") return undefined;
  if (claims.token_use !== "access") return undefined;
  const area = areaFromClaims(claims);
  return { id: sub, roles: groupsFromClaim(claims["cognito:groups"]).filter(isRole), ...(area ? { area } : {}) };
}

/**
 * A staff member's area, from the claims Cognito's pre-token-generation trigger copies into the
 * access token (locally: the token CLI's flags). Every level named must match a record's place.
 * A township is kept only with its county: township names repeat across counties.
 */
export function areaFromClaims(claims: Claims): Area | undefined {
  const area: Area = {};
  for (const level of AREA_LEVELS) {
    const value = claims[AREA_CLAIMS[level]];
    if (typeof value === "string" && value.trim() !== "") area[level] = value.trim();
  }
  if (area.township && !area.county) delete area.township;
  return Object.keys(area).length ? area : undefined;
}

const authorizerClaims = (event: APIGatewayProxyEventV2): Claims | undefined =>
  (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

/**
 * Routes with "optional" access have no authorizer in front of them, so the function checks a
 * presented token itself, against the same issuer's keys (Cognito's JWKS in AWS, the local
 * gateway's locally). Any other route is reached only after the authorizer verified the token.
 */
async function verifyBearer(event: APIGatewayProxyEventV2): Promise<Claims | undefined> {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  if (!header) return undefined;
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  const { JWKS_URL, JWT_ISSUER, JWT_AUDIENCE } = config();
  if (!token || !JWKS_URL || !JWT_ISSUER) throw unauthenticated("The bearer token could not be verified");
  jwks ??= createRemoteJWKSet(new URL(JWKS_URL));
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, jwks, { issuer: JWT_ISSUER }));
  } catch {
    throw unauthenticated("The bearer token is invalid or expired");
  }
  const audience = payload.aud ?? payload.client_id;
  const audiences = Array.isArray(audience) ? audience : [audience];
  if (JWT_AUDIENCE && !audiences.includes(JWT_AUDIENCE)) throw unauthenticated("The bearer token is not for this API");
  return payload as Claims;
}

/** The one place that enforces a route's declared access. */
export async function authorize(event: APIGatewayProxyEventV2, access: Access): Promise<Actor | undefined> {
  if (access === "public") return undefined;
  const claims = access === "optional" ? await verifyBearer(event) : authorizerClaims(event);
  const actor = claims ? actorFromClaims(claims) : undefined;
  // A token that was presented but cannot act (an ID token, no subject) is refused, never read as anonymous.
  if (claims && !actor) throw unauthenticated("The bearer token must be an access token for a user");
  if (access === "optional") return actor;
  if (!actor) throw unauthenticated();
  if (!actor.roles.some((r) => access.includes(r))) {
    throw forbidden(`This needs one of the roles: ${access.join(", ")}`, "FORBIDDEN", [
      { message: "role required", rule: "role", requiredRoles: [...access] },
    ]);
  }
  return actor;
}
