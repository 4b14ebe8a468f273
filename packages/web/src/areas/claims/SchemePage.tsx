import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { useAttemptKey } from "../../lib/attempt-key";
import { formatYuan, parseYuan } from "../../lib/money";
import { useFormError } from "./form-errors";
import { formatRatio, useCauseName, yuanRules } from "./labels";
import {
  BASIC_CAUSES,
  CATEGORIES,
  CHAIN_STEPS,
  CLAIM_STATUSES,
  causesOf,
  incomeTestOf,
  type Scheme,
  type SchemeRule,
  type TopUp,
} from "./types";

/**
 * A scheme: its rules per cause (any version), its pool, what it paid and the claims by status,
 * and its top-ups; an administrator tops the pool up here and opens the rules for a new version.
 */
export default function SchemePage() {
  const { schemeId = "" } = useParams();
  const { t, i18n } = useTranslation("claims");
  const causeName = useCauseName();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get("version"));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const scheme = useQuery({
    queryKey: ["scheme", schemeId, version ?? "current"],
    queryFn: () => call(client.GET("/schemes/{schemeId}", { params: { path: { schemeId }, query: version ? { version } : {} } })),
  });
  const report = useQuery({
    queryKey: ["scheme", schemeId, "report"],
    queryFn: () => call(client.GET("/reports/claims", { params: { query: { schemeId } } })),
  });
  const isAdmin = hasAnyRole(session, ["admin"]);

  if (scheme.isPending) return <Skeleton active />;
  if (scheme.error) return <Alert type="error" showIcon message={errorMessage(scheme.error, t as T, i18n.language)} />;
  const s = scheme.data;
  const versions = Array.from({ length: s.currentVersion }, (_, i) => s.currentVersion - i);

  return (
    <>
      <PageTitle
        extra={isAdmin && <Button onClick={() => navigate(`/schemes/${encodeURIComponent(schemeId)}/edit`)}>{t("scheme.edit")}</Button>}
      >
        {s.name}
      </PageTitle>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="scheme-figures">
        <Col xs={12} md={6}>
          <Card size="small">
            <div data-testid="scheme-pool">
              <Statistic title={t("scheme.pool")} value={formatYuan(s.poolBalanceFen)} />
            </div>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("scheme.paid")} value={formatYuan(s.paidFen)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("scheme.toppedUp")} value={formatYuan(s.toppedUpFen)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t("scheme.householdsPaid")}
              value={
                report.data
                  ? t("scheme.householdsValue", { households: report.data.householdsPaid, people: report.data.peopleCovered })
                  : "…"
              }
            />
          </Card>
        </Col>
      </Row>
      {report.data && (
        <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("scheme.byStatus")}</h2>}>
          <Flex gap={16} wrap>
            {CLAIM_STATUSES.map((st) => (
              <Typography.Text key={st}>
                {t(`statusShort.${st}`)} <Typography.Text strong>{report.data.byStatus[st]}</Typography.Text>
              </Typography.Text>
            ))}
          </Flex>
        </Card>
      )}
      <Card
        style={{ marginBottom: 16 }}
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("scheme.rulesTitle")}</h2>}
        extra={
          <Select
            aria-label={t("scheme.version")}
            size="small"
            style={{ width: 150 }}
            value={s.version}
            onChange={(v: number) => setParams(v === s.currentVersion ? {} : { version: String(v) }, { replace: true })}
            options={versions.map((v) => ({
              value: v,
              label: t("scheme.versionOption", { version: v, current: v === s.currentVersion ? t("scheme.current") : "" }),
            }))}
          />
        }
      >
        {s.version !== s.currentVersion && (
          <Alert
            type="info"
            showIcon
            message={t("scheme.oldVersion", { version: s.version, current: s.currentVersion })}
            style={{ marginBottom: 12 }}
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: "kind", label: t("scheme.kind"), children: t(`kind.${s.kind}`) },
            { key: "county", label: t("scheme.county"), children: s.county },
            {
              key: "coverage",
              label: t("scheme.coverage"),
              children: (
                <span data-testid="scheme-coverage">
                  {t("scheme.coverageValue", {
                    from: formatCalendar(s.coveragePeriod.from, i18n.language),
                    to: formatCalendar(s.coveragePeriod.to, i18n.language),
                  })}
                </span>
              ),
            },
            { key: "line", label: t("scheme.incomeLine"), children: formatYuan(s.incomeLineFen) },
            { key: "categories", label: t("scheme.categories"), children: s.eligibleCategories.map((c) => t(`category.${c}`)).join("、") },
            {
              key: "incomeTests",
              label: t("scheme.incomeTests"),
              children: (
                <Flex vertical>
                  {CATEGORIES.filter((c) => s.eligibleCategories.includes(c)).map((c) => (
                    <span key={c}>
                      {t("scheme.incomeTestValue", { category: t(`category.${c}`), test: t(`incomeTest.${incomeTestOf(s, c)}`) })}
                    </span>
                  ))}
                </Flex>
              ),
            },
            {
              key: "chain",
              label: t("scheme.chain"),
              children: CHAIN_STEPS.some((step) => s.chain[step])
                ? CHAIN_STEPS.filter((step) => s.chain[step])
                    .map((step) => t(`chain.${step}`))
                    .join(" → ")
                : t("scheme.chainNone"),
            },
            {
              key: "created",
              label: t("scheme.created"),
              children: t("scheme.createdValue", { at: formatChinaDateTime(s.createdAt), by: s.createdBy }),
            },
          ]}
        />
        <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="scheme-rules">
          {[...new Set([...BASIC_CAUSES, ...causesOf(s.rules)])].map((cause) => {
            const rule = s.rules[cause];
            return (
              <Col xs={24} md={12} key={cause}>
                <Card
                  size="small"
                  data-testid={`rule-${cause}`}
                  title={<h3 style={{ fontSize: 15, margin: 0 }}>{causeName(cause, rule?.label)}</h3>}
                >
                  {rule ? <RuleFacts rule={rule} /> : <Typography.Text type="secondary">{t("scheme.notCovered")}</Typography.Text>}
                </Card>
              </Col>
            );
          })}
        </Row>
      </Card>
      <TopUps scheme={s} isAdmin={isAdmin} />
    </>
  );
}

