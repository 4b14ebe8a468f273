import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, Input, List, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import type { Scheme } from "./types";

/** The 防贫保险 / 防贫救助 schemes, by id (of one county when asked), each with its pool. */
export default function SchemesPage() {
  const { t, i18n } = useTranslation("claims");
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const county = params.get("county")?.trim() || undefined;
  const schemes = useInfiniteQuery({
    queryKey: ["schemes", "list", county ?? null],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/schemes", {
          params: { query: { limit: 20, ...(county ? { county } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = schemes.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        extra={
          hasAnyRole(session, ["admin"]) && (
            <Button type="primary" onClick={() => navigate("/schemes/new")}>
              {t("schemes.new")}
            </Button>
          )
        }
      >
        {t("schemes.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("schemes.intro")}</Typography.Paragraph>
      <Form
        layout="inline"
        initialValues={{ county: county ?? "" }}
        onFinish={(v: { county: string }) => setParams(v.county.trim() ? { county: v.county.trim() } : {}, { replace: true })}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="county" label={t("schemes.county")}>
          <Input allowClear placeholder={t("schemes.countyPlaceholder")} style={{ width: 180 }} />
        </Form.Item>
        <Button htmlType="submit">{t("schemes.filter")}</Button>
      </Form>
      {schemes.error && <Alert type="error" showIcon message={errorMessage(schemes.error, t as T, i18n.language)} />}
      {schemes.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("schemes.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<Scheme>
            dataSource={items}
            data-testid="scheme-list"
            renderItem={(s) => (
              <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }}>
                <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                  <Link to={`/schemes/${encodeURIComponent(s.schemeId)}`}>
                    <Typography.Text strong>{s.name}</Typography.Text>
                  </Link>
                  <div>
                    <Typography.Text type="secondary">
                      {t(`kind.${s.kind}`)} · {s.county} · {t("schemes.yearVersion", { year: s.year, version: s.version })}
                    </Typography.Text>
                  </div>
                </div>
                <Flex gap={16} wrap>
                  <span>
                    <Typography.Text type="secondary">{t("schemes.pool")}</Typography.Text>{" "}
                    <Typography.Text strong>{formatYuan(s.poolBalanceFen)}</Typography.Text>
                  </span>
                  <span>
                    <Typography.Text type="secondary">{t("schemes.paid")}</Typography.Text>{" "}
                    <Typography.Text>{formatYuan(s.paidFen)}</Typography.Text>
                  </span>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {schemes.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void schemes.fetchNextPage()} loading={schemes.isFetchingNextPage}>
            {t("schemes.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
