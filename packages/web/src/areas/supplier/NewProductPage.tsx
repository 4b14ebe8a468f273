import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Empty, Flex, Form, InputNumber, Row, Select, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Village } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { parseYuan } from "../../lib/money";
import { ProductFields } from "./ProductFields";
import { refusalOnField, useMySuppliers } from "./shared";

const MODES = ["wages", "asset_income", "business_income"] as const;

interface Values {
  supplierId: string;
  villageId: string;
  name: string;
  category: string;
  unit: string;
  priceFen: string;
  stock: number;
  povertyLink: { mode: (typeof MODES)[number]; households: number };
  description?: string;
}

/** The villages a supplier may list products from: its own, and the others of its county (same province and city). */
async function villagesOfCounty(home: Village): Promise<Village[]> {
  const out: Village[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await call(
      client.GET("/villages", { params: { query: { county: home.county, limit: 100, ...(cursor ? { cursor } : {}) } } }),
    );
    out.push(...page.items.filter((v) => v.province === home.province && v.city === home.city));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out.sort((a, b) =>
    a.villageId === home.villageId ? -1 : b.villageId === home.villageId ? 1 : a.name.localeCompare(b.name, "zh-CN"),
  );
}

export default function NewProductPage() {
  const { t, i18n } = useTranslation("supplier");
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const suppliers = useMySuppliers();
  const chosen = Form.useWatch("supplierId", form) ?? params.get("supplierId") ?? suppliers.data?.[0]?.supplierId;
  const supplier = suppliers.data?.find((s) => s.supplierId === chosen) ?? suppliers.data?.[0];
  const villages = useQuery({
    queryKey: ["supplier", "villages", supplier?.villageId],
    enabled: !!supplier,
    staleTime: 300_000,
    queryFn: async () => {
      const home = await call(client.GET("/villages/{villageId}", { params: { path: { villageId: supplier!.villageId } } }));
      return villagesOfCounty(home);
    },
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      call(
        client.POST("/products", {
          body: {
            supplierId: supplier!.supplierId,
            villageId: v.villageId,
            name: v.name,
            category: v.category,
            unit: v.unit,
            priceFen: parseYuan(v.priceFen)!,
            stock: v.stock,
            povertyLink: v.povertyLink,
            ...(v.description?.trim() ? { description: v.description } : {}),
          },
        }),
      ),
    onSuccess: (product) => {
      queryClient.setQueryData(["supplier", "product", product.productId], product);
      void queryClient.invalidateQueries({ queryKey: ["supplier", "products", product.supplierId] });
      void message.success(t("create.created", { name: product.name }));
      navigate(`/supplier/products/${product.productId}`);
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });
  const failure = suppliers.error ?? villages.error;

  return (
    <>
      <PageTitle>{t("create.title")}</PageTitle>
      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      {suppliers.isPending ? (
        <Skeleton active />
      ) : !supplier ? (
        !failure && <Empty description={t("supplier.none")} />
      ) : (
        <Card style={{ maxWidth: 880 }}>
          <Alert type="info" showIcon message={t("create.note")} style={{ marginBottom: 16 }} />
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => create.mutate(v)}
            initialValues={{
              supplierId: supplier.supplierId,
              villageId: supplier.villageId,
              stock: 0,
              povertyLink: { mode: "business_income", households: 1 },
            }}
            scrollToFirstError
          >
            <Row gutter={16}>
              {suppliers.data!.length > 1 && (
                <Col xs={24} md={12}>
                  <Form.Item name="supplierId" label={t("supplier.label")} rules={[{ required: true, message: t("form.required") }]}>
                    <Select
                      options={suppliers.data!.map((s) => ({ value: s.supplierId, label: s.name }))}
                      onChange={(id: string) => {
                        const s = suppliers.data!.find((x) => x.supplierId === id);
                        form.setFieldValue("villageId", s?.villageId);
                      }}
                    />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={12}>
                <Form.Item
                  name="villageId"
                  label={t("form.village")}
                  extra={t("form.villageHelp")}
                  rules={[{ required: true, message: t("form.required") }]}
                >
                  <Select
                    data-testid="supplier-village"
                    loading={villages.isPending}
                    placeholder={t("form.villagePlaceholder")}
                    options={(villages.data ?? []).map((v) => ({ value: v.villageId, label: `${v.county} ${v.township} ${v.name}` }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <ProductFields />
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <Form.Item name="stock" label={t("form.stock")} rules={[{ required: true, message: t("form.required") }]}>
                  <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name={["povertyLink", "mode"]} label={t("form.mode")} rules={[{ required: true, message: t("form.required") }]}>
                  <Select options={MODES.map((m) => ({ value: m, label: t(`povertyLink.${m}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={["povertyLink", "households"]}
                  label={t("form.households")}
                  rules={[{ required: true, message: t("form.required") }]}
                >
                  <InputNumber min={0} max={1_000_000} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
            </Row>
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t("create.submit")}
              </Button>
              <Button onClick={() => navigate("/supplier/products")}>{t("create.back")}</Button>
            </Flex>
          </Form>
        </Card>
      )}
    </>
  );
}
