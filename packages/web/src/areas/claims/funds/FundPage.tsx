import { DownloadOutlined } from "@ant-design/icons";
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
  Space,
  Statistic,
  Tag,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { useShowError } from "../../../api/show-error";
import type { paths } from "../../../api/schema";
import { i18n as console18n } from "../../../app/i18n";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { PageTitle } from "../../../components/PageTitle";
import { formatChinaDateTime } from "../../../lib/dates";
import { useAttemptKey } from "../../../lib/attempt-key";
import { formatYuan, parseYuan } from "../../../lib/money";
import { saveCsv } from "../../reports/download";
import { NAMESPACE, texts } from "./i18n";
import { formatRate, parseRate } from "./rates";

// The page's texts come with its chunk: the claims area's namespace stays as it is.
for (const lng of ["zh-CN", "en"] as const) console18n.addResourceBundle(lng, NAMESPACE, texts[lng], true, false);

type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type FundView = Json<paths["/schemes/{schemeId}/funds"]["get"]["responses"][200]>;
type Entry = FundView["entries"]["items"][number];
type SourceKind = FundView["bySource"][number]["sourceKind"];
const SOURCE_KINDS: SourceKind[] = ["county_budget", "township", "donation", "social_assistance", "other"];

/** A signed amount: red when it takes money away. */
function Amount({ fen, strong }: { fen: number; strong?: boolean }) {
  return (
    <Typography.Text type={fen < 0 ? "danger" : undefined} strong={strong}>
      {fen > 0 ? "+" : ""}
      {formatYuan(fen)}
    </Typography.Text>
  );
}

/**
 * A scheme's fund: the pool and what the county owes (in red), the year's income and spending with
 * the insurer's fee, money raised by source, the ledger, and for administrators the premium and
 * raised-money forms, the settlement rules and the year-end settlement (a confirmation shows what
 * it will do); every staff member downloads the payout list and the public notice list.
 */
export default function FundPage() {
  const { schemeId = "" } = useParams();
  const { t, i18n } = useTranslation(NAMESPACE);
  const session = useSession();
  const isAdmin = hasAnyRole(session, ["admin"]);
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 ? asked : undefined;
  const view = useQuery({
    queryKey: ["fund", schemeId, year ?? "open"],
    queryFn: () =>
      call(client.GET("/schemes/{schemeId}/funds", { params: { path: { schemeId }, query: { limit: 1, ...(year ? { year } : {}) } } })),
  });

  if (view.isPending) return <Skeleton active />;
  if (view.error) return <Alert type="error" showIcon message={errorMessage(view.error, t as T, i18n.language)} />;
  const f = view.data;
  const years = Array.from({ length: 5 }, (_, i) => f.openYear - i);

  return (
    <>
      <PageTitle extra={<Link to={`/schemes/${encodeURIComponent(schemeId)}`}>{t("back")}</Link>}>{t("title", { name: f.name })}</PageTitle>
      <Totals fund={f} />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="fund-year">{t("year")}</label>
        <Select
          id="fund-year"
          style={{ width: 140 }}
          value={f.year}
          onChange={(v: number) => setParams(v === f.openYear ? {} : { year: String(v) }, { replace: true })}
          options={years.map((y) => ({ value: y, label: t("yearOption", { year: y }) }))}
        />
        <Tag color={f.status === "open" ? "blue" : f.status === "settled" ? "green" : "default"}>{t(`status.${f.status}`)}</Tag>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Figures fund={f} isAdmin={isAdmin} />
          <Ledger fund={f} />
        </Col>
        <Col xs={24} lg={10}>
          <Sources fund={f} />
          <Exports fund={f} />
          {isAdmin && f.kind === "insurance" && <PremiumForm fund={f} />}
          {isAdmin && <ContributionForm fund={f} />}
          {isAdmin && <SettingsForm fund={f} />}
        </Col>
      </Row>
    </>
  );
}

