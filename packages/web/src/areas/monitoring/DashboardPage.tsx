import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Empty, Form, Row, Select, Skeleton, Statistic, Table, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { CsvButton } from "../reports/CsvButton";
import { saveCsv } from "../reports/download";
import { MonthRange } from "../reports/MonthRange";
import { useUrlFilters } from "../reports/search-params";
import { SERIES_COLORS, type Series, SeriesChart } from "../reports/SeriesChart";
import { CardTitle } from "./labels";
import { CountyChooser, townshipsOf, useCountyVillages, useWorkCounty } from "./place";
import { CATEGORIES, type MonitoringReport, STATUSES } from "./types";

type TownshipRow = MonitoringReport["byTownship"][number];
type MeasureRow = MonitoringReport["measures"][number];

/**
 * The county's (or a township's) monitoring at a glance (GET /reports/monitoring): households by
 * status and category, the townships side by side, new, removed and overdue by month, measures by
 * type with their money; the same figures as CSV.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation("monitoring");
  const work = useWorkCounty();
  const villages = useCountyVillages(work.county);
  const [filters, set] = useUrlFilters(["township", "from", "to"] as const);
  const township = work.township ?? filters.township;
  const query = {
    ...(work.chosen && work.county ? { county: work.county } : {}),
    ...(township ? { township } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
  const report = useQuery({
    queryKey: ["reports", "monitoring", work.county, query],
    enabled: !!work.county,
    queryFn: () => call(client.GET("/reports/monitoring", { params: { query } })),
  });
  const r = report.data;
  const where = `${work.county ?? ""}${township ?? ""}`;

  return (
    <>
      <PageTitle
        extra={
          <CsvButton
            disabled={!r}
            download={() =>
              saveCsv(
                client.GET("/reports/monitoring", { params: { query }, headers: { accept: "text/csv" }, parseAs: "blob" }),
                `monitoring-${where}.csv`,
              )
            }
          />
        }
      >
        {work.county ? t("dashboard.title", { where }) : t("dashboard.titleNoCounty")}
      </PageTitle>
      <Typography.Paragraph type="secondary">
        {t("dashboard.intro")}
        {r && (
          <>
            {" "}
            {t("dashboard.period", {
              from: formatCalendar(r.from, i18n.language),
              to: formatCalendar(r.to, i18n.language),
              asOf: formatCalendar(r.asOf, i18n.language),
            })}
          </>
        )}
      </Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      {work.county && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form layout="vertical" component="div">
            <Row gutter={12}>
              {!work.township && (
                <Col xs={24} md={6}>
                  <Form.Item label={t("households.township")} htmlFor="report-township" style={{ marginBottom: 8 }}>
                    <Select
                      id="report-township"
                      allowClear
                      placeholder={t("dashboard.wholeCounty")}
                      value={township}
                      onChange={(v: string | undefined) => set({ township: v })}
                      options={townshipsOf(villages.data ?? []).map((name) => ({ value: name, label: name }))}
                    />
                  </Form.Item>
                </Col>
              )}
              <MonthRange from={filters.from} to={filters.to} onChange={set} />
            </Row>
          </Form>
        </Card>
      )}
      {report.error && (
        <Alert type="error" showIcon message={errorMessage(report.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      {!work.county ? (
        <Empty description={t("place.chooseCounty")} />
      ) : report.isPending ? (
        <Skeleton active />
      ) : r ? (
        <Report report={r} />
      ) : null}
    </>
  );
}

function Report({ report: r }: { report: MonitoringReport }) {
  const { t, i18n } = useTranslation("monitoring");
  const amountOf = (fen: number) => formatYuan(fen);
  const figures = [
    { key: "monitored", value: r.households.monitored },
    { key: "identifying", value: r.households.byStatus.identifying },
    { key: "removing", value: r.households.byStatus.removing },
    { key: "removed", value: r.households.byStatus.removed },
    { key: "overdueLeads", value: r.overdueLeadsNow, danger: r.overdueLeadsNow > 0 },
    { key: "activeMeasures", value: r.measuresTotal.active },
  ];
  const months = useMemo(() => r.months.map((m) => formatCalendar(m.month, i18n.language)), [r, i18n.language]);
  const monthSeries = useMemo<Series[]>(
    () => [
      { name: t("dashboard.identified"), type: "bar", values: r.months.map((m) => m.identified), color: SERIES_COLORS[0]! },
      { name: t("dashboard.removedMonth"), type: "bar", values: r.months.map((m) => m.removed), color: SERIES_COLORS[3]! },
      { name: t("dashboard.leads"), type: "line", values: r.months.map((m) => m.leads), color: SERIES_COLORS[2]! },
      { name: t("dashboard.leadsOverdue"), type: "line", values: r.months.map((m) => m.leadsOverdue), color: SERIES_COLORS[1]! },
    ],
    [r, t],
  );
  const categoryLabels = useMemo(() => CATEGORIES.map((c) => t(`category.${c}`)), [t]);
  const categorySeries = useMemo<Series[]>(
    () => [
      {
        name: t("dashboard.monitored"),
        type: "bar",
        values: CATEGORIES.map((c) => r.households.monitoredByCategory[c]),
        color: SERIES_COLORS[0]!,
      },
    ],
    [r, t],
  );
  const measured = r.measures.filter((m) => m.recorded > 0);
  const measureLabels = useMemo(() => measured.map((m) => t(`measureKind.${m.kind}`)), [measured, t]);
  const measureSeries = useMemo<Series[]>(
    () => [{ name: t("dashboard.activeMeasures"), type: "bar", values: measured.map((m) => m.active), color: SERIES_COLORS[0]! }],
    [measured, t],
  );
  const sum = (f: (m: MonitoringReport["months"][number]) => number) => r.months.reduce((a, m) => a + f(m), 0);

  return (
    <>
      {r.overdueLeadsCapped && <Alert type="warning" showIcon message={t("dashboard.capped")} style={{ marginBottom: 16 }} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="monitoring-figures">
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4}>
            <Card size="small" style={{ height: "100%" }} data-testid={`figure-${f.key}`}>
              <Statistic
                title={t(`dashboard.${f.key}`)}
                value={f.value}
                suffix={t(f.key === "activeMeasures" || f.key === "overdueLeads" ? "dashboard.items" : "dashboard.households")}
                valueStyle={{ fontSize: 22, ...(f.danger ? { color: "#cf1322" } : {}) }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={<CardTitle>{t("dashboard.byMonth")}</CardTitle>} style={{ height: "100%" }}>
            <SeriesChart
              labels={months}
              series={monthSeries}
              integer
              axisFormat={String}
              tooltipFormat={String}
              ariaLabel={t("dashboard.byMonthAria", {
                identified: sum((m) => m.identified),
                removed: sum((m) => m.removed),
                leads: sum((m) => m.leads),
                overdue: sum((m) => m.leadsOverdue),
              })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={<CardTitle>{t("dashboard.byCategory")}</CardTitle>} style={{ height: "100%" }}>
            <SeriesChart
              labels={categoryLabels}
              series={categorySeries}
              integer
              horizontal
              height={220}
              axisFormat={String}
              tooltipFormat={String}
              ariaLabel={t("dashboard.byCategoryAria", {
                summary: CATEGORIES.map((c) => `${t(`category.${c}`)} ${r.households.monitoredByCategory[c]}`).join("，"),
              })}
            />
            <ScrollTable<{ status: (typeof STATUSES)[number]; count: number }>
              label={t("dashboard.byStatus")}
              size="small"
              rowKey="status"
              pagination={false}
              data-testid="status-table"
              dataSource={STATUSES.map((status) => ({ status, count: r.households.byStatus[status] }))}
              columns={[
                { title: t("households.status"), dataIndex: "status", render: (s: (typeof STATUSES)[number]) => t(`status.${s}`) },
                { title: t("dashboard.count"), dataIndex: "count", align: "right" },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {!r.township && (
        <Card title={<CardTitle>{t("dashboard.byTownship")}</CardTitle>} styles={{ body: { padding: 0 } }} style={{ marginTop: 16 }}>
          {r.byTownship.length === 0 ? (
            <Empty description={t("dashboard.none")} style={{ padding: 16 }} />
          ) : (
            <ScrollTable<TownshipRow>
              label={t("dashboard.byTownship")}
              size="small"
              rowKey="township"
              pagination={false}
              data-testid="township-table"
              dataSource={r.byTownship}
              columns={[
                { title: t("households.township"), dataIndex: "township", fixed: "left" },
                { title: t("dashboard.monitored"), dataIndex: "monitored", align: "right" },
                ...CATEGORIES.map((c) => ({
                  title: t(`category.${c}`),
                  key: c,
                  align: "right" as const,
                  render: (_: unknown, row: TownshipRow) => row.monitoredByCategory[c],
                })),
                ...STATUSES.filter((s) => s !== "monitored").map((s) => ({
                  title: t(`status.${s}`),
                  key: s,
                  align: "right" as const,
                  render: (_: unknown, row: TownshipRow) => row.byStatus[s],
                })),
              ]}
            />
          )}
        </Card>
      )}
      <Card title={<CardTitle>{t("dashboard.measures")}</CardTitle>} style={{ marginTop: 16 }}>
        {measured.length === 0 ? (
          <Empty description={t("dashboard.noMeasures")} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <SeriesChart
                labels={measureLabels}
                series={measureSeries}
                integer
                horizontal
                height={Math.max(160, measured.length * 36 + 60)}
                axisFormat={String}
                tooltipFormat={String}
                ariaLabel={t("dashboard.measuresAria", {
                  summary: measured.map((m) => `${t(`measureKind.${m.kind}`)} ${m.active}`).join("，"),
                })}
              />
            </Col>
            <Col xs={24} xl={14}>
              <ScrollTable<MeasureRow>
                label={t("dashboard.measures")}
                size="small"
                rowKey="kind"
                pagination={false}
                data-testid="measure-table"
                dataSource={measured}
                columns={[
                  { title: t("measures.kind"), dataIndex: "kind", render: (v: MeasureRow["kind"]) => t(`measureKind.${v}`) },
                  { title: t("dashboard.active"), dataIndex: "active", align: "right" },
                  { title: t("dashboard.ended"), dataIndex: "ended", align: "right" },
                  { title: t("dashboard.onceFen"), dataIndex: "onceFen", align: "right", render: amountOf },
                  { title: t("dashboard.monthlyFen"), dataIndex: "monthlyFen", align: "right", render: amountOf },
                  { title: t("dashboard.yearlyFen"), dataIndex: "yearlyFen", align: "right", render: amountOf },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{t("dashboard.total")}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <strong>{r.measuresTotal.active}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      <strong>{r.measuresTotal.ended}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <strong>{amountOf(r.measuresTotal.onceFen)}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      <strong>{amountOf(r.measuresTotal.monthlyFen)}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      <strong>{amountOf(r.measuresTotal.yearlyFen)}</strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            </Col>
          </Row>
        )}
      </Card>
    </>
  );
}
