import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "../../identity/resident-id";
import { csvRecords, DepartmentBatchInput, MAX_BATCH_ROWS, parseDepartmentBatch, yuanToFen } from "./department-batch";

const id = (first17: string) => first17 + residentIdCheckChar(first17);
const A = id("99010119800101001");
const B = id("99010119851231002");
const C = id("99010120000229003");
/** Same digits as A with the check character wrong. */
const BAD = A.slice(0, 17) + (A.endsWith("0") ? "1" : "0");

describe("yuan to fen from the decimal text, exactly", () => {
  it.each([
    ["12345.67", 1_234_567],
    ["0.29", 29],
    ["0.1", 10],
    ["100", 10_000],
    ["1,234,567.8", 123_456_780],
    ["10000.00", 1_000_000],
    ["¥26000", 2_600_000],
    ["7.500", 750],
    [" 007.05 ", 705],
  ])("%s yuan is %i fen", (text, fen) => expect(yuanToFen(text)).toEqual({ fen }));

  it.each([
    ["-5", "not_an_amount"],
    ["1e4", "not_an_amount"],
    ["12.345", "too_precise"],
    ["1,23.00", "not_an_amount"],
    ["", "not_an_amount"],
    ["abc", "not_an_amount"],
    ["99999999999999999", "too_large"],
  ])("%s is refused (%s)", (text, issue) => expect(yuanToFen(text)).toMatchObject({ issue }));

  it("property: any whole-fen amount written in yuan comes back to the same fen", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        expect(yuanToFen(text)).toEqual({ fen });
      }),
    );
  });
});

describe("CSV records (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF, a BOM and blank lines", () => {
    const text = '\uFEFFa,b\r\n"1,5","say ""hi"""\r\n\r\n"two\nlines",x\n';
    expect(csvRecords(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1,5", 'say "hi"'] },
      { line: 4, cells: ["two\nlines", "x"] },
    ]);
  });
});

