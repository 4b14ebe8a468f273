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

/**
 * What is wrong with a credit code, structurally, or null when it is valid (expects the normalised
 * form). The console words it in Chinese as the user types; creditCodeProblem words it in English.
 */
export type CreditCodeIssue =
  | { kind: "length"; length: number }
  /** `position` counts from 1. */
  | { kind: "character"; position: number; character: string }
  | { kind: "division" }
  | { kind: "check" };

export function creditCodeIssue(s: string): CreditCodeIssue | null {
  if (s.length !== 18) return { kind: "length", length: s.length };
  for (let i = 0; i < 18; i++) {
    const ch = s.charAt(i);
    if (!CHARSET.includes(ch)) return { kind: "character", position: i + 1, character: ch };
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { kind: "division" };
  if (s.charAt(17) !== creditCodeCheckChar(s.slice(0, 17))) return { kind: "check" };
  return null;
}

/** Why a string is not a valid credit code, in English, or null when it is valid. Expects the normalised form. */
export function creditCodeProblem(s: string): string | null {
  const issue = creditCodeIssue(s);
  switch (issue?.kind) {
    case undefined:
      return null;
    case "length":
      return `must be 18 characters, got ${issue.length}`;
    case "character":
      return `character ${issue.position} ("${issue.character}") is not allowed: use digits and uppercase letters other than I, O, Z, S, V`;
    case "division":
      return "characters 3-8 must be the 6-digit administrative division code";
    case "check":
      return "the check character does not match (mistyped character?)";
  }
}

export function isValidCreditCode(s: string): boolean {
  return creditCodeProblem(s) === null;
}
