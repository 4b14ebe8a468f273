import type { CognitoConsoleConfig } from "../app/config-schema";
import { challengeOf, createState, createVerifier } from "./pkce";
import { type Session, sessionFromToken } from "./session";

/**
 * Sign-in through the Cognito user pool's hosted UI: the authorization-code flow with PKCE for a
 * public client (no secret in the browser). Tokens stay in sessionStorage (auth/session.ts).
 *
 * Not exercised end to end here: that needs a deployed user pool (AWS). The PKCE pieces have a
 * unit test (pkce.test.ts); the local runtime signs in through POST /local/sign-in instead.
 */
type Cognito = CognitoConsoleConfig["cognito"];

const PENDING = "fupin.pkce";

interface Pending {
  verifier: string;
  state: string;
  next: string;
}

/** Sends the browser to the hosted UI; it comes back to `redirectUri` (auth/callback) with a code. */
export async function startCognitoSignIn(cognito: Cognito, next: string): Promise<void> {
  const pending: Pending = { verifier: createVerifier(), state: createState(), next };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL("/oauth2/authorize", cognito.domain);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: cognito.clientId,
    redirect_uri: cognito.redirectUri,
    scope: "openid profile",
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: "S256",
  }).toString();
  window.location.assign(url.toString());
}

/** On the redirect back: checks the state, exchanges the code with the verifier, and returns the session and where to go. */
export async function completeCognitoSignIn(cognito: Cognito, search: string): Promise<{ session: Session; next: string }> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  const error = params.get("error");
  if (error) throw new Error(params.get("error_description") ?? error);
  const code = params.get("code");
  if (!pending || !code || params.get("state") !== pending.state) throw new Error("sign-in state mismatch");
  const res = await fetch(new URL("/oauth2/token", cognito.domain), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: cognito.clientId,
      code,
      redirect_uri: cognito.redirectUri,
      code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error(`token exchange failed (${res.status})`);
  const tokens = (await res.json()) as { access_token: string; id_token?: string; refresh_token?: string; expires_in: number };
  const session = sessionFromToken(tokens.access_token, {
    expiresAt: Date.now() + tokens.expires_in * 1000,
    ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  });
  return { session, next: pending.next };
}

/** Ends the hosted UI's session too, then lands on logoutUri (or the console). */
export function cognitoSignOutUrl(cognito: Cognito): string {
  const url = new URL("/logout", cognito.domain);
  url.search = new URLSearchParams({
    client_id: cognito.clientId,
    logout_uri: cognito.logoutUri ?? new URL("/console/", window.location.origin).toString(),
  }).toString();
  return url.toString();
}
