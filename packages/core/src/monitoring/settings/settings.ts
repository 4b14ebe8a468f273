import type { Actor } from "../../platform/actor";
import { actArea, readArea } from "../../platform/area";
import { systemClock, type Clock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { conflict, forbidden, notFound } from "../../platform/errors";
import { type CountySettings, CountySettingsInput } from "./schemas";
import { putSettingsVersion, Settings } from "./storage";

/** The county's rules, or the defaults (deadlines of 15 and 30 days, 5 days of notice, no thresholds) until it sets its own. */
export async function countySettings(county: string, store: Db = db()): Promise<CountySettings> {
  const stored = await Settings.find(store, { county }, { consistent: true });
  return stored ?? { county, ...CountySettingsInput.parse({}), version: 0, updatedAt: null, updatedBy: null };
}

/** The county's monitoring line of a year, or null when it has not set one. */
export const incomeLineOf = (settings: CountySettings, year: number): number | null =>
  settings.incomeLines.find((l) => l.year === year)?.lineFen ?? null;

/** Staff read their own county's rules (province and city staff any county's; they are the county's published policy). */
export async function getCountySettings(county: string, actor: Actor, store: Db = db()): Promise<CountySettings> {
  const area = readArea(actor);
  if (area.county && area.county !== county) throw notFound("County settings", county);
  return countySettings(county, store);
}

/**
 * Replaces the county's rules as a whole: by the county's own staff (not a township's) or a
 * national administrator.
 */
export async function putCountySettings(
  county: string,
  input: CountySettingsInput,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<CountySettings> {
  const area = actArea(actor);
  if (area.county && area.county !== county) throw notFound("County settings", county);
  if (area.township)
    throw forbidden("A county's monitoring rules are set by its county staff, not a township's", "FORBIDDEN", [
      { message: "county staff only", rule: "county_staff" },
    ]);
  const current = await countySettings(county, store);
  const next: CountySettings = { ...input, county, version: current.version + 1, updatedAt: clock().toISOString(), updatedBy: actor.id };
  try {
    await putSettingsVersion(store, next);
  } catch (e) {
    if ((e as Error).name === "ConditionalCheckFailedException")
      throw conflict("CONCURRENT_UPDATE", "The county's rules were changed meanwhile: reload them and save again");
    throw e;
  }
  return next;
}
