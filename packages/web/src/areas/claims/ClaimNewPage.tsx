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
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatCalendar } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { useDebounced, useFormError } from "./form-errors";
import { HouseholdFacts } from "./HouseholdFacts";
import { yuanRules } from "./labels";
import { PayoutSteps } from "./PayoutSteps";
import { useSchemes } from "./QueuePage";
import { CAUSES, type Cause, type CreateClaim, type PayoutPreview } from "./types";

interface Values {
  householdId?: string;
  schemeId?: string;
  cause?: Cause;
  incidentDate?: Dayjs | null;
  total?: string;
  reimbursed?: string;
  documents?: { kind?: string; ref?: string }[];
  note?: string;
}

const HOUSEHOLD_ID = /^[A-Za-z0-9_-]{3,64}$/;

/** The claim the form describes, or null while something the payout depends on is missing or malformed. */
function claimOf(v: Values): Omit<CreateClaim, "documents" | "note"> | null {
  const householdId = v.householdId?.trim();
  const totalFen = parseYuan(v.total ?? "");
  const reimbursedFen = parseYuan(v.reimbursed?.trim() ? v.reimbursed : "0");
  if (!householdId || !HOUSEHOLD_ID.test(householdId) || !v.schemeId || !v.cause || !v.incidentDate) return null;
  if (totalFen === null || reimbursedFen === null || reimbursedFen > totalFen) return null;
  return {
    householdId,
    schemeId: v.schemeId,
    cause: v.cause,
    incidentDate: v.incidentDate.format("YYYY-MM-DD"),
    expenses: { totalFen, reimbursedFen },
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

/** The Idempotency-Key of one submission attempt: the same claim keeps its key, so a retry files it once. */
function useAttemptKey(body: string): string {
  const last = useRef<{ body: string; key: string } | null>(null);
  if (last.current?.body !== body) last.current = { body, key: crypto.randomUUID() };
  return last.current.key;
}

/**
 * Files a 防贫 claim: the household (its facts shown once found), the scheme, the cause, the
 * incident, the expenses in 元 and the documents, with a live payout preview that the platform
 * computes (POST /claims/preview) and refuses exactly as the submission would.
 */
export default function ClaimNewPage() {
  const { t, i18n } = useTranslation("claims");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const values = Form.useWatch([], form) ?? {};

  const typedHousehold = useDebounced((values.householdId ?? "").trim(), 400);
  const household = useQuery({
    queryKey: ["household", typedHousehold],
    enabled: HOUSEHOLD_ID.test(typedHousehold),
    retry: false,
    queryFn: () => call(client.GET("/households/{householdId}", { params: { path: { householdId: typedHousehold } } })),
  });
  const schemes = useSchemes();
  const county = household.data?.county;
  const schemeOptions = (schemes.data?.items ?? []).filter((s) => !county || s.county === county);
  const scheme = schemes.data?.items.find((s) => s.schemeId === values.schemeId);

  const claim = claimOf(values);
  const previewBody = useDebounced(claim ? JSON.stringify(claim) : "", 400);
  const preview = useQuery({
    queryKey: ["claim-preview", previewBody],
    enabled: previewBody !== "",
    retry: false,
    staleTime: 0,
    queryFn: () => call(client.POST("/claims/preview", { body: { ...JSON.parse(previewBody), documents: [] } })),
  });
  const previewIsCurrent = claim !== null && previewBody === JSON.stringify(claim);

  const full = useMemo(
    () =>
      claim && {
        ...claim,
        documents: (values.documents ?? [])
          .filter((d) => d?.kind?.trim() || d?.ref?.trim())
          .map((d) => ({ kind: d.kind?.trim() ?? "", ref: d.ref?.trim() ?? "" })),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      },
    [claim, values.documents, values.note],
  );
  const key = useAttemptKey(JSON.stringify(full));
  const submit = useMutation({
    mutationFn: (body: CreateClaim) => call(client.POST("/claims", { params: { header: { "Idempotency-Key": key } }, body })),
    onSuccess: (filed) => {
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      navigate(`/claims/${filed.claimId}`);
    },
    onError: (e) => setRefusal(formError(e, form)),
  });

  const today = chinaToday();
  const disabledDate = (d: Dayjs) => {
    const date = d.format("YYYY-MM-DD");
    return date > today || (scheme ? !date.startsWith(String(scheme.year)) : false);
  };

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
              initialValues={{ householdId: params.get("householdId") ?? undefined, documents: [{ kind: "", ref: "" }] }}
              onValuesChange={() => setRefusal(null)}
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
              ) : household.data && household.data.householdId === typedHousehold ? (
                <Card
                  size="small"
                  title={<h2 style={{ fontSize: 15, margin: 0 }}>{t("form.householdFound")}</h2>}
                  style={{ marginBottom: 16 }}
                >
                  <HouseholdFacts household={household.data} testId="claim-household" />
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
                  options={CAUSES.map((c) => {
                    const covered = !scheme || !!scheme.rules[c];
                    return {
                      value: c,
                      disabled: !covered,
                      label: covered ? t(`cause.${c}`) : t("form.causeNotCovered", { cause: t(`cause.${c}`) }),
                    };
                  })}
                />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="incidentDate"
                    label={t("form.incidentDate")}
                    extra={scheme ? t("form.coverage", { year: scheme.year }) : undefined}
                    rules={[{ required: true, message: t("form.required") }]}
                  >
                    <DatePicker style={{ width: "100%" }} disabledDate={disabledDate} defaultPickerValue={dayjs(today)} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={8}>
                  <Form.Item name="total" label={t("form.total")} required extra={t("form.totalHelp")} rules={yuanRules(t)}>
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
              <Typography.Text type="secondary">{t("form.previewWaiting")}</Typography.Text>
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

function PreviewResult({ preview, expenses }: { preview: PayoutPreview; expenses: { totalFen: number; reimbursedFen: number } }) {
  const { t, i18n } = useTranslation("claims");
  const b = preview.breakdown;
  const exhausted = b.perHouseholdYearCapFen !== null && b.householdYearRemainingFen === 0;
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
      {exhausted && <Alert type="warning" showIcon message={t("steps.capExhausted")} style={{ marginBottom: 12 }} />}
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
