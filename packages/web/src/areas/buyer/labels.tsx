import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { OrderStatus } from "../../api/types";

/** Text, background and border of each status: antd's preset tag colours are too pale for WCAG AA text, so darker text on the same tints. */
const COLORS: Record<OrderStatus, [string, string, string]> = {
  pending_payment: ["#874d00", "#fffbe6", "#ffe58f"],
  paid: ["#135200", "#f6ffed", "#b7eb8f"],
  payment_failed: ["#a8071a", "#fff1f0", "#ffa39e"],
  cancelled: ["#434343", "#fafafa", "#d9d9d9"],
  partially_refunded: ["#391085", "#f9f0ff", "#d3adf7"],
  refunded: ["#391085", "#f9f0ff", "#d3adf7"],
};

/** An order's status as a coloured tag with its Chinese (or English) label. */
export function StatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("buyer");
  return (
    <Tag
      data-testid="order-status"
      style={{ marginInlineEnd: 0, color: COLORS[status][0], background: COLORS[status][1], borderColor: COLORS[status][2] }}
    >
      {t(`status.${status}`)}
    </Tag>
  );
}

/** The last characters of an order id: enough to tell orders apart on screen. */
export const shortId = (id: string) => id.slice(-8).toUpperCase();
