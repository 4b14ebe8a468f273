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

/** Why a string is not acceptable text, or undefined when it is. */
export function textProblem(value: string, { multiline = false }: TextOptions = {}): string | undefined {
  if (LONE_SURROGATE.test(value)) return "must not contain unpaired surrogates";
  if (CONTROL.test(value) || (!multiline && LINE_BREAKS.test(value))) return "must not contain control characters or line breaks";
  if (BIDI.test(value)) return "must not contain bidirectional control characters";
  if (NON_TEXT.test(value)) return "must not contain a byte-order mark or non-characters";
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
      const problem = textProblem(ctx.value, options);
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value, continue: false });
    })
    .overwrite((s) => s.normalize("NFC").replace(EDGE_INVISIBLE, ""))
    .min(1, { error: "must not be empty", abort: true })
    .refine((s) => s.replace(INVISIBLE, "") !== "", { error: "must not be blank" })
    .max(max, { error: `must be at most ${max} characters` });

/** A note or reason: text that may span lines. */
export const note = (max = 1000) => text(max, { multiline: true });

export const id = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: "must be an id" });

export const calendarDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date YYYY-MM-DD" })
    .refine(isCalendarDate, { error: "must be a real calendar date" });

export const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "must be a month YYYY-MM" });

export const count = (max = 1_000_000_000) => z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(0).max(max);
