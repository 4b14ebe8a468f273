/** The API's refusal body: `{ error: { code, message, details? } }`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: ApiErrorDetail[];
}

/** A field at fault: `path` (body.items.0.quantity), an English `message`, and for VALIDATION_FAILED the `issue` by name. */
export interface ApiErrorDetail {
  path?: string;
  message: string;
  issue?: string;
  /** Figures of the refusal (minimum, maximum, amounts in fen…), as the API sends them. */
  [figure: string]: unknown;
}

/** A failed call: `status` null when nothing answered; `body` null when the answer carried no API error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number | null,
    readonly body: ApiErrorBody | null,
  ) {
    super(body ? `${body.code}: ${body.message}` : status ? `HTTP ${status}` : "network error");
  }
}

export function errorFromResponse(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: unknown } | null | undefined)?.error;
  const body =
    error &&
    typeof error === "object" &&
    typeof (error as ApiErrorBody).code === "string" &&
    typeof (error as ApiErrorBody).message === "string"
      ? (error as ApiErrorBody)
      : null;
  return new ApiError(status, body);
}

const CJK = /[\u3400-\u9fff]/;

export type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * What to tell the user about a failure. The API's own `message` when it answered one in the
 * user's language (the client asks with Accept-Language); the console's text for a failure with no
 * API body (network down, a gateway's 502/503/504) and for an English message to a Chinese reader.
 */
export function errorMessage(error: unknown, t: T, language: string): string {
  if (!(error instanceof ApiError)) return t("common:errors.unexpected");
  const { status, body } = error;
  if (status === null) return t("common:errors.network");
  if (status === 401) return t("common:errors.unauthenticated");
  if (body && (language === "en" || CJK.test(body.message))) return body.message;
  if (status === 502 || status === 503 || status === 504) return t("common:errors.unavailable");
  if (status === 403) return t("common:errors.forbidden");
  if (status === 404) return t("common:errors.notFound");
  if (body?.code === "VALIDATION_FAILED") return t("common:errors.validation");
  return body ? t("common:errors.withCode", { code: body.code }) : t("common:errors.unexpected");
}

/** Issues the console words itself for a field (the API's detail messages are English); others read as "invalid". */
const FIELD_ISSUES = ["required", "too_small", "too_big", "invalid_format", "not_one_of", "invalid_type", "blank"];

/** What to show under a field a refusal names: the detail's own message in English or when it is Chinese, else the console's words for its issue. */
export function detailMessage(detail: ApiErrorDetail, t: T, language: string): string {
  if (language === "en" || CJK.test(detail.message)) return detail.message;
  return t(`common:errors.field.${detail.issue && FIELD_ISSUES.includes(detail.issue) ? detail.issue : "invalid"}`);
}

/** `body.items.0.quantity` → ["items", 0, "quantity"], the Form field a detail names. */
export function fieldPath(path: string): (string | number)[] {
  return path
    .split(".")
    .filter((p, i) => !(i === 0 && (p === "body" || p === "query" || p === "path")))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
