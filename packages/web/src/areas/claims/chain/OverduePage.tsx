import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, List, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { ColoredTag, TAG_COLORS } from "../../../components/ColoredTag";
import { PageTitle } from "../../../components/PageTitle";
import { formatCalendar } from "../../../lib/dates";
import { CountyChooser, useWorkCounty } from "../../monitoring/place";
import { shortId, useCauseName } from "../labels";
import type { Claim } from "../types";
import { daysOverdue } from "./deadline";
import { registerChainTexts } from "./texts";

registerChainTexts();

/**
 * 超期未办结: the county's open claims past their working-day deadline (GET /claims?overdue=true),
 * the longest overdue first, each with the days it is overdue and the step it waits for, so the
 * office can chase the person who holds it. County and township staff see their own county;
 * others choose one.
 */
export default function OverduePage() {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const { t: tc } = useTranslation("claims");
  const causeName = useCauseName();
  const { county, chosen, setCounty } = useWorkCounty();
  const claims = useInfiniteQuery({
    queryKey: ["claims", "overdue", county ?? null],
    enabled: !!county,
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/claims", {
          params: {
            query: { overdue: "true", limit: 20, ...(chosen && county ? { county } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = claims.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageTitle>{t("overdue.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("overdue.intro")}</Typography.Paragraph>
      {chosen && <CountyChooser county={county} onChange={setCounty} />}
      {!county ? null : claims.error ? (
        <Alert type="error" showIcon message={errorMessage(claims.error, tc as T, i18n.language)} />
      ) : claims.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("overdue.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<Claim>
            dataSource={items}
            aria-label={t("overdue.listLabel")}
            data-testid="overdue-list"
            renderItem={(c) => {
              const name = c.household?.headName ?? t("overdue.household", { id: c.householdId });
              return (
                <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }} data-claim-id={c.claimId}>
                  <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                    <Link to={`/claims/${encodeURIComponent(c.claimId)}`} aria-label={t("overdue.view", { name, id: shortId(c.claimId) })}>
                      <Typography.Text strong>{name}</Typography.Text>
                    </Link>{" "}
                    <Typography.Text type="secondary">
                      {c.township} · {shortId(c.claimId)}
                    </Typography.Text>
                    <div>
                      <Typography.Text>
                        {causeName(c.cause, c.causeLabel)} · {t("overdue.stage", { stage: t(`stage.${c.stage}`) })}
                      </Typography.Text>
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t("overdue.dueOn", { date: formatCalendar(c.dueOn, i18n.language) })}
                    </Typography.Text>
                  </div>
                  <span data-testid="overdue-days">
                    <ColoredTag colors={TAG_COLORS.bad}>{t("overdue.overdueBy", { count: Math.max(1, daysOverdue(c.dueOn)) })}</ColoredTag>
                  </span>
                </List.Item>
              );
            }}
          />
        </Card>
      )}
      {claims.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void claims.fetchNextPage()} loading={claims.isFetchingNextPage}>
            {t("overdue.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
