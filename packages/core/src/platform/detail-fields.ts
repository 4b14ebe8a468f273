/**
 * Reading an error body's details defensively: a browser reads them from JSON it did not make,
 * and a message is never worth a crash, so every field is checked for its type before use.
 */

export type Detail = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Detail => typeof v === "object" && v !== null && !Array.isArray(v);

export const detailsOf = (details: unknown): Detail[] => (Array.isArray(details) ? details.filter(isRecord) : []);

const own = (d: Detail | undefined, key: string): unknown => (d && Object.hasOwn(d, key) ? d[key] : undefined);

export const str = (d: Detail | undefined, key: string): string | undefined => {
  const v = own(d, key);
  return typeof v === "string" && v !== "" ? v : undefined;
};

export const num = (d: Detail | undefined, key: string): number | undefined => {
  const v = own(d, key);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

export const strs = (d: Detail | undefined, key: string): string[] | undefined => {
  const v = own(d, key);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
};

export const obj = (d: Detail | undefined, key: string): Detail | undefined => {
  const v = own(d, key);
  return isRecord(v) ? v : undefined;
};

/** 1234567 → "1,234,567": counts and limits read better grouped; amounts go through formatYuan. */
export const grouped = (n: number): string => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(n));
