import { z } from "zod";
import type { ActorCtx } from "../../platform/context";
import { id, text } from "../../platform/schema";
import { noticeSheet } from "./notices";
import { payoutSheet } from "./payouts";
import { type Sheet, sheetCsvRows, sheetXlsx } from "./sheet";

export type { Sheet } from "./sheet";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const format = z.enum(EXPORT_FORMATS).default("xlsx").describe("csv (UTF-8 with BOM) or xlsx (Excel); xlsx by default");

export const PayoutExportQuery = z.strictObject({
  schemeId: id(),
  status: z.enum(["approved", "paid"]).optional().describe("only the approved (待发放) or the paid (已发放) claims; both by default"),
  format,
});
export type PayoutExportQuery = z.infer<typeof PayoutExportQuery>;

export const NoticeExportQuery = z.strictObject({
  county: text(30).describe("the 县/区 whose notice list to export"),
  township: text(30).optional(),
  format,
});
export type NoticeExportQuery = z.infer<typeof NoticeExportQuery>;

/** A file to answer: its name (ASCII), media type and bytes or text. */
export type ExportFile = { filename: string } & ({ format: "csv"; rows: (string | number | null)[][] } | { format: "xlsx"; body: Buffer });

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** CSV as rows (the HTTP layer encodes them as every report's CSV), XLSX as the workbook's bytes. */
async function fileOf(sheet: Sheet, f: ExportFormat): Promise<ExportFile> {
  if (f === "csv") return { format: "csv", filename: `${sheet.filename}.csv`, rows: sheetCsvRows(sheet) };
  return { format: "xlsx", filename: `${sheet.filename}.xlsx`, body: await sheetXlsx(sheet) };
}

/** The claims context's exports in the forms counties file (part of its public module). */
export const ClaimExports = {
  /** 防贫保险金发放明细表: the scheme's approved and paid claims in the actor's area, with a total row. */
  payouts: async ({ format: f, ...query }: PayoutExportQuery, ctx: ActorCtx) => fileOf(await payoutSheet(query, ctx.actor, ctx.store), f),
  /** 公示名单: the county's claims on public notice, names masked, with a total row. */
  notices: async ({ format: f, ...query }: NoticeExportQuery, ctx: ActorCtx) => fileOf(await noticeSheet(query, ctx.actor, ctx.store), f),
};
