import { useTranslation } from "react-i18next";
import { ColoredTag, TAG_COLORS, type TagColors } from "../../components/ColoredTag";
import type { AssessmentStatus, HouseholdCategory, MonitoringStatus } from "./types";

const HOUSEHOLD_STATUS_COLORS: Record<MonitoringStatus, TagColors> = {
  registered: TAG_COLORS.closed,
  identifying: TAG_COLORS.waiting,
  monitored: TAG_COLORS.bad,
  removing: TAG_COLORS.info,
  removed: TAG_COLORS.good,
};

/** A household's place in monitoring: 已登记, 识别中, 监测对象, 风险消除中, 已消除风险. */
export function StatusTag({ status, testId }: { status: MonitoringStatus; testId?: string }) {
  const { t } = useTranslation("monitoring");
  return (
    <ColoredTag colors={HOUSEHOLD_STATUS_COLORS[status]} testId={testId}>
      {t(`status.${status}`)}
    </ColoredTag>
  );
}

/** The household's monitoring category: 脱贫不稳定户, 边缘易致贫户, 突发严重困难户. */
export function CategoryTag({ category }: { category: HouseholdCategory }) {
  const { t } = useTranslation("monitoring");
  return <ColoredTag colors={TAG_COLORS.returned}>{t(`category.${category}`)}</ColoredTag>;
}

/** An h2 for a card's title, sized for a console. */
export const CardTitle = ({ children }: { children: string }) => <h2 style={{ fontSize: 16, margin: 0 }}>{children}</h2>;

const STATUS_COLORS: Record<AssessmentStatus, TagColors> = {
  opened: TAG_COLORS.waiting,
  visited: TAG_COLORS.waiting,
  village_reviewed: TAG_COLORS.waiting,
  noticed: TAG_COLORS.info,
  township_reviewed: TAG_COLORS.info,
  confirmed: TAG_COLORS.good,
  rejected: TAG_COLORS.bad,
  withdrawn: TAG_COLORS.closed,
};

/** Where an identification or removal stands: 待入户核实 … 已确认, 未通过, 已撤回. */
export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation("monitoring");
  return (
    <ColoredTag colors={STATUS_COLORS[status]} testId="assessment-status">
      {t(`assessmentStatus.${status}`)}
    </ColoredTag>
  );
}
