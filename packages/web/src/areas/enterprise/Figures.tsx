import { Card, Col, Row, Statistic, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatYuan } from "../../lib/money";
import { DeliveryProgress } from "./labels";

export interface FigureValues {
  committedFen: number;
  deliveredFen: number;
  peopleHelped: number;
  /** Enterprise figures: villages and pairings; a pairing's: its ledger entries. */
  villages?: number;
  pairings?: number;
  activePairings?: number;
  contributions?: number;
}

/** Committed and delivered money in 元, the share delivered, people helped, and counts. */
export function Figures({ values, testId }: { values: FigureValues; testId?: string }) {
  const { t } = useTranslation("enterprise");
  const cards: { key: string; title: string; value: string | number; suffix?: string; extra?: ReactNode }[] = [
    { key: "committed", title: t("figures.committed"), value: formatYuan(values.committedFen) },
    {
      key: "delivered",
      title: t("figures.delivered"),
      value: formatYuan(values.deliveredFen),
      extra: <DeliveryProgress deliveredFen={values.deliveredFen} committedFen={values.committedFen} />,
    },
    { key: "peopleHelped", title: t("figures.peopleHelped"), value: values.peopleHelped, suffix: t("figures.people") },
  ];
  if (values.villages !== undefined)
    cards.push({ key: "villages", title: t("figures.villages"), value: values.villages, suffix: t("figures.units") });
  if (values.pairings !== undefined)
    cards.push({
      key: "pairings",
      title: t("figures.pairings"),
      value: values.pairings,
      suffix: t("figures.units"),
      extra: <Typography.Text type="secondary">{t("figures.activeOf", { count: values.activePairings ?? 0 })}</Typography.Text>,
    });
  if (values.contributions !== undefined)
    cards.push({ key: "contributions", title: t("figures.contributions"), value: values.contributions, suffix: t("figures.items") });
  return (
    <Row gutter={[12, 12]} data-testid={testId} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={cards.length > 4 ? 4 : 6} style={{ flexGrow: 1 }}>
          <Card size="small" style={{ height: "100%" }} data-testid={`figure-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} valueStyle={{ fontSize: 20 }} />
            {c.extra}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
