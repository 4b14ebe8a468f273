import { currentLanguage } from "../app/i18n";
import { ApiError, errorFromResponse } from "../api/errors";
import type { Role } from "../lib/roles";
import { AREA_LEVELS, type AreaLevel, type Session, sessionFromToken } from "./session";

/** A staff account's area as the sign-in asks for it: the levels named, blank ones left out. */
export type SignInArea = Partial<Record<AreaLevel, string>>;

/**
 * The local runtime's development sign-in (POST /local/sign-in): the gateway signs an access token
 * with its local key for whichever account and roles are asked. It exists only in `npm start`'s
 * gateway: not in the route table, the OpenAPI document or any deployment. Refusals are ApiErrors.
 */
export async function localSignIn(sub: string, roles: Role[], area: SignInArea = {}): Promise<Session> {
  const named = Object.fromEntries(AREA_LEVELS.flatMap((l) => (area[l]?.trim() ? [[l, area[l].trim()]] : [])));
  let res: Response;
  try {
    res = await fetch("/local/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": currentLanguage() },
      body: JSON.stringify({ sub, roles, ...named }),
    });
  } catch {
    throw new ApiError(null, null);
  }
  const body = (await res.json().catch(() => null)) as { accessToken?: string; expiresIn?: number } | null;
  if (!res.ok || !body?.accessToken) throw errorFromResponse(res.status, body);
  return sessionFromToken(body.accessToken, { expiresAt: Date.now() + (body.expiresIn ?? 3600) * 1000 });
}
