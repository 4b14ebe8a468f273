import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Flex, Result, Skeleton, Space, Spin } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { formatYuan } from "../../lib/money";
import { cart } from "./cart";
import { CreditedVillages } from "./CreditedVillages";
import { StatusTag } from "./labels";

/** How long the page keeps asking before it says the answer is slow (the webhook normally lands within a second). */
const POLL_FOR_MS = 60_000;
const KNOWN_FAILURES = ["card_declined", "generic_decline", "payment_intent_payment_attempt_failed"];

/** After paying: waits for the platform to hear from the payment provider, then says how it went. */
export default function ResultPage() {
  const { orderId = "" } = useParams();
  const { t, i18n } = useTranslation("buyer");
  const navigate = useNavigate();
  const failure = (useLocation().state as { failure?: string } | null)?.failure;
  const started = useRef(Date.now());
  const order = useQuery({
    queryKey: ["order", orderId],
    staleTime: 0,
    queryFn: () => call(client.GET("/orders/{orderId}", { params: { path: { orderId } } })),
    refetchInterval: (q) => (q.state.data?.status === "pending_payment" && Date.now() - started.current < POLL_FOR_MS ? 1000 : false),
  });

  if (order.isPending) return <Skeleton active />;
  if (order.error) return <Alert type="error" showIcon message={errorMessage(order.error, t as T, i18n.language)} />;
  const o = order.data;
  const title = (text: string) => <h1 style={{ fontSize: 22, margin: 0 }}>{text}</h1>;
  const actions = (
    <Flex gap={8} wrap justify="center">
      <Button type="primary" onClick={() => navigate(`/orders/${o.orderId}`)}>
        {t("result.viewOrder")}
      </Button>
      <Button onClick={() => navigate("/products")}>{t("result.continue")}</Button>
    </Flex>
  );

  if (o.status === "pending_payment") {
    const slow = Date.now() - started.current >= POLL_FOR_MS;
    return (
      <Result
        icon={<Spin size="large" />}
        title={title(t("result.waiting"))}
        subTitle={slow ? t("result.slow") : t("result.waitingHint")}
        extra={slow ? actions : undefined}
      />
    );
  }
  if (o.status === "paid" || o.status === "partially_refunded" || o.status === "refunded") {
    return (
      <Result
        status="success"
        title={title(t("result.paid"))}
        subTitle={
          <Space wrap>
            <StatusTag status={o.status} />
            <span>{formatYuan(o.paidFen)}</span>
            <span>{t("result.paidHint")}</span>
          </Space>
        }
        extra={actions}
      >
        <CreditedVillages order={o} />
      </Result>
    );
  }
  const reorder = () => {
    cart.restore(
      o.items.map((l) => ({
        productId: l.productId,
        quantity: l.quantity,
        name: l.name,
        unit: l.unit,
        priceFen: l.unitPriceFen,
        village: l.village,
        county: l.county,
        stock: 0,
      })),
    );
    navigate("/cart");
  };
  return (
    <Result
      status={o.status === "cancelled" ? "info" : "error"}
      title={title(o.status === "cancelled" ? t("result.cancelled") : t("result.failed"))}
      subTitle={
        <Space direction="vertical">
          <StatusTag status={o.status} />
          {failure && <span>{t(`pay.failed.${KNOWN_FAILURES.includes(failure) ? failure : "other"}`)}</span>}
          <span>{t("result.failedHint")}</span>
        </Space>
      }
      extra={
        <Flex gap={8} wrap justify="center">
          <Button type="primary" onClick={reorder}>
            {t("result.reorder")}
          </Button>
          <Button onClick={() => navigate(`/orders/${o.orderId}`)}>{t("result.viewOrder")}</Button>
        </Flex>
      }
    />
  );
}