describe("a department's batch, row by row", () => {
  it("reads JSON rows with integer fen and the batch's year for rows without one", () => {
    const parsed = parseDepartmentBatch({
      year: 2025,
      rows: [
        { idNumber: A, medicalCostFen: 1_000_001 },
        { idNumber: B.toLowerCase(), perCapitaIncomeFen: 500_000, year: 2024, kind: "新增低保", note: "村委会核实" },
      ],
    });
    expect(parsed.invalid).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 1, idNumber: A, year: 2025, medicalCostFen: 1_000_001, perCapitaIncomeFen: null, kind: null, note: null },
      { row: 2, idNumber: B, year: 2024, medicalCostFen: null, perCapitaIncomeFen: 500_000, kind: "新增低保", note: "村委会核实" },
    ]);
  });

  it("reports each bad row by number and column, never with the id, and keeps the good ones", () => {
    const parsed = parseDepartmentBatch({
      year: 2025,
      rows: [
        { idNumber: BAD, medicalCostFen: 1 },
        { idNumber: A, medicalCostFen: 12.5 },
        { idNumber: A, medicalCostFen: -1 },
        "not a row",
        { idNumber: C, medicalCostFen: 5, extra: A },
        { medicalCostFen: 5 },
        { idNumber: C, year: 1999 },
        { idNumber: C, kind: "\u202Eevil" },
        { idNumber: A, medicalCostFen: 2 },
        { idNumber: A, medicalCostFen: 3 },
      ],
    });
    expect(parsed.total).toBe(10);
    expect(parsed.rows.map((r) => r.row)).toEqual([9]);
    expect(parsed.invalid.map(({ row, field, issue }) => ({ row, field, issue }))).toEqual([
      { row: 1, field: "idNumber", issue: "resident_id" },
      { row: 2, field: "medicalCostFen", issue: "not_fen" },
      { row: 3, field: "medicalCostFen", issue: "not_fen" },
      { row: 4, field: "idNumber", issue: "not_an_object" },
      { row: 5, field: "idNumber", issue: "unknown_field" },
      { row: 6, field: "idNumber", issue: "required" },
      { row: 7, field: "year", issue: "not_a_year" },
      { row: 8, field: "kind", issue: "bidi_controls" },
      { row: 10, field: "idNumber", issue: "duplicate" },
    ]);
    const text = JSON.stringify(parsed.invalid);
    for (const person of [A, BAD, C]) expect(text).not.toContain(person);
    expect(parsed.invalid[8]!.problem).toContain("row 9");
  });

  it("refuses rows without any year when the batch names none", () => {
    const parsed = parseDepartmentBatch({ rows: [{ idNumber: A, medicalCostFen: 1 }] });
    expect(parsed.invalid).toMatchObject([{ row: 1, field: "year", issue: "required" }]);
  });

  it("reads a 医保 CSV with Chinese headers, amounts in yuan, and ignores columns it does not know", () => {
    const csv = [
      "姓名,身份证号,自付医疗费用（元）,年度,备注",
      `张三,${A},"12,000.50",2025,住院`,
      `李四,${B},9999.99,,`,
      `王五,3.70102E+17,100,2025,`,
      `赵六,${C},12.345,2025,`,
      "",
      `钱七,${BAD},1,2025,`,
    ].join("\r\n");
    const parsed = parseDepartmentBatch({ csv, year: 2024 });
    expect(parsed.ignoredColumns).toEqual(["姓名"]);
    expect(parsed.total).toBe(5);
    expect(parsed.rows).toEqual([
      { row: 1, idNumber: A, year: 2025, medicalCostFen: 1_200_050, perCapitaIncomeFen: null, kind: null, note: "住院" },
      { row: 2, idNumber: B, year: 2024, medicalCostFen: 999_999, perCapitaIncomeFen: null, kind: null, note: null },
    ]);
    expect(parsed.invalid).toMatchObject([
      { row: 3, line: 4, field: "idNumber", issue: "scientific_notation" },
      { row: 4, line: 5, field: "medicalCostFen", issue: "too_precise" },
      { row: 5, line: 7, field: "idNumber", issue: "resident_id" },
    ]);
    expect(JSON.stringify(parsed)).not.toContain(BAD);
  });

  it("reads English headers, fen columns and income in yuan", () => {
    const csv = `idNumber,perCapitaIncome,medicalCostFen,year,kind\n${A},6999.99,,2025,income check\n`;
    expect(parseDepartmentBatch({ csv }).rows).toEqual([
      { row: 1, idNumber: A, year: 2025, medicalCostFen: null, perCapitaIncomeFen: 699_999, kind: "income check", note: null },
    ]);
  });

  it("refuses a CSV it cannot read as a whole: no id column, no year at all, the same column twice, nothing", () => {
    const refusal = (csv: string, year?: number) => {
      try {
        parseDepartmentBatch({ csv, ...(year ? { year } : {}) });
        return null;
      } catch (e) {
        return (e as { details?: { issue: string }[] }).details?.[0]?.issue;
      }
    };
    expect(refusal(`姓名,自付医疗费用(元)\n张三,1`, 2025)).toBe("missing_column");
    expect(refusal(`身份证号,自付医疗费用(元)\n${A},1`)).toBe("missing_year");
    expect(refusal(`身份证号,身份证号码\n${A},${A}`, 2025)).toBe("duplicate_column");
    expect(refusal("", 2025)).toBe("empty");
    expect(refusal(`身份证号\n${A}`, 2025)).toBeNull();
  });

  it("refuses more rows than a batch may hold, JSON or CSV", () => {
    const rows = Array.from({ length: MAX_BATCH_ROWS + 1 }, () => ({ idNumber: A }));
    expect(DepartmentBatchInput.safeParse({ source: "medical_insurance", rows }).success).toBe(false);
    const csv = `身份证号,年度\n${`${A},2025\n`.repeat(MAX_BATCH_ROWS + 1)}`;
    expect(() => parseDepartmentBatch({ csv })).toThrow(/at most 5000 rows/);
  });

  it("takes exactly one of rows and csv", () => {
    expect(DepartmentBatchInput.safeParse({ source: "civil_affairs" }).success).toBe(false);
    expect(DepartmentBatchInput.safeParse({ source: "civil_affairs", rows: [], csv: "" }).success).toBe(false);
    expect(DepartmentBatchInput.safeParse({ source: "self_report", rows: [] }).success).toBe(false);
    expect(DepartmentBatchInput.safeParse({ source: "civil_affairs", rows: [] }).success).toBe(true);
  });
});
