import { z } from "zod";
import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { entity } from "../platform/entity";
import { validationFailed } from "../platform/errors";
import { calendarDate } from "../platform/schema";
import type { WorkCalendar } from "./working-days";

/**
 * A year's public holidays and the weekend days worked in their place, as the administrator enters
 * them from the State Council's notice: deadlines counted in working days read them.
 */

const dateList = () =>
  z
    .array(calendarDate())
    .max(60)
    .default([])
    .refine((a) => new Set(a).size === a.length, { error: "must not repeat a date", params: { issue: "repeated" } });

export const PutCalendar = z
  .strictObject({
    holidays: dateList().describe("weekdays that are public holidays (法定节假日)"),
    workdays: dateList().describe("weekend days that are working days (调休上班)"),
  })
  .describe("the year's working-day arrangement");
export type PutCalendar = z.infer<typeof PutCalendar>;
export const CalendarYearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

export const Calendar = z.object({
  year: z.number().int(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Calendar = z.infer<typeof Calendar>;

const Calendars = entity(Calendar, {
  type: "work_calendar",
  key: ({ year }: { year: number }) => ({ pk: `CALENDAR#${year}`, sk: "CALENDAR" }),
});

/** Problems with a year's dates: each in the year, working days on a weekend, no date both. */
export function calendarProblems(year: number, input: PutCalendar): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
  input.holidays.forEach((d, i) => {
    if (!d.startsWith(`${year}-`)) problems.push({ path: `body.holidays.${i}`, message: `must be in ${year}` });
  });
  input.workdays.forEach((d, i) => {
    if (!d.startsWith(`${year}-`)) problems.push({ path: `body.workdays.${i}`, message: `must be in ${year}` });
    else if (!weekend(d))
      problems.push({ path: `body.workdays.${i}`, message: "must be a Saturday or Sunday (a weekday is a working day anyway)" });
    if (input.holidays.includes(d)) problems.push({ path: `body.workdays.${i}`, message: "is also listed as a holiday" });
  });
  return problems;
}

export async function putCalendar(year: number, input: PutCalendar, actor: Actor, store: Db = db()): Promise<Calendar> {
  const problems = calendarProblems(year, input);
  if (problems.length > 0) throw validationFailed("The calendar's dates are not consistent", problems);
  const record: Calendar = {
    year,
    holidays: [...input.holidays].sort(),
    workdays: [...input.workdays].sort(),
    updatedAt: new Date().toISOString(),
    updatedBy: actor.id,
  };
  await Calendars.put(store, record);
  return record;
}

/** The year's arrangement, or an empty one (weekdays only) for a year nobody entered. */
export async function getCalendar(year: number, store: Db = db()): Promise<Calendar> {
  return (await Calendars.find(store, { year })) ?? { year, holidays: [], workdays: [], updatedAt: null, updatedBy: null };
}

/** The working-day calendar of the years a deadline may span. */
export async function workCalendar(years: readonly number[], store: Db = db()): Promise<WorkCalendar> {
  const calendars = await Promise.all([...new Set(years)].map((y) => getCalendar(y, store)));
  return {
    holidays: new Set(calendars.flatMap((c) => c.holidays)),
    workdays: new Set(calendars.flatMap((c) => c.workdays)),
  };
}
