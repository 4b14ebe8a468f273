import { type CreditCodeIssue, creditCodeIssue } from "@fupin/core/enterprises/credit-code";

/** What to tell the person typing a credit code: an issue found so far (or null), and whether the code is complete and valid. */
export interface Hint {
  issue: CreditCodeIssue | null;
  valid: boolean;
}

/**
 * The platform's own check (GB 32100), applied as the code is typed: a complete code is checked
 * whole; a partial one only for what its typed characters already get wrong (a character outside
 * the code's alphabet, a non-digit in the division code), by checking it padded with zeros and
 * keeping only an issue inside what was typed.
 */
export function creditCodeHint(value: string): Hint {
  if (value.length >= 18) {
    const issue = creditCodeIssue(value);
    return { issue, valid: issue === null };
  }
  const issue = creditCodeIssue(value.padEnd(18, "0"));
  if (issue?.kind === "character" && issue.position <= value.length) return { issue, valid: false };
  if (issue?.kind === "division" && /\D/.test(value.slice(2, 8))) return { issue, valid: false };
  return { issue: null, valid: false };
}

/** The i18n key and values of an issue (texts under `creditCode.`). */
export const issueText = (issue: CreditCodeIssue): [string, Record<string, unknown>] => {
  switch (issue.kind) {
    case "length":
      return ["creditCode.length", { length: issue.length }];
    case "character":
      return ["creditCode.character", { position: issue.position, character: issue.character }];
    default:
      return [`creditCode.${issue.kind}`, {}];
  }
};
