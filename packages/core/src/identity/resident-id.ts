/**
 * 18-character PRC resident identity number (居民身份证号码), GB 11643-1999:
 * 6-digit address code, 8-digit birth date YYYYMMDD, 3-digit sequence, and a check
 * character computed with ISO 7064 MOD 11-2 ("X" stands for 10).
 *
 * Functions expect the canonical form (see normalizeResidentId); a lowercase "x"
 * is reported rather than silently accepted so stored ids have one spelling.
 */
import { chinaToday, isCalendarDate, systemClock, type Clock } from "../platform/clock";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";
/** Catches typos such as year 0949 while still accepting the standard's own 1880 example. */
const MIN_BIRTH_YEAR = 1800;

/** The check character for the first 17 digits of a resident id. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("expected exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Trims surrounding whitespace and uppercases a trailing "x". */
export function normalizeResidentId(s: string): string {
  return s.trim().toUpperCase();
}

/**
 * Why a string is not a valid resident id, in English, or null when it is valid.
 * The birth date must be a real calendar date not after today in China (UTC+8).
 * No message quotes any part of the id: they reach responses and logs, where ids must not.
 */
export function residentIdProblem(s: string, clock: Clock = systemClock): string | null {
  if (s.length !== 18) return `must be 18 characters, got ${s.length}`;
  if (!/^\d{17}/.test(s)) return "the first 17 characters must be digits";
  const last = s.charAt(17);
  if (!/^[0-9X]$/.test(last)) return "the last character must be a digit or an uppercase X";

  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isCalendarDate(birth)) return "the birth date (characters 7-14) is not a calendar date";
  if (Number(s.slice(6, 10)) < MIN_BIRTH_YEAR) return `the birth date (characters 7-14) is before ${MIN_BIRTH_YEAR}`;
  // ISO dates compare correctly as strings.
  if (birth > chinaToday(clock)) return "the birth date (characters 7-14) is in the future";

  const expected = residentIdCheckChar(s.slice(0, 17));
  if (last !== expected) return "the check character does not match (mistyped digit?)";
  return null;
}

export function isValidResidentId(s: string, clock: Clock = systemClock): boolean {
  return residentIdProblem(s, clock) === null;
}

/**
 * Display form: first 3 and last 4 characters, 11 asterisks between, e.g. "110***********123X".
 * The birth date and most of the address code are hidden. Input that is not 18 characters
 * is masked entirely, so a malformed value can never leak through.
 */
export function maskResidentId(s: string): string {
  const id = normalizeResidentId(s);
  if (id.length !== 18) return "*".repeat(id.length);
  return `${id.slice(0, 3)}${"*".repeat(11)}${id.slice(14)}`;
}

/** Full years of age on `today` (YYYY-MM-DD) of the person a valid resident id names. */
export function ageOn(idNumber: string, today: string): number {
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) >= birth.slice(5) ? years : years - 1;
}
