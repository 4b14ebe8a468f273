import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type ApiErrorBody, detailMessage, errorMessage, fieldPath, type T } from "./errors";

/**
 * The platform's error catalog (@fupin/core/platform/error-messages), loaded on the first failure
 * that needs it: it words a refusal's details in Chinese, which the API sends in English (its
 * `message` it already sends in the asked language).
 */
type Catalog = typeof import("@fupin/core/platform/error-messages");
let catalog: Promise<Catalog | null> | undefined;
const loadCatalog = () => (catalog ??= import("@fupin/core/platform/error-messages").catch(() => null));

const CJK = /[\u3400-\u9fff]/;

/**
 * Shows a failure: on the form's fields its details name (when given a form holding them), else as
 * a toast. `prefix` is the part of a detail's path above the form's own fields (e.g. "card" for a
 * form of the card's fields, whose details read body.card.number).
 */
export function useShowError() {
  const { message } = App.useApp();
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance, prefix?: string) => {
      const language = i18n.language === "en" ? "en" : "zh-CN";
      void (async () => {
        const body: ApiErrorBody | null = error instanceof ApiError ? error.body : null;
        const zhCatalog = language === "zh-CN" && body ? await loadCatalog() : null;
        if (form && body?.details?.length) {
          const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
          const fields = body.details.flatMap((d) => {
            if (!d.path) return [];
            let name = fieldPath(d.path);
            if (prefix && name[0] === prefix) name = name.slice(1);
            const text = zhCatalog && !CJK.test(d.message) ? zhCatalog.detailMessage(d, "zh-CN") : detailMessage(d, t as T, language);
            return known.has(String(name[0])) ? [{ name, errors: [text] }] : [];
          });
          if (fields.length) {
            form.setFields(fields);
            return;
          }
        }
        // A Chinese reader given an English message (a gateway's own refusal): the catalog's words for its code.
        const text =
          zhCatalog && body && !CJK.test(body.message) && zhCatalog.isErrorCode(body.code)
            ? zhCatalog.chineseMessage(body)
            : errorMessage(error, t as T, language);
        void message.error(text);
      })();
    },
    [message, t, i18n.language],
  );
}
