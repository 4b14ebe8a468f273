import { csv, ok } from "./response";

/**
 * CSV for reports (RFC 4180): fields with a comma, quote, CR or LF are quoted and quotes doubled;
 * lines end in CRLF; a UTF-8 byte-order mark first, so Excel opens Chinese text correctly.
 */
const BOM = "\uFEFF";

export type CsvCell = string | number | boolean | null | undefined;

function field(value: CsvCell): string {
  let s = value == null ? "" : String(value);
  // Text a spreadsheet would run as a formula (=, +, -, @, tab, CR) is defused with a leading quote;
  // numbers, negative ones included, are left as numbers.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function encodeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM + rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/** Whether the client asked for CSV with `Accept: text/csv`. */
export function wantsCsv(headers: Record<string, string | undefined>): boolean {
  const accept = headers.accept ?? headers.Accept ?? "";
  return /(^|,)\s*text\/csv\b/i.test(accept);
}

/** A report answers JSON, or CSV when asked for it; the rows are built only then. */
export function reportResponse<T>(
  headers: Record<string, string | undefined>,
  report: T,
  rows: (report: T) => readonly (readonly CsvCell[])[],
  filename: string,
) {
  return wantsCsv(headers) ? csv(encodeCsv(rows(report)), filename) : ok(report);
}
