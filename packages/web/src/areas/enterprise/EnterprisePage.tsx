import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { enterpriseFigures, getEnterprise, keys, useManages } from "./api";
import { Figures } from "./Figures";
import { DeliveryProgress, PairingStatusTag, SupportTypeTags } from "./labels";
import type { Pairing } from "./types";

/** One enterprise: its figures (GET /reports/pairings?enterpriseId=) and its pairings (GET /pairings?enterpriseId=). */
export default function EnterprisePage() {
  const { enterpriseId = "" } = useParams();
  const { t, i18n } = useTranslation("enterprise");
  const navigate = useNavigate();
  const enterprise = useQuery({ queryKey: keys.enterprise(enterpriseId), queryFn: () => getEnterprise(enterpriseId) });
  const figures = useQuery({ queryKey: keys.figures(enterpriseId), queryFn: () => enterpriseFigures(enterpriseId) });
  const pairings = useInfiniteQuery({
    queryKey: keys.pairings(enterpriseId),
    queryFn: ({ pageParam }) =>
      call(client.GET("/pairings", { params: { query: { enterpriseId, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = pairings.data?.pages.flatMap((p) => p.items) ?? [];
  const date = (d: string) => formatCalendar(d, i18n.language);
  const manages = useManages(enterpriseId);

  if (enterprise.isPending) return <Skeleton active />;
  if (enterprise.error) {
    return (
      <>
        <PageTitle>{t("enterprise.notFound")}</PageTitle>
        <Alert type="error" showIcon message={errorMessage(enterprise.error, t as T, i18n.language)} />
      </>
    );
  }
  const e = enterprise.data;
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to="/enterprise">← {t("enterprise.back")}</Link>
      </Typography.Paragraph>
      <PageTitle
        extra={
          manages && (
            <Button type="primary" onClick={() => navigate(`/enterprise/enterprises/${enterpriseId}/pair`)}>
              {t("enterprise.newPairing")}
            </Button>
          )
        }
      >
        {e.name}
      </PageTitle>
      {manages === false && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("enterprise.readOnly", { enterprise: e.name })} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "code", label: t("enterprise.creditCode"), children: <Typography.Text code>{e.creditCode}</Typography.Text> },
            { key: "place", label: t("enterprise.place"), children: `${e.province} ${e.city}` },
            { key: "at", label: t("enterprise.registeredAt"), children: formatChinaDateTime(e.createdAt) },
          ]}
        />
      </Card>
      {figures.error ? (
        <Alert type="error" showIcon message={errorMessage(figures.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      ) : figures.data ? (
        <Figures values={figures.data} testId="enterprise-figures" />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("enterprise.pairings")}</h2>} styles={{ body: { padding: 0 } }}>
        {pairings.error && <Alert type="error" showIcon message={errorMessage(pairings.error, t as T, i18n.language)} />}
        {!pairings.isPending && rows.length === 0 && !pairings.error ? (
          <Empty description={t("enterprise.noPairings")} style={{ padding: 24 }}>
            {manages && (
              <Button type="primary" onClick={() => navigate(`/enterprise/enterprises/${enterpriseId}/pair`)}>
                {t("enterprise.newPairing")}
              </Button>
            )}
          </Empty>
        ) : (
          <ScrollTable<Pairing>
            label={t("enterprise.pairings")}
            rowKey="pairingId"
            loading={pairings.isPending}
            dataSource={rows}
            pagination={false}
            data-testid="pairings-table"
            columns={[
              {
                title: t("enterprise.village"),
                key: "village",
                render: (_: unknown, p) => (
                  <Link to={`/enterprise/pairings/${p.pairingId}`} aria-label={t("enterprise.openLedger", { village: p.village.name })}>
                    {p.village.name}
                  </Link>
                ),
              },
              {
                title: t("enterprise.place2"),
                key: "place",
                render: (_: unknown, p) => `${p.village.province} ${p.village.county} ${p.village.township}`,
              },
              { title: t("enterprise.supportTypes"), key: "types", render: (_: unknown, p) => <SupportTypeTags types={p.supportTypes} /> },
              { title: t("enterprise.committed"), dataIndex: "committedFen", align: "right", render: (v: number) => formatYuan(v) },
              {
                title: t("enterprise.delivered"),
                key: "delivered",
                align: "right",
                render: (_: unknown, p) => (
                  <div style={{ minWidth: 120 }}>
                    {formatYuan(p.deliveredFen)}
                    <DeliveryProgress deliveredFen={p.deliveredFen} committedFen={p.committedFen} />
                  </div>
                ),
              },
              { title: t("enterprise.peopleHelped"), dataIndex: "peopleHelped", align: "right" },
              { title: t("enterprise.status"), dataIndex: "status", render: (s: Pairing["status"]) => <PairingStatusTag status={s} /> },
              {
                title: t("enterprise.period"),
                key: "period",
                render: (_: unknown, p) =>
                  p.endedOn
                    ? t("enterprise.range", { from: date(p.startedOn), to: date(p.endedOn) })
                    : t("enterprise.since", { from: date(p.startedOn) }),
              },
              {
                title: t("enterprise.ledger"),
                key: "ledger",
                render: (_: unknown, p) => (
                  <Link to={`/enterprise/pairings/${p.pairingId}`} aria-label={t("enterprise.openLedger", { village: p.village.name })}>
                    {t("enterprise.ledger")}
                  </Link>
                ),
              },
            ]}
          />
        )}
        {pairings.hasNextPage && (
          <Flex justify="center" style={{ padding: 12 }}>
            <Button onClick={() => void pairings.fetchNextPage()} loading={pairings.isFetchingNextPage}>
              {t("pairing.more")}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
