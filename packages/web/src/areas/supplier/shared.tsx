import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import type { T } from "../../api/errors";
import type { paths } from "../../api/schema";
import type { Product } from "../../api/types";
import { ColoredTag, PRODUCT_STATUS_COLORS, TAG_COLORS } from "../../components/ColoredTag";
import { daysUntil, formatCalendar } from "../../lib/dates";

export { refusalOnField } from "../../api/refusal-on-field";
export { daysUntil };

export type SupplierItem = NonNullable<paths["/suppliers"]["get"]["responses"][200]["content"]["application/json"]>["items"][number];
export type ProductStatus = Product["status"];

/** Certificates ending within this many days are flagged. */
export const EXPIRY_WARNING_DAYS = 30;
/** The supplier's own list is read whole (a supplier has tens of products), up to this many. */
export const MAX_PRODUCTS = 500;

/** The suppliers this account works for (GET /suppliers answers a supplier's staff with theirs). */
export function useMySuppliers() {
  return useQuery({
    queryKey: ["supplier", "mine"],
    staleTime: 300_000,
    queryFn: async () => {
      const out: SupplierItem[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await call(client.GET("/suppliers", { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        out.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return out;
    },
  });
}

/** A supplier's products in every state, newest first, page by page up to MAX_PRODUCTS. */
export function useSupplierProducts(supplierId: string | undefined) {
  return useQuery({
    queryKey: ["supplier", "products", supplierId],
    enabled: !!supplierId,
    queryFn: async () => {
      const out: Product[] = [];
      let cursor: string | undefined;
      let more = false;
      while (out.length < MAX_PRODUCTS) {
        const page = await call(
          client.GET("/suppliers/{supplierId}/products", {
            params: { path: { supplierId: supplierId! }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        );
        out.push(...page.items);
        more = !!page.nextCursor;
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return { items: out, capped: more };
    },
  });
}

/** A listed product whose certificate ends within EXPIRY_WARNING_DAYS. */
export const expiresSoon = (p: Product) =>
  p.status === "listed" && !!p.certification && daysUntil(p.certification.validUntil) <= EXPIRY_WARNING_DAYS;

export function StatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation("supplier");
  return (
    <ColoredTag testId="product-status" colors={PRODUCT_STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </ColoredTag>
  );
}

/** 「证书将于X天后到期」 for a listed product within the warning window; nothing otherwise. */
export function ExpiryTag({ product }: { product: Product }) {
  const { t } = useTranslation("supplier");
  if (!expiresSoon(product)) return null;
  const days = daysUntil(product.certification!.validUntil);
  return (
    <ColoredTag testId="expiry-warning" colors={TAG_COLORS.warning}>
      {days === 0 ? t("expiry.today") : t("expiry.inDays", { count: days })}
    </ColoredTag>
  );
}

/** The alert text for a product's certificate: soon expiring, or expired; undefined when neither. */
export function expiryMessage(product: Product, t: T, language: string): { type: "warning" | "error"; text: string } | undefined {
  const c = product.certification;
  if (!c) return undefined;
  const date = formatCalendar(c.validUntil, language);
  if (product.status === "expired") return { type: "error", text: t("expiry.expiredBody", { name: product.name, date }) };
  if (!expiresSoon(product)) return undefined;
  const count = daysUntil(c.validUntil);
  return { type: "warning", text: t(count === 0 ? "expiry.alertToday" : "expiry.alertBody", { name: product.name, date, count }) };
}
