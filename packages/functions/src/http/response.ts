import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { DomainError, ErrorKind } from "@fupin/core/platform/errors";
import { type ApiError, localizeError } from "@fupin/core/platform/error-messages";
import { DEFAULT_LANGUAGE, type Language } from "@fupin/core/platform/language";

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

/** A binary file (an XLSX export): API Gateway takes binary bodies base64-encoded, flagged isBase64Encoded; so does the local gateway. */
export const file = (body: Buffer, contentType: string, filename: string): ApiResponse => ({
  statusCode: 200,
  headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"` },
  body: body.toString("base64"),
  isBase64Encoded: true,
});

/** The one mapping from error kind to HTTP status. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rule: 422,
  unavailable: 503,
};

/**
 * An error body in the language the request asked for (only `message` changes), saying which it
 * is in, and that it depends on Accept-Language, so a cache never serves one reader's language to another.
 */
export function errorJson(statusCode: number, error: ApiError, lang: Language = DEFAULT_LANGUAGE): ApiResponse {
  const body = localizeError(
    { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
    lang,
  );
  const response = json(statusCode, body);
  response.headers = { ...response.headers, "content-language": lang, vary: "accept-language" };
  return response;
}

export function errorResponse(error: DomainError, lang: Language = DEFAULT_LANGUAGE): ApiResponse {
  const response = errorJson(STATUS_BY_KIND[error.kind], error, lang);
  if (error.retryAfterSeconds !== undefined) response.headers = { ...response.headers, "retry-after": String(error.retryAfterSeconds) };
  return response;
}

export function internalErrorResponse(requestId: string, lang: Language = DEFAULT_LANGUAGE): ApiResponse {
  const error = {
    code: "INTERNAL",
    message: `Something went wrong on our side; quote request ${requestId}`,
    details: [{ message: "quote this request id", requestId }],
  };
  return errorJson(500, error, lang);
}
