/**
 * Calendar dates are Chinese civil dates (Asia/Shanghai, UTC+8, no DST):
 * a certificate "valid until 2026-12-31" is valid through that day in China.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Today's date in China as YYYY-MM-DD. */
export function chinaToday(clock: Clock = systemClock): string {
  return new Date(clock().getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month (YYYY-MM) in China of an instant. */
export function chinaMonth(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date (YYYY-MM-DD) moved by a number of days. */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
