import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The platform's users are in China: instants are shown in China Standard Time, whatever the browser's zone. */
export const CHINA_TIME_ZONE = "Asia/Shanghai";

/** An ISO 8601 instant from the API → "2026-12-02 08:04" in China time. */
export function formatChinaDateTime(iso: string): string {
  return dayjs(iso).tz(CHINA_TIME_ZONE).format("YYYY-MM-DD HH:mm");
}

/** Today's calendar date in China ("YYYY-MM-DD"), as the API's validity dates are written. */
export function chinaToday(now: Date = new Date()): string {
  return dayjs(now).tz(CHINA_TIME_ZONE).format("YYYY-MM-DD");
}

/** The month in China ("YYYY-MM") of an instant, as reports name months. */
export function chinaMonth(now: Date = new Date()): string {
  return dayjs(now).tz(CHINA_TIME_ZONE).format("YYYY-MM");
}

/** A calendar date or a month as the API writes them, for a reader: "2026年3月1日" / "2026年3月" in Chinese. */
export function formatCalendar(value: string, language: string): string {
  const [y, m, d] = value.split("-");
  if (!language.startsWith("zh")) return value;
  if (d) return `${y}年${Number(m)}月${Number(d)}日`;
  return m ? `${y}年${Number(m)}月` : value;
}

/** Whole days from today (China) to a calendar date: 0 today, negative once past. */
export function daysUntil(date: string, today = chinaToday()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