function Totals({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  const owed = f.totals.receivableFen > 0;
  const cards = [
    { key: "pool", title: t("totals.pool"), value: formatYuan(f.totals.poolBalanceFen), danger: f.totals.poolBalanceFen < 0 },
    {
      key: "receivable",
      title: t("totals.receivable"),
      value: owed ? formatYuan(f.totals.receivableFen) : t("totals.receivableNone"),
      danger: owed,
    },
    { key: "raised", title: t("totals.raised"), value: formatYuan(f.totals.raisedFen) },
    { key: "paid", title: t("totals.paid"), value: formatYuan(f.totals.paidFen) },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col xs={12} md={6} key={c.key}>
          <Card size="small">
            <div data-testid={`fund-${c.key}`}>
              {/* The receivable in red: money the county owes the fund. cf1322 keeps 4.5:1 contrast on white. */}
              <Statistic title={c.title} value={c.value} valueStyle={c.danger ? { color: "#cf1322" } : undefined} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function Figures({ fund: f, isAdmin }: { fund: FundView; isAdmin: boolean }) {
  const { t } = useTranslation(NAMESPACE);
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const g = f.figures;
  const rate = formatRate(f.settlement?.insurerFeeBps ?? f.settings.insurerFeeBps);
  const settle = useMutation({
    mutationFn: () =>
      call(client.POST("/schemes/{schemeId}/settlements", { params: { path: { schemeId: f.schemeId } }, body: { year: f.year } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["fund", f.schemeId] });
      void queryClient.invalidateQueries({ queryKey: ["scheme"] });
      void message.success(t("settle.done", { year: f.year }));
    },
    onError: (e) => showError(e),
  });
  const outcome = () => {
    if (g.resultFen < 0) return t("settle.shortfall", { amount: formatYuan(-g.resultFen) });
    if (g.resultFen === 0) return t("settle.even");
    return f.settings.surplusPolicy === "carry_forward"
      ? t("settle.carry", { amount: formatYuan(g.resultFen), next: f.year + 1 })
      : t("settle.giveBack", { amount: formatYuan(g.resultFen) });
  };
  const confirm = () =>
    modal.confirm({
      title: t("settle.title", { year: f.year }),
      content: (
        <div data-testid="settle-confirm">
          <p>{t("settle.intro")}</p>
          <Descriptions size="small" column={1} items={rows} />
          <p style={{ marginTop: 12, fontWeight: 600 }}>{outcome()}</p>
        </div>
      ),
      okText: t("settle.ok"),
      cancelText: t("settle.cancel"),
      onOk: () => settle.mutateAsync().catch(() => undefined),
    });
  const rows = [
    { key: "bf", label: t("figures.broughtForward"), children: formatYuan(g.broughtForwardFen) },
    ...(f.kind === "insurance"
      ? [
          {
            key: "premiums",
            label: t("figures.premiums"),
            children: t("figures.premiumsValue", {
              amount: formatYuan(g.premiumsFen),
              headcount: g.insuredHeadcount.toLocaleString("zh-CN"),
            }),
          },
        ]
      : []),
    { key: "raised", label: t("figures.raised"), children: formatYuan(g.raisedFen) },
    { key: "topUps", label: t("figures.topUps"), children: formatYuan(g.topUpsFen) },
    { key: "payouts", label: t("figures.payouts"), children: <Amount fen={-g.payoutsFen} /> },
    ...(f.kind === "insurance"
      ? [{ key: "fee", label: t("figures.fee"), children: t("figures.feeValue", { amount: formatYuan(-g.insurerFeeFen), rate }) }]
      : []),
    { key: "result", label: t("figures.result"), children: <Amount fen={g.resultFen} strong /> },
    ...(f.status === "settled"
      ? [
          { key: "countyTopUp", label: t("figures.countyTopUp"), children: formatYuan(g.countyTopUpFen) },
          { key: "carried", label: t("figures.carried"), children: formatYuan(g.carriedForwardFen) },
          { key: "returned", label: t("figures.returned"), children: formatYuan(g.returnedFen) },
        ]
      : []),
  ];
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("figures.title", { year: f.year })}</h2>}
      extra={
        isAdmin &&
        f.status === "open" && (
          <Button type="primary" onClick={confirm} loading={settle.isPending}>
            {t("settle.button")}
          </Button>
        )
      }
    >
      <div data-testid="fund-figures">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={rows} />
      </div>
      {f.status === "open" && <Typography.Text type="secondary">{t("figures.projected")}</Typography.Text>}
      {f.settlement && (
        <Typography.Text type="secondary">
          {t("figures.settledAt", { at: formatChinaDateTime(f.settlement.at), by: f.settlement.by })}
        </Typography.Text>
      )}
    </Card>
  );
}

