import type { FormInstance } from "antd";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, errorMessage, fieldPath, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";

/**
 * A refusal of a form's submission, shown where the user will look: a validation failure on the
 * fields it names (the console's words for each issue); a business refusal that names a field of
 * the form (DUPLICATE on body.idNumber) under that field in the API's own Chinese message; anything
 * else returned for an inline alert (and null when it was placed on the form).
 */
export function useFormError() {
  const showError = useShowError();
  const { t, i18n } = useTranslation("claims");
  return useCallback(
    (error: unknown, form: FormInstance): string | null => {
      if (error instanceof ApiError && error.body?.code === "VALIDATION_FAILED") {
        showError(error, form);
        return null;
      }
      const message = errorMessage(error, t as T, i18n.language);
      if (error instanceof ApiError && error.body?.details?.length) {
        const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
        const named = error.body.details.find((d) => d.path && known.has(String(fieldPath(d.path)[0])));
        if (named?.path && error.body.code === "DUPLICATE") {
          form.setFields([{ name: fieldPath(named.path), errors: [message] }]);
          return null;
        }
      }
      return message;
    },
    [showError, t, i18n.language],
  );
}

/** The value once it has stopped changing for `ms` (a live preview should not ask on every keystroke). */
export function useDebounced<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
