import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { enterpriseFigures, keys } from "./api";
import { Figures } from "./Figures";
import type { Enterprise } from "./types";

function EnterpriseCard({ enterprise }: { enterprise: Enterprise }) {
  const { t, i18n } = useTranslation("enterprise");
  const figures = useQuery({ queryKey: keys.figures(enterprise.enterpriseId), queryFn: () => enterpriseFigures(enterprise.enterpriseId) });
  const page = `/enterprise/enterprises/${enterprise.enterpriseId}`;
  return (
    <Card
      data-testid="enterprise-card"
      title={
        <h2 style={{ fontSize: 16, margin: 0, whiteSpace: "normal" }}>
          <Link to={page}>{enterprise.name}</Link>
        </h2>
      }
      extra={
        <Link to={page} aria-label={`${enterprise.name}：${t("mine.open")}`}>
          {t("mine.open")}
        </Link>
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: "code", label: t("mine.creditCode"), children: <Typography.Text code>{enterprise.creditCode}</Typography.Text> },
          { key: "place", label: t("mine.place"), children: `${enterprise.province} ${enterprise.city}` },
        ]}
      />
      {figures.error ? (
        <Alert type="error" showIcon message={errorMessage(figures.error, t as T, i18n.language)} />
      ) : figures.data ? (
        <Figures values={figures.data} />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
    </Card>
  );
}

/** The enterprises this account manages, each with its figures (GET /enterprises, GET /reports/pairings?enterpriseId=). */
export default function MyEnterprisesPage() {
  const { t, i18n } = useTranslation("enterprise");
  const navigate = useNavigate();
  const mine = useInfiniteQuery({
    queryKey: keys.mine,
    queryFn: ({ pageParam }) =>
      call(client.GET("/enterprises", { params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = mine.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => navigate("/enterprise/register")}>
            {t("mine.register")}
          </Button>
        }
      >
        {t("mine.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("mine.intro")}</Typography.Paragraph>
      {mine.error && <Alert type="error" showIcon message={errorMessage(mine.error, t as T, i18n.language)} />}
      {mine.isPending ? (
        <Skeleton active />
      ) : items.length === 0 && !mine.error ? (
        <Empty description={t("mine.empty")}>
          <Button type="primary" onClick={() => navigate("/enterprise/register")}>
            {t("mine.register")}
          </Button>
        </Empty>
      ) : (
        items.map((e) => <EnterpriseCard key={e.enterpriseId} enterprise={e} />)
      )}
      {mine.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void mine.fetchNextPage()} loading={mine.isFetchingNextPage}>
            {t("mine.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
