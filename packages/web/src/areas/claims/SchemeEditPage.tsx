import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  type FormRule,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Switch,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { parseYuan } from "../../lib/money";
import { useFormError } from "./form-errors";
import { texts } from "./i18n";
import { parsePercent, useCauseName, yuanRules } from "./labels";
import {
  BASES,
  BASIC_CAUSES,
  type Basis,
  CATEGORIES,
  CHAIN_STEPS,
  causesOf,
  DOCUMENT_KINDS,
  type DocumentKind,
  type HouseholdCategory,
  INCOME_TESTS,
  type IncomeTest,
  incomeTestOf,
  KNOWN_CAUSES,
  type PutScheme,
  type Scheme,
} from "./types";

/** A rule as the form holds it: amounts in 元 and ratios in % as typed; field names as the API's, so its refusals land on them. */
interface RuleValues {
  enabled: boolean;
  label?: string;
  basis: Basis;
  entryThresholdFen?: string;
  entryThresholdByCategoryFen?: Partial<Record<HouseholdCategory, string>>;
  deductibleFen: string;
  perClaimCapFen?: string;
  perPersonYearCapFen?: string;
  perHouseholdYearCapFen?: string;
  tiers: { upToFen?: string; ratioBps: string }[];
  requiredDocuments: DocumentKind[];
}
interface Values {
  schemeId?: string;
  kind: PutScheme["kind"];
  name: string;
  county: string;
  year: number;
  coveragePeriod: { from: Dayjs | null; to: Dayjs | null };
  incomeLineFen: string;
  eligibleCategories: PutScheme["eligibleCategories"];
  incomeTest: Record<HouseholdCategory, IncomeTest>;
  chain: Record<(typeof CHAIN_STEPS)[number], boolean>;
  rules: Record<string, RuleValues>;
}

const yuanText = (fen: number | null | undefined) => (fen === null || fen === undefined ? "" : (fen / 100).toFixed(2));
const percentText = (bps: number) => String(bps / 100);
const SCHEME_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** The platform's cause ids (schemas.ts causeId). */
const CAUSE_ID = /^[a-z][a-z0-9_]{1,31}$/;
/** The known causes' labels as the platform stores them, whatever language the console is read in. */
const ZH_CAUSES: Record<string, string> = texts["zh-CN"].cause;

const calendarYear = (year: number) => ({ from: dayjs(`${year}-01-01`), to: dayjs(`${year}-12-31`) });
const newRule = (label = ""): RuleValues => ({
  enabled: true,
  label,
  basis: "per_claim",
  deductibleFen: "0",
  tiers: [{ upToFen: "", ratioBps: "" }],
  requiredDocuments: [],
});

function ruleValues(r: Scheme["rules"][string]): RuleValues {
  return {
    enabled: true,
    label: r.label,
    basis: r.basis,
    entryThresholdFen: yuanText(r.entryThresholdFen),
    entryThresholdByCategoryFen: Object.fromEntries(CATEGORIES.map((c) => [c, yuanText(r.entryThresholdByCategoryFen[c])])),
    deductibleFen: yuanText(r.deductibleFen),
    perClaimCapFen: yuanText(r.perClaimCapFen),
    perPersonYearCapFen: yuanText(r.perPersonYearCapFen),
    perHouseholdYearCapFen: yuanText(r.perHouseholdYearCapFen),
    tiers: r.tiers.map((tier) => ({ upToFen: yuanText(tier.upToFen), ratioBps: percentText(tier.ratioBps) })),
    requiredDocuments: r.requiredDocuments,
  };
}

