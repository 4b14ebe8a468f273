import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  type FormRule,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Statistic,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatCalendar } from "../../lib/dates";
import { useAttemptKey } from "../../lib/attempt-key";
import { formatYuan, parseYuan } from "../../lib/money";
import { useDebounced, useFormError } from "./form-errors";
import { HouseholdFacts } from "./HouseholdFacts";
import { DuplicateMatches, duplicatesOf } from "./Duplicates";
import { useCauseName, yuanRules } from "./labels";
import { PayoutSteps } from "./PayoutSteps";
import { useSchemes } from "./QueuePage";
import { BASIC_CAUSES, type Cause, type CreateClaim, causesOf, type DuplicateMatch, needsMember, type PayoutPreview } from "./types";

interface InvoiceValues {
  number?: string;
  issuer?: string;
  date?: Dayjs | null;
  amount?: string;
}
interface Values {
  householdId?: string;
  schemeId?: string;
  memberId?: string;
  cause?: Cause;
  incidentDate?: Dayjs | null;
  total?: string;
  reimbursed?: string;
  invoices?: InvoiceValues[];
  documents?: { kind?: string; ref?: string }[];
  note?: string;
  duplicateExplanation?: string;
}
type Invoice = NonNullable<CreateClaim["invoices"]>[number];

const HOUSEHOLD_ID = /^[A-Za-z0-9_-]{3,64}$/;

const started = (inv: InvoiceValues | undefined) => !!(inv?.number?.trim() || inv?.issuer?.trim() || inv?.date || inv?.amount?.trim());
/** An invoice number as the platform compares it (schemas.ts invoiceKey): without spaces, dashes and case. */
const invoiceKey = (n: string) =>
  n
    .normalize("NFKC")
    .toUpperCase()
    .replace(/^NO\.?/, "")
    .replace(/[\s\-_.·]/g, "");

/** The invoices filled in completely; a row being typed counts once it is whole. */
function invoicesOf(rows: readonly (InvoiceValues | undefined)[] | undefined): Invoice[] {
  return (rows ?? []).flatMap((inv) => {
    const amountFen = parseYuan(inv?.amount ?? "");
    if (!inv?.number?.trim() || !inv.issuer?.trim() || !inv.date || amountFen === null || amountFen <= 0) return [];
    return [{ number: inv.number.trim(), issuer: inv.issuer.trim(), date: inv.date.format("YYYY-MM-DD"), amountFen }];
  });
}
const sumOf = (invoices: readonly Invoice[]) => invoices.reduce((sum, inv) => sum + inv.amountFen, 0);

/** The claim the form describes, or null while something the payout depends on is missing or malformed. */
function claimOf(v: Values, memberNeeded: boolean): Omit<CreateClaim, "documents" | "note" | "duplicateExplanation"> | null {
  const householdId = v.householdId?.trim();
  const totalFen = parseYuan(v.total ?? "");
  const reimbursedFen = parseYuan(v.reimbursed?.trim() ? v.reimbursed : "0");
  if (!householdId || !HOUSEHOLD_ID.test(householdId) || !v.schemeId || !v.cause || !v.incidentDate) return null;
  if (totalFen === null || reimbursedFen === null || reimbursedFen > totalFen) return null;
  if (memberNeeded && !v.memberId) return null;
  const invoices = invoicesOf(v.invoices);
  if (invoices.length > 0 && totalFen > sumOf(invoices)) return null;
  return {
    householdId,
    schemeId: v.schemeId,
    ...(v.memberId ? { memberId: v.memberId } : {}),
    cause: v.cause,
    incidentDate: v.incidentDate.format("YYYY-MM-DD"),
    expenses: { totalFen, reimbursedFen },
    invoices,
  };
}

/** A document's kind and place go together: one without the other is refused. */
const pairedRule =
  (t: (key: string) => string, other: (string | number)[]): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_r, v: string | undefined) => {
      const otherValue = getFieldValue(other) as string | undefined;
      if (!v?.trim() && otherValue?.trim()) throw new Error(t("form.docPaired"));
    },
  });

