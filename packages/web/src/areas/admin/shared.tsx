import { Alert } from "antd";
import type { ReactNode } from "react";
import { ApiError, errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import type { paths } from "../../api/schema";
import type { OrderStatus, Product } from "../../api/types";
import { ColoredTag, ORDER_STATUS_COLORS, PRODUCT_STATUS_COLORS, TAG_COLORS } from "../../components/ColoredTag";
import { daysUntil } from "../../lib/dates";

export { refusalOnField } from "../../api/refusal-on-field";
export { daysUntil };

export type SupplierItem = NonNullable<paths["/suppliers"]["get"]["responses"][200]["content"]["application/json"]>["items"][number];

/** Every supplier (for naming them beside products), page by page up to a thousand. */
export function useAllSuppliers() {
  return useQuery({
    queryKey: ["admin", "suppliers", "all"],
    staleTime: 60_000,
    queryFn: async () => {
      const out: SupplierItem[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await call(client.GET("/suppliers", { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        out.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return new Map(out.map((s) => [s.supplierId, s]));
    },
  });
}

export function ProductStatusTag({ status }: { status: Product["status"] }) {
  const { t } = useTranslation("admin");
  return (
    <ColoredTag testId="product-status" colors={PRODUCT_STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </ColoredTag>
  );
}

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("admin");
  return (
    <ColoredTag testId="order-status" colors={ORDER_STATUS_COLORS[status]}>
      {t(`orderStatus.${status}`)}
    </ColoredTag>
  );
}

/** 「证书将于X天后到期」 in the warning colours. */
export function ExpiryTag({ validUntil }: { validUntil: string }) {
  const { t } = useTranslation("admin");
  const days = daysUntil(validUntil);
  return (
    <ColoredTag testId="expiry-warning" colors={TAG_COLORS.warning}>
      {days === 0 ? t("certify.expiresToday") : t("certify.expiresIn", { count: days })}
    </ColoredTag>
  );
}

/** The account ids the platform accepts (a token's sub). */
export const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A page whose record could not be read: its title, and why (gone, or the API's refusal) in the reader's language. */
export function LoadFailed({ error, title, back, notFound }: { error: Error; title: string; back: ReactNode; notFound: string }) {
  const { t, i18n } = useTranslation("admin");
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <>
      <PageTitle extra={back}>{title}</PageTitle>
      <Alert type="error" showIcon message={missing ? notFound : errorMessage(error, t as T, i18n.language)} />
    </>
  );
}
