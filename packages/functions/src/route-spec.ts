import { z } from "zod";
import type { Role } from "@fupin/core/platform/actor";
import type { ContextName } from "./routes";

/**
 * The shape of a row of the route table (routes.ts).
 *
 * access: "public" needs no token; "optional" needs none but honours a valid one (an admin sees
 * unlisted products); a role list needs a token with one of those roles.
 */
export type Access = "public" | "optional" | readonly Role[];
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteSpec {
  readonly method: Method;
  readonly path: string;
  readonly context: ContextName;
  readonly access: Access;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: z.ZodType;
  readonly status?: number;
  /** The status of a replay: a retry under the same Idempotency-Key answers the earlier result with it (200 where `status` is 201). */
  readonly replayStatus?: number;
  /** Responds with text/csv as well when asked with `Accept: text/csv`. */
  readonly csv?: boolean;
  /** Answers a file, not JSON: the media types it may answer (e.g. text/csv and XLSX exports, chosen by `?format=`). */
  readonly download?: readonly string[];
  /** The `Idempotency-Key` header: required (400 IDEMPOTENCY_KEY_REQUIRED without it) or optional. */
  readonly idempotencyKey?: "required" | "optional";
  /** Retired: kept only so old clients get 410 with a code naming what replaced it, never a success (documented as deprecated). */
  readonly retired?: true;
}

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