/** An invoice row is filled in whole or not at all; its number is not one of the rows above. */
const invoiceRule =
  (t: (key: string) => string, row: number, field: keyof InvoiceValues): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_r, v: unknown) => {
      const rows = (getFieldValue("invoices") ?? []) as (InvoiceValues | undefined)[];
      const empty = typeof v === "string" ? !v.trim() : !v;
      if (empty) {
        if (started(rows[row])) throw new Error(t("form.invoiceIncomplete"));
        return;
      }
      if (
        field === "number" &&
        rows.slice(0, row).some((other) => other?.number?.trim() && invoiceKey(other.number) === invoiceKey(String(v)))
      ) {
        throw new Error(t("form.invoiceRepeated"));
      }
    },
  });

/**
 * Files a 防贫 claim: the household (its facts shown once found) and the member it is for, the
 * scheme, the cause, the incident, the expenses in 元, the invoices and the documents, with a live
 * payout preview that the platform computes (POST /claims/preview) and refuses exactly as the
 * submission would, and the claims it may repeat; a possible duplicate is filed only with the
 * clerk's explanation, for the reviewer to decide.
 */
export default function ClaimNewPage() {
  const { t, i18n } = useTranslation("claims");
  const causeName = useCauseName();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The claims a submission was refused for (409 POSSIBLE_DUPLICATE): the explanation is then required.
  const [refusedAs, setRefusedAs] = useState<DuplicateMatch[] | null>(null);
  const values = Form.useWatch([], form) ?? {};

  const typedHousehold = useDebounced((values.householdId ?? "").trim(), 400);
  const household = useQuery({
    queryKey: ["household", typedHousehold],
    enabled: HOUSEHOLD_ID.test(typedHousehold),
    retry: false,
    queryFn: () => call(client.GET("/households/{householdId}", { params: { path: { householdId: typedHousehold } } })),
  });
  const found = household.data && household.data.householdId === typedHousehold ? household.data : undefined;
  const people = found?.people ?? [];
  const schemes = useSchemes();
  const county = household.data?.county;
  const schemeOptions = (schemes.data?.items ?? []).filter((s) => !county || s.county === county);
  const scheme = schemes.data?.items.find((s) => s.schemeId === values.schemeId);
  const rule = values.cause ? scheme?.rules[values.cause] : undefined;
  const memberNeeded = !!rule && needsMember(rule);
  const ruleName = values.cause ? causeName(values.cause, rule?.label) : "";

  const claim = claimOf(values, memberNeeded);
  const previewBody = useDebounced(claim ? JSON.stringify(claim) : "", 400);
  const preview = useQuery({
    queryKey: ["claim-preview", previewBody],
    enabled: previewBody !== "",
    retry: false,
    staleTime: 0,
    queryFn: () => call(client.POST("/claims/preview", { body: { ...JSON.parse(previewBody), documents: [] } })),
  });
  const previewIsCurrent = claim !== null && previewBody === JSON.stringify(claim);
  const duplicates = refusedAs ?? (previewIsCurrent ? preview.data?.possibleDuplicates : undefined) ?? [];
  const invoices = invoicesOf(values.invoices);

  const full = useMemo(
    () =>
      claim && {
        ...claim,
        documents: (values.documents ?? [])
          .filter((d) => d?.kind?.trim() || d?.ref?.trim())
          .map((d) => ({ kind: d.kind?.trim() ?? "", ref: d.ref?.trim() ?? "" })),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        ...(values.duplicateExplanation?.trim() ? { duplicateExplanation: values.duplicateExplanation.trim() } : {}),
      },
    [claim, values.documents, values.note, values.duplicateExplanation],
  );
  // The same claim keeps its key, so a retry files it once.
  const attempt = useAttemptKey();
  const submit = useMutation({
    mutationFn: (body: CreateClaim) =>
      call(client.POST("/claims", { params: { header: { "Idempotency-Key": attempt.keyFor(body) } }, body })),
    onSuccess: (filed) => {
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      navigate(`/claims/${filed.claimId}`);
    },
    onError: (e) => {
      const matches = duplicatesOf(e);
      if (matches) {
        setRefusal(null);
        setRefusedAs(matches);
        form.setFields([{ name: "duplicateExplanation", errors: [t("form.duplicateExplanationRequired")] }]);
        return;
      }
      setRefusal(formError(e, form));
    },
  });

  /** A new household or scheme clears what no longer fits it: its member, a cause the scheme does not cover. */
  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    setRefusal(null);
    if ("householdId" in changed && all.memberId) form.setFieldValue("memberId", undefined);
    if ("schemeId" in changed && all.cause) {
      const next = schemes.data?.items.find((s) => s.schemeId === changed.schemeId);
      if (next && !next.rules[all.cause]) form.setFieldValue("cause", undefined);
    }
    if (!("duplicateExplanation" in changed) && ("invoices" in changed || "householdId" in changed || "cause" in changed))
      setRefusedAs(null);
  };

  const today = chinaToday();
  const disabledDate = (d: Dayjs) => {
    const date = d.format("YYYY-MM-DD");
    return date > today || (scheme ? date < scheme.coveragePeriod.from || date > scheme.coveragePeriod.to : false);
  };
  const causes = scheme ? causesOf(scheme.rules) : [...BASIC_CAUSES];
  const memberReasons = rule
    ? [
        ...(rule.basis === "person_year" ? [t("form.memberWhyPerson", { cause: ruleName })] : []),
        ...(rule.perPersonYearCapFen !== null
          ? [t("form.memberWhyCap", { cause: ruleName, cap: formatYuan(rule.perPersonYearCapFen) })]
          : []),
      ]
    : [];

  return (
    <>
      <PageTitle>{t("form.title")}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            <Form<Values>
              form={form}
              id="claim-form"
              layout="vertical"
              initialValues={{
                householdId: params.get("householdId") ?? undefined,
                invoices: [{}],
                documents: [{ kind: "", ref: "" }],
              }}
              onValuesChange={onValuesChange}
              onFinish={() => (full ? submit.mutate(full) : setRefusal(t("form.incomplete")))}
            >
              <Form.Item
                name="householdId"
                label={t("form.householdId")}
                extra={t("form.householdIdHelp")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }]}
              >
                <Input autoComplete="off" spellCheck={false} placeholder={t("form.householdIdPlaceholder")} />
              </Form.Item>
              {household.isFetching && !household.data ? (
                <Skeleton active paragraph={{ rows: 2 }} />
              ) : household.error ? (
                <Alert
                  type="warning"
                  showIcon
                  message={errorMessage(household.error, t as T, i18n.language)}
                  style={{ marginBottom: 16 }}
                />
              ) : found ? (
                <Card
                  size="small"
                  title={<h2 style={{ fontSize: 15, margin: 0 }}>{t("form.householdFound")}</h2>}
                  style={{ marginBottom: 16 }}
                >
                  <HouseholdFacts household={found} testId="claim-household" />
                </Card>
              ) : null}
              <Form.Item name="schemeId" label={t("form.scheme")} rules={[{ required: true, message: t("form.required") }]}>
                <Select
                  placeholder={t("form.schemePlaceholder")}
                  loading={schemes.isPending}
                  options={schemeOptions.map((s) => ({ value: s.schemeId, label: `${s.name}（${t(`kind.${s.kind}`)}，${s.year}）` }))}
                />
              </Form.Item>
              <Form.Item
                name="cause"
                label={t("form.cause")}
                rules={[{ validator: async (_r, v) => (v ? undefined : Promise.reject(new Error(t("form.required")))) }]}
              >
                <Radio.Group
                  aria-label={t("form.cause")}
                  options={causes.map((c) => ({ value: c, label: causeName(c, scheme?.rules[c]?.label) }))}
                />
              </Form.Item>
              {rule && rule.requiredDocuments.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  data-testid="required-documents"
                  style={{ marginBottom: 16 }}
                  message={t("form.requiredDocuments", {
                    cause: ruleName,
                    kinds: rule.requiredDocuments.map((k) => t(`documentKind.${k}`)).join("、"),
                  })}
                />
              )}
              {found &&
                (people.length > 0 ? (
                  <Form.Item
                    name="memberId"
                    label={t("form.member")}
                    extra={
                      memberNeeded
                        ? t("form.memberWhy", { reasons: memberReasons.join("；") })
                        : rule
                          ? t("form.memberOptional", { cause: ruleName })
                          : undefined
                    }
                    rules={memberNeeded ? [{ required: true, message: t("form.memberRequired") }] : []}
                  >
                    <Select
                      allowClear
                      placeholder={t("form.memberPlaceholder")}
                      options={people.map((p) => ({
                        value: p.memberId,
                        label: t("form.memberOption", { name: p.name, relation: t(`relation.${p.relation}`) }),
                      }))}
                    />
                  </Form.Item>
                ) : memberNeeded ? (
                  <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t("form.memberNone")} data-testid="member-none" />
                ) : null)}
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="incidentDate"
                    label={t("form.incidentDate")}
                    extra={
                      scheme
                        ? t("form.coverage", {
                            from: formatCalendar(scheme.coveragePeriod.from, i18n.language),
                            to: formatCalendar(scheme.coveragePeriod.to, i18n.language),
                          })
                        : undefined
                    }
                    rules={[{ required: true, message: t("form.required") }]}
                  >
                    <DatePicker style={{ width: "100%" }} disabledDate={disabledDate} defaultPickerValue={dayjs(today)} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={8}>
                  <Form.Item
                    name="total"
                    label={t("form.total")}
                    required
                    extra={t("form.totalHelp")}
                    dependencies={(values.invoices ?? []).map((_, i) => ["invoices", i, "amount"])}
                    rules={[
                      ...yuanRules(t),
                      ({ getFieldValue }) => ({
                        validator: async (_r, v: string | undefined) => {
                          const listed = invoicesOf(getFieldValue("invoices"));
                          const total = parseYuan(v ?? "");
                          if (listed.length && total !== null && total > sumOf(listed)) {
                            throw new Error(t("form.totalOverInvoices", { amount: formatYuan(sumOf(listed)) }));
                          }
                        },
                      }),
                    ]}
                  >
                    <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={8}>
                  <Form.Item
                    name="reimbursed"
                    label={t("form.reimbursed")}
                    extra={t("form.reimbursedHelp")}
                    dependencies={["total"]}
                    rules={[
                      ...yuanRules(t, { optional: true }),
                      ({ getFieldValue }) => ({
                        validator: async (_r, v: string | undefined) => {
                          const total = parseYuan(getFieldValue("total") ?? "");
                          const reimbursed = parseYuan(v?.trim() ? v : "0");
                          if (total !== null && reimbursed !== null && reimbursed > total) throw new Error(t("form.reimbursedTooMuch"));
                        },
                      }),
                    ]}
                  >
                    <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" placeholder="0.00" />
                  </Form.Item>
                </Col>
              </Row>
              <Invoices invoices={invoices} />
              <Typography.Text strong>{t("form.documents")}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t("form.documentsHelp")}
              </Typography.Paragraph>
              <Form.List name="documents">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, i) => (
                      <Flex key={field.key} gap={8} align="start" wrap>
                        <Form.Item
                          name={[field.name, "kind"]}
                          label={t("form.docKind", { n: i + 1 })}
                          dependencies={[["documents", field.name, "ref"]]}
                          rules={[pairedRule(t, ["documents", field.name, "ref"])]}
                          style={{ flex: "1 1 140px", marginBottom: 12 }}
                        >
                          <Input maxLength={50} placeholder={t("form.docKindPlaceholder")} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, "ref"]}
                          label={t("form.docRef", { n: i + 1 })}
                          dependencies={[["documents", field.name, "kind"]]}
                          rules={[pairedRule(t, ["documents", field.name, "kind"])]}
                          style={{ flex: "2 1 200px", marginBottom: 12 }}
                        >
                          <Input maxLength={300} placeholder={t("form.docRefPlaceholder")} />
                        </Form.Item>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t("form.removeDocument", { n: i + 1 })}
                          onClick={() => remove(field.name)}
                          style={{ marginTop: 30 }}
                        />
                      </Flex>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ kind: "", ref: "" })} style={{ marginBottom: 16 }}>
                      {t("form.addDocument")}
                    </Button>
                  </>
                )}
              </Form.List>
              <Form.Item name="note" label={t("form.note")}>
                <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t("form.notePlaceholder")} />
              </Form.Item>
              {refusedAs && (
                <Alert
                  type="error"
                  showIcon
                  data-testid="duplicate-refusal"
                  style={{ marginBottom: 16 }}
                  message={t("form.duplicateRefused")}
                  description={<DuplicateMatches matches={refusedAs} />}
                />
              )}
              {(duplicates.length > 0 || values.duplicateExplanation) && (
                <Form.Item
                  name="duplicateExplanation"
                  label={t("form.duplicateExplanation")}
                  extra={t("form.duplicateExplanationHelp")}
                  rules={refusedAs ? [{ required: true, whitespace: true, message: t("form.duplicateExplanationRequired") }] : []}
                >
                  <Input.TextArea rows={2} maxLength={500} showCount placeholder={t("form.duplicateExplanationPlaceholder")} />
                </Form.Item>
              )}
              {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="claim-refusal" />}
              {claim && previewIsCurrent && !preview.isFetching && (preview.data || preview.error) && (
                <Typography.Paragraph data-testid="preview-summary">
                  {preview.data ? (
                    <>
                      {t("form.summary")} <Typography.Text strong>{formatYuan(preview.data.payoutFen)}</Typography.Text>
                    </>
                  ) : (
                    <Typography.Text type="danger">{t("form.summaryRefused")}</Typography.Text>
                  )}
                </Typography.Paragraph>
              )}
              <Button type="primary" htmlType="submit" loading={submit.isPending}>
                {t("form.submit")}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("form.preview")}</h2>}
            data-testid="live-preview"
            aria-live="polite"
            style={{ position: "sticky", top: 80 }}
          >
            {!claim ? (
              <Typography.Text type="secondary">
                {memberNeeded && !values.memberId && people.length > 0
                  ? t("form.previewNeedsMember", { cause: ruleName })
                  : t("form.previewWaiting")}
              </Typography.Text>
            ) : !previewIsCurrent || preview.isFetching ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : preview.error ? (
              <Alert
                type="error"
                showIcon
                data-testid="preview-refusal"
                message={t("form.previewRefused")}
                description={errorMessage(preview.error, t as T, i18n.language)}
              />
            ) : preview.data ? (
              <PreviewResult preview={preview.data} expenses={claim.expenses} />
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** The invoices the expenses rest on, one row each (number, issuer, date, amount), with their total. */
function Invoices({ invoices }: { invoices: readonly Invoice[] }) {
  const { t } = useTranslation("claims");
  const today = chinaToday();
  return (
    <>
      <Typography.Text strong>{t("form.invoices")}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("form.invoicesHelp")}
      </Typography.Paragraph>
      <Form.List name="invoices">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div
                key={field.key}
                data-testid={`invoice-${i + 1}`}
                style={{ border: "1px solid #f0f0f0", borderRadius: 8, padding: "4px 12px 0", marginBottom: 12 }}
              >
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary">{t("form.invoiceN", { n: i + 1 })}</Typography.Text>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t("form.removeInvoice", { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
                <Flex gap={8} align="start" wrap>
                  <Form.Item
                    name={[field.name, "number"]}
                    label={t("form.invoiceNumber", { n: i + 1 })}
                    rules={[invoiceRule(t, field.name, "number")]}
                    style={{ flex: "1 1 150px", marginBottom: 12 }}
                  >
                    <Input maxLength={60} autoComplete="off" spellCheck={false} placeholder={t("form.invoiceNumberPlaceholder")} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "issuer"]}
                    label={t("form.invoiceIssuer", { n: i + 1 })}
                    rules={[invoiceRule(t, field.name, "issuer")]}
                    style={{ flex: "2 1 180px", marginBottom: 12 }}
                  >
                    <Input maxLength={100} placeholder={t("form.invoiceIssuerPlaceholder")} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "date"]}
                    label={t("form.invoiceDate", { n: i + 1 })}
                    rules={[invoiceRule(t, field.name, "date")]}
                    style={{ flex: "1 1 140px", marginBottom: 12 }}
                  >
                    <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.format("YYYY-MM-DD") > today} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "amount"]}
                    label={t("form.invoiceAmount", { n: i + 1 })}
                    rules={[...yuanRules(t, { optional: true, minFen: 1 }), invoiceRule(t, field.name, "amount")]}
                    style={{ flex: "1 1 140px", marginBottom: 12 }}
                  >
                    <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                  </Form.Item>
                </Flex>
              </div>
            ))}
            <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t("form.addInvoice")}
              </Button>
              {invoices.length > 0 && (
                <Typography.Text data-testid="invoices-total">
                  {t("form.invoicesTotal", { amount: formatYuan(sumOf(invoices)), count: invoices.length })}
                </Typography.Text>
              )}
            </Flex>
          </>
        )}
      </Form.List>
    </>
  );
}

