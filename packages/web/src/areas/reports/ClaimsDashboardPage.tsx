import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Empty, Form, Progress, Row, Select, Skeleton, Statistic, Table, Typography } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { paths } from "../../api/schema";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatYuan } from "../../lib/money";
import { CsvButton } from "./CsvButton";
import { saveCsv } from "./download";
import { percentOf } from "./format";
import { useUrlFilters } from "./search-params";
import { SERIES_COLORS, type Series, SeriesChart } from "./SeriesChart";

type ClaimsReport = paths["/reports/claims"]["get"]["responses"][200]["content"]["application/json"];
type Status = keyof ClaimsReport["byStatus"];
const STATUSES: readonly Status[] = ["submitted", "reviewed", "approved", "rejected", "paid"];
/** The causes every county has, in their usual order; a scheme's own follow in its rules' order. */
const BASIC_CAUSES = ["illness", "education", "disaster", "accident"];

/**
 * A scheme's claims by status, money paid and the pool left (GET /reports/claims?schemeId=), the
 * scheme picked from those the account may see (GET /schemes), with its CSV.
 */
export default function ClaimsDashboardPage() {
  const { t, i18n } = useTranslation("reports");
  const [filters, set] = useUrlFilters(["schemeId"] as const);
  const schemes = useInfiniteQuery({
    queryKey: ["reports", "schemes"],
    queryFn: ({ pageParam }) =>
      call(client.GET("/schemes", { params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const options = schemes.data?.pages.flatMap((p) => p.items) ?? [];
  const schemeId = filters.schemeId ?? options[0]?.schemeId;
  // Read every page of schemes (a county has a handful): the picker lists them all.
  useEffect(() => {
    if (schemes.hasNextPage && !schemes.isFetchingNextPage) void schemes.fetchNextPage();
  }, [schemes]);
  const report = useQuery({
    queryKey: ["reports", "claims", schemeId],
    enabled: !!schemeId,
    queryFn: () => call(client.GET("/reports/claims", { params: { query: { schemeId: schemeId! } } })),
  });
  const data = report.data;
  const scheme = options.find((s) => s.schemeId === schemeId);
  /** The report's causes, labelled as the scheme labels them (its own causes have only their label). */
  const causes = useMemo(() => {
    if (!data) return [];
    const rules = scheme?.rules ?? {};
    const ids = [
      ...new Set([...BASIC_CAUSES.filter((c) => c in rules || c in data.byCause), ...Object.keys(rules), ...Object.keys(data.byCause)]),
    ];
    return ids.map((cause) => ({
      cause,
      label:
        i18n.language === "en" && BASIC_CAUSES.includes(cause)
          ? t(`dashboards.claims.causes.${cause}`)
          : (rules[cause]?.label ?? t(`dashboards.claims.causes.${cause}`, { defaultValue: cause })),
      claims: data.byCause[cause]?.claims ?? 0,
      paidFen: data.byCause[cause]?.paidFen ?? 0,
    }));
  }, [data, scheme, t, i18n.language]);
  const total = data ? STATUSES.reduce((a, s) => a + data.byStatus[s], 0) : 0;
  const labels = useMemo(() => STATUSES.map((s) => t(`dashboards.claims.statuses.${s}`)), [t]);
  const series = useMemo<Series[]>(
    () =>
      data
        ? [{ name: t("dashboards.claims.count"), type: "bar", values: STATUSES.map((s) => data.byStatus[s]), color: SERIES_COLORS[0]! }]
        : [],
    [data, t],
  );
  const failure = schemes.error ?? report.error;

  return (
    <>
      <PageTitle
        extra={
          <CsvButton
            disabled={!data}
            download={() =>
              saveCsv(
                client.GET("/reports/claims", {
                  params: { query: { schemeId: schemeId! } },
                  headers: { accept: "text/csv" },
                  parseAs: "blob",
                }),
                `claims-${schemeId}.csv`,
              )
            }
          />
        }
      >
        {t("dashboards.claims.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("dashboards.claims.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Form.Item label={t("dashboards.claims.scheme")} htmlFor="claims-scheme" style={{ marginBottom: 8, maxWidth: 560 }}>
            <Select
              id="claims-scheme"
              showSearch
              optionFilterProp="label"
              placeholder={t("dashboards.claims.schemePlaceholder")}
              loading={schemes.isPending}
              value={schemeId}
              onChange={(id: string) => set({ schemeId: id })}
              options={options.map((s) => ({
                value: s.schemeId,
                label: t("dashboards.claims.schemeOption", { name: s.name, county: s.county, year: s.year }),
              }))}
            />
          </Form.Item>
        </Form>
      </Card>
      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      {!schemes.isPending && options.length === 0 && !schemes.error ? (
        <Card>
          <Empty description={t("dashboards.claims.noSchemes")} />
        </Card>
      ) : report.isPending ? (
        !failure && <Skeleton active />
      ) : data ? (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="claims-figures">
            {[
              { key: "paid", value: formatYuan(data.paidFen) },
              { key: "pool", value: formatYuan(data.poolBalanceFen) },
              { key: "toppedUp", value: formatYuan(data.toppedUpFen), progress: percentOf(data.paidFen, data.toppedUpFen) },
              { key: "householdsPaid", value: data.householdsPaid, suffix: t("dashboards.common.households") },
              { key: "peopleCovered", value: data.peopleCovered, suffix: t("dashboards.common.people") },
              { key: "claimsTotal", value: total, suffix: t("dashboards.claims.claimUnit") },
            ].map((f) => (
              <Col key={f.key} xs={12} md={8} xl={4}>
                <Card size="small" style={{ height: "100%" }} data-testid={`claims-${f.key}`}>
                  <Statistic title={t(`dashboards.claims.${f.key}`)} value={f.value} suffix={f.suffix} valueStyle={{ fontSize: 20 }} />
                  {f.progress !== undefined && (
                    <Progress
                      percent={f.progress}
                      size="small"
                      strokeColor="#c41d1d"
                      aria-label={t("dashboards.claims.poolUsedOf", { percent: f.progress })}
                    />
                  )}
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.claims.byStatusTitle")}</h2>} style={{ height: "100%" }}>
                <SeriesChart
                  labels={labels}
                  series={series}
                  integer
                  axisFormat={String}
                  tooltipFormat={String}
                  height={280}
                  ariaLabel={t("dashboards.claims.byStatusAria", {
                    summary: STATUSES.map((s) => `${t(`dashboards.claims.statuses.${s}`)} ${data.byStatus[s]}`).join("，"),
                  })}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card
                title={<h2 style={{ fontSize: 16, margin: 0 }}>{data.name}</h2>}
                styles={{ body: { padding: 0 } }}
                style={{ height: "100%" }}
              >
                <ScrollTable<{ status: Status; count: number }>
                  label={data.name}
                  size="small"
                  rowKey="status"
                  pagination={false}
                  data-testid="claims-table"
                  dataSource={STATUSES.map((status) => ({ status, count: data.byStatus[status] }))}
                  columns={[
                    {
                      title: t("dashboards.claims.status"),
                      dataIndex: "status",
                      render: (s: Status) => t(`dashboards.claims.statuses.${s}`),
                    },
                    { title: t("dashboards.claims.count"), dataIndex: "count", align: "right" },
                    {
                      title: t("dashboards.claims.share"),
                      key: "share",
                      align: "right",
                      render: (_: unknown, r) => `${percentOf(r.count, total)}%`,
                    },
                  ]}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        <strong>{t("dashboards.common.total")}</strong>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        <strong>{total}</strong>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} />
                    </Table.Summary.Row>
                  )}
                />
              </Card>
            </Col>
          </Row>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboards.claims.byCauseTitle")}</h2>}
            styles={{ body: { padding: 0 } }}
            style={{ marginTop: 16 }}
          >
            <ScrollTable<{ cause: string; label: string; claims: number; paidFen: number }>
              label={t("dashboards.claims.byCauseTitle")}
              size="small"
              rowKey="cause"
              pagination={false}
              data-testid="claims-by-cause"
              dataSource={causes}
              columns={[
                { title: t("dashboards.claims.cause"), dataIndex: "label" },
                { title: t("dashboards.claims.count"), dataIndex: "claims", align: "right" },
                { title: t("dashboards.claims.paid"), dataIndex: "paidFen", align: "right", render: (fen: number) => formatYuan(fen) },
                {
                  title: t("dashboards.claims.share"),
                  key: "share",
                  align: "right",
                  render: (_: unknown, r) => `${percentOf(r.paidFen, data.paidFen)}%`,
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
