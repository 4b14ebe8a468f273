import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Skeleton, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import type { T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Order, OrderLine } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatChinaDateTime } from "../../lib/dates";
import { useAttemptKey } from "../../lib/attempt-key";
import { formatYuan, parseYuan } from "../../lib/money";
import { LoadFailed, OrderStatusTag, refusalOnField } from "./shared";

interface Values {
  /** In 元 as typed; named after the API's field so its refusals land here. */
  amountFen: string;
  reason: string;
}

/** What may still be refunded: paid, less what was refunded or is being refunded. */
const refundableFen = (o: Order) => Math.max(0, o.paidFen - Math.max(o.refundRequestedFen, o.refundedFen));

const REFUNDABLE_STATUSES: readonly Order["status"][] = ["paid", "partially_refunded"];

/** One order for an administrator: what was paid and refunded, what remains refundable, and a refund. */
export default function RefundOrderPage() {
  const { orderId = "" } = useParams();
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  // One key per refund the administrator means: a resend of the same one (a lost answer) is answered once.
  const attempt = useAttemptKey();
  const order = useQuery({
    queryKey: ["admin", "order", orderId],
    queryFn: () => call(client.GET("/orders/{orderId}", { params: { path: { orderId } } })),
    // While a refund awaits the payment provider's confirmation, look again.
    refetchInterval: (q) => (q.state.data && q.state.data.refundRequestedFen > q.state.data.refundedFen ? 2_000 : false),
  });
  const refund = useMutation({
    mutationFn: (body: { amountFen: number; reason: string }) =>
      call(
        client.POST("/orders/{orderId}/refunds", {
          params: { path: { orderId }, header: { "Idempotency-Key": attempt.keyFor(body) } },
          body,
        }),
      ),
    onSuccess: (r) => {
      attempt.done();
      form.resetFields();
      void message.success(t("refund.done", { amount: formatYuan(r.amountFen) }));
      void queryClient.invalidateQueries({ queryKey: ["admin", "order", orderId] });
      void queryClient.invalidateQueries({ queryKey: ["admin", "orders"] });
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });

  const back = <Button onClick={() => navigate("/admin/refunds")}>{t("refund.back")}</Button>;
  if (order.isPending) return <Skeleton active />;
  if (order.error) {
    return <LoadFailed error={order.error} title={t("refunds.title")} back={back} notFound={t("refund.notFound")} />;
  }
  const o = order.data;
  const refundable = refundableFen(o);
  const inProgress = Math.max(0, o.refundRequestedFen - o.refundedFen);
  const canRefund = REFUNDABLE_STATUSES.includes(o.status) && refundable > 0;

  const submit = (v: Values) => {
    const amountFen = parseYuan(v.amountFen)!;
    modal.confirm({
      title: t("refund.confirmTitle", { amount: formatYuan(amountFen) }),
      content: t("refund.confirmBody"),
      okText: t("refund.confirmOk"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
      onOk: () => refund.mutateAsync({ amountFen, reason: v.reason }).catch(() => undefined),
    });
  };

  return (
    <>
      <PageTitle extra={back}>{t("refund.title", { id: o.orderId.slice(-8).toUpperCase() })}</PageTitle>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("refund.summary")}</h2>} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              data-testid="refund-summary"
              items={[
                {
                  key: "no",
                  label: t("refund.orderNo"),
                  span: { xs: 1, sm: 2 },
                  children: (
                    <Typography.Text copyable style={{ wordBreak: "break-all" }}>
                      {o.orderId}
                    </Typography.Text>
                  ),
                },
                { key: "buyer", label: t("refund.buyer"), children: o.buyerId },
                { key: "status", label: t("refund.status"), children: <OrderStatusTag status={o.status} /> },
                { key: "total", label: t("refund.total"), children: formatYuan(o.totalFen) },
                { key: "paid", label: t("refund.paid"), children: <span data-testid="paid">{formatYuan(o.paidFen)}</span> },
                { key: "refunded", label: t("refund.refunded"), children: <span data-testid="refunded">{formatYuan(o.refundedFen)}</span> },
                ...(inProgress > 0 ? [{ key: "progress", label: t("refund.inProgress"), children: formatYuan(inProgress) }] : []),
                {
                  key: "refundable",
                  label: t("refund.refundable"),
                  children: (
                    <Typography.Text strong style={{ color: "#a8071a" }} data-testid="refundable">
                      {formatYuan(refundable)}
                    </Typography.Text>
                  ),
                },
                ...(o.paidAt ? [{ key: "paidAt", label: t("refund.paidAt"), children: formatChinaDateTime(o.paidAt) }] : []),
              ]}
            />
          </Card>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("refund.lines")}</h2>}
            styles={{ body: { padding: 0 } }}
            style={{ marginBottom: 16 }}
          >
            <Table<OrderLine>
              rowKey="productId"
              pagination={false}
              dataSource={o.items}
              columns={[
                { title: t("refund.product"), dataIndex: "name", render: (name: string, l) => `${name}（${l.unit}）` },
                { title: t("refund.village"), key: "village", responsive: ["md"], render: (_: unknown, l) => `${l.county} ${l.village}` },
                {
                  title: t("refund.unitPrice"),
                  dataIndex: "unitPriceFen",
                  align: "right",
                  responsive: ["sm"],
                  render: (v: number) => formatYuan(v),
                },
                { title: t("refund.quantity"), dataIndex: "quantity", align: "right" },
                { title: t("refund.lineTotal"), dataIndex: "lineFen", align: "right", render: (v: number) => formatYuan(v) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("refund.formTitle")}</h2>}>
            {!REFUNDABLE_STATUSES.includes(o.status) && o.status !== "refunded" ? (
              <Alert type="info" showIcon message={t("refund.notRefundable", { status: t(`orderStatus.${o.status}`) })} />
            ) : !canRefund ? (
              <Alert type="info" showIcon message={t("refund.nothingLeft")} />
            ) : (
              <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="refund-form">
                <Form.Item
                  name="amountFen"
                  label={t("refund.amount")}
                  extra={t("refund.amountHelp", { amount: formatYuan(refundable) })}
                  rules={[
                    { required: true, whitespace: true, message: t("common.required") },
                    {
                      validator: (_r, v: string | undefined) => {
                        if (!v?.trim()) return Promise.resolve();
                        const fen = parseYuan(v);
                        if (fen === null) return Promise.reject(new Error(t("refund.amountInvalid")));
                        if (fen <= 0) return Promise.reject(new Error(t("refund.amountZero")));
                        return Promise.resolve();
                      },
                    },
                  ]}
                >
                  <Input prefix="¥" inputMode="decimal" placeholder={t("refund.amountPlaceholder")} />
                </Form.Item>
                <Form.Item
                  name="reason"
                  label={t("refund.reason")}
                  rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 200 }]}
                >
                  <Input.TextArea rows={3} maxLength={200} showCount placeholder={t("refund.reasonPlaceholder")} />
                </Form.Item>
                <Button type="primary" danger htmlType="submit" loading={refund.isPending}>
                  {t("refund.submit")}
                </Button>
              </Form>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
