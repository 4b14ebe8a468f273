import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Empty, Flex, Form, List, Row, Select, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import { useMayAct } from "./hooks";
import { CategoryTag, StatusTag } from "./labels";
import { CountyChooser, townshipsOf, useCountyVillages, useWorkCounty } from "./place";
import { CATEGORIES, type Household, type HouseholdCategory, type MonitoringStatus, STATUSES } from "./types";

const oneOf = <V extends string>(values: readonly V[], v: string | null): V | undefined =>
  (values as readonly string[]).includes(v ?? "") ? (v as V) : undefined;

/**
 * The households of the staff member's area (a township clerk's township, a county's county), by
 * township, village, monitoring status and category, page by page (GET /households).
 */
export default function HouseholdsPage() {
  const { t, i18n } = useTranslation("monitoring");
  const mayAct = useMayAct();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const work = useWorkCounty();
  const villages = useCountyVillages(work.county);
  const township = work.township ?? (params.get("township") || undefined);
  const villageId = params.get("villageId") || undefined;
  const status = oneOf(STATUSES, params.get("status"));
  const category = oneOf(CATEGORIES, params.get("category"));
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const query = {
    ...(work.chosen && work.county ? { county: work.county } : {}),
    ...(township ? { township } : {}),
    ...(villageId ? { villageId } : {}),
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
  };
  const households = useInfiniteQuery({
    queryKey: ["households", work.county, query],
    enabled: !!work.county,
    queryFn: ({ pageParam }) =>
      call(client.GET("/households", { params: { query: { ...query, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = households.data?.pages.flatMap((p) => p.items) ?? [];
  const allVillages = villages.data ?? [];
  const villageOptions = allVillages.filter((v) => !township || v.township === township);

  return (
    <>
      <PageTitle
        extra={
          mayAct && (
            <Button type="primary" onClick={() => navigate("/monitoring/households/new")}>
              {t("households.register")}
            </Button>
          )
        }
      >
        {t("households.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("households.intro")}</Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      {work.county && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form layout="vertical" component="div">
            <Row gutter={12}>
              <Col xs={12} md={6}>
                <Form.Item label={t("households.township")} htmlFor="filter-township" style={{ marginBottom: 8 }}>
                  <Select
                    id="filter-township"
                    allowClear={!work.township}
                    disabled={!!work.township}
                    placeholder={t("households.allTownships")}
                    loading={villages.isPending}
                    value={township}
                    onChange={(v: string | undefined) => set({ township: v, villageId: undefined })}
                    options={townshipsOf(allVillages).map((name) => ({ value: name, label: name }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t("households.village")} htmlFor="filter-village" style={{ marginBottom: 8 }}>
                  <Select
                    id="filter-village"
                    allowClear
                    showSearch={{ optionFilterProp: "label" }}
                    placeholder={t("households.allVillages")}
                    loading={villages.isPending}
                    value={villageId}
                    onChange={(v: string | undefined) => set({ villageId: v })}
                    options={villageOptions.map((v) => ({ value: v.villageId, label: township ? v.name : `${v.township}${v.name}` }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t("households.status")} htmlFor="filter-status" style={{ marginBottom: 8 }}>
                  <Select<MonitoringStatus>
                    id="filter-status"
                    allowClear
                    placeholder={t("households.allStatuses")}
                    value={status}
                    onChange={(v) => set({ status: v })}
                    options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t("households.category")} htmlFor="filter-category" style={{ marginBottom: 8 }}>
                  <Select<HouseholdCategory>
                    id="filter-category"
                    allowClear
                    placeholder={t("households.allCategories")}
                    value={category}
                    onChange={(v) => set({ category: v })}
                    options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
      )}
      {households.error && <Alert type="error" showIcon message={errorMessage(households.error, t as T, i18n.language)} />}
      {!work.county ? (
        <Empty description={t("place.chooseCounty")} />
      ) : households.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("households.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<Household> dataSource={items} data-testid="household-list" renderItem={(h) => <HouseholdRow household={h} />} />
        </Card>
      )}
      {households.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void households.fetchNextPage()} loading={households.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}

function HouseholdRow({ household: h }: { household: Household }) {
  const { t } = useTranslation("monitoring");
  return (
    <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }} data-household-id={h.householdId}>
      <div style={{ flex: "1 1 240px", minWidth: 0 }}>
        <Link to={`/monitoring/households/${h.householdId}`}>
          <Typography.Text strong>{h.headName}</Typography.Text>
        </Link>{" "}
        <Typography.Text type="secondary">
          {h.township}
          {h.villageName}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t("households.row", { count: h.members, income: formatYuan(h.perCapitaIncomeFen), year: h.incomeYear })}
          </Typography.Text>
        </div>
      </div>
      <Flex gap={6} align="center" wrap>
        <CategoryTag category={h.category} />
        <StatusTag status={h.status} />
      </Flex>
    </List.Item>
  );
}