function valuesOf(s: Scheme | undefined): Partial<Values> {
  if (!s) {
    const year = Number(chinaToday().slice(0, 4));
    return {
      kind: "insurance",
      year,
      coveragePeriod: calendarYear(year),
      eligibleCategories: [...CATEGORIES],
      incomeTest: Object.fromEntries(CATEGORIES.map((c) => [c, incomeTestOf({ incomeTest: {} }, c)])) as Values["incomeTest"],
      chain: { homeVisit: true, villageReview: true, publicNotice: true },
      rules: Object.fromEntries(BASIC_CAUSES.map((c) => [c, { ...newRule(), enabled: false }])),
    };
  }
  return {
    kind: s.kind,
    name: s.name,
    county: s.county,
    year: s.year,
    coveragePeriod: { from: dayjs(s.coveragePeriod.from), to: dayjs(s.coveragePeriod.to) },
    incomeLineFen: yuanText(s.incomeLineFen),
    eligibleCategories: s.eligibleCategories,
    incomeTest: Object.fromEntries(CATEGORIES.map((c) => [c, incomeTestOf(s, c)])) as Values["incomeTest"],
    chain: s.chain,
    rules: Object.fromEntries([
      ...BASIC_CAUSES.map((c) => [c, { ...newRule(), enabled: false }]),
      ...Object.entries(s.rules).map(([c, r]) => [c, ruleValues(r)]),
    ]),
  };
}

const fenOrNull = (text: string | undefined) => (text?.trim() ? parseYuan(text) : null);

function bodyOf(v: Values, causes: readonly string[]): PutScheme {
  const rules: PutScheme["rules"] = {};
  for (const cause of causes) {
    const r = v.rules[cause];
    if (!r?.enabled) continue;
    const byCategory: Partial<Record<HouseholdCategory, number>> = {};
    for (const c of CATEGORIES) {
      const fen = fenOrNull(r.entryThresholdByCategoryFen?.[c]);
      if (fen !== null) byCategory[c] = fen;
    }
    rules[cause] = {
      ...(r.label?.trim() ? { label: r.label.trim() } : {}),
      basis: r.basis,
      entryThresholdFen: fenOrNull(r.entryThresholdFen),
      entryThresholdByCategoryFen: byCategory,
      deductibleFen: parseYuan(r.deductibleFen) ?? 0,
      tiers: r.tiers.map((tier) => ({ upToFen: fenOrNull(tier.upToFen), ratioBps: parsePercent(tier.ratioBps) ?? 0 })),
      // The platform refuses a per-claim cap on an annual basis: splitting a burden must not pay more.
      perClaimCapFen: r.basis === "per_claim" ? fenOrNull(r.perClaimCapFen) : null,
      perPersonYearCapFen: fenOrNull(r.perPersonYearCapFen),
      perHouseholdYearCapFen: fenOrNull(r.perHouseholdYearCapFen),
      requiredDocuments: r.requiredDocuments ?? [],
    };
  }
  return {
    kind: v.kind,
    name: v.name.trim(),
    county: v.county.trim(),
    year: v.year,
    coveragePeriod: { from: v.coveragePeriod.from!.format("YYYY-MM-DD"), to: v.coveragePeriod.to!.format("YYYY-MM-DD") },
    incomeLineFen: parseYuan(v.incomeLineFen) ?? 0,
    incomeTest: v.incomeTest,
    eligibleCategories: v.eligibleCategories,
    chain: v.chain,
    rules,
  };
}

/**
 * An administrator sets a scheme's rules and limits: each save is a new immutable version (PUT
 * /schemes/{id}); approvals from then on use it. The coverage period, the income test by category,
 * the steps before the township's review, and per cause its basis, thresholds, deductible, bands,
 * caps and required documents. Amounts in 元, ratios in %.
 */
