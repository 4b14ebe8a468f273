import { z } from "zod";
import { normalizeResidentId, residentIdProblem } from "../../identity/resident-id";
import { type Clock, systemClock } from "../../platform/clock";
import { validationFailed } from "../../platform/errors";
import { fen, MAX_FEN } from "../../platform/money";
import { note, text } from "../../platform/schema";
import { DEPARTMENT_SOURCES } from "./schemas";

/**
 * A department's batch (医保 large medical costs, 民政 new 低保, 残联 new disabilities, disaster
 * reports, income monitoring), as JSON rows or as a CSV file the department exported. Each row is
 * checked on its own: a bad row is reported by its number and what is wrong with it, never with
 * its resident id (the id is personal data; the problem text names the column, not the value),
 * and the other rows are still imported.
 */

/** More rows than this are refused as a whole: a department splits larger files. */
export const MAX_BATCH_ROWS = 5_000;
/** The request body is at most 64 KB anyway (the platform's limit); a CSV text is held to the same. */
export const MAX_CSV_CHARS = 64 * 1024;

const year = () => z.number({ error: "must be a year" }).int({ error: "must be a year" }).min(2000).max(2100);

export const DepartmentBatchInput = z
  .strictObject({
    source: z
      .enum(DEPARTMENT_SOURCES)
      .describe(
        "the department: medical_insurance 医保, civil_affairs 民政, disabled_persons 残联, disaster 灾情, income_monitoring 收入监测",
      ),
    county: text(30)
      .optional()
      .describe("the county the batch is about: national administrators name it; county staff may only name their own"),
    year: year().optional().describe("the year of the figures, for rows (or a CSV) without a year column"),
    rows: z
      .array(z.unknown())
      .max(MAX_BATCH_ROWS, { error: `at most ${MAX_BATCH_ROWS} rows per batch: split the file` })
      .optional()
      .describe("JSON rows: {idNumber, medicalCostFen?, perCapitaIncomeFen?, year?, kind?, note?}; each is checked on its own"),
    csv: z
      .string()
      .max(MAX_CSV_CHARS, { error: `a CSV of at most ${MAX_CSV_CHARS} characters` })
      .optional()
      .describe(
        "a CSV file's text with a header row, Chinese or English: 身份证号, 自付医疗费用(元), 人均纯收入(元), 年度, 类型, 备注 (amounts in yuan)",
      ),
  })
  .superRefine((b, ctx) => {
    if ((b.rows === undefined) === (b.csv === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["rows"],
        message: "send exactly one of rows (JSON) or csv (a CSV file's text)",
        params: { issue: "rows_or_csv" },
      });
  });
export type DepartmentBatchInput = z.infer<typeof DepartmentBatchInput>;

/** One row as it passed its checks (the id only in memory, to be hashed). */
export interface BatchRow {
  row: number;
  idNumber: string;
  year: number;
  medicalCostFen: number | null;
  perCapitaIncomeFen: number | null;
  kind: string | null;
  note: string | null;
}

/** A row refused: its number (1 = the first data row; for a CSV also its line in the file), the column and what is wrong. */
export interface InvalidRow {
  row: number;
  line?: number;
  field: string;
  issue: string;
  problem: string;
}

export interface ParsedBatch {
  /** Data rows read, valid or not. */
  total: number;
  rows: BatchRow[];
  invalid: InvalidRow[];
  /** CSV columns that were not recognised and were not read (e.g. 姓名). */
  ignoredColumns: string[];
}

type Field = "idNumber" | "medicalCostFen" | "perCapitaIncomeFen" | "year" | "kind" | "note";

class RowProblem extends Error {
  constructor(
    readonly field: Field,
    readonly issue: string,
    message: string,
  ) {
    super(message);
  }
}

// ── Amounts ─────────────────────────────────────────────────────────────────────────────────

/**
 * Yuan as a department writes them ("12345.67", "12,345.6", "100") to fen, exactly: the decimal
 * string is split, never read as a float (0.29 yuan is 29 fen, not 28.999…). More than two decimals
 * are refused unless they are zeros (a fen is the smallest unit).
 */
export function yuanToFen(raw: string): { fen: number } | { issue: string; problem: string } {
  const s = raw.trim().replace(/^[¥￥]/, "");
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return { issue: "not_an_amount", problem: "must be an amount in yuan, e.g. 12345.67 (no sign, no letters)" };
  const whole = m[1]!.replace(/,/g, "");
  const decimals = m[2] ?? "";
  if (/[1-9]/.test(decimals.slice(2)))
    return { issue: "too_precise", problem: "has more than two decimals: amounts are in yuan to the fen" };
  const digits = `${whole}${decimals.slice(0, 2).padEnd(2, "0")}`.replace(/^0+(?=\d)/, "");
  if (digits.length > 16 || Number(digits) > MAX_FEN) return { issue: "too_large", problem: "is too large for an amount" };
  return { fen: Number(digits) };
}

