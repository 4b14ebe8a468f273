/** A Stripe API error: its HTTP status and the body of Stripe's `{"error": …}` object. */
export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown> & { message: string },
  ) {
    super(body.message);
  }
}

export const invalid = (message: string, extra: Record<string, unknown> = {}) =>
  new StripeError(400, { type: "invalid_request_error", message, ...extra });

export const missing = (what: string, id: string, param = "id") =>
  new StripeError(404, { type: "invalid_request_error", code: "resource_missing", param, message: `No such ${what}: '${id}'` });
