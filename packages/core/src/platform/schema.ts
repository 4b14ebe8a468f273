import { z } from "zod";
import { isCalendarDate } from "./clock";

/** Shared zod building blocks, so every route validates the same things the same way. */

/** C0/C1 controls and DEL; a multi-line text keeps line feeds and tabs (CR LF becomes LF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const LINE_BREAKS = /[\n\t]/u;
/** Bidi embeddings, overrides, isolates and marks: they reorder what a reader sees ("Trojan Source"). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Half of a UTF-16 surrogate pair with no other half: not a character at all. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** The byte-order mark and non-characters never belong inside a text. */
const NON_TEXT = /[\uFEFF\uFFFE\uFFFF]/u;
/** What renders as nothing: whitespace, format characters (zero-width space, joiners) and the fillers. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each listed character is matched alone, joiners included
const INVISIBLE = /[\p{White_Space}\p{Cf}\u034F\u115F\u1160\u2800\u3164\uFFA0]/gu;
const EDGE_INVISIBLE = new RegExp(`^${INVISIBLE.source}+|${INVISIBLE.source}+$`, "gu");

export interface TextOptions {
  /** Notes and reasons may span lines; names and labels may not. */
  multiline?: boolean;
}

/** What can be wrong with a text, by name: the name travels in a refusal's details (`issue`), the sentence in its message. */
export type TextIssue = "unpaired_surrogates" | "control_characters" | "bidi_controls" | "non_characters" | "blank";

/** Why a string is not acceptable text, named and in words, or undefined when it is. */
export function textIssue(value: string, { multiline = false }: TextOptions = {}): { issue: TextIssue; message: string } | undefined {
  if (LONE_SURROGATE.test(value)) return { issue: "unpaired_surrogates", message: "must not contain unpaired surrogates" };
  if (CONTROL.test(value) || (!multiline && LINE_BREAKS.test(value)))
    return { issue: "control_characters", message: "must not contain control characters or line breaks" };
  if (BIDI.test(value)) return { issue: "bidi_controls", message: "must not contain bidirectional control characters" };
  if (NON_TEXT.test(value)) return { issue: "non_characters", message: "must not contain a byte-order mark or non-characters" };
  return undefined;
}

/**
 * The one schema for user-supplied text: NFC-normalised, trimmed of whitespace and invisible
 * characters at both ends, free of controls, bidi overrides and lone surrogates, and never blank.
 */
export const text = (max = 100, options: TextOptions = {}) =>
  z
    .string({ error: "must be a string" })
    .overwrite((s) => s.replace(/\r\n?/g, "\n"))
    .check((ctx) => {
      const problem = textIssue(ctx.value, options);
      if (problem)
        ctx.issues.push({ code: "custom", message: problem.message, params: { issue: problem.issue }, input: ctx.value, continue: false });
    })
    .overwrite((s) => s.normalize("NFC").replace(EDGE_INVISIBLE, ""))
    .min(1, { error: "must not be empty", abort: true })
    .refine((s) => s.replace(INVISIBLE, "") !== "", { error: "must not be blank", params: { issue: "blank" } })
    .max(max, { error: `must be at most ${max} characters` });

/** A note or reason: text that may span lines. */
export const note = (max = 1000) => text(max, { multiline: true });

/**
 * The formats strings are held to, by name: a refusal names the format (`format: "date"`) so a
 * client can explain it, where zod alone would show the regular expression.
 */
export const PATTERNS = {
  id: /^[A-Za-z0-9_-]+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  idempotency_key: /^[\x21-\x7e]{8,255}$/,
} as const;
export type PatternName = keyof typeof PATTERNS;

/** The name of a pattern as zod reports it in an issue (`String(regex)`), or undefined for one not listed. */
export function patternName(pattern: unknown): PatternName | undefined {
  return (Object.keys(PATTERNS) as PatternName[]).find((name) => String(PATTERNS[name]) === pattern);
}

export const id = () => z.string().trim().min(1).max(64).regex(PATTERNS.id, { error: "must be an id" });

export const calendarDate = () =>
  z
    .string()
    .regex(PATTERNS.date, { error: "must be a date YYYY-MM-DD" })
    .refine(isCalendarDate, { error: "must be a real calendar date", params: { issue: "not_a_calendar_date" } });

export const month = () => z.string().regex(PATTERNS.month, { error: "must be a month YYYY-MM" });

export const count = (max = 1_000_000_000) => z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(0).max(max);