// ── One row ─────────────────────────────────────────────────────────────────────────────────

/** What a row says before its checks: each value as given (a JSON value, or a CSV cell's text). */
type RawRow = Partial<Record<Field, unknown>>;

const kindSchema = text(30);
const noteSchema = note(200);

function textValue(field: "kind" | "note", value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const parsed = (field === "kind" ? kindSchema : noteSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const named = (issue as { params?: { issue?: string } } | undefined)?.params?.issue;
    throw new RowProblem(field, named ?? "invalid_text", issue?.message ?? "is not acceptable text");
  }
  return parsed.data;
}

/** An amount: integer fen in a JSON row, yuan text in a CSV cell. */
function amountValue(field: "medicalCostFen" | "perCapitaIncomeFen", value: unknown, inYuan: boolean): number | null {
  if (value === undefined || value === null || value === "") return null;
  if (inYuan) {
    const r = yuanToFen(String(value));
    if ("issue" in r) throw new RowProblem(field, r.issue, r.problem);
    return r.fen;
  }
  const parsed = fen().safeParse(value);
  if (!parsed.success) throw new RowProblem(field, "not_fen", parsed.error.issues[0]?.message ?? "must be an amount in integer fen");
  return parsed.data;
}

function yearValue(value: unknown, fallback: number | undefined): number {
  if (value === undefined || value === null || value === "") {
    if (fallback === undefined) throw new RowProblem("year", "required", "the year is missing: give a year column or the batch's year");
    return fallback;
  }
  const parsed = year().safeParse(typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value);
  if (!parsed.success) throw new RowProblem("year", "not_a_year", "must be a year between 2000 and 2100");
  return parsed.data;
}

/** A resident id's problem in words that never quote it. Spreadsheets turn long ids into numbers: say so. */
function idValue(value: unknown, clock: Clock): string {
  if (value === undefined || value === null || value === "") throw new RowProblem("idNumber", "required", "the resident id is missing");
  if (typeof value !== "string") throw new RowProblem("idNumber", "resident_id", "must be the resident id as text (18 characters)");
  const id = normalizeResidentId(value.replace(/^'/, ""));
  if (/^\d(\.\d+)?E\+?\d+$/i.test(id))
    throw new RowProblem(
      "idNumber",
      "scientific_notation",
      "a spreadsheet turned the resident id into a number (e.g. 3.7E+17): format the column as text and export again",
    );
  const problem = residentIdProblem(id, clock);
  if (problem) throw new RowProblem("idNumber", "resident_id", `must be a valid 18-character resident id: ${problem}`);
  return id;
}

type InYuan = Partial<Record<Field, boolean>>;

/** The row's values checked column by column; the first problem found is the row's. */
function checkRow(raw: RawRow, row: number, inYuan: InYuan, defaultYear: number | undefined, clock: Clock): BatchRow {
  return {
    row,
    idNumber: idValue(raw.idNumber, clock),
    medicalCostFen: amountValue("medicalCostFen", raw.medicalCostFen, inYuan.medicalCostFen ?? false),
    perCapitaIncomeFen: amountValue("perCapitaIncomeFen", raw.perCapitaIncomeFen, inYuan.perCapitaIncomeFen ?? false),
    year: yearValue(raw.year, defaultYear),
    kind: textValue("kind", raw.kind),
    note: textValue("note", raw.note),
  };
}

const JSON_FIELDS: readonly Field[] = ["idNumber", "medicalCostFen", "perCapitaIncomeFen", "year", "kind", "note"];

function jsonRow(value: unknown): RawRow {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new RowProblem(
      "idNumber",
      "not_an_object",
      "must be an object {idNumber, medicalCostFen?, perCapitaIncomeFen?, year?, kind?, note?}",
    );
  // The unknown key is not named: a careless export could have put an id there.
  if (Object.keys(value).some((k) => !(JSON_FIELDS as readonly string[]).includes(k)))
    throw new RowProblem("idNumber", "unknown_field", `has a field this import does not read (it reads ${JSON_FIELDS.join(", ")})`);
  return value as RawRow;
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────

/** Header names a department's export may use, normalised (full-width brackets, spaces and case folded). */
const HEADERS: Readonly<Record<string, { field: Field; inYuan: boolean }>> = (() => {
  const table: [Field, boolean, string[]][] = [
    ["idNumber", false, ["身份证号", "身份证号码", "公民身份号码", "证件号码", "idnumber"]],
    [
      "medicalCostFen",
      true,
      ["自付医疗费用(元)", "自付医疗费用", "个人自付医疗费用(元)", "个人自付费用(元)", "自付费用(元)", "medicalcostyuan", "medicalcost"],
    ],
    ["medicalCostFen", false, ["medicalcostfen"]],
    [
      "perCapitaIncomeFen",
      true,
      ["人均纯收入(元)", "家庭人均纯收入(元)", "人均收入(元)", "家庭人均收入(元)", "percapitaincomeyuan", "percapitaincome"],
    ],
    ["perCapitaIncomeFen", false, ["percapitaincomefen"]],
    ["year", false, ["年度", "年份", "year"]],
    ["kind", false, ["类型", "事项", "预警类型", "kind"]],
    ["note", false, ["备注", "说明", "note"]],
  ];
  return Object.fromEntries(table.flatMap(([field, inYuan, names]) => names.map((n) => [n, { field, inYuan }])));
})();

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/\s+/g, "")
    .toLowerCase();

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; each record keeps the line it starts on. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is no record.
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length) endRecord();
  return records;
}

