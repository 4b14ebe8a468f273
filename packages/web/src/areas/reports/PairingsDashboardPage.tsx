import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Empty, Form, Progress, Row, Select, Skeleton, Statistic, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { paths } from "../../api/schema";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatYuan } from "../../lib/money";
import { CsvButton } from "./CsvButton";
import { saveCsv } from "./download";
import { percentOf as percent, yuanAxis } from "./format";
import { useUrlFilters } from "./search-params";
import { type Series, SeriesChart } from "./SeriesChart";

type Regions = paths["/reports/pairings/regions"]["get"]["responses"][200]["content"]["application/json"];
type Region = Regions["rows"][number];

/**
 * 千企帮千村 figures: the platform's or a province's totals (GET /reports/pairings), and one row per
 * province or per county of the province (GET /reports/pairings/regions), with its CSV.
 */
export default function PairingsDashboardPage() {
  const { t, i18n } = useTranslation("reports");
  const [filters, set] = useUrlFilters(["province"] as const);
  const province = filters.province;
  const totals = useQuery({
    queryKey: ["reports", "pairings", province ?? null],
    queryFn: () => call(client.GET("/reports/pairings", { params: { query: province ? { province } : {} } })),
  });
  const provinces = useQuery({
    queryKey: ["reports", "pairings-regions", null],
    queryFn: () => call(client.GET("/reports/pairings/regions", { params: { query: {} } })),
  });
  const counties = useQuery({
    queryKey: ["reports", "pairings-regions", province ?? null],
    enabled: !!province,
    queryFn: () => call(client.GET("/reports/pairings/regions", { params: { query: { province: province! } } })),
  });
  const regions = province ? counties : provinces;
  const rows = regions.data?.rows ?? [];
  const failure = totals.error ?? regions.error;
  const nameOf = (r: Region) => r.county ?? r.province;
  const chart = useMemo<Series[]>(
    () => [
      { name: t("dashboards.pairings.committed"), type: "bar", values: rows.map((r) => r.committedFen), color: "#f4b6b6" },
      { name: t("dashboards.pairings.delivered"), type: "bar", values: rows.map((r) => r.deliveredFen), color: "#c41d1d" },
    ],
    [rows, t],
  );
  const labels = useMemo(() => rows.map((r) => r.county ?? r.province), [rows]);

  return (
    <>
      <PageTitle
        extra={
          <CsvButton
            disabled={!regions.data}
            download={() =>
              saveCsv(
                client.GET("/reports/pairings/regions", {
                  params: { query: province ? { province } : {} },
                  headers: { accept: "text/csv" },
                  parseAs: "blob",
                }),
                "pairings-regions.csv",
              )
            }
          />
        }
      >
        {t("dashboards.pairings.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("dashboards.pairings.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={12} align="bottom">
            <Col xs={24} sm={14} md={10}>
              <Form.Item label={t("dashboards.pairings.scope")} htmlFor="pairings-scope" style={{ marginBottom: 8 }}>
                <Select
                  id="pairings-scope"
                  value={province ?? ""}
                  loading={provinces.isPending}
                  onChange={(p: string) => set({ province: p || undefined })}
                  options={[
                    { value: "", label: t("dashboards.pairings.allProvinces") },
                    ...(provinces.data?.rows ?? []).map((r) => ({
                      value: r.province,
                      label: t("dashboards.pairings.provinceScope", { province: r.province }),
                    })),
                  ]}
                />
              </Form.Item>
            </Col>
            {province && (
              <Col>
                <Form.Item style={{ marginBottom: 8 }}>
                  <Button onClick={() => set({ province: undefined })}>{t("dashboards.pairings.back")}</Button>
                </Form.Item>
              </Col>
            )}
          </Row>
        </Form>
      </Card>

      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      {totals.data ? (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="pairings-figures">
          {[
            { key: "enterprises", value: totals.data.enterprises, suffix: t("dashboards.common.units") },
            { key: "villages", value: totals.data.villages, suffix: t("dashboards.common.units") },
            {
              key: "pairings",
              value: `${totals.data.pairings}（${t("dashboards.pairings.activePairings")} ${totals.data.activePairings}）`,
            },
            { key: "committed", value: formatYuan(totals.data.committedFen) },
            {
              key: "delivered",
              value: formatYuan(totals.data.deliveredFen),
              progress: percent(totals.data.deliveredFen, totals.data.committedFen),
            },
            { key: "peopleHelped", value: totals.data.peopleHelped, suffix: t("dashboards.common.people") },
          ].map((f) => (
            <Col key={f.key} xs={12} md={8} xl={4}>
              <Card size="small" style={{ height: "100%" }} data-testid={`pairings-${f.key}`}>
                <Statistic title={t(`dashboards.pairings.${f.key}`)} value={f.value} suffix={f.suffix} valueStyle={{ fontSize: 20 }} />
                {f.progress !== undefined && (
                  <Progress
                    percent={f.progress}
                    size="small"
                    strokeColor="#c41d1d"
                    aria-label={`${t("dashboards.pairings.progress")} ${f.progress}%`}
                  />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      ) : (
        !totals.error && <Skeleton active paragraph={{ rows: 2 }} />
      )}

      {regions.isPending ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t("dashboards.pairings.empty")} />
        </Card>
      ) : (
        <>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.pairings.chartTitle")}</h2>} style={{ marginBottom: 16 }}>
            <SeriesChart
              labels={labels}
              series={chart}
              axisFormat={yuanAxis}
              tooltipFormat={formatYuan}
              ariaLabel={t("dashboards.pairings.chartAria", {
                summary: rows
                  .map((r) =>
                    t("dashboards.pairings.committedVsDelivered", {
                      name: nameOf(r),
                      committed: formatYuan(r.committedFen),
                      delivered: formatYuan(r.deliveredFen),
                    }),
                  )
                  .join("；"),
              })}
            />
          </Card>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.pairings.tableTitle")}</h2>}
            styles={{ body: { padding: 0 } }}
          >
            <ScrollTable<Region>
              label={t("dashboards.pairings.tableTitle")}
              size="small"
              rowKey={(r) => `${r.province}/${r.county ?? ""}`}
              dataSource={rows}
              pagination={false}
              data-testid="pairings-table"
              columns={[
                {
                  title: province ? t("dashboards.pairings.county") : t("dashboards.pairings.province"),
                  key: "name",
                  fixed: "left",
                  render: (_: unknown, r) =>
                    r.county === null ? (
                      <Button
                        type="link"
                        style={{ padding: 0 }}
                        aria-label={t("dashboards.pairings.openProvince", { province: r.province })}
                        onClick={() => set({ province: r.province })}
                      >
                        {r.province}
                      </Button>
                    ) : (
                      r.county
                    ),
                },
                { title: t("dashboards.pairings.enterprises"), dataIndex: "enterprises", align: "right" },
                { title: t("dashboards.pairings.villages"), dataIndex: "villages", align: "right" },
                { title: t("dashboards.pairings.pairings"), dataIndex: "pairings", align: "right" },
                { title: t("dashboards.pairings.activePairings"), dataIndex: "activePairings", align: "right" },
                {
                  title: t("dashboards.pairings.committed"),
                  dataIndex: "committedFen",
                  align: "right",
                  render: (v: number) => formatYuan(v),
                },
                {
                  title: t("dashboards.pairings.delivered"),
                  dataIndex: "deliveredFen",
                  align: "right",
                  render: (v: number) => formatYuan(v),
                },
                {
                  title: t("dashboards.pairings.progress"),
                  key: "progress",
                  align: "right",
                  render: (_: unknown, r) => `${percent(r.deliveredFen, r.committedFen)}%`,
                },
                { title: t("dashboards.pairings.peopleHelped"), dataIndex: "peopleHelped", align: "right" },
                { title: t("dashboards.pairings.contributions"), dataIndex: "contributions", align: "right" },
                { title: t("dashboards.pairings.projects"), dataIndex: "projects", align: "right" },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
