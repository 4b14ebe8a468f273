import { chineseMessage } from "@fupin/core/platform/error-messages";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Row,
  Select,
  Skeleton,
  Steps,
  Timeline,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useSession } from "../../auth/use-session";
import { ColoredTag, TAG_COLORS } from "../../components/ColoredTag";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { yuanRules } from "../claims/labels";
import { useCountySettings } from "./hooks";
import { AssessmentStatusTag, CardTitle, CategoryTag } from "./labels";
import { type Assessment, type AssessmentStep, type Objection, REMOVAL_GUARANTEES, type StepBlocker } from "./types";

const MAIN_STEPS = ["open", "visit", "village_review", "notice", "township_review", "county_decision"] as const;
type PathStep = Exclude<(typeof MAIN_STEPS)[number], "open">;
const isPathStep = (s: AssessmentStep): s is PathStep => (MAIN_STEPS as readonly string[]).includes(s) && s !== "open";

const CURRENT_STEP: Partial<Record<Assessment["status"], number>> = {
  opened: 1,
  visited: 2,
  village_reviewed: 3,
  noticed: 4,
  township_reviewed: 5,
};

const day = (d: Dayjs) => d.format("YYYY-MM-DD");
const notFuture = (d: Dayjs) => day(d) > chinaToday();

/** Why the viewer may not take a step now: in Chinese, the platform's own words for the refusal the step would meet (its error catalog). */
function useBlockerText(a: Assessment) {
  const { t, i18n } = useTranslation("monitoring");
  const me = useSession()?.sub;
  return (step: AssessmentStep, blockedBy: StepBlocker, availableOn: string | null): string => {
    const earlierStep = a.timeline.find((e) => e.by === me && (MAIN_STEPS as readonly string[]).includes(e.step))?.step ?? "open";
    if (i18n.language === "en") return t(`blocker.${blockedBy}`, { date: availableOn ?? "" });
    switch (blockedBy) {
      case "separation_of_duties":
        return chineseMessage({ code: "SEPARATION_OF_DUTIES", details: [{ message: "", earlierStep, step }] });
      case "notice_period_not_over":
        return chineseMessage({
          code: "NOTICE_PERIOD_NOT_OVER",
          details: [{ message: "", endsOn: a.notice?.endsOn, availableOn }],
        });
      case "objection_unresolved":
        return chineseMessage({ code: "OBJECTION_UNRESOLVED", details: [{ message: "", open: a.objections.open }] });
      case "objection_upheld":
        return chineseMessage({ code: "OBJECTION_UPHELD", details: [] });
      case "county_level":
        return chineseMessage({ code: "FORBIDDEN", details: [{ message: "", rule: "county_level" }] });
      case "read_only_area":
        return chineseMessage({ code: "READ_ONLY_AREA", details: [] });
      default:
        return t("blocker.role");
    }
  };
}

/**
 * One identification (识别) or risk removal (风险消除): where it stands on the path (visit → village
 * review → public notice → township review → county decision), every step taken (who, when, what),
 * the objections heard, and the one next step the signed-in person may take now, as a form. When
 * they may not, the page says why, in the platform's words.
 */
