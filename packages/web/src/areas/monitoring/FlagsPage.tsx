import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Flex, Form, List, Select, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { ColoredTag, TAG_COLORS } from "../../components/ColoredTag";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar } from "../../lib/dates";
import { CategoryTag } from "./labels";
import { CountyChooser, townshipsOf, useCountyVillages, useWorkCounty } from "./place";
import type { MeasureFlag } from "./types";

/**
 * 待落实帮扶: monitored households with no support measure in effect past the county's deadline
 * after their confirmation, longest overdue first (GET /monitoring/flags).
 */
export default function FlagsPage() {
  const { t, i18n } = useTranslation("monitoring");
  const [params, setParams] = useSearchParams();
  const work = useWorkCounty();
  const villages = useCountyVillages(work.county);
  const township = work.township ?? (params.get("township") || undefined);
  const query = { ...(work.chosen && work.county ? { county: work.county } : {}), ...(township ? { township } : {}) };
  const flags = useInfiniteQuery({
    queryKey: ["monitoring-flags", work.county, query],
    enabled: !!work.county,
    queryFn: ({ pageParam }) =>
      call(client.GET("/monitoring/flags", { params: { query: { ...query, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = flags.data?.pages.flatMap((p) => p.items) ?? [];
  const setTownship = (v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set("township", v);
    else next.delete("township");
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle>{t("flags.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("flags.intro")}</Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      {work.county && !work.township && (
        <Form layout="vertical" component="div" style={{ maxWidth: 320 }}>
          <Form.Item label={t("households.township")} htmlFor="flags-township" style={{ marginBottom: 16 }}>
            <Select
              id="flags-township"
              allowClear
              placeholder={t("households.allTownships")}
              value={township}
              onChange={setTownship}
              options={townshipsOf(villages.data ?? []).map((name) => ({ value: name, label: name }))}
            />
          </Form.Item>
        </Form>
      )}
      {flags.error && <Alert type="error" showIcon message={errorMessage(flags.error, t as T, i18n.language)} />}
      {!work.county ? (
        <Empty description={t("place.chooseCounty")} />
      ) : flags.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("flags.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<MeasureFlag>
            dataSource={items}
            data-testid="flag-list"
            renderItem={(f) => (
              <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }} data-household-id={f.householdId}>
                <div style={{ flex: "1 1 240px", minWidth: 0 }}>
                  <Link to={`/monitoring/households/${f.householdId}`}>
                    <Typography.Text strong>{f.headName}</Typography.Text>
                  </Link>{" "}
                  <Typography.Text type="secondary">
                    {f.township}
                    {f.villageName}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t("flags.dates", {
                        confirmed: formatCalendar(f.confirmedOn, i18n.language),
                        due: formatCalendar(f.dueOn, i18n.language),
                      })}
                    </Typography.Text>
                  </div>
                </div>
                <Flex gap={6} wrap align="center">
                  <CategoryTag category={f.category} />
                  <ColoredTag colors={TAG_COLORS.bad} testId="flag-overdue">
                    {t("flags.overdue", { count: f.daysOverdue })}
                  </ColoredTag>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {flags.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void flags.fetchNextPage()} loading={flags.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}
