import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, List, Row, Skeleton, Space, Tag, Timeline, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { ColoredTag, TAG_COLORS } from "../../components/ColoredTag";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { HouseholdCases } from "./HouseholdCases";
import { hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { useCountySettings, useHousehold, useMayAct } from "./hooks";
import { CardTitle, CategoryTag, StatusTag } from "./labels";
import { Measures } from "./Measures";
import type { Household, HouseholdVersion, Member } from "./types";

/**
 * One household as a township clerk works with it: where it is and who lives in it (ids masked),
 * its income by year against the county's monitoring line, its monitoring periods and every
 * version of its record (who changed what, when and why).
 */
export default function HouseholdPage() {
  const { householdId = "" } = useParams();
  const { t, i18n } = useTranslation("monitoring");
  const navigate = useNavigate();
  const mayAct = useMayAct();
  // Clerks file 防贫 claims for a household of their area.
  const session = useSession();
  const fileClaims = mayAct && hasAnyRole(session, ["clerk"]);
  const household = useHousehold(householdId);
  const h = household.data;
  const settings = useCountySettings(h?.county);

  if (household.isPending) return <Skeleton active />;
  if (household.error || !h) return <Alert type="error" showIcon message={errorMessage(household.error, t as T, i18n.language)} />;

  return (
    <>
      <PageTitle
        extra={
          <Flex gap={8} wrap align="center">
            <span data-testid="household-status">
              <StatusTag status={h.status} />
            </span>
            {fileClaims && (
              <Button onClick={() => navigate(`/claims/new?householdId=${encodeURIComponent(h.householdId)}`)}>
                {t("household.fileClaim")}
              </Button>
            )}
            {mayAct && (
              <Button type="primary" onClick={() => navigate(`/monitoring/households/${h.householdId}/edit`)}>
                {t("household.edit")}
              </Button>
            )}
          </Flex>
        }
      >
        {t("household.title", { name: h.headName })}
      </PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title={<CardTitle>{t("household.facts")}</CardTitle>}>
              <Facts household={h} />
            </Card>
            <Card title={<CardTitle>{t("household.members", { count: h.members })}</CardTitle>} styles={{ body: { padding: 0 } }}>
              <Members household={h} />
            </Card>
            <Measures household={h} mayAct={mayAct} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <HouseholdCases household={h} mayAct={mayAct} />
            <Card title={<CardTitle>{t("household.incomes")}</CardTitle>}>
              <Incomes household={h} lines={settings.data?.incomeLines ?? []} />
            </Card>
            <Card title={<CardTitle>{t("household.periods")}</CardTitle>}>
              <Periods household={h} />
            </Card>
            <Card title={<CardTitle>{t("household.history")}</CardTitle>}>
              <History householdId={h.householdId} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}

function Facts({ household: h }: { household: Household }) {
  const { t } = useTranslation("monitoring");
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: "head", label: t("facts.headName"), children: <Typography.Text strong>{h.headName}</Typography.Text> },
    {
      key: "id",
      label: t("facts.idNumber"),
      children: (
        <span data-testid="masked-id" style={{ fontFamily: "monospace", whiteSpace: "nowrap" }}>
          {h.idNumber}
        </span>
      ),
    },
    { key: "category", label: t("facts.category"), children: <CategoryTag category={h.category} /> },
    { key: "status", label: t("facts.status"), children: <StatusTag status={h.status} /> },
    {
      key: "place",
      label: t("facts.place"),
      children: `${h.province}${h.city}${h.county}${h.township}${h.villageName}${h.address ? ` ${h.address}` : ""}`,
    },
    { key: "members", label: t("facts.members"), children: t("facts.people", { count: h.members }) },
    {
      key: "income",
      label: t("facts.income"),
      children: t("facts.incomeOf", { amount: formatYuan(h.perCapitaIncomeFen), year: h.incomeYear }),
    },
    {
      key: "hid",
      label: t("facts.householdId"),
      children: (
        <Typography.Text copyable style={{ overflowWrap: "anywhere" }}>
          {h.householdId}
        </Typography.Text>
      ),
    },
    {
      key: "registered",
      label: t("facts.registered"),
      children: t("facts.byAt", { by: h.createdBy, at: formatChinaDateTime(h.createdAt) }),
    },
  ];
  return <Descriptions data-testid="household-facts" size="small" column={{ xs: 1, sm: 2 }} items={items} />;
}