function refuseCsv(issue: string, message: string) {
  return validationFailed(`The CSV cannot be read: ${message}`, [{ path: "body.csv", message, issue }]);
}

// ── The batch ───────────────────────────────────────────────────────────────────────────────

function problemOf(e: unknown, row: number, line?: number): InvalidRow {
  if (!(e instanceof RowProblem)) throw e;
  return { row, ...(line !== undefined ? { line } : {}), field: e.field, issue: e.issue, problem: `${e.field} ${e.message}` };
}

/**
 * The batch's rows, each checked; the same person twice in one year is refused the second time
 * (their costs would count twice). A CSV without an id column, or with more rows than allowed, is
 * refused as a whole (400): nothing in it could be read right.
 */
export function parseDepartmentBatch(input: Pick<DepartmentBatchInput, "rows" | "csv" | "year">, clock: Clock = systemClock): ParsedBatch {
  const rows: BatchRow[] = [];
  const invalid: InvalidRow[] = [];
  let ignoredColumns: string[] = [];
  let raws: { raw: () => RawRow; line?: number; inYuan: InYuan }[];

  if (input.csv !== undefined) {
    const records = csvRecords(input.csv);
    const header = records.shift();
    if (!header) throw refuseCsv("empty", "it has no header row");
    const columns = header.cells.map((h) => HEADERS[normaliseHeader(h)] ?? null);
    // Named back only when they cannot be a person's id (a headerless file's first row would be data).
    ignoredColumns = header.cells.filter((_, i) => columns[i] === null).map((h) => (/\d{6}/.test(h) ? "(unnamed)" : h.trim().slice(0, 40)));
    const seen = new Set<Field>();
    for (const c of columns) {
      if (!c) continue;
      if (seen.has(c.field)) throw refuseCsv("duplicate_column", `two columns mean the same (${c.field})`);
      seen.add(c.field);
    }
    if (!seen.has("idNumber")) throw refuseCsv("missing_column", "it has no resident id column (身份证号)");
    if (!seen.has("year") && input.year === undefined)
      throw refuseCsv("missing_year", "it has no year column (年度): give the batch's year");
    if (records.length > MAX_BATCH_ROWS) throw refuseCsv("too_many_rows", `at most ${MAX_BATCH_ROWS} rows per batch: split the file`);
    const inYuan = Object.fromEntries(columns.filter((c) => c !== null).map((c) => [c.field, c.inYuan]));
    raws = records.map(({ line, cells }) => ({
      line,
      inYuan,
      raw: () => {
        if (cells.length > columns.length)
          throw new RowProblem("idNumber", "too_many_cells", `has ${cells.length} cells but the header names ${columns.length}`);
        return Object.fromEntries(columns.flatMap((c, i) => (c ? [[c.field, (cells[i] ?? "").trim()]] : [])));
      },
    }));
  } else {
    raws = (input.rows ?? []).map((value) => ({ inYuan: {}, raw: () => jsonRow(value) }));
  }

  const seen = new Map<string, number>();
  raws.forEach(({ raw, line, inYuan }, index) => {
    const row = index + 1;
    try {
      const checked = checkRow(raw(), row, inYuan, input.year, clock);
      const person = `${checked.idNumber}#${checked.year}`;
      const first = seen.get(person);
      if (first !== undefined) throw new RowProblem("idNumber", "duplicate", `names the same person and year as row ${first}`);
      seen.set(person, row);
      rows.push(checked);
    } catch (e) {
      invalid.push(problemOf(e, row, line));
    }
  });
  return { total: raws.length, rows, invalid, ignoredColumns };
}
