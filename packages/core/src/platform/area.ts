import type { Actor } from "./actor";
import { forbidden, notFound } from "./errors";

/**
 * Jurisdiction (DESIGN decision 16). A staff account belongs to an area — a province, a city in
 * it, a county, optionally a township — and sees only records placed inside it. Areas are named
 * as the village register names them (省, 市, 县/区, 乡/镇), so a record's place and an actor's
 * area compare field by field.
 */
export const AREA_LEVELS = ["province", "city", "county", "township"] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** An actor's area: the levels it is bound to, from the province down. */
export type Area = Partial<Record<AreaLevel, string>>;

/** Where a record is: down to the village. */
export interface Place {
  province: string;
  city: string;
  county: string;
  township: string;
}

/** The token claim each level travels in (Cognito custom attributes, copied into the access token). */
export const AREA_CLAIMS: Record<AreaLevel, string> = {
  province: "custom:province",
  city: "custom:city",
  county: "custom:county",
  township: "custom:township",
};

/** The most specific level an area names, or "national" for none (a platform administrator). */
export function areaLevel(area: Area | undefined): AreaLevel | "national" {
  for (const level of [...AREA_LEVELS].reverse()) if (area?.[level]) return level;
  return "national";
}

/** Whether a record placed at `place` lies inside `area`: every level the area names matches. */
export const covers = (area: Area | undefined, place: Place): boolean =>
  AREA_LEVELS.every((level) => !area?.[level] || area[level] === place[level]);

/**
 * The area an actor reads in. Staff roles without an area see nothing: a misconfigured account
 * fails closed. Only an administrator without an area is national.
 */
export function readArea(actor: Actor): Area {
  if (actor.area && areaLevel(actor.area) !== "national") return actor.area;
  if (actor.roles.includes("admin")) return {};
  throw forbidden("This account has no area (province, city, county or township): ask an administrator to assign one", "AREA_REQUIRED", [
    { message: "staff accounts act within an area", rule: "area" },
  ]);
}

/**
 * The area an actor may change records in: a county or a township (or a national administrator).
 * Province and city staff read their whole area but act on nothing (403 READ_ONLY_AREA).
 */
export function actArea(actor: Actor): Area {
  const area = readArea(actor);
  const level = areaLevel(area);
  if (level === "province" || level === "city") {
    throw forbidden(`Staff of a ${level} read their area but do not act on its records`, "READ_ONLY_AREA", [
      { message: "only county and township staff act on records", rule: "area", level },
    ]);
  }
  return area;
}

/**
 * The record when it lies inside the actor's area. Outside it, the answer is exactly the one for a
 * record that does not exist (404 NOT_FOUND), so nothing about other areas leaks.
 */
export function withinArea<T extends Place>(actor: Actor, record: T, what: string, id: string, mode: "read" | "act" = "read"): T {
  if (!covers(readArea(actor), record)) throw notFound(what, id);
  if (mode === "act") actArea(actor);
  return record;
}

/** The token claims that carry an area (what the local token CLI and sign-in put in a token). */
export const areaClaims = (area: Area): Record<string, string> =>
  Object.fromEntries(AREA_LEVELS.filter((level) => area[level]).map((level) => [AREA_CLAIMS[level], area[level] as string]));
