import { luhnValid } from "@fupin/core/payments/card-number";
import { AlipayCircleOutlined, CreditCardOutlined, WechatOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Flex, Form, Input, QRCode, Radio, Result, Skeleton, Space, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import { useConfig } from "../../app/config";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import { type CardFields, type PaymentTarget, type PayOutcome, paymentsFor, type WalletMethod } from "../../payments";
import { mountStripeCard } from "../../payments/stripe";
import { shortId } from "./labels";

type Method = "card" | WalletMethod;

/** "4242424242424242" → "4242 4242 4242 4242" as it is typed. */
const groupCardNumber = (value: string) =>
  value
    .replace(/\D/g, "")
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, "$1 ");

/** "1230" → "12/30" as it is typed. */
const formatExpiry = (value: string) => {
  const digits = value.replace(/\D/g, "").slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
};

function StripeCardField({ publishableKey }: { publishableKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let unmount: (() => void) | undefined;
    if (ref.current) void mountStripeCard(publishableKey, ref.current).then((u) => (unmount = u));
    return () => unmount?.();
  }, [publishableKey]);
  return <div ref={ref} style={{ padding: 10, border: "1px solid #d9d9d9", borderRadius: 6 }} />;
}

export default function PayPage() {
  const { orderId = "" } = useParams();
  const { t, i18n } = useTranslation("buyer");
  const navigate = useNavigate();
  const config = useConfig();
  const payments = paymentsFor(config);
  const showError = useShowError();
  const [form] = Form.useForm<CardFields>();
  const [method, setMethod] = useState<Method>("card");
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Extract<PayOutcome, { status: "requires_action" }> | null>(null);
  const order = useQuery({
    queryKey: ["order", orderId],
    queryFn: () => call(client.GET("/orders/{orderId}", { params: { path: { orderId } } })),
    // An order changes behind the page's back (Stripe's webhook): always read it afresh.
    staleTime: 0,
  });

  if (order.isPending) return <Skeleton active />;
  if (order.error) return <Alert type="error" showIcon message={errorMessage(order.error, t as T, i18n.language)} />;
  const o = order.data;
  if (o.status !== "pending_payment") return <Navigate to={`/orders/${o.orderId}/result`} replace />;
  if (!payments || !o.payment?.clientSecret) {
    return <Result status="warning" title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("pay.unavailable")}</h1>} />;
  }
  const target: PaymentTarget = { orderId: o.orderId, paymentIntentId: o.payment.paymentIntentId, clientSecret: o.payment.clientSecret };
  const amount = formatYuan(o.totalFen);
  const methodLabel = (m: Method) => t(`pay.${m}`);

  const settle = (outcome: PayOutcome) => {
    if (outcome.status === "requires_action") {
      setPending(outcome);
      return;
    }
    // Succeeded or failed, the platform learns it from Stripe's webhook: the result page waits for the order to say so.
    navigate(`/orders/${o.orderId}/result`, { replace: true, state: outcome.status === "failed" ? { failure: outcome.code } : undefined });
  };
  const run = async (action: () => Promise<PayOutcome>) => {
    setBusy(true);
    try {
      settle(await action());
    } catch (e) {
      showError(e, form, "card");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t("pay.title")}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: "no", label: t("pay.orderNo"), children: shortId(o.orderId) },
            {
              key: "amount",
              label: t("pay.amount"),
              children: (
                <Typography.Text strong style={{ fontSize: 20, color: "#a8071a" }} data-testid="pay-amount">
                  {amount}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("pay.method")}</h2>}>
        {pending ? (
          <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="wallet-panel">
            <Alert
              type="warning"
              showIcon
              message={t("pay.standinWallet", { method: methodLabel(pending.method) })}
              description={t("pay.standinWalletHint", { method: methodLabel(pending.method) })}
            />
            {pending.method === "wechat_pay" && pending.qrData && (
              <Flex vertical align="center" gap={8}>
                <QRCode value={pending.qrData} size={160} bordered={false} aria-label={t("pay.scan")} />
                <Typography.Text>{t("pay.scan")}</Typography.Text>
              </Flex>
            )}
            <Flex gap={8} wrap>
              <Button type="primary" loading={busy} onClick={() => void run(() => payments.authorizeWallet!(target, true))}>
                {t("pay.approve")}
              </Button>
              <Button danger disabled={busy} onClick={() => void run(() => payments.authorizeWallet!(target, false))}>
                {t("pay.refuse")}
              </Button>
            </Flex>
          </Space>
        ) : (
          <>
            <Radio.Group
              value={method}
              onChange={(e) => setMethod(e.target.value as Method)}
              optionType="button"
              buttonStyle="solid"
              aria-label={t("pay.method")}
              style={{ marginBottom: 16, display: "flex", flexWrap: "wrap", gap: 8 }}
              options={[
                {
                  value: "card",
                  label: (
                    <>
                      <CreditCardOutlined /> {t("pay.card")}
                    </>
                  ),
                },
                {
                  value: "alipay",
                  label: (
                    <>
                      <AlipayCircleOutlined /> {t("pay.alipay")}
                    </>
                  ),
                },
                {
                  value: "wechat_pay",
                  label: (
                    <>
                      <WechatOutlined /> {t("pay.wechat_pay")}
                    </>
                  ),
                },
              ]}
            />
            {method === "card" ? (
              <Form<CardFields>
                form={form}
                name="card"
                layout="vertical"
                style={{ maxWidth: 420 }}
                onFinish={(card) =>
                  void run(() =>
                    payments.confirmCard(
                      target,
                      payments.provider === "standin" ? { ...card, number: card.number.replace(/\s/g, "") } : null,
                    ),
                  )
                }
              >
                {payments.provider === "standin" ? (
                  <>
                    <Alert type="info" showIcon message={t("pay.testCards")} style={{ marginBottom: 16 }} />
                    <Form.Item
                      name="number"
                      label={t("pay.cardNumber")}
                      normalize={groupCardNumber}
                      rules={[
                        {
                          validator: (_, v?: string) =>
                            luhnValid((v ?? "").replace(/\s/g, ""))
                              ? Promise.resolve()
                              : Promise.reject(new Error(t("pay.cardNumberInvalid"))),
                        },
                      ]}
                    >
                      <Input inputMode="numeric" autoComplete="cc-number" placeholder="4242 4242 4242 4242" />
                    </Form.Item>
                    <Flex gap={12}>
                      <Form.Item
                        name="expiry"
                        label={t("pay.expiry")}
                        normalize={formatExpiry}
                        rules={[
                          { required: true, message: t("pay.expiryInvalid") },
                          { pattern: /^(0[1-9]|1[0-2])\/\d{2}$/, message: t("pay.expiryInvalid") },
                        ]}
                        style={{ flex: 1 }}
                      >
                        <Input inputMode="numeric" autoComplete="cc-exp" placeholder="MM/YY" />
                      </Form.Item>
                      <Form.Item
                        name="cvc"
                        label={t("pay.cvc")}
                        rules={[
                          { required: true, message: t("pay.cvcInvalid") },
                          { pattern: /^\d{3,4}$/, message: t("pay.cvcInvalid") },
                        ]}
                        style={{ flex: 1 }}
                      >
                        <Input inputMode="numeric" autoComplete="cc-csc" maxLength={4} placeholder="123" />
                      </Form.Item>
                    </Flex>
                  </>
                ) : (
                  <Form.Item label={t("pay.cardNumber")} extra={t("pay.stripeNote")}>
                    <StripeCardField publishableKey={config.stripePublishableKey!} />
                  </Form.Item>
                )}
                <Button type="primary" htmlType="submit" size="large" loading={busy} block>
                  {t("pay.submit", { amount })}
                </Button>
              </Form>
            ) : (
              <Space direction="vertical" size="middle">
                <Typography.Text>{t("pay.walletIntro", { method: methodLabel(method), amount })}</Typography.Text>
                <Button type="primary" size="large" loading={busy} onClick={() => void run(() => payments.confirmWallet(target, method))}>
                  {t("pay.walletStart", { method: methodLabel(method) })}
                </Button>
              </Space>
            )}
          </>
        )}
      </Card>
    </>
  );
}
