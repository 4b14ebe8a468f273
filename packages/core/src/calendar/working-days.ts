/**
 * Working days as Chinese offices count them: Monday to Friday, less the public holidays, plus the
 * weekend days worked in their place (调休). Pure; the holidays are data (the State Council
 * publishes each year's arrangement), so a year nobody entered counts weekdays only.
 */

export interface WorkCalendar {
  /** Weekdays that are holidays (YYYY-MM-DD). */
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休上班). */
  workdays: ReadonlySet<string>;
}

export const NO_HOLIDAYS: WorkCalendar = { holidays: new Set(), workdays: new Set() };

const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const d = dayOfWeek(date);
  return d !== 0 && d !== 6;
}

/**
 * The date `n` working days after `start` (the start day itself not counted, as a deadline "within
 * 25 working days" of a filing is counted): n = 0 is `start`. Bounded by the calendar's reach: a
 * calendar long past its year still ends, counting weekdays.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  let date = start;
  for (let left = n; left > 0; ) {
    date = nextDay(date);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let date = nextDay(from); date <= to; date = nextDay(date)) if (isWorkingDay(date, calendar)) count++;
  return count;
}
