import type { FormInstance } from "antd";
import { ApiError, errorMessage, fieldPath, type T } from "./errors";

/**
 * A refusal shown on the form field it is about. A business refusal (OUT_OF_STOCK,
 * REFUND_EXCEEDS_PAYMENT, DUPLICATE…) carries its Chinese explanation in its message, not in its
 * details: that message goes under the field. Returns false when the error names no field of the form.
 */
export function refusalOnField(error: unknown, form: FormInstance, t: T, language: string): boolean {
  if (!(error instanceof ApiError) || !error.body?.details?.length || error.body.code === "VALIDATION_FAILED") return false;
  const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
  const detail = error.body.details.find((d) => d.path && known.has(String(fieldPath(d.path)[0])));
  if (!detail?.path) return false;
  form.setFields([{ name: fieldPath(detail.path), errors: [errorMessage(error, t, language)] }]);
  return true;
}