function Sources({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("sources.title")}</h2>}>
      <List
        size="small"
        data-testid="fund-sources"
        dataSource={f.bySource}
        renderItem={(s) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Typography.Text>{t(`source.${s.sourceKind}`)}</Typography.Text>
            <Typography.Text strong>{formatYuan(s.raisedFen)}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

function basisText(e: Entry, t: T): string {
  const b = e.basis;
  if (e.kind === "premium" && typeof b.perPersonFen === "number" && typeof b.headcount === "number")
    return t("ledger.premiumBasis", { perPerson: formatYuan(b.perPersonFen), headcount: b.headcount.toLocaleString("zh-CN") });
  if (e.kind === "insurer_fee" && typeof b.payoutsFen === "number" && typeof b.insurerFeeBps === "number")
    return t("ledger.feeBasis", { payouts: formatYuan(b.payoutsFen), rate: formatRate(b.insurerFeeBps) });
  if (typeof b.resultFen === "number") return t("ledger.resultBasis", { result: formatYuan(b.resultFen) });
  return e.source ?? "";
}

function Ledger({ fund: f }: { fund: FundView }) {
  const { t, i18n } = useTranslation(NAMESPACE);
  const entries = useInfiniteQuery({
    queryKey: ["fund", f.schemeId, f.year, "ledger"],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/schemes/{schemeId}/funds", {
          params: { path: { schemeId: f.schemeId }, query: { year: f.year, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.entries.nextCursor ?? undefined,
  });
  const items = entries.data?.pages.flatMap((p) => p.entries.items) ?? [];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("ledger.title", { year: f.year })}</h2>}>
      {entries.error && <Alert type="error" showIcon message={errorMessage(entries.error, t as T, i18n.language)} />}
      {entries.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty description={t("ledger.empty")} />
      ) : (
        <List<Entry>
          size="small"
          data-testid="fund-ledger"
          dataSource={items}
          renderItem={(e) => (
            <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 8 }}>
              <div style={{ flex: "1 1 200px", minWidth: 0 }}>
                <Typography.Text strong>{t(`entry.${e.kind}`)}</Typography.Text>
                {e.sourceKind && <Tag style={{ marginInlineStart: 8 }}>{t(`source.${e.sourceKind}`)}</Tag>}
                <div style={{ overflowWrap: "anywhere" }}>{basisText(e, t as T)}</div>
                {e.note && <div style={{ overflowWrap: "anywhere" }}>{e.note}</div>}
                <Typography.Text type="secondary">
                  {formatChinaDateTime(e.at)} · {e.by}
                </Typography.Text>
              </div>
              <Amount fen={e.amountFen} strong />
            </List.Item>
          )}
        />
      )}
      {entries.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Button onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
            {t("ledger.more")}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

function Exports({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useMutation({
    mutationFn: ({ what, format }: { what: "payouts" | "notices"; format: "csv" | "xlsx" }) =>
      what === "payouts"
        ? saveCsv(
            client.GET("/reports/claims/payouts", { params: { query: { schemeId: f.schemeId, format } }, parseAs: "blob" }),
            `payouts-${f.schemeId}.${format}`,
          )
        : saveCsv(
            client.GET("/reports/claims/notices", { params: { query: { county: f.county, format } }, parseAs: "blob" }),
            `notices.${format}`,
          ),
    onSuccess: (file) => void message.success(t("exports.done", { file })),
    onError: (e) => showError(e),
  });
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("exports.title")}</h2>}>
      <Space direction="vertical" style={{ width: "100%" }}>
        {(["payouts", "notices"] as const).map((what) => (
          <Flex key={what} gap={8} wrap>
            {(["xlsx", "csv"] as const).map((format) => (
              <Button
                key={format}
                icon={<DownloadOutlined />}
                loading={save.isPending && save.variables?.what === what && save.variables.format === format}
                onClick={() => save.mutate({ what, format })}
              >
                {t(`exports.${format}`, { what: t(`exports.${what}`) })}
              </Button>
            ))}
          </Flex>
        ))}
      </Space>
    </Card>
  );
}

const yuanRule = (t: T, required = true) => ({
  validator: (_: unknown, v?: string) =>
    !v?.trim()
      ? required
        ? Promise.reject(new Error(t("form.required")))
        : Promise.resolve()
      : parseYuan(v) && parseYuan(v)! > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t("form.yuan"))),
});

