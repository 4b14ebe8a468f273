import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Empty, Form, Row, Segmented, Skeleton, Statistic, Table, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { paths } from "../../api/schema";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { CsvButton } from "./CsvButton";
import { saveCsv } from "./download";
import { yuanAxis } from "./format";
import { MonthRange } from "./MonthRange";
import { useUrlFilters } from "./search-params";
import { SERIES_COLORS, type Series, SeriesChart } from "./SeriesChart";

type MonthlySales = paths["/reports/sales/monthly"]["get"]["responses"][200]["content"]["application/json"];
type SalesRow = MonthlySales["rows"][number];
type Grouping = MonthlySales["groupBy"];

const GROUPINGS: readonly Grouping[] = ["province", "county", "village"];
const LINES = 3;

/** Credited sales per province, county or village and per month (GET /reports/sales/monthly), with its CSV. */
export default function SalesDashboardPage() {
  const { t, i18n } = useTranslation("reports");
  const [filters, set] = useUrlFilters(["groupBy", "from", "to"] as const);
  const groupBy: Grouping = GROUPINGS.find((g) => g === filters.groupBy) ?? "county";
  const query = { groupBy, ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) };
  const report = useQuery({
    queryKey: ["reports", "sales-monthly", query],
    queryFn: () => call(client.GET("/reports/sales/monthly", { params: { query } })),
  });
  const level = t(`dashboards.sales.level.${groupBy}`);
  const month = (m: string) => formatCalendar(m, i18n.language);
  const data = report.data;

  const monthly = useMemo<Series[]>(() => {
    if (!data) return [];
    return [
      { name: t("dashboards.sales.allRows"), type: "bar", values: data.months.map((m) => m.creditedFen), color: "#f4b6b6" },
      ...data.rows.slice(0, LINES).map((r, i) => ({
        name: r.name,
        type: "line" as const,
        values: r.months.map((m) => m.creditedFen),
        color: SERIES_COLORS[i]!,
      })),
    ];
  }, [data, t]);
  const language = i18n.language;
  const monthLabels = useMemo(() => data?.months.map((m) => formatCalendar(m.month, language)) ?? [], [data, language]);
  const top = useMemo(() => data?.rows.slice(0, 10) ?? [], [data]);
  const ranking = useMemo<Series[]>(
    () => [{ name: t("dashboards.sales.periodTotal"), type: "bar", values: top.map((r) => r.creditedFen), color: "#c41d1d" }],
    [top, t],
  );

  return (
    <>
      <PageTitle
        extra={
          <CsvButton
            disabled={!data}
            download={() =>
              saveCsv(
                client.GET("/reports/sales/monthly", { params: { query }, headers: { accept: "text/csv" }, parseAs: "blob" }),
                `monthly-sales-by-${groupBy}.csv`,
              )
            }
          />
        }
      >
        {t("dashboards.sales.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("dashboards.sales.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={[12, 0]} align="bottom">
            <Col xs={24} md={12}>
              <Form.Item label={t("dashboards.sales.groupBy")} style={{ marginBottom: 8 }}>
                <Segmented<Grouping>
                  aria-label={t("dashboards.sales.groupBy")}
                  value={groupBy}
                  onChange={(g) => set({ groupBy: g })}
                  options={GROUPINGS.map((g) => ({ value: g, label: t(`dashboards.sales.${g}`) }))}
                />
              </Form.Item>
            </Col>
            <MonthRange from={filters.from} to={filters.to} onChange={set} />
          </Row>
        </Form>
      </Card>

      {report.error && (
        <Alert type="error" showIcon message={errorMessage(report.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      {report.isPending ? (
        <Skeleton active />
      ) : data ? (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="sales-figures">
            <Col xs={24} sm={12} lg={8}>
              <Card size="small" style={{ height: "100%" }}>
                <Statistic
                  title={t("dashboards.sales.totalSales")}
                  value={formatYuan(data.totalFen)}
                  valueStyle={{ fontSize: 22, color: "#a8071a" }}
                />
                <Typography.Text type="secondary">
                  {t("dashboards.common.period", { from: month(data.from), to: month(data.to) })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} sm={6} lg={8}>
              <Card size="small" style={{ height: "100%" }}>
                <Statistic
                  title={t("dashboards.sales.orders")}
                  value={data.rows.reduce((a, r) => a + r.orders, 0)}
                  suffix={t("dashboards.common.items")}
                  valueStyle={{ fontSize: 22 }}
                />
              </Card>
            </Col>
            <Col xs={12} sm={6} lg={8}>
              <Card size="small" style={{ height: "100%" }}>
                <Statistic
                  title={t("dashboards.sales.regions", { level })}
                  value={data.rows.filter((r) => r.creditedFen !== 0).length}
                  suffix={t("dashboards.common.units")}
                  valueStyle={{ fontSize: 22 }}
                />
              </Card>
            </Col>
          </Row>
          {data.rows.length === 0 ? (
            <Card>
              <Empty description={t("dashboards.sales.empty")} />
            </Card>
          ) : (
            <>
              <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
                <Col xs={24} xl={14}>
                  <Card
                    title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.sales.monthlyTitle")}</h2>}
                    style={{ height: "100%" }}
                  >
                    <SeriesChart
                      labels={monthLabels}
                      series={monthly}
                      axisFormat={yuanAxis}
                      tooltipFormat={formatYuan}
                      ariaLabel={t("dashboards.sales.monthlyAria", {
                        level,
                        summary: data.months.map((m) => `${month(m.month)} ${formatYuan(m.creditedFen)}`).join("，"),
                      })}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={10}>
                  <Card
                    title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.sales.rankingTitle", { level })}</h2>}
                    style={{ height: "100%" }}
                  >
                    <SeriesChart
                      horizontal
                      labels={top.map((r) => shortName(r, groupBy))}
                      series={ranking}
                      axisFormat={yuanAxis}
                      tooltipFormat={formatYuan}
                      height={Math.max(200, top.length * 32 + 60)}
                      ariaLabel={t("dashboards.sales.rankingAria", {
                        level,
                        summary: top.map((r) => `${r.name} ${formatYuan(r.creditedFen)}`).join("，"),
                      })}
                    />
                  </Card>
                </Col>
              </Row>
              <SalesTable report={data} level={level} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}

/** The last part of a row's place name ("夏津县" of "山东省 德州市 夏津县"), for a chart's narrow axis. */
function shortName(row: SalesRow, groupBy: Grouping) {
  return groupBy === "province" ? row.name : (row.name.split(" ").at(-1) ?? row.name);
}

function SalesTable({ report, level }: { report: MonthlySales; level: string }) {
  const { t, i18n } = useTranslation("reports");
  const month = (m: string) => formatCalendar(m, i18n.language);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.sales.tableTitle", { level })}</h2>}
      styles={{ body: { padding: 0 } }}
    >
      <ScrollTable<SalesRow>
        label={t("dashboards.sales.tableTitle", { level })}
        size="small"
        rowKey="key"
        dataSource={report.rows}
        pagination={report.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        data-testid="sales-table"
        columns={[
          {
            title: t("dashboards.sales.name"),
            dataIndex: "name",
            fixed: "left",
            render: (name: string) => <span style={{ whiteSpace: "nowrap" }}>{name}</span>,
          },
          ...report.months.map((m, i) => ({
            title: month(m.month),
            key: m.month,
            align: "right" as const,
            render: (_: unknown, r: SalesRow) => <span style={{ whiteSpace: "nowrap" }}>{formatYuan(r.months[i]!.creditedFen)}</span>,
          })),
          {
            title: t("dashboards.sales.periodTotal"),
            dataIndex: "creditedFen",
            align: "right",
            render: (v: number) => <strong style={{ whiteSpace: "nowrap" }}>{formatYuan(v)}</strong>,
          },
          { title: t("dashboards.sales.orderCount"), dataIndex: "orders", align: "right" },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t("dashboards.common.total")}</strong>
            </Table.Summary.Cell>
            {report.months.map((m, i) => (
              <Table.Summary.Cell key={m.month} index={i + 1} align="right">
                <span style={{ whiteSpace: "nowrap" }}>{formatYuan(m.creditedFen)}</span>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={report.months.length + 1} align="right">
              <strong style={{ whiteSpace: "nowrap" }}>{formatYuan(report.totalFen)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={report.months.length + 2} align="right">
              {report.rows.reduce((a, r) => a + r.orders, 0)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
