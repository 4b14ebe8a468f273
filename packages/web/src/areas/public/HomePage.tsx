import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Statistic, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { BarChart } from "../../components/BarChart";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";

const yuanAxis = (fen: number) => formatYuan(fen).replace(/\.\d\d$/, "");

export default function HomePage() {
  const { t, i18n } = useTranslation("public");
  const navigate = useNavigate();
  const sales = useQuery({
    queryKey: ["reports", "sales", "county"],
    queryFn: () => call(client.GET("/reports/sales", { params: { query: { groupBy: "county" } } })),
  });
  const pairings = useQuery({ queryKey: ["reports", "pairings"], queryFn: () => call(client.GET("/reports/pairings", {})) });
  const failure = sales.error ?? pairings.error;
  const rows = sales.data?.rows ?? [];

  return (
    <>
      <PageTitle
        extra={
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => navigate("/products")}>
              {t("home.browse")}
            </Button>
            <Button onClick={() => navigate("/reports/village-sales")}>{t("home.villageReport")}</Button>
          </Flex>
        }
      >
        {t("home.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">
        {t("home.intro")}
        {sales.data && (
          <>
            {" "}
            {t("home.period", { from: formatCalendar(sales.data.from, i18n.language), to: formatCalendar(sales.data.to, i18n.language) })}
          </>
        )}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      <Row gutter={[12, 12]} data-testid="public-figures">
        {[
          { key: "salesTotal", value: sales.data && formatYuan(sales.data.totalFen) },
          { key: "salesOrders", value: sales.data && rows.reduce((a, r) => a + r.orders, 0), suffix: t("home.units") },
          { key: "counties", value: sales.data && rows.length, suffix: t("home.units") },
          { key: "enterprises", value: pairings.data?.enterprises, suffix: t("home.units") },
          { key: "villages", value: pairings.data?.villages, suffix: t("home.units") },
          { key: "activePairings", value: pairings.data?.activePairings, suffix: t("home.units") },
          { key: "committed", value: pairings.data && formatYuan(pairings.data.committedFen) },
          { key: "delivered", value: pairings.data && formatYuan(pairings.data.deliveredFen) },
          { key: "peopleHelped", value: pairings.data?.peopleHelped, suffix: t("home.people") },
        ].map((f) => (
          <Col key={f.key} xs={12} sm={8} lg={6} xl={6}>
            <Card size="small" style={{ height: "100%" }}>
              {f.value === undefined ? (
                <Skeleton active paragraph={false} />
              ) : (
                <Statistic title={t(`home.${f.key}`)} value={f.value} suffix={f.suffix} valueStyle={{ fontSize: 20 }} />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("home.chartTitle")}</h2>} style={{ marginTop: 16 }}>
        {sales.isPending ? (
          <Skeleton active />
        ) : rows.length ? (
          <>
            <BarChart
              labels={rows.map((r) => r.name.split(" ").pop() ?? r.name)}
              values={rows.map((r) => r.creditedFen)}
              format={yuanAxis}
              ariaLabel={t("home.chartAria", { summary: rows.map((r) => `${r.name} ${formatYuan(r.creditedFen)}`).join("，") })}
            />
            <ScrollTable
              label={t("home.table")}
              size="small"
              style={{ marginTop: 12 }}
              pagination={false}
              rowKey="key"
              dataSource={rows}
              columns={[
                { title: t("home.county"), dataIndex: "name" },
                { title: t("home.amount"), dataIndex: "creditedFen", align: "right", render: (v: number) => formatYuan(v) },
                { title: t("home.orders"), dataIndex: "orders", align: "right" },
              ]}
            />
          </>
        ) : (
          <Typography.Text type="secondary">{t("home.noSales")}</Typography.Text>
        )}
      </Card>
    </>
  );
}