export default function SchemeEditPage() {
  const { schemeId } = useParams();
  const { t, i18n } = useTranslation("claims");
  const current = useQuery({
    queryKey: ["scheme", schemeId, "current"],
    enabled: !!schemeId,
    queryFn: () => call(client.GET("/schemes/{schemeId}", { params: { path: { schemeId: schemeId! } } })),
  });

  if (schemeId && current.isPending) return <Skeleton active />;
  if (schemeId && current.error) return <Alert type="error" showIcon message={errorMessage(current.error, t as T, i18n.language)} />;

  return (
    <>
      <PageTitle>{schemeId ? t("edit.title", { name: current.data?.name ?? schemeId }) : t("edit.newTitle")}</PageTitle>
      <Typography.Paragraph type="secondary">
        {schemeId ? t("edit.intro", { version: (current.data?.currentVersion ?? 0) + 1 }) : t("edit.newIntro")}
      </Typography.Paragraph>
      <SchemeForm schemeId={schemeId} scheme={current.data} />
    </>
  );
}

function SchemeForm({ schemeId, scheme }: { schemeId: string | undefined; scheme: Scheme | undefined }) {
  const { t } = useTranslation("claims");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The causes shown: the four every county has, then the scheme's others and those added here.
  const [causes, setCauses] = useState<string[]>(() => [...new Set([...BASIC_CAUSES, ...causesOf(scheme?.rules ?? {})])]);
  const lastYear = useRef(scheme?.year ?? valuesOf(undefined).year!);
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(client.PUT("/schemes/{schemeId}", { params: { path: { schemeId: schemeId ?? v.schemeId!.trim() } }, body: bodyOf(v, causes) })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ["scheme"] });
      void queryClient.invalidateQueries({ queryKey: ["schemes"] });
      navigate(`/schemes/${encodeURIComponent(saved.schemeId)}`);
    },
    onError: (e) => setRefusal(formError(e, form)),
  });

  /** A new coverage year moves a calendar-year period along with it; a period set by hand stays. */
  const followYear = (changed: Partial<Values>, all: Values) => {
    setRefusal(null);
    if (changed.year === undefined || changed.year === null) return;
    const previous = calendarYear(lastYear.current);
    const { from, to } = all.coveragePeriod ?? {};
    if (from?.isSame(previous.from, "day") && to?.isSame(previous.to, "day") && changed.year >= 2000 && changed.year <= 2100) {
      form.setFieldValue("coveragePeriod", calendarYear(changed.year));
    }
    lastYear.current = changed.year;
  };

  const submit = () => {
    // The whole store: a county's own cause has no "covers" switch on screen, so its rule is not a field's value.
    const v = form.getFieldsValue(true) as Values;
    if (!causes.some((c) => v.rules[c]?.enabled)) return setRefusal(t("edit.noCauses"));
    save.mutate(v);
  };

  const addCause = (cause: string, label: string) => {
    setCauses((shown) => [...shown, cause]);
    form.setFieldValue(["rules", cause], newRule(label));
  };
  const removeCause = (cause: string) => {
    setCauses((shown) => shown.filter((c) => c !== cause));
    form.setFieldValue(["rules", cause, "enabled"], false);
  };

  return (
    <Form<Values>
      form={form}
      id="scheme-form"
      layout="vertical"
      initialValues={valuesOf(scheme)}
      onFinish={submit}
      onValuesChange={followYear}
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {!schemeId && (
            <Col xs={24} md={12}>
              <Form.Item
                name="schemeId"
                label={t("edit.schemeId")}
                extra={t("edit.schemeIdHelp")}
                rules={[
                  { required: true, message: t("form.required") },
                  { pattern: SCHEME_ID, message: t("edit.schemeIdInvalid") },
                ]}
              >
                <Input maxLength={64} autoComplete="off" placeholder="xiajin-fangpin-insurance-2027" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t("edit.name")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t("scheme.kind")}>
              <Radio.Group
                aria-label={t("scheme.kind")}
                options={(["insurance", "relief"] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="county" label={t("scheme.county")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
              <Input maxLength={30} placeholder={t("schemes.countyPlaceholder")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="year" label={t("edit.year")} rules={[{ required: true, message: t("form.required") }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={["coveragePeriod", "from"]}
              label={t("edit.coverageFrom")}
              dependencies={["year"]}
              rules={[
                { required: true, message: t("form.required") },
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | null) => {
                    const year = getFieldValue("year") as number | undefined;
                    if (v && year && v.year() !== year) throw new Error(t("edit.coverageFromYear", { year }));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={["coveragePeriod", "to"]}
              label={t("edit.coverageTo")}
              dependencies={[["coveragePeriod", "from"]]}
              rules={[
                { required: true, message: t("form.required") },
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | null) => {
                    const from = getFieldValue(["coveragePeriod", "from"]) as Dayjs | null;
                    if (!v || !from) return;
                    if (v.isBefore(from, "day")) throw new Error(t("edit.coverageOrder"));
                    if (!v.isBefore(from.add(1, "year"), "day")) throw new Error(t("edit.coverageTooLong"));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
              {t("edit.coverageHelp")}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="incomeLineFen" label={t("edit.incomeLine")} required rules={yuanRules(t, { minFen: 1 })}>
              <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="eligibleCategories"
              label={t("scheme.categories")}
              rules={[
                {
                  validator: async (_r, v: unknown[] | undefined) =>
                    v?.length ? undefined : Promise.reject(new Error(t("edit.categoriesRequired"))),
                },
              ]}
            >
              <Checkbox.Group options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
          {t("edit.incomeTests")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("edit.incomeTestsHelp")}</Typography.Paragraph>
        <Row gutter={16}>
          {CATEGORIES.map((c) => (
            <Col xs={24} md={8} key={c}>
              <Form.Item name={["incomeTest", c]} label={t(`category.${c}`)}>
                <Radio.Group
                  aria-label={`${t(`category.${c}`)} ${t("edit.incomeTests")}`}
                  options={INCOME_TESTS.map((test) => ({ value: test, label: t(`incomeTest.${test}`) }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
          {t("edit.chain")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("edit.chainHelp")}</Typography.Paragraph>
        <Flex gap={32} wrap>
          {CHAIN_STEPS.map((step) => (
            <Form.Item key={step} name={["chain", step]} label={t(`chain.${step}`)} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Switch />
            </Form.Item>
          ))}
        </Flex>
      </Card>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t("edit.causes")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {causes.map((cause) => (
          <Col xs={24} xxl={12} key={cause}>
            <RuleCard cause={cause} onRemove={(BASIC_CAUSES as readonly string[]).includes(cause) ? undefined : () => removeCause(cause)} />
          </Col>
        ))}
        <Col xs={24} xxl={12}>
          <AddCause shown={causes} onAdd={addCause} />
        </Col>
      </Row>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginTop: 16 }} data-testid="scheme-refusal" />}
      <Flex gap={8} style={{ marginTop: 16 }} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("edit.save")}
        </Button>
        <Button onClick={() => navigate(schemeId ? `/schemes/${encodeURIComponent(schemeId)}` : "/schemes")}>{t("claim.keep")}</Button>
      </Flex>
    </Form>
  );
}

/** Adds one of the platform's other known causes (因住房, 因产业, 因就业) or a county's own, by id and label. */
function AddCause({ shown, onAdd }: { shown: readonly string[]; onAdd: (cause: string, label: string) => void }) {
  const { t } = useTranslation("claims");
  const causeName = useCauseName();
  const CUSTOM = "__custom";
  const [pick, setPick] = useState<string | undefined>();
  const [id, setId] = useState("");
  const [label, setLabel] = useState("");
  const [tried, setTried] = useState(false);
  const known = KNOWN_CAUSES.filter((c) => !shown.includes(c));
  const custom = pick === CUSTOM;
  const idProblem = !custom
    ? null
    : !CAUSE_ID.test(id.trim())
      ? t("edit.customIdInvalid")
      : shown.includes(id.trim()) || (KNOWN_CAUSES as readonly string[]).includes(id.trim())
        ? t("edit.customIdTaken")
        : null;
  const labelProblem = custom && !label.trim() ? t("edit.causeLabelRequired") : null;
  const add = () => {
    setTried(true);
    if (!pick || idProblem || labelProblem) return;
    onAdd(custom ? id.trim() : pick, custom ? label.trim() : ZH_CAUSES[pick]!);
    setPick(undefined);
    setId("");
    setLabel("");
    setTried(false);
  };
  return (
    <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t("edit.addCause")}</h3>} data-testid="add-cause">
      <Typography.Paragraph type="secondary">{t("edit.addCauseHelp")}</Typography.Paragraph>
      <Flex gap={8} wrap align="start">
        <Form.Item label={t("edit.addCausePick")} htmlFor="add-cause-pick" style={{ flex: "1 1 160px", marginBottom: 8 }}>
          <Select
            id="add-cause-pick"
            value={pick}
            onChange={(v: string) => setPick(v)}
            options={[...known.map((c) => ({ value: c, label: causeName(c) })), { value: CUSTOM, label: t("edit.customCause") }]}
          />
        </Form.Item>
        {custom && (
          <>
            <Form.Item
              label={t("edit.customId")}
              htmlFor="add-cause-id"
              extra={t("edit.customIdHelp")}
              validateStatus={tried && idProblem ? "error" : undefined}
              help={tried && idProblem ? idProblem : undefined}
              style={{ flex: "1 1 160px", marginBottom: 8 }}
            >
              <Input
                id="add-cause-id"
                value={id}
                onChange={(e) => setId(e.target.value)}
                maxLength={32}
                autoComplete="off"
                spellCheck={false}
              />
            </Form.Item>
            <Form.Item
              label={t("edit.customLabel")}
              htmlFor="add-cause-label"
              validateStatus={tried && labelProblem ? "error" : undefined}
              help={tried && labelProblem ? labelProblem : undefined}
              style={{ flex: "1 1 120px", marginBottom: 8 }}
            >
              <Input
                id="add-cause-label"
                value={label}
                onChange={(e) => setLabel(e.target.value)}
                maxLength={20}
                placeholder={t("edit.customLabelPlaceholder")}
              />
            </Form.Item>
          </>
        )}
        <Button icon={<PlusOutlined />} onClick={add} disabled={!pick} style={{ marginTop: 30 }}>
          {t("edit.addCauseButton")}
        </Button>
      </Flex>
    </Card>
  );
}

function RuleCard({ cause, onRemove }: { cause: string; onRemove?: () => void }) {
  const { t } = useTranslation("claims");
  const causeName = useCauseName();
  const form = Form.useFormInstance<Values>();
  const enabled = Form.useWatch(["rules", cause, "enabled"], { form, preserve: true }) as boolean | undefined;
  const basis = Form.useWatch(["rules", cause, "basis"], form) as Basis | undefined;
  const typedLabel = Form.useWatch(["rules", cause, "label"], form) as string | undefined;
  const name = typedLabel?.trim() || causeName(cause);
  const known = (KNOWN_CAUSES as readonly string[]).includes(cause);
  const at = (...path: (string | number)[]) => ["rules", cause, ...path];
  const optionalYuan = yuanRules(t, { optional: true });
  return (
    <Card
      size="small"
      data-testid={`rule-${cause}`}
      title={<h3 style={{ fontSize: 15, margin: 0 }}>{name}</h3>}
      extra={
        onRemove ? (
          <Button size="small" icon={<DeleteOutlined />} onClick={onRemove}>
            {t("edit.removeCause", { cause: name })}
          </Button>
        ) : (
          <Form.Item name={at("enabled")} valuePropName="checked" noStyle>
            <Checkbox>{t("edit.covers", { cause: name })}</Checkbox>
          </Form.Item>
        )
      }
    >
      {!enabled ? (
        <Typography.Text type="secondary">{t("scheme.notCovered")}</Typography.Text>
      ) : (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item
                name={at("label")}
                label={t("edit.causeLabel")}
                rules={known ? [] : [{ required: true, whitespace: true, message: t("edit.causeLabelRequired") }]}
              >
                <Input maxLength={20} placeholder={ZH_CAUSES[cause]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item name={at("basis")} label={t("edit.basis")} extra={basis ? t(`basisHelp.${basis}`) : undefined}>
                <Radio.Group
                  aria-label={`${name} ${t("edit.basis")}`}
                  optionType="button"
                  options={BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} sm={12} md={8}>
              <Form.Item name={at("entryThresholdFen")} label={t("edit.threshold")} extra={t("edit.thresholdHelp")} rules={optionalYuan}>
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item name={at("deductibleFen")} label={t("edit.deductible")} required rules={yuanRules(t)}>
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
            {basis === "per_claim" && (
              <Col xs={24} sm={12} md={8}>
                <Form.Item name={at("perClaimCapFen")} label={t("edit.perClaimCap")} extra={t("edit.blankNoCap")} rules={optionalYuan}>
                  <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} sm={12} md={8}>
              <Form.Item name={at("perPersonYearCapFen")} label={t("edit.personCap")} extra={t("edit.personCapHelp")} rules={optionalYuan}>
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item
                name={at("perHouseholdYearCapFen")}
                label={t("edit.householdCap")}
                extra={t("edit.blankNoCap")}
                rules={optionalYuan}
              >
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{t("edit.thresholdByCategory")}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("edit.thresholdByCategoryHelp")}
          </Typography.Paragraph>
          <Row gutter={12}>
            {CATEGORIES.map((c) => (
              <Col xs={24} sm={8} key={c}>
                <Form.Item
                  name={at("entryThresholdByCategoryFen", c)}
                  label={t("edit.thresholdFor", { category: t(`category.${c}`) })}
                  rules={optionalYuan}
                >
                  <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Text strong>{t("edit.tiers")}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("edit.tiersHelp")}
          </Typography.Paragraph>
          <Tiers cause={cause} />
          <Form.Item
            name={at("requiredDocuments")}
            label={t("edit.requiredDocuments")}
            extra={t("edit.requiredDocumentsHelp")}
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <Checkbox.Group options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))} />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

function Tiers({ cause }: { cause: string }) {
  const { t } = useTranslation("claims");
  const upToRule =
    (i: number): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_r, v: string | undefined) => {
        const tiers = (getFieldValue(["rules", cause, "tiers"]) ?? []) as RuleValues["tiers"];
        if (!v?.trim()) {
          if (i < tiers.length - 1) throw new Error(t("edit.upToOnlyLast"));
          return;
        }
        const previous = i > 0 ? fenOrNull(tiers[i - 1]?.upToFen) : 0;
        const upTo = parseYuan(v);
        if (upTo !== null && previous !== null && upTo <= previous) throw new Error(t("edit.upToIncreasing"));
      },
    });
  return (
    <Form.List name={["rules", cause, "tiers"]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item
                name={[field.name, "upToFen"]}
                label={t("edit.upTo", { n: i + 1 })}
                dependencies={i > 0 ? [["rules", cause, "tiers", i - 1, "upToFen"]] : []}
                rules={[...yuanRules(t, { optional: true, minFen: 1 }), upToRule(i)]}
                style={{ flex: "1 1 140px", marginBottom: 8 }}
              >
                <Input inputMode="decimal" prefix="¥" placeholder={t("edit.upToOpen")} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={[field.name, "ratioBps"]}
                label={t("edit.ratio", { n: i + 1 })}
                rules={[
                  {
                    validator: async (_r, v: string | undefined) => {
                      if (parsePercent(v ?? "") === null) throw new Error(t("edit.ratioInvalid"));
                    },
                  },
                ]}
                style={{ flex: "1 1 100px", marginBottom: 8 }}
              >
                <Input inputMode="decimal" suffix="%" autoComplete="off" />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t("edit.removeTier", { n: i + 1 })}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} size="small" onClick={() => add({ upToFen: "", ratioBps: "" })}>
            {t("edit.addTier")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
