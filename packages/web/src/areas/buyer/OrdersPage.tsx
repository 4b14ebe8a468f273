import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, List, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { StatusTag, shortId } from "./labels";

export default function OrdersPage() {
  const { t, i18n } = useTranslation("buyer");
  const orders = useInfiniteQuery({
    queryKey: ["orders"],
    queryFn: ({ pageParam }) =>
      call(client.GET("/orders", { params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t("orders.title")}</PageTitle>
      {orders.error && <Alert type="error" showIcon message={errorMessage(orders.error, t as T, i18n.language)} />}
      {orders.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("orders.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List
            dataSource={items}
            data-testid="order-list"
            renderItem={(o) => (
              <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }}>
                <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                  <Link to={`/orders/${o.orderId}`} aria-label={t("orders.view", { id: shortId(o.orderId) })}>
                    <Typography.Text strong>{shortId(o.orderId)}</Typography.Text>
                  </Link>{" "}
                  <Typography.Text type="secondary">{formatChinaDateTime(o.createdAt)}</Typography.Text>
                  <div>
                    <Typography.Text ellipsis>
                      {o.items.length > 1 ? t("orders.itemsSummary", { first: o.items[0]!.name, count: o.items.length }) : o.items[0]?.name}
                    </Typography.Text>
                  </div>
                </div>
                <Flex gap={12} align="center">
                  <Typography.Text strong>{formatYuan(o.totalFen)}</Typography.Text>
                  <StatusTag status={o.status} />
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {orders.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
            {t("orders.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