function RuleFacts({ rule }: { rule: SchemeRule }) {
  const { t } = useTranslation("claims");
  let from = 0;
  const bands = rule.tiers.map((tier, i) => {
    const band = { key: i, from, to: tier.upToFen, ratioBps: tier.ratioBps };
    from = tier.upToFen ?? from;
    return band;
  });
  const cap = (fen: number | null) => (fen === null ? t("steps.noCap") : formatYuan(fen));
  const byCategory = CATEGORIES.flatMap((c) => {
    const fen = rule.entryThresholdByCategoryFen[c];
    return fen === undefined ? [] : [t("scheme.thresholdFor", { category: t(`category.${c}`), amount: formatYuan(fen) })];
  });
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: "basis",
            label: t("scheme.basis"),
            children: (
              <span>
                <Typography.Text strong>{t(`basis.${rule.basis}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t(`basisHelp.${rule.basis}`)}</Typography.Text>
              </span>
            ),
          },
          {
            key: "threshold",
            label: t("scheme.threshold"),
            children: (
              <Flex vertical>
                <span>
                  {byCategory.length
                    ? t("scheme.thresholdOthers", {
                        amount: rule.entryThresholdFen === null ? t("scheme.noThreshold") : formatYuan(rule.entryThresholdFen),
                      })
                    : rule.entryThresholdFen === null
                      ? t("scheme.noThreshold")
                      : formatYuan(rule.entryThresholdFen)}
                </span>
                {byCategory.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </Flex>
            ),
          },
          { key: "deductible", label: t("scheme.deductible"), children: formatYuan(rule.deductibleFen) },
          ...(rule.basis === "per_claim" ? [{ key: "perClaim", label: t("steps.perClaimCap"), children: cap(rule.perClaimCapFen) }] : []),
          { key: "person", label: t("steps.personCap"), children: cap(rule.perPersonYearCapFen) },
          { key: "year", label: t("steps.yearCap"), children: cap(rule.perHouseholdYearCapFen) },
          {
            key: "documents",
            label: t("scheme.requiredDocuments"),
            children: rule.requiredDocuments.length
              ? rule.requiredDocuments.map((k) => t(`documentKind.${k}`)).join("、")
              : t("scheme.noDocuments"),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={bands}
        columns={[
          {
            title: t("scheme.band"),
            key: "band",
            render: (_: unknown, b) =>
              b.to === null
                ? t("scheme.bandOpen", { from: formatYuan(b.from) })
                : t("scheme.bandRange", { from: formatYuan(b.from), to: formatYuan(b.to) }),
          },
          { title: t("scheme.ratio"), dataIndex: "ratioBps", align: "right", render: (v: number) => formatRatio(v) },
        ]}
      />
    </>
  );
}

interface TopUpValues {
  amount: string;
  source: string;
  note?: string;
}

function TopUps({ scheme: s, isAdmin }: { scheme: Scheme; isAdmin: boolean }) {
  const { t, i18n } = useTranslation("claims");
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<TopUpValues>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The same top-up resent (a retry after a lost answer) tops up once.
  const attempt = useAttemptKey();
  const topUps = useInfiniteQuery({
    queryKey: ["scheme", s.schemeId, "top-ups"],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/schemes/{schemeId}/top-ups", {
          params: { path: { schemeId: s.schemeId }, query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const topUp = useMutation({
    mutationFn: ({ body, key }: { body: { amountFen: number; source: string; note?: string }; key: string }) =>
      call(
        client.POST("/schemes/{schemeId}/top-ups", {
          params: { path: { schemeId: s.schemeId }, header: { "Idempotency-Key": key } },
          body,
        }),
      ),
    onSuccess: (done) => {
      attempt.done();
      form.resetFields();
      setRefusal(null);
      void queryClient.invalidateQueries({ queryKey: ["scheme"] });
      void queryClient.invalidateQueries({ queryKey: ["schemes"] });
      void message.success(t("scheme.toppedUpDone", { balance: formatYuan(done.poolBalanceFen) }));
    },
    onError: (e) => setRefusal(formError(e, form)),
  });
  const items = topUps.data?.pages.flatMap((p) => p.items) ?? [];

  const submit = (v: TopUpValues) => {
    const body = { amountFen: parseYuan(v.amount)!, source: v.source.trim(), ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
    const key = attempt.keyFor(body);
    modal.confirm({
      title: t("scheme.topUpTitle"),
      content: t("scheme.topUpBody", { amount: formatYuan(body.amountFen), name: s.name, source: body.source }),
      okText: t("scheme.topUp"),
      cancelText: t("claim.keep"),
      onOk: () => topUp.mutateAsync({ body, key }).catch(() => undefined),
    });
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("scheme.topUps")}</h2>}>
      {isAdmin && (
        <Form<TopUpValues> form={form} id="top-up-form" layout="vertical" onFinish={submit} onValuesChange={() => setRefusal(null)}>
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item name="amount" label={t("scheme.amount")} required rules={yuanRules(t, { minFen: 1 })}>
                <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="source"
                label={t("scheme.source")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }]}
              >
                <Input maxLength={100} placeholder={t("scheme.sourcePlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="note" label={t("scheme.note")}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={topUp.isPending} style={{ marginBottom: 16 }}>
            {t("scheme.topUp")}
          </Button>
        </Form>
      )}
      {topUps.error && <Alert type="error" showIcon message={errorMessage(topUps.error, t as T, i18n.language)} />}
      {topUps.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty description={t("scheme.noTopUps")} />
      ) : (
        <List<TopUp>
          size="small"
          data-testid="top-up-list"
          dataSource={items}
          renderItem={(u) => (
            <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 8 }}>
              <div style={{ flex: "1 1 200px", minWidth: 0 }}>
                <Typography.Text strong>{u.source}</Typography.Text>
                {u.note && <div style={{ overflowWrap: "anywhere" }}>{u.note}</div>}
                <Typography.Text type="secondary">
                  {t("scheme.topUpBy", { at: formatChinaDateTime(u.createdAt), by: u.createdBy })}
                </Typography.Text>
              </div>
              <Typography.Text strong>{formatYuan(u.amountFen)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {topUps.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Button onClick={() => void topUps.fetchNextPage()} loading={topUps.isFetchingNextPage}>
            {t("schemes.more")}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
