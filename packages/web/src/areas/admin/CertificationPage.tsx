import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, Select, Skeleton, Table, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import type { Product } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { ExpiryTag, ProductStatusTag, useAllSuppliers } from "./shared";

const WINDOWS = [7, 30, 60, 90] as const;
const PAGE = 20;

function ProductCell({ product }: { product: Product }) {
  return (
    <>
      <Typography.Text strong>{product.name}</Typography.Text>
      <div>
        <Typography.Text type="secondary">
          {product.category} · {product.unit} · {formatYuan(product.priceFen)}
        </Typography.Text>
      </div>
    </>
  );
}

const originOf = (p: Product) => `${p.origin.county} ${p.origin.township} ${p.origin.village}`;

function More({ query }: { query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  const { t } = useTranslation("admin");
  if (!query.hasNextPage) return null;
  return (
    <Flex justify="center" style={{ margin: 16 }}>
      <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {t("common.more")}
      </Button>
    </Flex>
  );
}

function PendingList() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const suppliers = useAllSuppliers();
  const pending = useInfiniteQuery({
    queryKey: ["admin", "products", "pending"],
    queryFn: ({ pageParam }) =>
      call(client.GET("/products/pending", { params: { query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = pending.data?.pages.flatMap((p) => p.items) ?? [];
  if (pending.error) return <Alert type="error" showIcon message={errorMessage(pending.error, t as T, i18n.language)} />;
  if (pending.isPending) return <Skeleton active />;
  if (!items.length) return <Empty description={t("certification.pendingEmpty")} />;
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Table<Product>
        rowKey="productId"
        dataSource={items}
        pagination={false}
        data-testid="pending-list"
        columns={[
          { title: t("certification.product"), key: "product", render: (_: unknown, p) => <ProductCell product={p} /> },
          { title: t("certification.origin"), key: "origin", responsive: ["md"], render: (_: unknown, p) => originOf(p) },
          {
            title: t("certification.supplier"),
            dataIndex: "supplierId",
            responsive: ["lg"],
            render: (id: string) => suppliers.data?.get(id)?.name ?? id,
          },
          {
            title: t("certification.submittedAt"),
            dataIndex: "createdAt",
            responsive: ["sm"],
            render: (v: string) => formatChinaDateTime(v),
          },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, p) => (
              <Button
                type="primary"
                size="small"
                aria-label={t("certification.certifyOf", { name: p.name })}
                onClick={() => navigate(`/admin/certification/${p.productId}`)}
              >
                {t("certification.certify")}
              </Button>
            ),
          },
        ]}
      />
      <More query={pending} />
    </Card>
  );
}

function ExpiringList({ days, setDays }: { days: number; setDays: (d: number) => void }) {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const expiring = useInfiniteQuery({
    queryKey: ["admin", "products", "expiring", days],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/products/expiring", {
          params: { query: { withinDays: days, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = expiring.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Form layout="inline" component="div" style={{ marginBottom: 12 }}>
        <Form.Item label={t("certification.within")} htmlFor="expiring-days">
          <Select
            id="expiring-days"
            value={days}
            onChange={setDays}
            style={{ width: 120 }}
            options={WINDOWS.map((d) => ({ value: d, label: t("certification.withinDays", { count: d }) }))}
          />
        </Form.Item>
      </Form>
      {expiring.error ? (
        <Alert type="error" showIcon message={errorMessage(expiring.error, t as T, i18n.language)} />
      ) : expiring.isPending ? (
        <Skeleton active />
      ) : !items.length ? (
        <Empty description={t("certification.expiringEmpty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Product>
            rowKey="productId"
            dataSource={items}
            pagination={false}
            data-testid="expiring-list"
            columns={[
              { title: t("certification.product"), key: "product", render: (_: unknown, p) => <ProductCell product={p} /> },
              { title: t("certification.origin"), key: "origin", responsive: ["md"], render: (_: unknown, p) => originOf(p) },
              {
                title: t("certification.validUntil"),
                key: "validUntil",
                render: (_: unknown, p) => (
                  <Flex vertical gap={4} align="start">
                    <span style={{ whiteSpace: "nowrap" }}>{formatCalendar(p.certification!.validUntil, i18n.language)}</span>
                    <ExpiryTag validUntil={p.certification!.validUntil} />
                  </Flex>
                ),
              },
              {
                title: t("certify.current"),
                key: "status",
                responsive: ["lg"],
                render: (_: unknown, p) => <ProductStatusTag status={p.status} />,
              },
              {
                title: t("common.actions"),
                key: "actions",
                render: (_: unknown, p) => (
                  <Button
                    size="small"
                    aria-label={t("certification.renewOf", { name: p.name })}
                    onClick={() => navigate(`/admin/certification/${p.productId}`)}
                  >
                    {t("certification.renew")}
                  </Button>
                ),
              },
            ]}
          />
          <More query={expiring} />
        </Card>
      )}
    </>
  );
}

/** The certification desk: the queue of products awaiting certification, and certificates about to expire. */
export default function CertificationPage() {
  const { t } = useTranslation("admin");
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "expiring" ? "expiring" : "pending";
  const days = WINDOWS.find((d) => String(d) === params.get("days")) ?? 30;
  return (
    <>
      <PageTitle>{t("certification.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("certification.intro")}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === "expiring" ? { tab: key, days: String(days) } : {}, { replace: true })}
        items={[
          { key: "pending", label: t("certification.pendingTab"), children: <PendingList /> },
          {
            key: "expiring",
            label: t("certification.expiringTab"),
            children: <ExpiringList days={days} setDays={(d) => setParams({ tab: "expiring", days: String(d) }, { replace: true })} />,
          },
        ]}
      />
    </>
  );
}
