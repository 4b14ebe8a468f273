import { z } from "zod";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import type { Part } from "../../platform/transact";
import { updateWrite } from "../../platform/update";
import type { HouseholdCategory, MonitoringStatus } from "../households/schemas";

/**
 * A county's monitoring figures, kept by the writes that change them, in the same transaction
 * (DESIGN decision 3): a report reads one item whatever the number of households. Counters are flat
 * attributes named by `counter` below (ADD creates a missing one from 0; nested maps could not be
 * created on first use), e.g. `households#monitored#marginal_at_risk#苏留庄镇`.
 */
export const MonitoringTotals = entity(z.object({ county: z.string() }).catchall(z.number()), {
  type: "monitoring_totals",
  key: ({ county }: { county: string }) => ({ pk: `MONITORING#COUNTY#${county}`, sk: "TOTALS" }),
});

/** The names of the counters. `#` separates parts; a township's name comes last, so one holding a `#` still reads back whole. */
export const counter = {
  /** Households by monitoring status, category and township. */
  households: (status: MonitoringStatus, category: HouseholdCategory, township: string) => `households#${status}#${category}#${township}`,
  /** Households confirmed as 监测对象 in a month (YYYY-MM). */
  identified: (month: string) => `identified#${month}`,
  /** Households whose risk removal was confirmed in a month. */
  removed: (month: string) => `removed#${month}`,
  /** Leads raised in a month, and leads resolved after their due date, by the month they fell due. */
  leads: (month: string) => `leads#${month}`,
  leadsResolvedLate: (dueMonth: string) => `leadsResolvedLate#${dueMonth}`,
  /** Support measures by type, and their money. */
  measures: (type: string) => `measures#${type}`,
  measuresFen: (type: string) => `measuresFen#${type}`,
  /** The same counter for one township, so a township's report reads its own months. */
  inTownship: (name: string, township: string) => `${name}#${township}`,
} as const;

/** A month's counter added for the county and for the township it happened in. */
export const countyAndTownship = (name: string, township: string, n = 1): Record<string, number> => ({
  [name]: n,
  [counter.inTownship(name, township)]: n,
});

/** Adds to the county's counters (negative to take away), as one transaction part. */
export function monitoringTotalsPart(store: Db, county: string, add: Record<string, number>): Part {
  return { write: updateWrite(store, MonitoringTotals.key({ county }), { add, set: { county } }) };
}

/** A household moving from one (status, category, township) to another: its counters move with it. */
export function householdCounterMove(
  from: { status: MonitoringStatus; category: HouseholdCategory; township: string } | null,
  to: { status: MonitoringStatus; category: HouseholdCategory; township: string },
): Record<string, number> {
  const add: Record<string, number> = {};
  if (from) add[counter.households(from.status, from.category, from.township)] = -1;
  const key = counter.households(to.status, to.category, to.township);
  add[key] = (add[key] ?? 0) + 1;
  return add;
}
