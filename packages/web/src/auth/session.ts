import { isRole, type Role } from "../lib/roles";

/**
 * Who is signed in, kept in sessionStorage (this tab only; gone when it closes). A tiny store the
 * API client reads the token from and React subscribes to (useSession).
 */
export interface Session {
  sub: string;
  roles: Role[];
  /** The area a staff account acts in (DESIGN 16), the levels its token names: a county, optionally a township. */
  province?: string;
  city?: string;
  county?: string;
  township?: string;
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
  const area: Partial<Record<AreaLevel, string>> = {};
  for (const level of AREA_LEVELS) {
    const value = claims[`custom:${level}`];
    if (typeof value === "string" && value.trim()) area[level] = value.trim();
  }
  return {
    sub: String(claims.sub),
    roles: groups.filter((g): g is Role => typeof g === "string" && isRole(g)),
    ...area,
    accessToken,
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + 3600_000,
    ...extra,
  };
}

/** The levels of a staff member's area, from the province down (the token claims custom:province … custom:township). */
export const AREA_LEVELS = ["province", "city", "county", "township"] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The signed-in area as people write it, "夏津县苏留庄镇"; "" for an account without one. */
export const areaName = (session: Pick<Session, AreaLevel> | null): string =>
  session ? AREA_LEVELS.map((l) => session[l] ?? "").join("") : "";

/** The most specific level the account is bound to; null for none (a national administrator, a buyer). */
export function areaLevel(session: Pick<Session, AreaLevel> | null): AreaLevel | null {
  for (const level of [...AREA_LEVELS].reverse()) if (session?.[level]) return level;
  return null;
}

export const hasAnyRole = (session: Session | null, roles: readonly Role[] | undefined): boolean =>
  !roles || (!!session && session.roles.some((r) => roles.includes(r)));
