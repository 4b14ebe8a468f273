import { Households } from "../../monitoring/households/storage";
import type { Actor } from "../../platform/actor";
import { covers, readArea } from "../../platform/area";
import { formatDateZh } from "../../platform/chinese-labels";
import { chinaToday } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { ruleViolated } from "../../platform/errors";
import { SCHEME_KIND_LABELS, type ClaimRecord, type ClaimStatus } from "../schemas";
import { schemeInArea } from "../schemes";
import { Claims as ClaimItems, Payouts } from "../storage";
import type { Cell, Sheet } from "./sheet";
import { batchGet } from "./storage";

/** More rows than a county files in one form; past it, export by township (a township clerk's export is their township's). */
export const MAX_EXPORT_ROWS = 20_000;

/** The statuses whose claims are in the payout form, and how the form says them. */
const PAYOUT_STATUSES = ["approved", "paid"] as const satisfies readonly ClaimStatus[];
const PAYMENT_LABELS: Record<(typeof PAYOUT_STATUSES)[number], string> = { approved: "待发放", paid: "已发放" };

export const tooLarge = (rows: number) =>
  ruleViolated("EXPORT_TOO_LARGE", `The export would have more than ${MAX_EXPORT_ROWS} rows`, [
    { message: "narrow the export (by township or status)", maxRows: MAX_EXPORT_ROWS, rows },
  ]);

/** Every claim of a scheme in a status, oldest first (filing order), Query page by page. */
async function claimsIn(store: Db, schemeId: string, status: ClaimStatus, seen: number): Promise<ClaimRecord[]> {
  const out: ClaimRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await ClaimItems.query.bySchemeStatus(store, { schemeId, status }, { limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    if (seen + out.length > MAX_EXPORT_ROWS) throw tooLarge(seen + out.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** 备注 of a paid claim: the payment batch that paid it and the bank's reference, when the bank gave one. */
function paymentNote(c: ClaimRecord): string {
  if (!c.payment) return "";
  return `拨付批次 ${c.payment.batchId}${c.payment.bankReference ? `，银行流水号 ${c.payment.bankReference}` : ""}`;
}

const PAYOUT_COLUMNS: Sheet["columns"] = [
  { header: "序号", kind: "count", width: 6 },
  { header: "乡镇", kind: "text", width: 12 },
  { header: "村", kind: "text", width: 12 },
  { header: "户主姓名", kind: "text", width: 10 },
  { header: "身份证号", kind: "text", width: 21 },
  { header: "救助对象", kind: "text", width: 10 },
  { header: "申请原因", kind: "text", width: 10 },
  { header: "事发日期", kind: "text", width: 12 },
  { header: "医疗总费用(元)", kind: "yuan", width: 15 },
  { header: "已报销(元)", kind: "yuan", width: 14 },
  { header: "自付(元)", kind: "yuan", width: 14 },
  { header: "赔付金额(元)", kind: "yuan", width: 14 },
  { header: "审批日期", kind: "text", width: 12 },
  { header: "发放状态", kind: "text", width: 10 },
  { header: "备注", kind: "text", width: 24 },
];

/**
 * 防贫保险金发放明细表 (防贫救助金 for a relief fund): one row per approved or paid claim of the
 * scheme within the actor's area, by township, village and filing order, with a total row. The
 * household head's resident id only masked, as stored; 救助对象 is the member a claim is for, else
 * the head. No diagnosis or other health detail: the claim's own note stays out of the form.
 */
export async function payoutSheet(
  query: { schemeId: string; status?: ClaimStatus | undefined },
  actor: Actor,
  store: Db = db(),
): Promise<Sheet> {
  const scheme = await schemeInArea(query.schemeId, actor, store);
  const area = readArea(actor);
  const statuses = PAYOUT_STATUSES.filter((s) => !query.status || s === query.status);
  const claims: ClaimRecord[] = [];
  for (const status of statuses) claims.push(...(await claimsIn(store, scheme.schemeId, status, claims.length)));
  // A township clerk files the township's form: claims elsewhere in the county stay out.
  const mine = claims.filter((c) => covers(area, c));
  const [households, payouts] = await Promise.all([
    batchGet(
      store,
      Households,
      [...new Set(mine.map((c) => c.householdId))].map((householdId) => ({ householdId })),
      (h) => h.householdId,
    ),
    batchGet(
      store,
      Payouts,
      mine.map((c) => ({ claimId: c.claimId })),
      (p) => p.claimId,
    ),
  ]);
  const rows = mine
    .map((c) => {
      const household = households.get(c.householdId);
      const payout = payouts.get(c.claimId);
      const approvedOn = payout ? chinaToday(() => new Date(payout.at)) : "";
      return { c, village: household?.villageName ?? payout?.notice?.villageName ?? "", idNumber: household?.idNumber ?? "", approvedOn };
    })
    .sort(
      (a, b) =>
        a.c.township.localeCompare(b.c.township, "zh-CN") ||
        a.village.localeCompare(b.village, "zh-CN") ||
        (a.c.claimId < b.c.claimId ? -1 : 1),
    )
    .map(({ c, village, idNumber, approvedOn }, i): Cell[] => [
      i + 1,
      c.township,
      village,
      c.household.headName,
      idNumber,
      c.member?.name ?? c.household.headName,
      c.causeLabel,
      c.incidentDate,
      c.expenses.totalFen,
      c.expenses.reimbursedFen,
      c.expenses.totalFen - c.expenses.reimbursedFen,
      c.approvedPayoutFen ?? 0,
      approvedOn,
      PAYMENT_LABELS[c.status as (typeof PAYOUT_STATUSES)[number]] ?? c.status,
      paymentNote(c),
    ]);
  const what = scheme.kind === "insurance" ? "防贫保险金" : "防贫救助金";
  const where = area.township ? `${scheme.county}${area.township}` : scheme.county;
  return {
    name: "发放明细",
    title: `${where}${scheme.year}年${what}发放明细表`,
    subtitle: `方案：${scheme.name}（${SCHEME_KIND_LABELS[scheme.kind]}）　年度：${scheme.year}年　制表日期：${formatDateZh(chinaToday())}　金额单位：元`,
    columns: PAYOUT_COLUMNS,
    rows,
    totalLabel: `合计（${rows.length} 笔）`,
    totals: [8, 9, 10, 11],
    filename: `payouts-${scheme.schemeId}-${scheme.year}`,
  };
}
