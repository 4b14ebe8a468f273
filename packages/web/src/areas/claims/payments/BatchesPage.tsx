import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, List, Select, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { PageTitle } from "../../../components/PageTitle";
import { formatChinaDateTime } from "../../../lib/dates";
import { formatYuan } from "../../../lib/money";
import { shortId } from "../labels";
import { BatchStatusTag } from "./labels";
import type { PaymentBatchSummary } from "./types";

/** Schemes for the pickers (first hundred, by id). */
export function useSchemeOptions() {
  return useQuery({
    queryKey: ["schemes", "all"],
    staleTime: 60_000,
    queryFn: () => call(client.GET("/schemes", { params: { query: { limit: 100 } } })),
  });
}

/** The county's payment batches (or one scheme's), newest first. */
export default function BatchesPage() {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "payments" });
  // Error texts live in the shell's namespace, which a key prefix would hide.
  const { t: common } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get("schemeId") ?? undefined;
  const schemes = useSchemeOptions();
  const batches = useInfiniteQuery({
    queryKey: ["payment-batches", schemeId ?? null],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/payment-batches", {
          params: { query: { limit: 20, ...(schemeId ? { schemeId } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = batches.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        extra={
          hasAnyRole(session, ["finance"]) && (
            <Button
              type="primary"
              onClick={() => navigate(`/payment-batches/new${schemeId ? `?schemeId=${encodeURIComponent(schemeId)}` : ""}`)}
            >
              {t("batches.new")}
            </Button>
          )
        }
      >
        {t("batches.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("batches.intro")}</Typography.Paragraph>
      <Form layout="vertical" component="div" style={{ maxWidth: 420 }}>
        <Form.Item label={t("batches.scheme")} htmlFor="batches-scheme" style={{ marginBottom: 16 }}>
          <Select
            id="batches-scheme"
            value={schemeId ?? ""}
            onChange={(v: string) => setParams(v ? { schemeId: v } : {}, { replace: true })}
            loading={schemes.isPending}
            options={[
              { value: "", label: t("batches.allSchemes") },
              ...(schemes.data?.items ?? []).map((s) => ({ value: s.schemeId, label: s.name })),
            ]}
          />
        </Form.Item>
      </Form>
      {batches.error && <Alert type="error" showIcon message={errorMessage(batches.error, common as T, i18n.language)} />}
      {batches.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("batches.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<PaymentBatchSummary>
            dataSource={items}
            data-testid="batch-list"
            renderItem={(b) => (
              <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }}>
                <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                  <Link to={`/payment-batches/${encodeURIComponent(b.batchId)}`} aria-label={t("batches.view", { id: shortId(b.batchId) })}>
                    <Typography.Text strong>
                      {b.schemeName} · {shortId(b.batchId)}
                    </Typography.Text>
                  </Link>{" "}
                  <BatchStatusTag status={b.status} />
                  <div>
                    <Typography.Text type="secondary">
                      {t("batches.made", { at: formatChinaDateTime(b.createdAt), by: b.createdBy })}
                    </Typography.Text>
                  </div>
                </div>
                <Flex gap={16} wrap>
                  <Typography.Text>{t("batches.lines", { count: b.lineCount })}</Typography.Text>
                  <span>
                    <Typography.Text type="secondary">{t("batches.total")}</Typography.Text>{" "}
                    <Typography.Text strong>{formatYuan(b.totalFen)}</Typography.Text>
                  </span>
                  <Typography.Text type="secondary">{t("batches.succeeded", { count: b.counts.succeeded })}</Typography.Text>
                  {b.counts.returned > 0 && (
                    <Typography.Text type="danger">{t("batches.returned", { count: b.counts.returned })}</Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {batches.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void batches.fetchNextPage()} loading={batches.isFetchingNextPage}>
            {t("batches.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
