import { Tag } from "antd";
import type { ReactNode } from "react";
import type { OrderStatus, Product } from "../api/types";

/** Text, background, border: darker text than antd's presets, for WCAG AA contrast. */
export type TagColors = readonly [string, string, string];

export const TAG_COLORS = {
  waiting: ["#874d00", "#fffbe6", "#ffe58f"],
  good: ["#135200", "#f6ffed", "#b7eb8f"],
  bad: ["#a8071a", "#fff1f0", "#ffa39e"],
  info: ["#10239e", "#f0f5ff", "#adc6ff"],
  closed: ["#434343", "#fafafa", "#d9d9d9"],
  returned: ["#391085", "#f9f0ff", "#d3adf7"],
  warning: ["#ad2102", "#fff2e8", "#ffbb96"],
} as const satisfies Record<string, TagColors>;

export const ORDER_STATUS_COLORS: Record<OrderStatus, TagColors> = {
  pending_payment: TAG_COLORS.waiting,
  paid: TAG_COLORS.good,
  payment_failed: TAG_COLORS.bad,
  cancelled: TAG_COLORS.closed,
  partially_refunded: TAG_COLORS.returned,
  refunded: TAG_COLORS.returned,
};

export const PRODUCT_STATUS_COLORS: Record<Product["status"], TagColors> = {
  pending_certification: TAG_COLORS.waiting,
  listed: TAG_COLORS.good,
  expired: TAG_COLORS.bad,
  not_yet_valid: TAG_COLORS.info,
};

/** A tag in colours of our own (antd's presets are too light to read on a phone in the sun). */
export function ColoredTag({
  colors: [color, background, borderColor],
  testId,
  children,
}: {
  colors: TagColors;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Tag data-testid={testId} style={{ marginInlineEnd: 0, color, background, borderColor }}>
      {children}
    </Tag>
  );
}
