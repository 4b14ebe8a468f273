import type { z } from "zod";
import type { ErrorDetail } from "./errors";
import { patternName } from "./schema";

/**
 * What is wrong with one field of a refused request, by name: VALIDATION_FAILED details carry it
 * as `issue`, beside the field's `path` and an English `message`, so a client can say it in its
 * reader's language (error-messages.ts does, in Chinese). Figures travel beside it: `minimum` and
 * `maximum` with `origin` (string: characters, array: items, number: value), `expected`, `values`,
 * `format`, `keys`, `other` (the field it is compared with).
 */
export type ValidationIssue =
  | "required"
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "not_one_of"
  | "invalid_format"
  | "not_multiple_of"
  | "unknown_fields"
  | "invalid"
  // text (platform/schema.ts)
  | "unpaired_surrogates"
  | "control_characters"
  | "bidi_controls"
  | "non_characters"
  | "blank"
  // named checks
  | "not_a_calendar_date"
  | "in_future"
  | "resident_id"
  | "credit_code"
  | "account_number"
  | "mobile_phone"
  | "repeated"
  | "no_change"
  | "exactly_one_of"
  | "not_both"
  | "before_other"
  | "after_other"
  | "exceeds_other"
  | "malformed_json"
  | "content_type"
  | "bad_encoding"
  | "invalid_cursor";

/** The figures an issue may carry, copied from zod's issue when present. */
const FIGURES = ["minimum", "maximum", "inclusive", "origin", "expected", "values", "keys", "divisor"] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Whether the request left out the value at this path (as opposed to sending a wrong one). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = input;
  for (const key of path) {
    if (!isRecord(at) || typeof key === "symbol" || !Object.hasOwn(at, key)) return true;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at === undefined;
}

function issueOf(i: z.core.$ZodIssue, input: unknown): ValidationIssue {
  switch (i.code) {
    case "invalid_type":
      return isMissing(input, i.path) ? "required" : "invalid_type";
    case "too_small":
    case "too_big":
    case "not_multiple_of":
    case "invalid_format":
      return i.code;
    case "invalid_value":
      return "not_one_of";
    case "unrecognized_keys":
      return "unknown_fields";
    case "custom": {
      const named = (i.params as { issue?: unknown } | undefined)?.issue;
      return typeof named === "string" ? (named as ValidationIssue) : "invalid";
    }
    default:
      return "invalid";
  }
}

/**
 * One detail per zod issue: the path (prefixed with where in the request it was: body, query,
 * path, headers.…), zod's English message and code as before, and the named issue with its figures.
 * The refused value itself is never copied: it may be a resident id.
 */
export function zodIssueDetails(where: string, error: z.ZodError, input: unknown): ErrorDetail[] {
  return error.issues.map((i) => {
    const detail: ErrorDetail = {
      path: [where, ...i.path.map(String)].join("."),
      message: i.message,
      code: i.code,
      issue: issueOf(i, input),
    };
    const raw = i as unknown as Record<string, unknown>;
    for (const figure of FIGURES) if (raw[figure] !== undefined) detail[figure] = raw[figure];
    if (i.code === "invalid_format") detail.format = patternName(i.pattern) ?? i.format;
    const params = i.code === "custom" && isRecord(i.params) ? i.params : {};
    for (const [key, value] of Object.entries(params)) if (key !== "issue" && !Object.hasOwn(detail, key)) detail[key] = value;
    return detail;
  });
}
