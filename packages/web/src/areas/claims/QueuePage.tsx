import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, List, Radio, Select, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { StatusTag, shortId, useCauseName } from "./labels";
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from "./types";

const isStatus = (s: string | null): s is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(s ?? "");

/** Schemes for pickers and filters (first hundred, by id); cached under ["schemes", "all"]. */
export function useSchemes() {
  return useQuery({
    queryKey: ["schemes", "all"],
    staleTime: 60_000,
    queryFn: () => call(client.GET("/schemes", { params: { query: { limit: 100 } } })),
  });
}

/** The claims work queue: one tab per status, newest first, page by page; each person starts at the step that is theirs. */
export default function QueuePage() {
  const { t, i18n } = useTranslation("claims");
  const causeName = useCauseName();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const isClerk = hasAnyRole(session, ["clerk"]);
  const mine: ClaimStatus = isClerk ? "submitted" : hasAnyRole(session, ["approver"]) ? "reviewed" : "approved";
  const asked = params.get("status");
  const status: ClaimStatus = isStatus(asked) ? asked : mine;
  const schemeId = params.get("schemeId") ?? undefined;
  const schemes = useSchemes();
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const claims = useInfiniteQuery({
    queryKey: ["claims", status, schemeId ?? null],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/claims", {
          params: { query: { status, limit: 20, ...(schemeId ? { schemeId } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = claims.data?.pages.flatMap((p) => p.items) ?? [];
  const schemeName = (id: string) => schemes.data?.items.find((s) => s.schemeId === id)?.name ?? id;

  return (
    <>
      <PageTitle
        extra={
          <Flex gap={8} wrap>
            {hasAnyRole(session, ["clerk", "admin"]) && (
              <Button onClick={() => navigate("/households/new")}>{t("queue.newHousehold")}</Button>
            )}
            {isClerk && (
              <Button type="primary" onClick={() => navigate("/claims/new")}>
                {t("queue.newClaim")}
              </Button>
            )}
          </Flex>
        }
      >
        {t("queue.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("queue.intro")}</Typography.Paragraph>
      <Form layout="vertical" component="div" style={{ maxWidth: 420 }}>
        <Form.Item label={t("queue.scheme")} htmlFor="queue-scheme" style={{ marginBottom: 8 }}>
          <Select
            id="queue-scheme"
            allowClear
            placeholder={t("queue.allSchemes")}
            loading={schemes.isPending}
            value={schemeId}
            onChange={(v: string | undefined) => set({ schemeId: v })}
            options={(schemes.data?.items ?? []).map((s) => ({ value: s.schemeId, label: `${s.name}（${s.year}）` }))}
          />
        </Form.Item>
      </Form>
      <Radio.Group
        aria-label={t("queue.statusFilter")}
        optionType="button"
        buttonStyle="solid"
        value={status}
        onChange={(e) => set({ status: e.target.value as string })}
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ display: "flex", flexWrap: "wrap", rowGap: 8, marginBottom: 16 }}
      />
      {claims.error && <Alert type="error" showIcon message={errorMessage(claims.error, t as T, i18n.language)} />}
      {claims.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("queue.empty", { status: t(`status.${status}`) })} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<Claim>
            dataSource={items}
            data-testid="claim-list"
            renderItem={(c) => (
              <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }} data-claim-id={c.claimId}>
                <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                  <Link
                    to={`/claims/${c.claimId}`}
                    aria-label={t("queue.view", { id: shortId(c.claimId), name: c.household?.headName ?? "" })}
                  >
                    <Typography.Text strong>
                      {c.household ? c.household.headName : t("queue.household", { id: c.householdId })}
                    </Typography.Text>
                  </Link>{" "}
                  <Typography.Text type="secondary">
                    {c.household ? `${c.household.county} · ${t(`category.${c.household.category}`)}` : ""}
                  </Typography.Text>
                  <div>
                    <Typography.Text>
                      {causeName(c.cause, c.causeLabel)}
                      {c.member ? ` ${t("queue.forMember", { name: c.member.name })}` : ""} ·{" "}
                      {t("queue.incident", { date: formatCalendar(c.incidentDate, i18n.language) })} · {schemeName(c.schemeId)}
                    </Typography.Text>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t("queue.filed", { id: shortId(c.claimId), at: formatChinaDateTime(c.createdAt) })}
                  </Typography.Text>
                </div>
                <Flex gap={12} align="center" wrap>
                  <span>
                    <Typography.Text type="secondary">
                      {c.approvedPayoutFen === null ? t("queue.preview") : t("queue.approved")}
                    </Typography.Text>{" "}
                    <Typography.Text strong>{formatYuan(c.approvedPayoutFen ?? c.payoutPreviewFen)}</Typography.Text>
                  </span>
                  {c.possibleDuplicate && !c.possibleDuplicate.override && (
                    <Tag style={{ marginInlineEnd: 0, color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" }}>
                      {t("queue.duplicate")}
                    </Tag>
                  )}
                  <StatusTag status={c.status} />
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {claims.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void claims.fetchNextPage()} loading={claims.isFetchingNextPage}>
            {t("queue.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
