import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Form, Radio, Select, Skeleton, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { errorMessage, type T } from "../../api/errors";
import type { Product } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { RestockModal } from "./RestockModal";
import { ExpiryTag, expiresSoon, MAX_PRODUCTS, StatusTag, useMySuppliers, useSupplierProducts } from "./shared";

const FILTERS = ["all", "pending", "listed", "expiring", "expired"] as const;
type Filter = (typeof FILTERS)[number];

const matches: Record<Filter, (p: Product) => boolean> = {
  all: () => true,
  pending: (p) => p.status === "pending_certification",
  listed: (p) => p.status === "listed",
  expiring: expiresSoon,
  expired: (p) => p.status === "expired" || p.status === "not_yet_valid",
};

/** The supplier's own products in every state, with their certificates, stock and expiry warnings. */
export default function ProductsPage() {
  const { t, i18n } = useTranslation("supplier");
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const suppliers = useMySuppliers();
  const supplierId = params.get("supplierId") ?? suppliers.data?.[0]?.supplierId;
  const products = useSupplierProducts(supplierId);
  const filter: Filter = (FILTERS as readonly string[]).includes(params.get("filter") ?? "") ? (params.get("filter") as Filter) : "all";
  const [restocking, setRestocking] = useState<Product | null>(null);
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const all = products.data?.items ?? [];
  const shown = all.filter(matches[filter]);
  const count = (f: Filter) => all.filter(matches[f]).length;
  const expiring = count("expiring");
  const failure = suppliers.error ?? products.error;

  return (
    <>
      <PageTitle
        extra={
          supplierId && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/supplier/products/new?supplierId=${supplierId}`)}>
              {t("products.add")}
            </Button>
          )
        }
      >
        {t("products.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("products.intro")}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={errorMessage(failure, t as T, i18n.language)} style={{ marginBottom: 16 }} />}
      {suppliers.isPending ? (
        <Skeleton active />
      ) : !suppliers.data?.length ? (
        !failure && <Empty description={t("supplier.none")} />
      ) : (
        <>
          {suppliers.data.length > 1 && (
            <Form layout="vertical" component="div">
              <Form.Item label={t("supplier.label")} htmlFor="supplier-select" style={{ maxWidth: 420 }}>
                <Select
                  id="supplier-select"
                  value={supplierId}
                  onChange={(v: string) => set({ supplierId: v, filter: undefined })}
                  options={suppliers.data.map((s) => ({ value: s.supplierId, label: s.name }))}
                />
              </Form.Item>
            </Form>
          )}
          {suppliers.data.length === 1 && (
            <Typography.Paragraph>
              {t("supplier.label")}：<Typography.Text strong>{suppliers.data[0]!.name}</Typography.Text>
            </Typography.Paragraph>
          )}
          {expiring > 0 && filter !== "expiring" && (
            <Alert
              type="warning"
              showIcon
              data-testid="expiring-summary"
              style={{ marginBottom: 16 }}
              message={t("expiry.summary", { count: expiring })}
              action={
                <Button size="small" onClick={() => set({ filter: "expiring" })}>
                  {t("expiry.showThem")}
                </Button>
              }
            />
          )}
          <Radio.Group
            aria-label={t("products.filter")}
            optionType="button"
            value={filter}
            onChange={(e) => set({ filter: e.target.value === "all" ? undefined : e.target.value })}
            options={FILTERS.map((f) => ({ value: f, label: t(`products.${f}`, { count: count(f) }) }))}
            style={{ display: "flex", flexWrap: "wrap", rowGap: 8, marginBottom: 12 }}
          />
          {products.data?.capped && (
            <Typography.Paragraph type="secondary">{t("products.capped", { count: MAX_PRODUCTS })}</Typography.Paragraph>
          )}
          {products.isPending ? (
            <Skeleton active />
          ) : shown.length === 0 ? (
            <Empty description={all.length ? t("products.emptyFilter") : t("products.empty")} />
          ) : (
            <Card styles={{ body: { padding: 0 } }}>
              <Table<Product>
                rowKey="productId"
                dataSource={shown}
                pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                data-testid="supplier-products"
                columns={[
                  {
                    title: t("products.product"),
                    key: "product",
                    render: (_: unknown, p) => (
                      <Space direction="vertical" size={2}>
                        <Link to={`/supplier/products/${p.productId}`}>
                          <Typography.Text strong style={{ color: "inherit" }}>
                            {p.name}
                          </Typography.Text>
                        </Link>
                        <Typography.Text type="secondary">
                          {p.category} · {p.unit} · {p.origin.village}
                        </Typography.Text>
                        <Flex gap={4} wrap>
                          <StatusTag status={p.status} />
                          <ExpiryTag product={p} />
                        </Flex>
                      </Space>
                    ),
                  },
                  {
                    title: t("products.price"),
                    dataIndex: "priceFen",
                    align: "right",
                    responsive: ["sm"],
                    render: (v: number, p) => (
                      <span style={{ whiteSpace: "nowrap" }}>
                        {formatYuan(v)} <Typography.Text type="secondary">{t("products.perUnit", { unit: p.unit })}</Typography.Text>
                      </span>
                    ),
                  },
                  {
                    title: <span style={{ whiteSpace: "nowrap" }}>{t("products.stock")}</span>,
                    dataIndex: "stock",
                    align: "right",
                    render: (v: number) => <span data-testid="product-stock">{v}</span>,
                  },
                  {
                    title: t("products.validUntil"),
                    key: "validUntil",
                    responsive: ["md"],
                    render: (_: unknown, p) =>
                      p.certification ? (
                        <span style={{ whiteSpace: "nowrap" }}>{formatCalendar(p.certification.validUntil, i18n.language)}</span>
                      ) : (
                        <Typography.Text type="secondary">—</Typography.Text>
                      ),
                  },
                  {
                    title: t("products.actions"),
                    key: "actions",
                    render: (_: unknown, p) => (
                      <Flex gap={4} wrap>
                        <Button size="small" onClick={() => setRestocking(p)} aria-label={t("products.restockOf", { name: p.name })}>
                          {t("products.restock")}
                        </Button>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => navigate(`/supplier/products/${p.productId}`)}
                          aria-label={t("products.editOf", { name: p.name })}
                        >
                          {t("products.edit")}
                        </Button>
                      </Flex>
                    ),
                  },
                ]}
              />
            </Card>
          )}
        </>
      )}
      <RestockModal product={restocking} onClose={() => setRestocking(null)} />
    </>
  );
}
