import { countyWithinArea } from "../../monitoring/households/households";
import { maskName } from "../../monitoring/notices/mask";
import { countySettings } from "../../monitoring/settings/settings";
import type { Actor } from "../../platform/actor";
import { readArea } from "../../platform/area";
import { formatDateZh } from "../../platform/chinese-labels";
import { chinaToday, type Clock, shiftDays, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { type ClaimOnNotice, claimsOnNotice } from "../notices";
import { MAX_EXPORT_ROWS, tooLarge } from "./payouts";
import type { Cell, Sheet } from "./sheet";

const NOTICE_COLUMNS: Sheet["columns"] = [
  { header: "序号", kind: "count", width: 6 },
  { header: "乡镇", kind: "text", width: 12 },
  { header: "村", kind: "text", width: 12 },
  { header: "户主姓名", kind: "text", width: 10 },
  { header: "申请原因", kind: "text", width: 10 },
  { header: "赔付金额(元)", kind: "yuan", width: 14 },
  { header: "公示开始", kind: "text", width: 12 },
  { header: "公示截止", kind: "text", width: 12 },
];

/** The first instant of a China civil date, as an ISO instant (UTC). */
const chinaDayStarts = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/**
 * 公示名单: the county's claims on public notice today, as the public board shows them (GET
 * /public/notices): approved within the county's notice period, the head's name masked (张*国),
 * village, cause and amount, the notice's first and last day. Never a resident id, a phone, an
 * account or a health detail (DESIGN decision 18). Staff of the county (or a township in it: their
 * township's only); another county is 404.
 */
export async function noticeSheet(
  query: { county: string; township?: string | undefined },
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Sheet> {
  const area = readArea(actor);
  const outside = () => notFound("County", query.county);
  if (!(await countyWithinArea(area, query.county, store))) throw outside();
  if (area.township && query.township && query.township !== area.township) throw outside();
  const township = area.township ?? query.township;
  const today = chinaToday(clock);
  const { noticeMinDays } = await countySettings(query.county, store);
  const firstDay = shiftDays(today, -(noticeMinDays - 1));
  const claims: ClaimOnNotice[] = [];
  let cursor: string | undefined;
  do {
    const page = await claimsOnNotice(
      { county: query.county, township, approvedSince: chinaDayStarts(firstDay) },
      { limit: 100, ...(cursor ? { cursor } : {}) },
      store,
    );
    claims.push(...page.items);
    if (claims.length > MAX_EXPORT_ROWS) throw tooLarge(claims.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const rows = claims
    .map((c) => ({ c, startsOn: chinaToday(() => new Date(c.approvedAt)) }))
    .sort(
      (a, b) =>
        a.c.township.localeCompare(b.c.township, "zh-CN") ||
        a.c.villageName.localeCompare(b.c.villageName, "zh-CN") ||
        (a.c.approvedAt < b.c.approvedAt ? -1 : 1),
    )
    .map(({ c, startsOn }, i): Cell[] => [
      i + 1,
      c.township,
      c.villageName,
      maskName(c.headName),
      c.causeLabel,
      c.payoutFen,
      startsOn,
      shiftDays(startsOn, noticeMinDays - 1),
    ]);
  const where = `${query.county}${township ?? ""}`;
  return {
    name: "公示名单",
    title: `${where}防贫保险/防贫救助赔付公示名单`,
    subtitle: `截至${formatDateZh(today)}在公示期内（公示${noticeMinDays}天）　如有异议，请在公示期内向村委会或乡镇反映　金额单位：元`,
    columns: NOTICE_COLUMNS,
    rows,
    totalLabel: `合计（${rows.length} 户次）`,
    totals: [5],
    filename: `notices-${today}`,
  };
}
