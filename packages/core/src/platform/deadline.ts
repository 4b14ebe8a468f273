/**
 * The time a request has left. A Lambda function is cut off at its timeout with no chance to undo
 * what it started, so calls to a provider are budgeted inside the remaining time, keeping back
 * what the function needs afterwards (to release a reservation and answer).
 */
export interface Deadline {
  /** Epoch milliseconds by which the request must have answered. */
  readonly at: number;
}

/** The timeout infra gives every function, and the local gateway's deadline: one number for both. */
export const FUNCTION_TIMEOUT_SECONDS = 15;

/** Without a Lambda context (scripts, jobs run by hand): the whole function timeout. */
export const DEFAULT_BUDGET_MS = FUNCTION_TIMEOUT_SECONDS * 1000;

export const deadlineIn = (ms: number, now = Date.now()): Deadline => ({ at: now + ms });

/** The deadline of an invocation, from anything shaped like a Lambda context (structurally: no Lambda types here). */
export const deadlineOf = (context?: { getRemainingTimeInMillis?: () => number }): Deadline =>
  deadlineIn(typeof context?.getRemainingTimeInMillis === "function" ? context.getRemainingTimeInMillis() : DEFAULT_BUDGET_MS);

export const remainingMs = (deadline: Deadline, now = Date.now()) => Math.max(0, deadline.at - now);

export interface CallBudget {
  /** Per attempt, as the provider SDK's request timeout. */
  timeoutMs: number;
  /** Retries the budget has room for. */
  retries: number;
  /** The whole budget, for a guard that does not trust the SDK's timer alone. */
  totalMs: number;
}

/** No attempt is worth starting with less than this. */
const MIN_ATTEMPT_MS = 1_000;
/** Room for the SDK's back-off between attempts. */
const BACKOFF_MS = 1_000;

/**
 * Splits what is left after `reserveMs` into attempts of at most `maxAttemptMs` each, with at most
 * `maxRetries` retries; undefined when not even one attempt fits.
 */
export function callBudget(
  deadline: Deadline,
  opts: { reserveMs: number; maxAttemptMs: number; maxRetries: number },
  now = Date.now(),
): CallBudget | undefined {
  const totalMs = remainingMs(deadline, now) - opts.reserveMs;
  if (totalMs < MIN_ATTEMPT_MS) return undefined;
  let retries = opts.maxRetries;
  while (retries > 0 && (totalMs - retries * BACKOFF_MS) / (retries + 1) < MIN_ATTEMPT_MS) retries--;
  const timeoutMs = Math.min(opts.maxAttemptMs, Math.floor((totalMs - retries * BACKOFF_MS) / (retries + 1)));
  return { timeoutMs, retries, totalMs };
}

export class DeadlineExceeded extends Error {
  override readonly name = "DeadlineExceeded";
}

/** Settles with `work`, or rejects with DeadlineExceeded after `ms`, whichever comes first. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
