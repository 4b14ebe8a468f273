import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Sheet, sheetCsvRows, sheetXlsx, yuanText } from "./sheet";

const sheet: Sheet = {
  name: "发放明细",
  title: "夏津县2026年防贫保险金发放明细表",
  subtitle: "金额单位：元",
  columns: [
    { header: "序号", kind: "count", width: 6 },
    { header: "户主姓名", kind: "text", width: 10 },
    { header: "赔付金额(元)", kind: "yuan", width: 14 },
  ],
  rows: [
    [1, "李秀兰", 1_400_000],
    [2, "张建国", 5],
  ],
  totalLabel: "合计",
  totals: [2],
  filename: "payouts",
};

describe("a county form", () => {
  it("shows fen as yuan with two decimals, by integer arithmetic", () => {
    expect(yuanText(1_400_000)).toBe("14000.00");
    expect(yuanText(5)).toBe("0.05");
    expect(yuanText(123_456_789)).toBe("1234567.89");
    expect(yuanText(-250)).toBe("-2.50");
  });

  it("as CSV rows: header first, yuan as text with two decimals, a total row", () => {
    expect(sheetCsvRows(sheet)).toEqual([
      ["序号", "户主姓名", "赔付金额(元)"],
      [1, "李秀兰", "14000.00"],
      [2, "张建国", "0.05"],
      ["合计", null, "14000.05"],
    ]);
  });

  it("as XLSX: title merged over the columns, frozen header, yuan as numbers formatted #,##0.00, a SUM total", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetXlsx(sheet)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("发放明细")!;
    expect(ws.getCell("A1").value).toBe(sheet.title);
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("A3").value).toBe("序号");
    expect(ws.getCell("C4").value).toBe(14_000);
    expect(ws.getCell("C5").value).toBe(0.05);
    expect(ws.getCell("C4").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C6").value).toEqual({ formula: "SUM(C4:C5)", result: 14_000.05 });
    expect(ws.getColumn(3).width).toBe(14);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("as XLSX with no rows: the total is 0, with no formula over an empty range", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetXlsx({ ...sheet, rows: [] })) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell("C4").value).toBe(0);
  });
});