function PremiumForm({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ perPerson: string; headcount: string; payer: string; note?: string }>();
  const perPerson = parseYuan(Form.useWatch("perPerson", form) ?? "");
  const headcount = Number(Form.useWatch("headcount", form));
  const total = perPerson && Number.isInteger(headcount) && headcount > 0 ? perPerson * headcount : null;
  const attempt = useAttemptKey();
  const record = useMutation({
    mutationFn: (body: { perPersonFen: number; headcount: number; payer: string; note?: string }) =>
      call(
        client.POST("/schemes/{schemeId}/premiums", {
          params: { path: { schemeId: f.schemeId }, header: { "Idempotency-Key": attempt.keyFor(body) } },
          body,
        }),
      ),
    onSuccess: (done) => {
      attempt.done();
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ["fund", f.schemeId] });
      void message.success(t("premium.done", { amount: formatYuan(done.amountFen) }));
    },
    onError: (e) => showError(e, form),
  });
  const submit = (v: { perPerson: string; headcount: string; payer: string; note?: string }) => {
    const body = {
      perPersonFen: parseYuan(v.perPerson)!,
      headcount: Number(v.headcount),
      payer: v.payer.trim(),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    modal.confirm({
      title: t("premium.title"),
      content: t("premium.confirm", {
        amount: formatYuan(body.perPersonFen * body.headcount),
        perPerson: formatYuan(body.perPersonFen),
        headcount: body.headcount.toLocaleString("zh-CN"),
      }),
      okText: t("premium.submit"),
      onOk: () => record.mutateAsync(body).catch(() => undefined),
    });
  };
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("premium.title")}</h2>}>
      <Form form={form} id="premium-form" layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="perPerson" label={t("premium.perPerson")} required rules={[yuanRule(t as T)]}>
              <Input inputMode="decimal" prefix="¥" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="headcount"
              label={t("premium.headcount")}
              rules={[{ required: true, pattern: /^[1-9]\d{0,8}$/, message: t("form.count") }]}
            >
              <Input inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="payer" label={t("premium.payer")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
          <Input maxLength={100} placeholder={t("premium.payerPlaceholder")} />
        </Form.Item>
        <Form.Item name="note" label={t("premium.note")}>
          <Input maxLength={500} />
        </Form.Item>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text data-testid="premium-total">
            {total !== null ? t("premium.total", { amount: formatYuan(total) }) : ""}
          </Typography.Text>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t("premium.submit")}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

function ContributionForm({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ sourceKind: SourceKind; amount: string; source?: string; note?: string }>();
  const attempt = useAttemptKey();
  const record = useMutation({
    mutationFn: (body: { sourceKind: SourceKind; amountFen: number; source?: string; note?: string }) =>
      call(
        client.POST("/schemes/{schemeId}/contributions", {
          params: { path: { schemeId: f.schemeId }, header: { "Idempotency-Key": attempt.keyFor(body) } },
          body,
        }),
      ),
    onSuccess: (done) => {
      attempt.done();
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ["fund", f.schemeId] });
      void message.success(t("contribution.done", { amount: formatYuan(done.amountFen) }));
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("contribution.title")}</h2>}>
      <Form
        form={form}
        id="contribution-form"
        layout="vertical"
        initialValues={{ sourceKind: "county_budget" }}
        onFinish={(v) =>
          record.mutate({
            sourceKind: v.sourceKind,
            amountFen: parseYuan(v.amount)!,
            ...(v.source?.trim() ? { source: v.source.trim() } : {}),
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          })
        }
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="sourceKind" label={t("contribution.kind")} rules={[{ required: true, message: t("form.required") }]}>
              <Select options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`source.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="amount" label={t("contribution.amount")} required rules={[yuanRule(t as T)]}>
              <Input inputMode="decimal" prefix="¥" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="source" label={t("contribution.source")}>
          <Input maxLength={100} placeholder={t("contribution.sourcePlaceholder")} />
        </Form.Item>
        <Form.Item name="note" label={t("contribution.note")}>
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t("contribution.submit")}
        </Button>
      </Form>
    </Card>
  );
}

function SettingsForm({ fund: f }: { fund: FundView }) {
  const { t } = useTranslation(NAMESPACE);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ fee: string; surplusPolicy: FundView["settings"]["surplusPolicy"] }>();
  const save = useMutation({
    mutationFn: (body: { insurerFeeBps: number; surplusPolicy: FundView["settings"]["surplusPolicy"] }) =>
      call(client.PUT("/schemes/{schemeId}/fund-settings", { params: { path: { schemeId: f.schemeId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["fund", f.schemeId] });
      void message.success(t("settings.saved"));
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("settings.title")}</h2>}>
      <Form
        form={form}
        id="fund-settings-form"
        layout="vertical"
        initialValues={{ fee: formatRate(f.settings.insurerFeeBps).replace("%", ""), surplusPolicy: f.settings.surplusPolicy }}
        onFinish={(v) => save.mutate({ insurerFeeBps: f.kind === "insurance" ? parseRate(v.fee)! : 0, surplusPolicy: v.surplusPolicy })}
      >
        {f.kind === "insurance" && (
          <Form.Item
            name="fee"
            label={t("settings.fee")}
            extra={t("settings.feeHelp")}
            rules={[
              {
                validator: (_, v?: string) =>
                  parseRate(v ?? "") !== null ? Promise.resolve() : Promise.reject(new Error(t("form.percent"))),
              },
            ]}
          >
            <Input inputMode="decimal" suffix="%" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="surplusPolicy" label={t("settings.policy")}>
          <Select options={(["carry_forward", "return_to_treasury"] as const).map((p) => ({ value: p, label: t(`settings.${p}`) }))} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t("settings.save")}
        </Button>
      </Form>
    </Card>
  );
}
