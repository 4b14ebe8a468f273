import ExcelJS from "exceljs";

/**
 * A form as counties file it: a title, a line under it, Chinese column headers, rows and a total
 * row, written out as CSV rows (for the HTTP layer's CSV encoder) or as an XLSX workbook. Money is
 * kept in fen to the last step: CSV shows yuan with two decimals (integer arithmetic), XLSX stores
 * yuan as numbers formatted `#,##0.00`, so a spreadsheet can add them up.
 */
export type ColumnKind = "text" | "yuan" | "count";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** In characters, as spreadsheets measure it. */
  width: number;
}

/** A row: text, a whole count, or (in a yuan column) an amount in fen. */
export type Cell = string | number | null;

export interface Sheet {
  /** The worksheet's tab. */
  name: string;
  title: string;
  subtitle: string;
  columns: Column[];
  rows: Cell[][];
  /** The total row's label, under the first column; the yuan and count columns marked `total` are summed. */
  totalLabel: string;
  /** Columns (by index) summed in the total row. */
  totals: number[];
  /** The file name without extension, ASCII (it goes into a Content-Disposition header as is). */
  filename: string;
}

/** Fen as yuan with two decimals, e.g. 123456 → "1234.56" (no grouping: spreadsheets read it as a number). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The sum of each totalled column, in fen or counts. */
export function columnTotals(sheet: Sheet): Map<number, number> {
  const sums = new Map<number, number>();
  for (const i of sheet.totals)
    sums.set(
      i,
      sheet.rows.reduce((sum, row) => sum + (typeof row[i] === "number" ? (row[i] as number) : 0), 0),
    );
  return sums;
}

/** Header, rows, total: CSV has no title row, so the header is the first line a program reads. */
export function sheetCsvRows(sheet: Sheet): (string | number | null)[][] {
  const show = (cell: Cell, i: number) => (sheet.columns[i]!.kind === "yuan" && typeof cell === "number" ? yuanText(cell) : cell);
  const sums = columnTotals(sheet);
  const total = sheet.columns.map((_, i) => (i === 0 ? sheet.totalLabel : sums.has(i) ? show(sums.get(i)!, i) : null));
  return [sheet.columns.map((c) => c.header), ...sheet.rows.map((row) => row.map(show)), total];
}

const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const YUAN_FORMAT = "#,##0.00";
const FONT = "宋体";

/** Column letter(s) of a 1-based column index: 1 → A, 27 → AA. */
const columnLetter = (n: number): string =>
  n <= 0 ? "" : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** The workbook: title (merged, large), the line under it, the header row (frozen), rows, the total row with SUM formulas. */
export async function sheetXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "消费帮扶与防返贫服务平台";
  workbook.created = new Date();
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = sheet.columns.length;
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = sheet.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, n);
  const subtitle = ws.getCell(2, 1);
  subtitle.value = sheet.subtitle;
  subtitle.font = { name: FONT, size: 10 };
  subtitle.alignment = { horizontal: "left", vertical: "middle" };

  const header = ws.getRow(3);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = BORDER;
  });
  header.height = 30;

  const firstData = 4;
  sheet.rows.forEach((row, r) => {
    const xrow = ws.getRow(firstData + r);
    row.forEach((value, i) => {
      const cell = xrow.getCell(i + 1);
      const kind = sheet.columns[i]!.kind;
      cell.value = kind === "yuan" && typeof value === "number" ? value / 100 : value;
      if (kind === "yuan") cell.numFmt = YUAN_FORMAT;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: "middle", horizontal: kind === "text" ? "left" : "right" };
      cell.border = BORDER;
    });
  });

  const lastData = firstData + sheet.rows.length - 1;
  const totalRow = ws.getRow(firstData + sheet.rows.length);
  const sums = columnTotals(sheet);
  sheet.columns.forEach((c, i) => {
    const cell = totalRow.getCell(i + 1);
    if (i === 0) cell.value = sheet.totalLabel;
    else if (sums.has(i)) {
      const result = c.kind === "yuan" ? sums.get(i)! / 100 : sums.get(i)!;
      const letter = columnLetter(i + 1);
      // A formula, so a corrected figure re-adds itself; its result is there for readers that do not calculate.
      cell.value = sheet.rows.length > 0 ? { formula: `SUM(${letter}${firstData}:${letter}${lastData})`, result } : result;
      if (c.kind === "yuan") cell.numFmt = YUAN_FORMAT;
    }
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { vertical: "middle", horizontal: i === 0 ? "center" : "right" };
    cell.border = BORDER;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
