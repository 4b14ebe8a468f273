import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, DatePicker, Empty, Form, Row, Select, Skeleton, Statistic, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { allVillages } from "../../api/villages";
import { BarChart } from "../../components/BarChart";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";

const yuanAxis = (fen: number) => formatYuan(fen).replace(/\.\d\d$/, "");

/** A village's credited consumption-assistance sales per month (public: GET /reports/villages/{id}/sales). */
export default function VillageSalesPage() {
  const { t, i18n } = useTranslation("reports");
  const [params, setParams] = useSearchParams();
  const villageId = params.get("villageId") ?? undefined;
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const villages = useQuery({ queryKey: ["villages", "all"], queryFn: allVillages, staleTime: 300_000 });
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  // The first village when none is chosen yet.
  const first = villages.data?.[0]?.villageId;
  useEffect(() => {
    if (!villageId && first) set({ villageId: first });
  });
  const report = useQuery({
    queryKey: ["reports", "village-sales", villageId, from, to],
    enabled: !!villageId,
    queryFn: () =>
      call(
        client.GET("/reports/villages/{villageId}/sales", {
          params: { path: { villageId: villageId! }, query: { ...(from ? { from } : {}), ...(to ? { to } : {}) } },
        }),
      ),
  });
  const village = villages.data?.find((v) => v.villageId === villageId);
  const villageName = village?.name ?? "";
  const months = report.data?.months ?? [];
  const failure = villages.error ?? report.error;

  return (
    <>
      <PageTitle>{t("villageSales.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("villageSales.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={[12, 0]}>
            <Col xs={24} md={12}>
              <Form.Item label={t("villageSales.village")} htmlFor="report-village" style={{ marginBottom: 8 }}>
                <Select
                  id="report-village"
                  showSearch
                  optionFilterProp="label"
                  placeholder={t("villageSales.villagePlaceholder")}
                  loading={villages.isPending}
                  value={villageId}
                  onChange={(v: string) => set({ villageId: v })}
                  options={(villages.data ?? []).map((v) => ({
                    value: v.villageId,
                    label: `${v.name}（${v.province}${v.city}${v.county}${v.township}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t("villageSales.from")} htmlFor="report-from" style={{ marginBottom: 8 }}>
                <DatePicker
                  id="report-from"
                  picker="month"
                  style={{ width: "100%" }}
                  value={from ? dayjs(`${from}-01`) : null}
                  onChange={(d) => set({ from: d ? d.format("YYYY-MM") : undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t("villageSales.to")} htmlFor="report-to" style={{ marginBottom: 8 }}>
                <DatePicker
                  id="report-to"
                  picker="month"
                  style={{ width: "100%" }}
                  value={to ? dayjs(`${to}-01`) : null}
                  onChange={(d) => set({ to: d ? d.format("YYYY-MM") : undefined })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      {villages.data?.length === 0 ? (
        <Empty description={t("villageSales.none")} />
      ) : report.isPending ? (
        <Skeleton active />
      ) : report.data ? (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="village-sales-figures">
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t("villageSales.total")} value={formatYuan(report.data.totalFen)} />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t("villageSales.orders")} value={months.reduce((n, m) => n + m.orders, 0)} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title={villageName}
                  value={t("villageSales.period", {
                    from: formatCalendar(report.data.from, i18n.language),
                    to: formatCalendar(report.data.to, i18n.language),
                  })}
                  valueStyle={{ fontSize: 16 }}
                />
              </Card>
            </Col>
          </Row>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("villageSales.chartTitle", { village: villageName })}</h2>}>
            <BarChart
              labels={months.map((m) => formatCalendar(m.month, i18n.language))}
              values={months.map((m) => m.creditedFen)}
              format={yuanAxis}
              ariaLabel={t("villageSales.chartAria", {
                village: villageName,
                summary: months.map((m) => `${formatCalendar(m.month, i18n.language)} ${formatYuan(m.creditedFen)}`).join("，"),
              })}
            />
            <ScrollTable
              label={t("villageSales.title")}
              size="small"
              style={{ marginTop: 12 }}
              rowKey="month"
              pagination={false}
              dataSource={[...months].reverse()}
              columns={[
                { title: t("villageSales.month"), dataIndex: "month", render: (m: string) => formatCalendar(m, i18n.language) },
                { title: t("villageSales.amount"), dataIndex: "creditedFen", align: "right", render: (v: number) => formatYuan(v) },
                { title: t("villageSales.orderCount"), dataIndex: "orders", align: "right" },
              ]}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
