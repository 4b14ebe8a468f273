/**
 * Typed domain errors. Domain code throws these for expected failures; the HTTP
 * layer maps `kind` to a status in one place. Anything else is an internal error.
 */
export type ErrorKind =
  | "validation" // 400
  | "unauthenticated" // 401
  | "forbidden" // 403
  | "not_found" // 404
  | "conflict" // 409
  | "gone" // 410: a retired route; the code says what replaced it
  | "too_large" // 413
  | "rule" // 422
  | "unavailable"; // 503: a provider we depend on (Stripe, DynamoDB) did not answer

export interface ErrorDetail {
  path?: string;
  message: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    /** For "unavailable": when a retry may succeed, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const validationFailed = (message: string, details?: ErrorDetail[]) =>
  new DomainError("validation", "VALIDATION_FAILED", message, details);

/** `resource` names what is missing (lower-case, e.g. "product") so a client can say it in its reader's language. */
export const notFound = (what: string, id: string) =>
  new DomainError("not_found", "NOT_FOUND", `${what} ${id} was not found`, [{ message: "not found", resource: what.toLowerCase(), id }]);

/** `details` say which rule refused (e.g. `requiredRoles`), for a message in the reader's language. */
export const forbidden = (message: string, code = "FORBIDDEN", details?: ErrorDetail[]) =>
  new DomainError("forbidden", code, message, details);

export const unauthenticated = (message = "A valid bearer token is required") =>
  new DomainError("unauthenticated", "UNAUTHENTICATED", message);

export const conflict = (code: string, message: string, details?: ErrorDetail[]) => new DomainError("conflict", code, message, details);

export const ruleViolated = (code: string, message: string, details?: ErrorDetail[]) => new DomainError("rule", code, message, details);

/** A body field names something that does not exist: a business-rule refusal (422), not a 404 of the route. */
export const referenceNotFound = (field: string, what: string, value: string) =>
  ruleViolated("REFERENCE_NOT_FOUND", `${what} ${value} does not exist`, [
    { path: field, message: `unknown ${what.toLowerCase()}`, resource: what.toLowerCase(), id: value },
  ]);

/** Something we depend on did not answer in time: nothing was done, and a retry later may succeed. */
export const unavailable = (code: string, message: string, retryAfterSeconds = 5) =>
  new DomainError("unavailable", code, message, undefined, retryAfterSeconds);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
