import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, Input, Skeleton, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { Order } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { OrderStatusTag } from "./shared";

/** Refunds: find an order by its number, or pick one of the latest orders. */
export default function RefundsPage() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const orders = useInfiniteQuery({
    queryKey: ["admin", "orders"],
    queryFn: ({ pageParam }) =>
      call(client.GET("/orders", { params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t("refunds.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("refunds.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Form.Item label={t("refunds.lookup")} htmlFor="order-lookup" style={{ marginBottom: 0, maxWidth: 520 }}>
            <Input.Search
              id="order-lookup"
              placeholder={t("refunds.lookupPlaceholder")}
              enterButton={t("refunds.find")}
              onSearch={(id) => {
                const orderId = id.trim();
                if (orderId) navigate(`/admin/refunds/${encodeURIComponent(orderId)}`);
              }}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("refunds.recent")}</h2>} styles={{ body: { padding: 0 } }}>
        {orders.error ? (
          <Alert type="error" showIcon message={errorMessage(orders.error, t as T, i18n.language)} style={{ margin: 16 }} />
        ) : orders.isPending ? (
          <Skeleton active style={{ padding: 16 }} />
        ) : !items.length ? (
          <Empty description={t("refunds.empty")} style={{ padding: 16 }} />
        ) : (
          <Table<Order>
            rowKey="orderId"
            dataSource={items}
            pagination={false}
            data-testid="recent-orders"
            columns={[
              {
                title: t("refunds.orderNo"),
                dataIndex: "orderId",
                render: (id: string) => (
                  <Link to={`/admin/refunds/${id}`} aria-label={t("refunds.open", { id })}>
                    <Typography.Text code style={{ wordBreak: "break-all" }}>
                      {id}
                    </Typography.Text>
                  </Link>
                ),
              },
              { title: t("refunds.placedAt"), dataIndex: "createdAt", responsive: ["lg"], render: (v: string) => formatChinaDateTime(v) },
              { title: t("refunds.total"), dataIndex: "totalFen", align: "right", render: (v: number) => formatYuan(v) },
              {
                title: t("refunds.refunded"),
                dataIndex: "refundedFen",
                align: "right",
                responsive: ["md"],
                render: (v: number) => formatYuan(v),
              },
              {
                title: t("refunds.status"),
                dataIndex: "status",
                responsive: ["sm"],
                render: (s: Order["status"]) => <OrderStatusTag status={s} />,
              },
            ]}
          />
        )}
        {orders.hasNextPage && (
          <Flex justify="center" style={{ margin: 16 }}>
            <Button onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
              {t("common.more")}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
