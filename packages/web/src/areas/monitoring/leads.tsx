import { useTranslation } from "react-i18next";
import { ColoredTag, TAG_COLORS, type TagColors } from "../../components/ColoredTag";
import { daysUntil, formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import type { Lead, LeadStatus } from "./types";

const LEAD_STATUS_COLORS: Record<LeadStatus, TagColors> = {
  open: TAG_COLORS.waiting,
  assessing: TAG_COLORS.info,
  closed: TAG_COLORS.good,
  dismissed: TAG_COLORS.closed,
};

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation("monitoring");
  return (
    <ColoredTag colors={LEAD_STATUS_COLORS[status]} testId="lead-status">
      {t(`leadStatus.${status}`)}
    </ColoredTag>
  );
}

/** When the lead is due, as a township clerk needs to see it: overdue in red, due within three days in orange. */
export function DueTag({ lead }: { lead: Pick<Lead, "dueOn" | "overdue" | "status"> }) {
  const { t, i18n } = useTranslation("monitoring");
  if (lead.status !== "open" && lead.status !== "assessing") return null;
  const days = daysUntil(lead.dueOn);
  if (lead.overdue)
    return (
      <ColoredTag colors={TAG_COLORS.bad} testId="lead-due">
        {t("leads.overdueBy", { count: Math.max(1, -days) })}
      </ColoredTag>
    );
  return (
    <ColoredTag colors={days <= 3 ? TAG_COLORS.warning : TAG_COLORS.closed} testId="lead-due">
      {days === 0 ? t("leads.dueToday") : t("leads.dueIn", { count: days, date: formatCalendar(lead.dueOn, i18n.language) })}
    </ColoredTag>
  );
}

/** What a department's figures said: the cost or income against the threshold it crossed. */
export function useLeadFacts() {
  const { t } = useTranslation("monitoring");
  return (lead: Pick<Lead, "facts">): string | null => {
    const f = lead.facts;
    const parts: string[] = [];
    if (f.medicalCostFen !== null) parts.push(t("leads.medicalCost", { amount: formatYuan(f.medicalCostFen) }));
    if (f.perCapitaIncomeFen !== null) parts.push(t("leads.income", { amount: formatYuan(f.perCapitaIncomeFen) }));
    if (f.kind) parts.push(f.kind);
    if (f.thresholdFen !== null && f.rule) parts.push(t(`leads.threshold.${f.rule}`, { amount: formatYuan(f.thresholdFen) }));
    if (f.year !== null && parts.length) parts.push(t("leads.year", { year: f.year }));
    return parts.length ? parts.join(" · ") : null;
  };
}
