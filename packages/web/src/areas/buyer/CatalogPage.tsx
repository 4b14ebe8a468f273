import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Cascader, Col, Empty, Flex, Form, Input, Row, Select, Skeleton, Tag, Typography } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { Product, ProductsQuery, Village } from "../../api/types";
import { allVillages } from "../../api/villages";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import { AddToCart } from "./AddToCart";
import { ProductFacts } from "./ProductFacts";

const PAGE_SIZE = 12;
/** The catalogue's usual categories (CreateProduct's examples and the demo data); more appear as products show them. */
const KNOWN_CATEGORIES = ["粮油", "果蔬", "畜禽肉蛋", "茶叶", "水产", "酒水", "手工艺品"];

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** Province → county → village, for the cascader. */
function regionTree(villages: Village[]): RegionOption[] {
  const provinces = new Map<string, Map<string, Village[]>>();
  for (const v of villages) {
    const counties = provinces.get(v.province) ?? new Map<string, Village[]>();
    counties.set(v.county, [...(counties.get(v.county) ?? []), v]);
    provinces.set(v.province, counties);
  }
  return [...provinces].map(([province, counties]) => ({
    value: province,
    label: province,
    children: [...counties].map(([county, vs]) => ({
      value: county,
      label: county,
      children: vs.map((v) => ({ value: v.villageId, label: `${v.township} ${v.name}` })),
    })),
  }));
}

function ProductCard({ product }: { product: Product }) {
  const { t } = useTranslation("buyer");
  return (
    <Card
      size="small"
      style={{ height: "100%" }}
      styles={{ body: { display: "flex", flexDirection: "column", gap: 8, height: "100%" } }}
      data-testid="product-card"
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          <Link to={`/products/${product.productId}`}>{product.name}</Link>
        </Typography.Title>
        <Tag style={{ marginInlineEnd: 0 }}>{product.category}</Tag>
      </Flex>
      <div>
        <Typography.Text strong style={{ fontSize: 18, color: "#a8071a" }}>
          {formatYuan(product.priceFen)}
        </Typography.Text>{" "}
        <Typography.Text type="secondary">{t("catalog.perUnit", { unit: product.unit })}</Typography.Text>
        <Typography.Text type="secondary" style={{ float: "right" }}>
          {t("catalog.stock", { count: product.stock })}
        </Typography.Text>
      </div>
      <ProductFacts product={product} />
      <div style={{ marginTop: "auto" }}>
        <AddToCart product={product} />
      </div>
    </Card>
  );
}

export default function CatalogPage() {
  const { t, i18n } = useTranslation("buyer");
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const f: ProductsQuery = {};
    for (const key of ["q", "category", "province", "county", "villageId"] as const) {
      const v = params.get(key);
      if (v) f[key] = v;
    }
    return f;
  }, [params]);

  const villages = useQuery({ queryKey: ["villages", "all"], queryFn: allVillages, staleTime: 300_000 });
  const products = useInfiniteQuery({
    queryKey: ["products", filters],
    queryFn: ({ pageParam }) =>
      call(client.GET("/products", { params: { query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = products.data?.pages.flatMap((p) => p.items) ?? [];
  // A filtered page may come back empty with more behind it (the filter runs within an index): read on, a few pages at most.
  const pages = products.data?.pages ?? [];
  const lastEmpty = pages.length > 0 && pages[pages.length - 1]!.items.length === 0;
  useEffect(() => {
    if (lastEmpty && products.hasNextPage && !products.isFetchingNextPage && pages.length < 10) void products.fetchNextPage();
  }, [lastEmpty, products, pages.length]);
  const categories = [...new Set([...KNOWN_CATEGORIES, ...items.map((p) => p.category), ...(filters.category ? [filters.category] : [])])];
  const region = [filters.province, filters.county, filters.villageId].filter((v): v is string => !!v);

  const update = (change: Partial<Record<keyof ProductsQuery, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle>{t("catalog.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("catalog.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={[12, 0]}>
            <Col xs={24} md={10}>
              <Form.Item label={t("catalog.search")} htmlFor="catalog-q" style={{ marginBottom: 8 }}>
                <Input.Search
                  id="catalog-q"
                  key={filters.q ?? ""}
                  defaultValue={filters.q}
                  placeholder={t("catalog.searchPlaceholder")}
                  allowClear
                  enterButton
                  onSearch={(q) => update({ q: q.trim() || undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item label={t("catalog.category")} htmlFor="catalog-category" style={{ marginBottom: 8 }}>
                <Select
                  id="catalog-category"
                  value={filters.category ?? ""}
                  onChange={(category: string) => update({ category: category || undefined })}
                  options={[{ value: "", label: t("catalog.categoryAll") }, ...categories.map((c) => ({ value: c, label: c }))]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item label={t("catalog.region")} htmlFor="catalog-region" style={{ marginBottom: 8 }}>
                <Cascader
                  id="catalog-region"
                  changeOnSelect
                  value={region}
                  options={regionTree(villages.data ?? [])}
                  placeholder={t("catalog.regionPlaceholder")}
                  loading={villages.isPending}
                  onChange={(v) => {
                    const [province, county, villageId] = (v ?? []) as string[];
                    update({ province, county, villageId });
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
          {(filters.q || filters.category || region.length > 0) && (
            <Button size="small" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t("catalog.reset")}
            </Button>
          )}
        </Form>
      </Card>

      {products.error && <Alert type="error" showIcon message={errorMessage(products.error, t as T, i18n.language)} />}
      {products.isPending ? (
        <Skeleton active />
      ) : items.length === 0 && !products.hasNextPage ? (
        <Empty description={t("catalog.empty")} />
      ) : (
        <Row gutter={[12, 12]} data-testid="product-list">
          {items.map((p) => (
            <Col key={p.productId} xs={24} sm={12} xl={8}>
              <ProductCard product={p} />
            </Col>
          ))}
        </Row>
      )}
      {products.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void products.fetchNextPage()} loading={products.isFetchingNextPage}>
            {t("catalog.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
