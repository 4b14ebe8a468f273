import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { DomainError, ErrorKind } from "@fupin/core/platform/errors";

export type ApiResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number };

const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

export const json = (statusCode: number, body: unknown): ApiResponse => ({
  statusCode,
  headers: JSON_TYPE,
  body: JSON.stringify(body),
});

export const ok = (body: unknown) => json(200, body);
export const created = (body: unknown) => json(201, body);

export const csv = (body: string, filename: string): ApiResponse => ({
  statusCode: 200,
  headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  body,
});

/** The one mapping from error kind to HTTP status. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rule: 422,
  unavailable: 503,
};

export function errorResponse(error: DomainError): ApiResponse {
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  const response = json(STATUS_BY_KIND[error.kind], body);
  if (error.retryAfterSeconds !== undefined) response.headers = { ...response.headers, "retry-after": String(error.retryAfterSeconds) };
  return response;
}

export function internalErrorResponse(requestId: string): ApiResponse {
  return json(500, { error: { code: "INTERNAL", message: `Something went wrong on our side; quote request ${requestId}` } });
}