function PreviewResult({ preview, expenses }: { preview: PayoutPreview; expenses: { totalFen: number; reimbursedFen: number } }) {
  const { t, i18n } = useTranslation("claims");
  const b = preview.breakdown;
  const householdExhausted = b.perHouseholdYearCapFen !== null && b.householdYearRemainingFen === 0;
  const personExhausted = b.perPersonYearCapFen !== null && b.personYearRemainingFen === 0;
  return (
    <>
      <div data-testid="preview-payout">
        <Statistic title={t("form.previewPayout")} value={formatYuan(preview.payoutFen)} valueStyle={{ color: "#a8071a" }} />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t("form.previewBasis", {
          version: preview.schemeVersion,
          from: formatCalendar(preview.coveragePeriod.from, i18n.language),
          to: formatCalendar(preview.coveragePeriod.to, i18n.language),
        })}
      </Typography.Paragraph>
      {preview.possibleDuplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="preview-duplicates"
          style={{ marginBottom: 12 }}
          message={t("form.duplicates")}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{t("form.duplicatesBody")}</Typography.Paragraph>
              <DuplicateMatches matches={preview.possibleDuplicates} />
            </>
          }
        />
      )}
      {!b.meetsThreshold && b.entryThresholdFen !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("steps.belowThreshold", { burden: formatYuan(b.burdenFen), threshold: formatYuan(b.entryThresholdFen) })}
        />
      )}
      {personExhausted && <Alert type="warning" showIcon message={t("steps.personExhausted")} style={{ marginBottom: 12 }} />}
      {householdExhausted && <Alert type="warning" showIcon message={t("steps.capExhausted")} style={{ marginBottom: 12 }} />}
      {!preview.poolCovers && (
        <Alert
          type="warning"
          showIcon
          message={t("steps.poolShort", { balance: formatYuan(preview.poolBalanceFen) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <PayoutSteps breakdown={b} expenses={expenses} testId="preview-steps" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t("form.poolNow", { balance: formatYuan(preview.poolBalanceFen) })}
      </Typography.Paragraph>
    </>
  );
}