export default function AssessmentPage() {
  const { assessmentId = "" } = useParams();
  const { t, i18n } = useTranslation("monitoring");
  const assessment = useQuery({
    queryKey: ["assessment", assessmentId],
    queryFn: () => call(client.GET("/assessments/{assessmentId}", { params: { path: { assessmentId } } })),
  });
  const a = assessment.data;
  if (assessment.isPending) return <Skeleton active />;
  if (assessment.error || !a) return <Alert type="error" showIcon message={errorMessage(assessment.error, t as T, i18n.language)} />;
  // The step waiting now (each status is named by the last step taken); a rejection marks the step that failed.
  const lastTaken = [...a.timeline].reverse().find((e) => (MAIN_STEPS as readonly string[]).includes(e.step));
  const lastIndex = lastTaken ? (MAIN_STEPS as readonly string[]).indexOf(lastTaken.step) : 0;
  const current =
    a.status === "confirmed"
      ? MAIN_STEPS.length
      : a.status === "rejected"
        ? lastIndex
        : a.status === "withdrawn"
          ? lastIndex + 1
          : (CURRENT_STEP[a.status] ?? 1);

  return (
    <>
      <PageTitle
        extra={
          <span data-testid="assessment-page-status">
            <AssessmentStatusTag status={a.status} />
          </span>
        }
      >
        {t("assessment.title", { kind: t(`assessmentKind.${a.kind}`), name: a.headName })}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          responsive
          current={current}
          status={a.status === "rejected" || a.status === "withdrawn" ? "error" : undefined}
          items={MAIN_STEPS.map((s) => ({ title: t(`step.${s}`) }))}
          data-testid="assessment-steps"
        />
      </Card>
      <Row gutter={[16, 16]}>
        {/* On a phone the next step comes first: it is what the person came to do. */}
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 14, order: 1 }}>
          <Flex vertical gap={16}>
            <Card title={<CardTitle>{t("assessment.facts")}</CardTitle>}>
              <Facts assessment={a} />
            </Card>
            <Card title={<CardTitle>{t("assessment.timeline")}</CardTitle>}>
              <Timeline
                data-testid="assessment-timeline"
                items={a.timeline.map((e) => ({
                  key: e.seq,
                  color:
                    e.outcome === "fail" || e.outcome === "reject" || e.step === "withdraw"
                      ? "red"
                      : e.step === "objection"
                        ? "orange"
                        : "blue",
                  content: (
                    <div data-step={e.step}>
                      <Typography.Text strong>{t(`step.${e.step}`)}</Typography.Text>
                      {e.outcome && <Typography.Text> · {t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</Typography.Text>}
                      <div>
                        <Typography.Text type="secondary">
                          {t("assessment.byAt", {
                            by: e.by === "public" ? t("assessment.publicFiler") : e.by,
                            at: formatChinaDateTime(e.at),
                          })}
                        </Typography.Text>
                      </div>
                      {e.note && <div style={{ overflowWrap: "anywhere" }}>{e.note}</div>}
                    </div>
                  ),
                }))}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 10, order: 2 }}>
          <Flex vertical gap={16}>
            <NextStep assessment={a} />
            {(a.notice || a.objectionList.length > 0) && <Objections assessment={a} />}
          </Flex>
        </Col>
      </Row>
    </>
  );
}

function Facts({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation("monitoring");
  const date = (d: string) => formatCalendar(d, i18n.language);
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: "household",
      label: t("assessment.household"),
      children: <Link to={`/monitoring/households/${a.householdId}`}>{t("household.title", { name: a.headName })}</Link>,
    },
    { key: "village", label: t("assessment.village"), children: `${a.county}${a.township}${a.villageName}` },
    { key: "category", label: t("assessment.category"), children: <CategoryTag category={a.category} /> },
    {
      key: "opened",
      label: t("assessment.opened"),
      children: t("assessment.byAt", { by: a.openedBy, at: formatChinaDateTime(a.openedAt) }),
    },
  ];
  if (a.leadId)
    items.push({
      key: "lead",
      label: t("assessment.lead"),
      children: <Link to={`/monitoring/households/${a.householdId}`}>{t("assessment.leadLink")}</Link>,
    });
  if (a.visit) {
    items.push(
      {
        key: "visit",
        label: t("assessment.visit"),
        children: t("assessment.visitValue", { date: date(a.visit.visitedOn), visitors: a.visit.visitors.join("、") }),
      },
      { key: "findings", label: t("assessment.findings"), children: <span style={{ overflowWrap: "anywhere" }}>{a.visit.findings}</span> },
      {
        key: "consent",
        label: t("assessment.consent"),
        children: a.visit.consent.signed
          ? t("assessment.consentSigned", { date: date(a.visit.consent.signedOn) })
          : t("assessment.consentMissing"),
      },
    );
    const checks = a.visit.removalChecks;
    if (checks) {
      items.push({
        key: "checks",
        label: t("assessment.removalChecks"),
        children: (
          <span>
            {t("assessment.incomeChecked", {
              year: checks.year,
              income: formatYuan(checks.perCapitaIncomeFen),
              line: formatYuan(checks.incomeLineFen),
            })}
            {checks.incomeStable ? t("assessment.stable") : ""}
            {"；"}
            {REMOVAL_GUARANTEES.filter((g) => checks[g])
              .map((g) => t(`guarantee.${g}`))
              .join("、")}
          </span>
        ),
      });
    }
  }
  if (a.villageReview)
    items.push({
      key: "review",
      label: t("assessment.villageReview"),
      children: t("assessment.villageReviewValue", {
        date: date(a.villageReview.heldOn),
        count: a.villageReview.attendees,
        outcome: t(`outcome.${a.villageReview.outcome}`),
      }),
    });
  if (a.notice)
    items.push({
      key: "notice",
      label: t("assessment.notice"),
      children: (
        <span data-testid="assessment-notice">
          {t("assessment.noticeValue", { from: date(a.notice.startsOn), to: date(a.notice.endsOn), days: a.notice.days })}
        </span>
      ),
    });
  if (a.decision)
    items.push({
      key: "decision",
      label: t("assessment.decision"),
      children: t("assessment.decisionValue", { outcome: t(`outcome.${a.decision.decision}`), date: date(a.decision.decidedOn) }),
    });
  if (a.withdrawal) items.push({ key: "withdrawn", label: t("assessment.withdrawal"), children: a.withdrawal.reason });
  return <Descriptions size="small" column={1} items={items} data-testid="assessment-facts" />;
}