function Members({ household: h }: { household: Household }) {
  const { t } = useTranslation("monitoring");
  if (!h.people.length) {
    return (
      <Typography.Paragraph style={{ padding: 16, marginBottom: 0 }}>{t("household.noPeople", { count: h.members })}</Typography.Paragraph>
    );
  }
  return (
    <List<Member>
      dataSource={h.people}
      data-testid="household-members"
      renderItem={(m) => (
        <List.Item style={{ paddingInline: 16, display: "block" }} data-member-id={m.memberId}>
          <Flex gap={8} wrap align="baseline">
            <Typography.Text strong>{m.name}</Typography.Text>
            <Typography.Text type="secondary">{t(`relation.${m.relation}`)}</Typography.Text>
            <span style={{ fontFamily: "monospace", overflowWrap: "anywhere" }} data-testid="member-id">
              {m.idNumber}
            </span>
          </Flex>
          <Flex gap={6} wrap style={{ marginTop: 6 }}>
            <Tag>{t(`ageBand.${m.ageBand}`)}</Tag>
            <ColoredTag colors={m.health === "healthy" ? TAG_COLORS.closed : TAG_COLORS.warning}>{t(`health.${m.health}`)}</ColoredTag>
            {m.disability !== "none" && <ColoredTag colors={TAG_COLORS.warning}>{t(`disability.${m.disability}`)}</ColoredTag>}
            {m.schoolStatus !== "not_applicable" && (
              <ColoredTag colors={m.schoolStatus === "out_of_school" ? TAG_COLORS.bad : TAG_COLORS.info}>
                {t(`school.${m.schoolStatus}`)}
              </ColoredTag>
            )}
            {m.dibao && <ColoredTag colors={TAG_COLORS.returned}>{t("member.dibao")}</ColoredTag>}
            {m.tekun && <ColoredTag colors={TAG_COLORS.returned}>{t("member.tekun")}</ColoredTag>}
          </Flex>
        </List.Item>
      )}
    />
  );
}

function Incomes({ household: h, lines }: { household: Household; lines: { year: number; lineFen: number }[] }) {
  const { t } = useTranslation("monitoring");
  const rows = [...h.incomes].reverse();
  return (
    <List
      size="small"
      dataSource={rows}
      data-testid="household-incomes"
      renderItem={(row) => {
        const line = lines.find((l) => l.year === row.year)?.lineFen;
        const below = line !== undefined && row.perCapitaIncomeFen < line;
        return (
          <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 4 }} data-year={row.year}>
            <Typography.Text>{t("household.incomeYear", { year: row.year })}</Typography.Text>
            <Space size={6} wrap>
              <Typography.Text strong>{formatYuan(row.perCapitaIncomeFen)}</Typography.Text>
              {line !== undefined && (
                <ColoredTag colors={below ? TAG_COLORS.bad : TAG_COLORS.good}>
                  {below ? t("household.belowLine", { line: formatYuan(line) }) : t("household.aboveLine", { line: formatYuan(line) })}
                </ColoredTag>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

function Periods({ household: h }: { household: Household }) {
  const { t, i18n } = useTranslation("monitoring");
  if (!h.monitoringPeriods.length) return <Typography.Text type="secondary">{t("household.noPeriods")}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...h.monitoringPeriods].reverse()}
      data-testid="household-periods"
      renderItem={(p) => (
        <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 4 }}>
          <Typography.Text>
            {p.to
              ? t("household.periodClosed", { from: formatCalendar(p.from, i18n.language), to: formatCalendar(p.to, i18n.language) })
              : t("household.periodOpen", { from: formatCalendar(p.from, i18n.language) })}
          </Typography.Text>
          <CategoryTag category={p.category} />
        </List.Item>
      )}
    />
  );
}

function History({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation("monitoring");
  const versions = useInfiniteQuery({
    queryKey: ["household", householdId, "versions"],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/households/{householdId}/versions", {
          params: { path: { householdId }, query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (versions.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (versions.error) return <Alert type="error" showIcon message={errorMessage(versions.error, t as T, i18n.language)} />;
  const items = versions.data.pages.flatMap((p) => p.items);
  if (!items.length) return <Empty description={t("household.noHistory")} />;
  const changed = (v: HouseholdVersion) =>
    v.changed.length ? v.changed.map((f) => t(`field.${f}`, { defaultValue: f })).join("、") : t("household.created");
  return (
    <>
      <Timeline
        data-testid="household-history"
        items={items.map((v) => ({
          key: v.version,
          content: (
            <div data-version={v.version}>
              <Typography.Text strong>{t("household.version", { version: v.version })}</Typography.Text>{" "}
              <Typography.Text type="secondary">{changed(v)}</Typography.Text>
              <div>
                <Typography.Text type="secondary">{t("facts.byAt", { by: v.by, at: formatChinaDateTime(v.at) })}</Typography.Text>
              </div>
              <div style={{ overflowWrap: "anywhere" }}>{t("household.reason", { reason: v.reason })}</div>
            </div>
          ),
        }))}
      />
      {versions.hasNextPage && (
        <Button onClick={() => void versions.fetchNextPage()} loading={versions.isFetchingNextPage}>
          {t("common.more")}
        </Button>
      )}
    </>
  );
}
