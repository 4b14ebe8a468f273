import type { Actor } from "./actor";
import type { Clock } from "./clock";
import type { Db } from "./db";
import type { Deadline } from "./deadline";

/**
 * What every public domain function takes after its input (`fn(input, ctx)`): who acts, and the
 * collaborators a test or the local runtime may swap (the store, the clock, the request's deadline).
 */
export interface Ctx {
  actor?: Actor | undefined;
  store?: Db;
  clock?: Clock;
  deadline?: Deadline;
}

/** A context in which someone acts. */
export type ActorCtx = Ctx & { actor: Actor };
