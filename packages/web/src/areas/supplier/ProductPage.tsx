import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, Row, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { ApiError, errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Product } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { ProductFields } from "./ProductFields";
import { RestockModal } from "./RestockModal";
import { ExpiryTag, expiryMessage, refusalOnField, StatusTag, useMySuppliers } from "./shared";

interface Values {
  name: string;
  category: string;
  unit: string;
  priceFen: string;
  description?: string;
}

const yuanText = (fen: number) => formatYuan(fen).replace(/^¥/, "").replace(/,/g, "");

function CertificationCard({ product }: { product: Product }) {
  const { t, i18n } = useTranslation("supplier");
  const c = product.certification;
  const alert = expiryMessage(product, t as T, i18n.language);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("product.certification")}</h2>} style={{ marginBottom: 16 }}>
      {alert && <Alert type={alert.type} showIcon message={alert.text} style={{ marginBottom: 12 }} data-testid="expiry-alert" />}
      <Flex gap={4} wrap style={{ marginBottom: 12 }}>
        <StatusTag status={product.status} />
        <ExpiryTag product={product} />
      </Flex>
      {c ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "no", label: t("product.certificateNo"), children: c.certificateNo },
            { key: "level", label: t("product.level"), children: t(`authorityLevel.${c.authorityLevel}`) },
            { key: "authority", label: t("product.authority"), children: c.authority },
            { key: "batch", label: t("product.batch"), children: c.catalogBatch },
            {
              key: "validity",
              label: t("product.validity"),
              children: t("product.validityRange", {
                from: formatCalendar(c.issuedOn, i18n.language),
                to: formatCalendar(c.validUntil, i18n.language),
              }),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t("product.notCertified")}</Typography.Text>
      )}
    </Card>
  );
}

/** One of the supplier's products: its certificate (with expiry warnings), figures, restock and edit. */
export default function ProductPage() {
  const { productId = "" } = useParams();
  const { t, i18n } = useTranslation("supplier");
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [restocking, setRestocking] = useState(false);
  const suppliers = useMySuppliers();
  const product = useQuery({
    queryKey: ["supplier", "product", productId],
    queryFn: () => call(client.GET("/products/{productId}", { params: { path: { productId } } })),
  });
  const save = useMutation({
    mutationFn: (body: Partial<Omit<Values, "priceFen">> & { priceFen?: number }) =>
      call(client.PATCH("/products/{productId}", { params: { path: { productId } }, body })),
    onSuccess: (updated) => {
      queryClient.setQueryData(["supplier", "product", productId], updated);
      void queryClient.invalidateQueries({ queryKey: ["supplier", "products", updated.supplierId] });
      form.setFieldsValue(valuesOf(updated));
      void message.success(t("product.saved"));
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });

  if (product.isPending || suppliers.isPending) return <Skeleton active />;
  // A listed product of another supplier is public, but not this account's to manage.
  const notOurs = !!product.data && !!suppliers.data && !suppliers.data.some((s) => s.supplierId === product.data.supplierId);
  if (product.error || notOurs) {
    const missing = notOurs || (product.error instanceof ApiError && product.error.status === 404);
    return (
      <>
        <PageTitle>{t("products.title")}</PageTitle>
        <Alert type="error" showIcon message={missing ? t("product.notFound") : errorMessage(product.error, t as T, i18n.language)} />
        <Button style={{ marginTop: 16 }} onClick={() => navigate("/supplier/products")}>
          {t("product.back")}
        </Button>
      </>
    );
  }
  const p = product.data!;

  const submit = (v: Values) => {
    const changes: Partial<Omit<Values, "priceFen">> & { priceFen?: number } = {};
    if (v.name !== p.name) changes.name = v.name;
    if (v.category !== p.category) changes.category = v.category;
    if (v.unit !== p.unit) changes.unit = v.unit;
    const price = parseYuan(v.priceFen);
    if (price !== null && price !== p.priceFen) changes.priceFen = price;
    if (v.description?.trim() && v.description !== (p.description ?? "")) changes.description = v.description;
    if (Object.keys(changes).length === 0) {
      void message.info(t("product.noChange"));
      return;
    }
    if (p.certification && (changes.name !== undefined || changes.category !== undefined)) {
      modal.confirm({
        title: t("product.confirmRecertifyTitle"),
        content: t("product.confirmRecertifyBody", { name: v.name }),
        okText: t("product.confirmOk"),
        okButtonProps: { danger: true },
        cancelText: t("product.confirmCancel"),
        onOk: () => save.mutateAsync(changes).catch(() => undefined),
      });
      return;
    }
    save.mutate(changes);
  };

  return (
    <>
      <PageTitle
        extra={
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => setRestocking(true)}>
              {t("products.restock")}
            </Button>
            <Button onClick={() => navigate("/supplier/products")}>{t("product.back")}</Button>
          </Flex>
        }
      >
        {p.name}
      </PageTitle>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <CertificationCard product={p} />
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("product.facts")}</h2>} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: "price",
                  label: t("product.price"),
                  children: `${formatYuan(p.priceFen)} ${t("products.perUnit", { unit: p.unit })}`,
                },
                { key: "stock", label: t("product.stock"), children: <span data-testid="product-stock">{p.stock}</span> },
                { key: "category", label: t("product.category"), children: p.category },
                {
                  key: "origin",
                  label: t("product.origin"),
                  children: `${p.origin.province} ${p.origin.city} ${p.origin.county} ${p.origin.township} ${p.origin.village}`,
                },
                {
                  key: "helps",
                  label: t("product.helps"),
                  children: `${t(`povertyLink.${p.povertyLink.mode}`)} · ${t("product.householdsCount", { count: p.povertyLink.households })}`,
                },
                { key: "updated", label: t("product.updatedAt"), children: formatChinaDateTime(p.updatedAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("product.edit")}</h2>} style={{ marginBottom: 16 }}>
            {p.certification && <Alert type="info" showIcon message={t("form.certifiedWarning")} style={{ marginBottom: 16 }} />}
            <Form<Values> form={form} layout="vertical" initialValues={valuesOf(p)} onFinish={submit} data-testid="edit-form">
              <ProductFields />
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t("product.save")}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      <RestockModal product={restocking ? p : null} onClose={() => setRestocking(false)} />
    </>
  );
}

function valuesOf(p: Product): Values {
  return { name: p.name, category: p.category, unit: p.unit, priceFen: yuanText(p.priceFen), description: p.description ?? "" };
}
