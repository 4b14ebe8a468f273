import { z } from "zod";
import { isCalendarDate } from "./clock";

/** Shared zod building blocks, so every route validates the same things the same way. */
export const text = (max = 100) =>
  z
    .string({ error: "must be a string" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });

export const id = () => z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "must be an id" });

export const calendarDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date YYYY-MM-DD" })
    .refine(isCalendarDate, { error: "must be a real calendar date" });

export const month = () =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "must be a month YYYY-MM" });

export const count = (max = 1_000_000_000) =>
  z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(0).max(max);