/** The next step of the path: its form when the viewer may take it, else why not; and a withdrawal when allowed. */
function NextStep({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation("monitoring");
  const blockerText = useBlockerText(a);
  const path = a.nextSteps.find((n) => isPathStep(n.step));
  const withdraw = a.nextSteps.find((n) => n.step === "withdraw");
  return (
    <Card title={<CardTitle>{t("assessment.next")}</CardTitle>} data-testid="assessment-next">
      {!path ? (
        <Typography.Text type="secondary">{t("assessment.ended")}</Typography.Text>
      ) : path.allowed ? (
        <StepForm assessment={a} step={path.step as PathStep} />
      ) : (
        <>
          <Typography.Paragraph strong>{t("assessment.waitingFor", { step: t(`step.${path.step}`) })}</Typography.Paragraph>
          <Alert type="info" showIcon message={blockerText(path.step, path.blockedBy!, path.availableOn)} data-testid="step-blocked" />
        </>
      )}
      {withdraw?.allowed && <Withdraw assessment={a} />}
    </Card>
  );
}

/** Sends a step and shows the assessment as the platform answers it; a refusal in the platform's words. */
function useStep(a: Assessment) {
  const { t, i18n } = useTranslation("monitoring");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const path = { params: { path: { assessmentId: a.assessmentId } } };
  const mutation = useMutation({
    mutationFn: async ({ step, body }: { step: AssessmentStep; body: Record<string, unknown>; objectionId?: string }) => {
      switch (step) {
        case "visit":
          return call(client.POST("/assessments/{assessmentId}/visit", { ...path, body: body as never }));
        case "village_review":
          return call(client.POST("/assessments/{assessmentId}/village-review", { ...path, body: body as never }));
        case "notice":
          return call(client.POST("/assessments/{assessmentId}/notice", { ...path, body: body as never }));
        case "township_review":
          return call(client.POST("/assessments/{assessmentId}/township-review", { ...path, body: body as never }));
        case "county_decision":
          return call(client.POST("/assessments/{assessmentId}/county-decision", { ...path, body: body as never }));
        case "withdraw":
          return call(client.POST("/assessments/{assessmentId}/withdraw", { ...path, body: body as never }));
        case "objection":
          return call(client.POST("/assessments/{assessmentId}/objections", { ...path, body: body as never }));
        default:
          throw new Error(`no form for ${step}`);
      }
    },
    onSuccess: (updated, { step }) => {
      setRefusal(null);
      queryClient.setQueryData(["assessment", a.assessmentId], updated);
      void queryClient.invalidateQueries({ queryKey: ["household", a.householdId] });
      void queryClient.invalidateQueries({ queryKey: ["risk-leads"] });
      void queryClient.invalidateQueries({ queryKey: ["assessments"] });
      void message.success(t("assessment.done", { step: t(`step.${step}`) }));
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  return {
    mutation,
    refusal,
    run: (step: AssessmentStep, body: Record<string, unknown>, onSuccess?: () => void) => mutation.mutate({ step, body }, { onSuccess }),
  };
}

function Refusal({ text }: { text: string | null }) {
  const { t } = useTranslation("monitoring");
  return text ? (
    <Alert
      type="error"
      showIcon
      message={t("assessment.refused")}
      description={text}
      style={{ marginBottom: 12 }}
      data-testid="step-refusal"
    />
  ) : null;
}

function StepForm({ assessment: a, step }: { assessment: Assessment; step: PathStep }) {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const { mutation, refusal, run } = useStep(a);
  const blockerText = useBlockerText(a);
  const settings = useCountySettings(a.county);
  const [form] = Form.useForm();
  const required = { required: true, message: t("form.required") };
  const text = { required: true, whitespace: true, message: t("form.required") };
  const today = dayjs(chinaToday());
  const submit = (
    <Button type="primary" htmlType="submit" loading={mutation.isPending}>
      {t(`assessment.submit.${step}`)}
    </Button>
  );
  const outcome = (name: string, label: string, options: string[]) => (
    <Form.Item name={name} label={label} rules={[required]}>
      <Radio.Group aria-label={label} options={options.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
    </Form.Item>
  );
  const note = (label: string, need = true) => (
    <Form.Item name="note" label={label} rules={need ? [text] : []}>
      <Input.TextArea rows={3} maxLength={1000} />
    </Form.Item>
  );
  let fields: ReactNode;
  let toBody: (v: Record<string, unknown>) => Record<string, unknown> = (v) => v;
  switch (step) {
    case "visit":
      fields = (
        <>
          <Form.Item name="visitedOn" label={t("form.visitedOn")} rules={[required]}>
            <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item
            name="visitors"
            label={t("form.visitors")}
            extra={t("form.visitorsHelp")}
            rules={[
              {
                validator: async (_r, v?: string[]) => {
                  if ((v?.length ?? 0) < 2) throw new Error(t("form.visitorsTooFew"));
                },
              },
            ]}
          >
            <Select mode="tags" tokenSeparators={[",", "，", "、", " "]} suffixIcon={null} notFoundContent={null} />
          </Form.Item>
          <Form.Item name="findings" label={t("form.findings")} rules={[text]}>
            <Input.TextArea rows={4} maxLength={2000} placeholder={t("form.findingsPlaceholder")} />
          </Form.Item>
          <Form.Item
            name="consentSigned"
            valuePropName="checked"
            rules={[
              {
                validator: async (_r, v) => {
                  if (!v) throw new Error(t("form.consentRequired"));
                },
              },
            ]}
          >
            <Checkbox>{t("form.consent")}</Checkbox>
          </Form.Item>
          <Form.Item name="consentOn" label={t("form.consentOn")} rules={[required]}>
            <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
          </Form.Item>
          {a.kind === "removal" && (
            <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t("form.removalChecks")}</h3>} style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col span={10}>
                  <Form.Item name="checkYear" label={t("form.checkYear")} rules={[required]}>
                    <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col span={14}>
                  <Form.Item name="checkIncome" label={t("form.checkIncome")} rules={yuanRules(tc)}>
                    <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="incomeStable" valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>{t("form.incomeStable")}</Checkbox>
              </Form.Item>
              {REMOVAL_GUARANTEES.map((g) => (
                <Form.Item key={g} name={g} valuePropName="checked" style={{ marginBottom: 4 }}>
                  <Checkbox>{t(`guarantee.${g}`)}</Checkbox>
                </Form.Item>
              ))}
            </Card>
          )}
        </>
      );
      toBody = (v) => ({
        visitedOn: day(v.visitedOn as Dayjs),
        visitors: (v.visitors as string[]).map((s) => s.trim()).filter(Boolean),
        findings: (v.findings as string).trim(),
        consent: { signed: !!v.consentSigned, signedOn: day(v.consentOn as Dayjs) },
        ...(a.kind === "removal"
          ? {
              removalChecks: {
                year: v.checkYear,
                perCapitaIncomeFen: parseYuan(String(v.checkIncome ?? ""))!,
                incomeStable: !!v.incomeStable,
                ...Object.fromEntries(REMOVAL_GUARANTEES.map((g) => [g, !!v[g]])),
              },
            }
          : {}),
      });
      break;
    case "village_review":
      fields = (
        <>
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item name="heldOn" label={t("form.heldOn")} rules={[required]}>
                <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="attendees" label={t("form.attendees")} rules={[required]}>
                <InputNumber min={1} max={10000} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          {outcome("outcome", t("form.villageOutcome"), ["pass", "fail"])}
          {note(t("form.reviewNote"))}
        </>
      );
      toBody = (v) => ({ heldOn: day(v.heldOn as Dayjs), outcome: v.outcome, attendees: v.attendees, note: (v.note as string).trim() });
      break;
    case "notice":
      fields = (
        <>
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item name="startsOn" label={t("form.startsOn")} rules={[required]}>
                <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name="days"
                label={t("form.days")}
                extra={settings.data ? t("form.daysHelp", { days: settings.data.noticeMinDays }) : undefined}
              >
                <InputNumber min={settings.data?.noticeMinDays ?? 1} max={60} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          {note(t("form.noticeNote"), false)}
        </>
      );
      toBody = (v) => ({
        startsOn: day(v.startsOn as Dayjs),
        ...(v.days ? { days: v.days } : {}),
        ...((v.note as string | undefined)?.trim() ? { note: (v.note as string).trim() } : {}),
      });
      break;
    case "township_review":
      fields = (
        <>
          {outcome("outcome", t("form.townshipOutcome"), ["pass", "fail"])}
          {note(t("form.reviewNote"))}
        </>
      );
      toBody = (v) => ({ outcome: v.outcome, note: (v.note as string).trim() });
      break;
    case "county_decision":
      fields = (
        <>
          {a.objections.upheld > 0 && (
            <Alert type="warning" showIcon message={blockerText(step, "objection_upheld", null)} style={{ marginBottom: 12 }} />
          )}
          <Form.Item name="decision" label={t("form.decision")} rules={[required]}>
            <Radio.Group
              aria-label={t("form.decision")}
              options={["confirm", "reject"].map((o) => ({
                value: o,
                label: t(`outcome.${o}`),
                disabled: o === "confirm" && a.objections.upheld > 0,
              }))}
            />
          </Form.Item>
          {note(t("form.decisionNote"))}
        </>
      );
      toBody = (v) => ({ decision: v.decision, note: (v.note as string).trim() });
      break;
  }
  return (
    <Form
      form={form}
      layout="vertical"
      name={`step-${step}`}
      initialValues={{
        visitedOn: today,
        consentOn: today,
        heldOn: today,
        startsOn: today,
        checkYear: Number(chinaToday().slice(0, 4)) - 1,
        ...(settings.data ? { days: settings.data.noticeMinDays } : {}),
      }}
      onFinish={(v) => run(step, toBody(v as Record<string, unknown>))}
    >
      <Typography.Paragraph type="secondary">{t(`assessment.help.${step}`)}</Typography.Paragraph>
      {fields}
      <Refusal text={refusal} />
      {submit}
    </Form>
  );
}

function Withdraw({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation("monitoring");
  const { mutation, refusal, run } = useStep(a);
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button danger style={{ marginTop: 16 }} onClick={() => setOpen(true)}>
        {t("assessment.withdraw")}
      </Button>
    );
  return (
    <Form
      name="withdraw"
      layout="vertical"
      onFinish={(v: { reason: string }) => run("withdraw", { reason: v.reason.trim() })}
      style={{ marginTop: 16 }}
    >
      <Form.Item
        name="reason"
        label={t("form.withdrawReason")}
        extra={t("form.withdrawHelp")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Refusal text={refusal} />
      <Flex gap={8} wrap>
        <Button danger htmlType="submit" loading={mutation.isPending}>
          {t("assessment.confirmWithdraw")}
        </Button>
        <Button onClick={() => setOpen(false)}>{t("edit.cancel")}</Button>
      </Flex>
    </Form>
  );
}

/** Objections heard during the notice: recorded by staff or filed on the public board, each awaiting the township's finding. */
function Objections({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation("monitoring");
  const record = a.nextSteps.find((n) => n.step === "objection");
  const finding = a.nextSteps.find((n) => n.step === "objection_finding");
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={<CardTitle>{t("objections.title", { count: a.objections.total })}</CardTitle>}
      data-testid="assessment-objections"
      extra={
        record?.allowed &&
        !adding && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t("objections.record")}
          </Button>
        )
      }
    >
      {adding && <RecordObjection assessment={a} onDone={() => setAdding(false)} />}
      {a.objectionList.length === 0 ? (
        <Empty description={t("objections.none")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List<Objection>
          dataSource={a.objectionList}
          renderItem={(o) => (
            <List.Item style={{ paddingInline: 0, display: "block" }} data-objection-id={o.objectionId}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{t(`objections.channel.${o.channel}`)}</Typography.Text>
                <Typography.Text type="secondary">{formatCalendar(o.receivedOn, i18n.language)}</Typography.Text>
                {o.finding ? (
                  <ColoredTag colors={o.finding.outcome === "upheld" ? TAG_COLORS.bad : TAG_COLORS.good}>
                    {t(`outcome.${o.finding.outcome}`)}
                  </ColoredTag>
                ) : (
                  <ColoredTag colors={TAG_COLORS.waiting}>{t("objections.awaiting")}</ColoredTag>
                )}
              </Flex>
              <div style={{ overflowWrap: "anywhere" }}>{o.note}</div>
              {o.contactMasked && (
                <Typography.Text type="secondary">{t("objections.contact", { contact: o.contactMasked })}</Typography.Text>
              )}
              {o.finding && (
                <div>
                  <Typography.Text type="secondary">
                    {t("objections.findingBy", { note: o.finding.note, by: o.finding.by, at: formatChinaDateTime(o.finding.at) })}
                  </Typography.Text>
                </div>
              )}
              {!o.finding && finding?.allowed && <Finding assessment={a} objection={o} />}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function RecordObjection({ assessment: a, onDone }: { assessment: Assessment; onDone: () => void }) {
  const { t } = useTranslation("monitoring");
  const { mutation, refusal, run } = useStep(a);
  return (
    <Form
      name="objection"
      layout="vertical"
      initialValues={{ receivedOn: dayjs(chinaToday()) }}
      onFinish={(v: { receivedOn: Dayjs; note: string; contact?: string }) => {
        run(
          "objection",
          { receivedOn: day(v.receivedOn), note: v.note.trim(), ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}) },
          onDone,
        );
      }}
      style={{ marginBottom: 16, padding: 12, background: "#fafafa", borderRadius: 6 }}
    >
      <Form.Item name="receivedOn" label={t("objections.receivedOn")} rules={[{ required: true, message: t("form.required") }]}>
        <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="note" label={t("objections.note")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="contact" label={t("objections.contactField")} extra={t("objections.contactHelp")}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Refusal text={refusal} />
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t("objections.save")}
        </Button>
        <Button onClick={onDone}>{t("edit.cancel")}</Button>
      </Flex>
    </Form>
  );
}

function Finding({ assessment: a, objection: o }: { assessment: Assessment; objection: Objection }) {
  const { t, i18n } = useTranslation("monitoring");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { outcome: "upheld" | "not_upheld"; note: string }) =>
      call(
        client.POST("/assessments/{assessmentId}/objections/{objectionId}/finding", {
          params: { path: { assessmentId: a.assessmentId, objectionId: o.objectionId } },
          body,
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(["assessment", a.assessmentId], updated);
      void message.success(t("assessment.done", { step: t("step.objection_finding") }));
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  const label = t("objections.findingOf", { date: formatCalendar(o.receivedOn, i18n.language) });
  return (
    <Form
      name={`finding-${o.objectionId}`}
      layout="vertical"
      onFinish={(v: { outcome: "upheld" | "not_upheld"; note: string }) => save.mutate({ outcome: v.outcome, note: v.note.trim() })}
      style={{ marginTop: 8, padding: 12, background: "#fafafa", borderRadius: 6 }}
    >
      <Form.Item name="outcome" label={label} rules={[{ required: true, message: t("form.required") }]}>
        <Radio.Group aria-label={label} options={["not_upheld", "upheld"].map((v) => ({ value: v, label: t(`outcome.${v}`) }))} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t("objections.findingNote")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Refusal text={refusal} />
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t("objections.saveFinding")}
      </Button>
    </Form>
  );
}
