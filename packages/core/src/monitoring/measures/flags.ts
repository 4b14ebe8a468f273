import type { Actor } from "../../platform/actor";
import { readArea } from "../../platform/area";
import { chinaToday, type Clock, shiftDays, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import type { Page } from "../../platform/pagination";
import { listCounty } from "../households/households";
import { HOUSEHOLD_CATEGORY_LABELS, type HouseholdRecord } from "../households/schemas";
import { Households } from "../households/storage";
import { countySettings } from "../settings/settings";
import type { FlagsQuery, MeasureFlag } from "./schemas";

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * Monitored households of the actor's area with no measure in effect more than the county's
 * `measureDeadlineDays` after their confirmation, longest overdue first. One Query of the sparse
 * index of households awaiting a measure, sorted by confirmation date: the flagged ones are the
 * range before today minus the deadline. The cutoff is computed when asked, so a county changing
 * its deadline changes the list at once, with no household rewritten.
 */
export async function measureFlags(
  query: FlagsQuery,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Page<MeasureFlag>> {
  const area = readArea(actor);
  const county = listCounty(area, query.county);
  if (county === null || (area.township && query.township && query.township !== area.township)) return { items: [], nextCursor: null };
  const township = area.township ?? query.township;
  const { measureDeadlineDays } = await countySettings(county, store);
  const today = chinaToday(clock);
  // Sort keys are `<confirmedOn>#<householdId>`: below the bare cutoff date means confirmed before it.
  const cutoff = shiftDays(today, -measureDeadlineDays);
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const match = (field: "province" | "city" | "township", value: string | undefined) => {
    if (!value) return;
    filters.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  };
  match("province", area.province);
  match("city", area.city);
  match("township", township);
  const page = await Households.query.awaitingMeasure(store, { county }, query, {
    sortCondition: { expression: "#sk < :cutoff", values: { ":cutoff": cutoff } },
    ...(filters.length ? { filter: { expression: filters.join(" AND "), names, values } } : {}),
  });
  return { items: page.items.map((h) => flagOf(h, measureDeadlineDays, today)), nextCursor: page.nextCursor };
}

function flagOf(h: HouseholdRecord, deadlineDays: number, today: string): MeasureFlag {
  const confirmedOn = h.monitoringPeriods.at(-1)?.from ?? today;
  const dueOn = shiftDays(confirmedOn, deadlineDays);
  return {
    kind: "no_measure",
    kindLabel: `确认为监测对象超过 ${deadlineDays} 天未落实帮扶措施`,
    householdId: h.householdId,
    headName: h.headName,
    county: h.county,
    township: h.township,
    villageId: h.villageId,
    villageName: h.villageName,
    category: h.category,
    categoryLabel: HOUSEHOLD_CATEGORY_LABELS[h.category],
    confirmedOn,
    dueOn,
    daysOverdue: daysBetween(dueOn, today),
  };
}
