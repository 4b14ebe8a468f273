import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { useShowError } from "../../api/show-error";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { formatYuan } from "../../lib/money";
import { type CartLine, cart, cartTotalFen, useCart } from "./cart";
import { checkoutKey, forgetCheckoutKey } from "./checkout-key";

export default function CheckoutPage() {
  const { t } = useTranslation("buyer");
  const lines = useCart();
  const navigate = useNavigate();
  const showError = useShowError();
  // One key per attempt: the same cart keeps it, so any resend answers the same order.
  const key = useMemo(() => checkoutKey(lines), [lines]);
  const place = useMutation({
    mutationFn: () =>
      call(
        client.POST("/orders", {
          params: { header: { "Idempotency-Key": key } },
          body: { items: lines.map((l) => ({ productId: l.productId, quantity: l.quantity })) },
        }),
      ),
    onSuccess: (order) => {
      cart.clear();
      forgetCheckoutKey();
      navigate(`/orders/${order.orderId}/pay`, { replace: true });
    },
    onError: (e) => showError(e),
  });

  if (!lines.length && !place.isSuccess) {
    return (
      <>
        <PageTitle>{t("checkout.title")}</PageTitle>
        <Empty description={t("checkout.empty")}>
          <Button onClick={() => navigate("/products")}>{t("cart.browse")}</Button>
        </Empty>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t("checkout.title")}</PageTitle>
      <Card styles={{ body: { padding: 0 } }}>
        <ScrollTable<CartLine>
          label={t("checkout.title")}
          rowKey="productId"
          pagination={false}
          dataSource={lines}
          columns={[
            { title: t("cart.product"), dataIndex: "name", render: (name: string, l) => `${name}（${l.unit}）` },
            { title: t("cart.unitPrice"), dataIndex: "priceFen", align: "right", render: (v: number) => formatYuan(v) },
            { title: t("cart.quantity"), dataIndex: "quantity", align: "right" },
            { title: t("cart.subtotal"), key: "subtotal", align: "right", render: (_: unknown, l) => formatYuan(l.priceFen * l.quantity) },
          ]}
        />
      </Card>
      <Alert type="info" showIcon message={t("checkout.note")} style={{ margin: "16px 0" }} />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Text>
          {t("cart.total")}{" "}
          <Typography.Text strong style={{ fontSize: 20, color: "#a8071a" }}>
            {formatYuan(cartTotalFen(lines))}
          </Typography.Text>
        </Typography.Text>
        <Flex gap={8}>
          <Button onClick={() => navigate("/cart")}>{t("menu.cart")}</Button>
          <Button type="primary" size="large" loading={place.isPending} disabled={place.isSuccess} onClick={() => place.mutate()}>
            {place.isPending ? t("checkout.placing") : t("checkout.place")}
          </Button>
        </Flex>
      </Flex>
    </>
  );
}
