import { isRole, type Role } from "../lib/roles";

/**
 * Who is signed in, kept in sessionStorage (this tab only; gone when it closes). A tiny store the
 * API client reads the token from and React subscribes to (useSession).
 */
export interface Session {
  sub: string;
  roles: Role[];
  /** The county a staff account acts in, when its token names one. */
  county?: string;
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Cognito only: what signing out of the hosted UI needs. */
  idToken?: string;
  refreshToken?: string;
}

const KEY = "fupin.session";
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return s.expiresAt > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  if (current && current.expiresAt <= Date.now()) setSession(null);
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled: the session lives as long as the page
  }
  for (const l of listeners) l();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The claims of a JWT, unverified: the API verifies the token; the console only reads who it names. */
export function claimsOf(token: string): Record<string, unknown> {
  const part = token.split(".")[1];
  if (!part) throw new Error("not a JWT");
  const json = atob(
    part
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(part.length / 4) * 4, "="),
  );
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** A session from an access token shaped like Cognito's: `sub`, `cognito:groups`, `exp`. */
export function sessionFromToken(accessToken: string, extra: Partial<Session> = {}): Session {
  const claims = claimsOf(accessToken);
  const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as unknown[]) : [];
  const county = typeof claims["custom:county"] === "string" ? (claims["custom:county"] as string) : undefined;
  return {
    sub: String(claims.sub),
    roles: groups.filter((g): g is Role => typeof g === "string" && isRole(g)),
    ...(county ? { county } : {}),
    accessToken,
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + 3600_000,
    ...extra,
  };
}

export const hasAnyRole = (session: Session | null, roles: readonly Role[] | undefined): boolean =>
  !roles || (!!session && session.roles.some((r) => roles.includes(r)));
