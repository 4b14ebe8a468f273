/**
 * 18-character unified social credit code (统一社会信用代码), GB 32100-2015:
 * 1 registration authority code, 1 organisation type, 6-digit administrative
 * division code, 9-character organisation code (GB 11714), 1 check character.
 *
 * Only the structure and the final check character are enforced: the lists of
 * authority and type codes grow over time, so they are not hard-coded here.
 */

/** 31 characters: digits and uppercase letters without I, O, Z, S, V (easily misread). */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** 3^i mod 31 for i = 0..16. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError("expected exactly 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`character ${i + 1} is not in the credit code charset`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Trims surrounding whitespace and uppercases; the code has no lowercase letters. */
export function normalizeCreditCode(s: string): string {
  return s.trim().toUpperCase();
}

/** Why a string is not a valid credit code, in English, or null when it is valid. Expects the normalised form. */
export function creditCodeProblem(s: string): string | null {
  if (s.length !== 18) return `must be 18 characters, got ${s.length}`;
  for (let i = 0; i < 18; i++) {
    const ch = s.charAt(i);
    if (!CHARSET.includes(ch)) {
      return `character ${i + 1} ("${ch}") is not allowed: use digits and uppercase letters other than I, O, Z, S, V`;
    }
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) return "characters 3-8 must be the 6-digit administrative division code";
  if (s.charAt(17) !== creditCodeCheckChar(s.slice(0, 17))) {
    return "the check character does not match (mistyped character?)";
  }
  return null;
}

export function isValidCreditCode(s: string): boolean {
  return creditCodeProblem(s) === null;
}
