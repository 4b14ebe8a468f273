import { useTranslation } from "react-i18next";
import { ColoredTag, TAG_COLORS, type TagColors } from "../../../components/ColoredTag";
import type { LineOutcome, PaymentBatchSummary } from "./types";

const OUTCOME_COLORS: Record<LineOutcome, TagColors> = {
  pending: TAG_COLORS.waiting,
  sent: TAG_COLORS.info,
  succeeded: TAG_COLORS.good,
  returned: TAG_COLORS.bad,
};

export function OutcomeTag({ outcome }: { outcome: LineOutcome }) {
  const { t } = useTranslation("claims", { keyPrefix: "payments" });
  return <ColoredTag colors={OUTCOME_COLORS[outcome]}>{t(`outcome.${outcome}`)}</ColoredTag>;
}

export function BatchStatusTag({ status }: { status: PaymentBatchSummary["status"] }) {
  const { t } = useTranslation("claims", { keyPrefix: "payments" });
  return <ColoredTag colors={status === "open" ? TAG_COLORS.info : TAG_COLORS.good}>{t(`status.${status}`)}</ColoredTag>;
}
