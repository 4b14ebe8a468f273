import { Progress, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ColoredTag, TAG_COLORS, type TagColors } from "../../components/ColoredTag";
import type { Pairing, SupportType } from "./types";

const STATUS_COLORS: Record<Pairing["status"], TagColors> = { active: TAG_COLORS.good, ended: TAG_COLORS.closed };

export function PairingStatusTag({ status }: { status: Pairing["status"] }) {
  const { t } = useTranslation("enterprise");
  return (
    <ColoredTag testId="pairing-status" colors={STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </ColoredTag>
  );
}

export function SupportTypeTags({ types }: { types: readonly SupportType[] }) {
  const { t } = useTranslation("enterprise");
  return (
    <span style={{ display: "inline-flex", flexWrap: "wrap", gap: 4 }}>
      {types.map((type) => (
        <Tag key={type} style={{ marginInlineEnd: 0, color: "#820014", background: "#fff1f0", borderColor: "#ffa39e" }}>
          {t(`supportType.${type}`)}
        </Tag>
      ))}
    </span>
  );
}

/** Delivered as a share of committed, rounded down to a whole percent (100 at most shown as full). */
export function deliveredPercent(deliveredFen: number, committedFen: number): number {
  if (committedFen <= 0) return deliveredFen > 0 ? 100 : 0;
  return Math.min(100, Math.floor((deliveredFen * 100) / committedFen));
}

export function DeliveryProgress({ deliveredFen, committedFen }: { deliveredFen: number; committedFen: number }) {
  const { t } = useTranslation("enterprise");
  const percent = deliveredPercent(deliveredFen, committedFen);
  return (
    <Progress
      percent={percent}
      size="small"
      strokeColor="#c41d1d"
      format={() => `${percent}%`}
      aria-label={t("figures.progressOf", { percent })}
    />
  );
}
