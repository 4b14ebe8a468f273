import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Row, Select, Skeleton, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import type { T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Product } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { daysUntil, ExpiryTag, LoadFailed, ProductStatusTag, refusalOnField, useAllSuppliers } from "./shared";

const LEVELS = ["county", "province", "national"] as const;
const DATE = "YYYY-MM-DD";

interface Values {
  certificateNo: string;
  authorityLevel: (typeof LEVELS)[number];
  authority: string;
  catalogBatch: string;
  issuedOn: Dayjs;
  validUntil: Dayjs;
}

function initialValues(p: Product): Partial<Values> {
  const c = p.certification;
  return {
    certificateNo: c?.certificateNo,
    authorityLevel: c?.authorityLevel ?? "county",
    authority: c?.authority,
    catalogBatch: c?.catalogBatch,
    issuedOn: dayjs(chinaToday(), DATE),
  };
}

function ProductFacts({ product: p }: { product: Product }) {
  const { t, i18n } = useTranslation("admin");
  const suppliers = useAllSuppliers();
  const c = p.certification;
  return (
    <>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("certify.product")}</h2>} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "category", label: t("certify.category"), children: p.category },
            { key: "unit", label: t("certify.unit"), children: p.unit },
            { key: "price", label: t("certify.price"), children: formatYuan(p.priceFen) },
            { key: "stock", label: t("certify.stock"), children: p.stock },
            {
              key: "origin",
              label: t("certify.origin"),
              children: `${p.origin.province} ${p.origin.city} ${p.origin.county} ${p.origin.township} ${p.origin.village}`,
            },
            { key: "supplier", label: t("certify.supplier"), children: suppliers.data?.get(p.supplierId)?.name ?? p.supplierId },
            {
              key: "helps",
              label: t("certify.helps"),
              children: `${t(`povertyLink.${p.povertyLink.mode}`)} · ${t("certify.households", { count: p.povertyLink.households })}`,
            },
            ...(p.description
              ? [
                  {
                    key: "description",
                    label: t("certify.description"),
                    children: <span style={{ whiteSpace: "pre-wrap" }}>{p.description}</span>,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("certify.current")}</h2>} style={{ marginBottom: 16 }}>
        <Flex gap={4} wrap style={{ marginBottom: c ? 12 : 0 }}>
          <ProductStatusTag status={p.status} />
          {c && p.status === "listed" && daysUntil(c.validUntil) <= 30 && <ExpiryTag validUntil={c.validUntil} />}
        </Flex>
        {c ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: "no", label: t("certify.certificateNo"), children: c.certificateNo },
              { key: "authority", label: t("certify.authority"), children: `${c.authority}（${t(`authorityLevel.${c.authorityLevel}`)}）` },
              { key: "batch", label: t("certify.catalogBatch"), children: c.catalogBatch },
              {
                key: "validity",
                label: t("certify.validity"),
                children: t("certify.validityRange", {
                  from: formatCalendar(c.issuedOn, i18n.language),
                  to: formatCalendar(c.validUntil, i18n.language),
                }),
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t("certify.none")}</Typography.Text>
        )}
      </Card>
    </>
  );
}

/** Certify a product, or renew its certificate: PUT /products/{id}/certification. */
export default function CertifyPage() {
  const { productId = "" } = useParams();
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const product = useQuery({
    queryKey: ["admin", "product", productId],
    queryFn: () => call(client.GET("/products/{productId}", { params: { path: { productId } } })),
  });
  const certify = useMutation({
    mutationFn: (v: Values) =>
      call(
        client.PUT("/products/{productId}/certification", {
          params: { path: { productId } },
          body: {
            certificateNo: v.certificateNo,
            authorityLevel: v.authorityLevel,
            authority: v.authority,
            catalogBatch: v.catalogBatch,
            issuedOn: v.issuedOn.format(DATE),
            validUntil: v.validUntil.format(DATE),
          },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(["admin", "product", productId], updated);
      void queryClient.invalidateQueries({ queryKey: ["admin", "products"] });
      void message.success(t("certify.saved", { name: updated.name, status: t(`status.${updated.status}`) }));
      form.setFieldsValue({ ...initialValues(updated), validUntil: undefined });
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });

  const back = <Button onClick={() => navigate("/admin/certification")}>{t("certify.back")}</Button>;
  if (product.isPending) return <Skeleton active />;
  if (product.error) {
    return <LoadFailed error={product.error} title={t("certification.title")} back={back} notFound={t("certify.notFound")} />;
  }
  const p = product.data;
  const renewing = !!p.certification;
  const required = { required: true, message: t("common.required") };
  const text = (max: number) => [{ ...required, whitespace: true }, { max }];

  return (
    <>
      <PageTitle extra={back}>{t("certify.title", { name: p.name })}</PageTitle>
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <ProductFacts product={p} />
        </Col>
        <Col xs={24} lg={13}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{renewing ? t("certify.renewTitle") : t("certify.formTitle")}</h2>}>
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={initialValues(p)}
              onFinish={(v) => certify.mutate(v)}
              data-testid="certify-form"
            >
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="certificateNo" label={t("certify.certificateNo")} rules={text(60)}>
                    <Input placeholder={t("certify.certificateNo_ph")} maxLength={60} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="authorityLevel" label={t("certify.authorityLevel")} rules={[required]}>
                    <Select options={LEVELS.map((l) => ({ value: l, label: t(`authorityLevel.${l}`) }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="authority" label={t("certify.authority")} rules={text(100)}>
                <Input placeholder={t("certify.authority_ph")} maxLength={100} />
              </Form.Item>
              <Form.Item name="catalogBatch" label={t("certify.catalogBatch")} rules={text(60)}>
                <Input placeholder={t("certify.catalogBatch_ph")} maxLength={60} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="issuedOn" label={t("certify.issuedOn")} rules={[required]}>
                    <DatePicker format={DATE} placeholder={t("certify.datePlaceholder")} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="validUntil"
                    label={t("certify.validUntil")}
                    dependencies={["issuedOn"]}
                    rules={[
                      required,
                      ({ getFieldValue }) => ({
                        validator: (_r, v: Dayjs | undefined) => {
                          const from = getFieldValue("issuedOn") as Dayjs | undefined;
                          return v && from && v.isBefore(from, "day") ? Promise.reject(new Error(t("certify.before"))) : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <DatePicker format={DATE} placeholder={t("certify.datePlaceholder")} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" htmlType="submit" loading={certify.isPending}>
                {renewing ? t("certify.submitRenew") : t("certify.submit")}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
