import { ColoredTag, ORDER_STATUS_COLORS } from "../../components/ColoredTag";
import { useTranslation } from "react-i18next";
import type { OrderStatus } from "../../api/types";

/** An order's status as a coloured tag with its Chinese (or English) label. */
export function StatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("buyer");
  return (
    <ColoredTag testId="order-status" colors={ORDER_STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </ColoredTag>
  );
}

/** The last characters of an order id: enough to tell orders apart on screen. */
export const shortId = (id: string) => id.slice(-8).toUpperCase();
