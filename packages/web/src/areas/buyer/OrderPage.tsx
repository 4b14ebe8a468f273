import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { OrderLine } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { CreditedVillages } from "./CreditedVillages";
import { StatusTag, shortId } from "./labels";

export default function OrderPage() {
  const { orderId = "" } = useParams();
  const { t, i18n } = useTranslation("buyer");
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const order = useQuery({
    queryKey: ["order", orderId],
    queryFn: () => call(client.GET("/orders/{orderId}", { params: { path: { orderId } } })),
    // An order changes behind the page's back (Stripe's webhook, the unpaid-order job): always read it afresh.
    staleTime: 0,
  });
  const cancel = useMutation({
    mutationFn: () => call(client.POST("/orders/{orderId}/cancel", { params: { path: { orderId } } })),
    onSuccess: (cancelled) => {
      queryClient.setQueryData(["order", orderId], cancelled);
      void queryClient.invalidateQueries({ queryKey: ["orders"] });
      void message.success(t("order.cancelled"));
    },
    onError: (e) => showError(e),
  });

  if (order.isPending) return <Skeleton active />;
  if (order.error) return <Alert type="error" showIcon message={errorMessage(order.error, t as T, i18n.language)} />;
  const o = order.data;
  const paid = o.status === "paid" || o.status === "partially_refunded" || o.status === "refunded";

  const confirmCancel = () =>
    modal.confirm({
      title: t("order.cancelTitle"),
      content: t("order.cancelBody"),
      okText: t("order.cancelOk"),
      okButtonProps: { danger: true },
      cancelText: t("order.cancelKeep"),
      onOk: () => cancel.mutateAsync().catch(() => undefined),
    });

  return (
    <>
      <PageTitle
        extra={
          o.status === "pending_payment" && (
            <Flex gap={8} wrap>
              <Button type="primary" onClick={() => navigate(`/orders/${o.orderId}/pay`)}>
                {t("order.pay")}
              </Button>
              <Button danger loading={cancel.isPending} onClick={confirmCancel}>
                {t("order.cancel")}
              </Button>
            </Flex>
          )
        }
      >
        {t("order.title")}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: "no",
              label: t("order.orderNo"),
              children: <Typography.Text copyable={{ text: o.orderId }}>{shortId(o.orderId)}</Typography.Text>,
            },
            { key: "status", label: t("orders.status"), children: <StatusTag status={o.status} /> },
            { key: "total", label: t("orders.total"), children: <Typography.Text strong>{formatYuan(o.totalFen)}</Typography.Text> },
            { key: "placed", label: t("orders.placedAt"), children: formatChinaDateTime(o.createdAt) },
            ...(o.paidAt ? [{ key: "paid", label: t("orders.paidAt"), children: formatChinaDateTime(o.paidAt) }] : []),
            ...(o.creditMonth ? [{ key: "month", label: t("order.month"), children: formatCalendar(o.creditMonth, i18n.language) }] : []),
            ...(o.refundedFen > 0 ? [{ key: "refunded", label: t("order.refunded"), children: formatYuan(o.refundedFen) }] : []),
          ]}
        />
        {o.closedReason && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            message={t(`closedReason.${o.closedReason === "payment_timeout" ? "payment_timeout" : "other"}`)}
          />
        )}
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("order.lines")}</h2>}
        styles={{ body: { padding: 0 } }}
        style={{ marginBottom: 16 }}
      >
        <ScrollTable<OrderLine>
          label={t("order.lines")}
          rowKey="productId"
          pagination={false}
          dataSource={o.items}
          columns={[
            { title: t("order.product"), dataIndex: "name", render: (name: string, l) => `${name}（${l.unit}）` },
            { title: t("order.village"), key: "village", render: (_: unknown, l) => `${l.county} ${l.village}` },
            { title: t("order.unitPrice"), dataIndex: "unitPriceFen", align: "right", render: (v: number) => formatYuan(v) },
            { title: t("order.quantity"), dataIndex: "quantity", align: "right" },
            { title: t("order.lineTotal"), dataIndex: "lineFen", align: "right", render: (v: number) => formatYuan(v) },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("order.credited")}</h2>}>
        {paid ? (
          <>
            <Typography.Paragraph type="secondary">{t("order.creditedHint")}</Typography.Paragraph>
            <CreditedVillages order={o} />
          </>
        ) : (
          <Typography.Text type="secondary">{t("order.notCredited")}</Typography.Text>
        )}
      </Card>
    </>
  );
}
