import type { Actor } from "@fupin/core/platform/actor";
import type { Db } from "@fupin/core/platform/db";
import { Claims, PutCalendar } from "@fupin/core/claims";

/**
 * The 2026 arrangement of public holidays (国务院办公厅关于2026年部分节假日安排的通知), as an
 * administrator would enter it: the weekdays off, and the weekend days worked in their place.
 * Claims' working-day deadlines count it. Later years are entered when the State Council publishes
 * them; until then a year counts Monday to Friday.
 */
const YEAR_2026 = {
  holidays: [
    "2026-01-01",
    "2026-01-02", // 元旦
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-02-23", // 春节
    "2026-04-06", // 清明节
    "2026-05-01",
    "2026-05-04",
    "2026-05-05", // 劳动节
    "2026-06-19", // 端午节
    "2026-09-25", // 中秋节
    "2026-10-01",
    "2026-10-02",
    "2026-10-05",
    "2026-10-06",
    "2026-10-07", // 国庆节
  ],
  workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
};

export async function seedCalendar(store: Db): Promise<void> {
  const admin: Actor = { id: "seed-admin", roles: ["admin"] };
  await Claims.putCalendar({ year: 2026, calendar: PutCalendar.parse(YEAR_2026) }, { actor: admin, store });
}
