import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Flex,
  Form,
  type FormInstance,
  Grid,
  Input,
  List,
  Radio,
  Row,
  Steps,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type CSSProperties, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../../api/client";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { ColoredTag, TAG_COLORS } from "../../../components/ColoredTag";
import { chinaToday, daysUntil, formatCalendar, formatChinaDateTime } from "../../../lib/dates";
import { useFormError } from "../form-errors";
import type { Claim } from "../types";
import { DeadlineTag } from "./deadline";
import { registerChainTexts } from "./texts";

registerChainTexts();

type Stage = Claim["stage"];
type OpenStage = Exclude<Stage, "closed">;
type Objection = Claim["objections"][number];
/** The steps a person can have taken on a claim, as separation of duties counts them. */
type TakenStep = "submit" | Exclude<OpenStage, "payment"> | "other";

/** The optional steps before the township's review, and the scheme's switch for each. */
const OPTIONAL = [
  ["home_visit", "homeVisit"],
  ["village_review", "villageReview"],
  ["public_notice", "publicNotice"],
] as const satisfies readonly (readonly [OpenStage, keyof Claim["chain"]])[];

/** The claim's stages in order, the steps its scheme skips left out. */
export const stagesOf = (chain: Claim["chain"]): OpenStage[] => [
  ...OPTIONAL.filter(([, step]) => chain[step]).map(([stage]) => stage),
  "township_review",
  "county_approval",
  "payment",
];

/** Whether the claim got past a stage (for a closed claim: where it stopped is the first it did not). */
function passed(c: Claim, stage: OpenStage): boolean {
  switch (stage) {
    case "home_visit":
      return c.homeVisit !== null;
    case "village_review":
      return c.villageReview?.decision === "pass";
    case "public_notice":
      return c.reviewedBy !== null;
    case "township_review":
      return c.reviewedBy !== null && c.rejectedBy !== c.reviewedBy;
    case "county_approval":
      return c.approvedBy !== null;
    case "payment":
      return c.status === "paid";
  }
}

/** Where the claim stands among its stages: the one it waits for, or for a rejected claim the one it stopped at. */
export function standing(c: Claim): { index: number; status: "process" | "error" | "finish" } {
  const stages = stagesOf(c.chain);
  if (c.stage !== "closed") return { index: stages.indexOf(c.stage), status: "process" };
  if (c.status === "paid") return { index: stages.length, status: "finish" };
  const stopped = stages.findIndex((s) => !passed(c, s));
  return { index: stopped === -1 ? stages.length - 1 : stopped, status: "error" };
}

/** The step the person took on the claim, if any: they may take no other (DESIGN decision 9). */
export function stepTakenBy(c: Claim, me: string | undefined): TakenStep | null {
  if (!me) return null;
  if (c.submittedBy === me) return "submit";
  if (c.homeVisit?.by === me) return "home_visit";
  if (c.villageReview?.by === me) return "village_review";
  if (c.notice?.by === me) return "public_notice";
  if (c.reviewedBy === me) return "township_review";
  if (c.approvedBy === me) return "county_approval";
  return c.actors.includes(me) ? "other" : null;
}

/** Who recorded it and when. */
function By({ actor, at }: { actor: string; at: string }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {t("record.by", { actor, at: formatChinaDateTime(at) })}
    </Typography.Text>
  );
}

const iso = (d: Dayjs) => d.format("YYYY-MM-DD");
const dayAfter = (date: string) => iso(dayjs(date).add(1, "day"));
const h3 = (text: ReactNode) => (
  <Typography.Title level={3} style={{ fontSize: 15, margin: "0 0 8px" }}>
    {text}
  </Typography.Title>
);

/**
 * A claim's approval chain (issue 12): the steps of its scheme with where it stands, the records
 * of each step taken (the visit and its visitors, the village review, the notice with its countdown
 * to the township's review, the objections and their findings), the working-day deadline, and only
 * the form the signed-in person may act on now. The platform still decides; its refusals show here
 * in the reader's language. Self-contained: mount it on the claim page with the claim.
 */
export function ChainPanel({ claim: c, style }: { claim: Claim; style?: CSSProperties }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const screens = Grid.useBreakpoint();
  const [refusal, setRefusal] = useState<string | null>(null);
  const stages = stagesOf(c.chain);
  const { index, status } = standing(c);
  // Nothing taken yet: the deadline and the form take the panel's width.
  const taken = c.homeVisit !== null || c.villageReview !== null || c.notice !== null;
  const skipped = OPTIONAL.filter(([, step]) => !c.chain[step]).map(([stage]) => t(`step.${stage}`));
  const items = [
    { key: "submit", title: t("step.submit"), status: "finish" as const },
    ...stages.map((stage, i) => ({
      key: stage,
      title: t(`step.${stage}`),
      status: i < index ? ("finish" as const) : i === index ? status : ("wait" as const),
      ...(i === index && status === "error" ? { content: t("panel.rejectedHere") } : {}),
    })),
  ];

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("panel.title")}</h2>}
      extra={
        <span data-testid="chain-stage" data-stage={c.stage}>
          <ColoredTag colors={c.stage === "closed" ? TAG_COLORS.closed : TAG_COLORS.info}>{t(`stage.${c.stage}`)}</ColoredTag>
        </span>
      }
      data-testid="chain-panel"
      style={style}
    >
      <Steps
        size="small"
        orientation={screens.md ? "horizontal" : "vertical"}
        titlePlacement={screens.md ? "vertical" : "horizontal"}
        current={Math.min(index + 1, items.length - 1)}
        items={items}
      />
      {skipped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: "12px 0 0" }}>
          {t("panel.skipped", { steps: skipped.join("、") })}
        </Typography.Paragraph>
      )}
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        {taken && (
          <Col xs={24} lg={13}>
            <Records claim={c} onRefusal={setRefusal} />
          </Col>
        )}
        <Col xs={24} lg={taken ? 11 : 24}>
          <Flex vertical gap={16} style={taken ? undefined : { maxWidth: 640 }}>
            <div>
              {h3(t("deadline.label"))}
              <DeadlineTag claim={c} />
              <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", fontSize: 13 }}>
                {t("deadline.help")}
              </Typography.Paragraph>
            </div>
            {refusal && (
              <Alert
                type="error"
                showIcon
                message={t("panel.refused")}
                description={refusal}
                closable
                onClose={() => setRefusal(null)}
                data-testid="chain-refusal"
              />
            )}
            <NextStep claim={c} onRefusal={setRefusal} />
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

/** The records of the steps taken, one block each (the Steps bar shows those still to come). */
function Records({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const date = (d: string) => formatCalendar(d, i18n.language);
  const { homeVisit: visit, villageReview: village, notice } = c;
  const blocks: { key: string; node: ReactNode }[] = [];
  if (visit) {
    blocks.push({
      key: "visit",
      node: (
        <section data-testid="chain-visit">
          {h3(t("record.visit"))}
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: "visitors", label: t("record.visitors"), children: visit.visitors.join("、") },
              { key: "on", label: t("record.visitedOn"), children: date(visit.visitedOn) },
              {
                key: "findings",
                label: t("record.findings"),
                children: (
                  <span style={{ overflowWrap: "anywhere" }}>
                    {visit.findings}
                    <br />
                    <By actor={visit.by} at={visit.at} />
                  </span>
                ),
              },
            ]}
          />
        </section>
      ),
    });
  }
  if (village) {
    blocks.push({
      key: "village",
      node: (
        <section data-testid="chain-village">
          {h3(t("record.village"))}
          <Flex vertical gap={4}>
            <span>
              <ColoredTag colors={village.decision === "pass" ? TAG_COLORS.good : TAG_COLORS.bad}>
                {t(`record.decision.${village.decision}`)}
              </ColoredTag>
            </span>
            <span style={{ overflowWrap: "anywhere" }}>{village.note}</span>
            <By actor={village.by} at={village.at} />
          </Flex>
        </section>
      ),
    });
  }
  if (notice) {
    blocks.push({
      key: "notice",
      node: (
        <section data-testid="chain-notice">
          {h3(t("record.notice"))}
          <NoticeRecord claim={c} notice={notice} onRefusal={onRefusal} />
        </section>
      ),
    });
  }
  return (
    <Flex vertical gap={0}>
      {blocks.map((b, i) => (
        <div key={b.key}>
          {i > 0 && <Divider style={{ margin: "12px 0" }} />}
          {b.node}
        </div>
      ))}
    </Flex>
  );
}

/** The notice: its dates, the countdown to the township's review, and the objections with their findings. */
function NoticeRecord({
  claim: c,
  notice: n,
  onRefusal,
}: {
  claim: Claim;
  notice: NonNullable<Claim["notice"]>;
  onRefusal: (r: string | null) => void;
}) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const session = useSession();
  const date = (d: string) => formatCalendar(d, i18n.language);
  const today = chinaToday();
  const atNotice = c.stage === "public_notice";
  const pending = c.objections.filter((o) => !o.resolution).length;
  const upheld = c.objections.some((o) => o.resolution?.upheld);
  const countdown =
    today < n.startsOn
      ? t("record.noticeUpcoming", { date: date(n.startsOn), count: daysUntil(n.startsOn, today) })
      : today <= n.endsOn
        ? t("record.noticeRunning", { count: daysUntil(n.endsOn, today) + 1 })
        : t("record.noticeOver");
  const review =
    today <= n.endsOn
      ? t("record.reviewFrom", { date: date(dayAfter(n.endsOn)) })
      : pending > 0
        ? t("record.reviewWaits", { count: pending })
        : upheld
          ? t("record.reviewUpheld")
          : t("record.reviewOpen");
  const mayResolve = atNotice && hasAnyRole(session, ["clerk"]);
  return (
    <Flex vertical gap={8}>
      <span>
        <Typography.Text strong data-testid="notice-period">
          {t("record.noticePeriod", { from: date(n.startsOn), to: date(n.endsOn) })}
        </Typography.Text>
        <br />
        <By actor={n.by} at={n.at} />
      </span>
      {atNotice && (
        <Alert
          type={today > n.endsOn && pending === 0 && !upheld ? "success" : "info"}
          showIcon
          data-testid="notice-countdown"
          message={countdown}
          description={review}
        />
      )}
      <Typography.Text strong>{t("record.objections")}</Typography.Text>
      {c.objections.length === 0 ? (
        <Typography.Text type="secondary">{t("record.noObjections")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={c.objections}
          data-testid="chain-objections"
          renderItem={(o) => (
            <List.Item style={{ paddingInline: 0, display: "block" }} data-objection-id={o.objectionId}>
              <ObjectionItem claim={c} objection={o} mayResolve={mayResolve} onRefusal={onRefusal} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

function ObjectionItem({
  claim: c,
  objection: o,
  mayResolve,
  onRefusal,
}: {
  claim: Claim;
  objection: Objection;
  mayResolve: boolean;
  onRefusal: (r: string | null) => void;
}) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const r = o.resolution;
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        {r ? (
          <ColoredTag colors={r.upheld ? TAG_COLORS.bad : TAG_COLORS.good}>
            {r.upheld ? t("record.upheld") : t("record.notUpheld")}
          </ColoredTag>
        ) : (
          <ColoredTag colors={TAG_COLORS.waiting}>{t("record.pending")}</ColoredTag>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("record.received", { date: formatCalendar(o.receivedOn, i18n.language) })} ·{" "}
          {o.channel === "public"
            ? t("record.fromPublic", { at: formatChinaDateTime(o.at) })
            : t("record.by", { actor: o.recordedBy, at: formatChinaDateTime(o.at) })}
        </Typography.Text>
      </Flex>
      <span style={{ overflowWrap: "anywhere" }}>{o.summary}</span>
      {o.contactMasked && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("record.contact", { contact: o.contactMasked })}
        </Typography.Text>
      )}
      {r && (
        <span style={{ overflowWrap: "anywhere" }}>
          <Typography.Text strong>{t("record.findingLabel")}</Typography.Text>
          {r.finding} <By actor={r.by} at={r.at} />
        </span>
      )}
      {!r && mayResolve && <ResolveForm claim={c} objection={o} onRefusal={onRefusal} />}
    </Flex>
  );
}

// ── What the signed-in person may do now ────────────────────────────────────────────────────────

/** Only the form for the step the claim waits for, when the person may take it; else why not. */
function NextStep({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const session = useSession();
  const atChain = c.stage === "home_visit" || c.stage === "village_review" || c.stage === "public_notice";
  if (!atChain) return null;
  if (!hasAnyRole(session, ["clerk"])) return <Typography.Text type="secondary">{t("panel.clerksOnly")}</Typography.Text>;
  const notice = c.notice;
  // Recording objections and findings is clerical (not a step): any clerk may, whatever they did before.
  if (c.stage === "public_notice" && notice) {
    return chinaToday() >= notice.startsOn ? <ObjectionForm claim={c} onRefusal={onRefusal} /> : null;
  }
  const taken = stepTakenBy(c, session?.sub);
  if (taken) {
    const next = t(`step.${c.stage}`);
    return (
      <Alert
        type="info"
        showIcon
        data-testid="chain-took-step"
        message={taken === "other" ? t("panel.tookAnyStep", { next }) : t("panel.tookStep", { step: t(`step.${taken}`), next })}
      />
    );
  }
  if (c.stage === "home_visit") return <VisitForm claim={c} onRefusal={onRefusal} />;
  if (c.stage === "village_review") return <VillageForm claim={c} onRefusal={onRefusal} />;
  return <NoticeForm claim={c} onRefusal={onRefusal} />;
}

interface Act {
  /** Which of a form's buttons ran it (for its spinner). */
  key?: string;
  form: FormInstance;
  run: () => Promise<Claim>;
  done: string;
}

/** Runs a step: on success the claim page shows the claim as answered; a refusal lands on the form's fields or in the panel's alert. */
function useStep(claimId: string, onRefusal: (r: string | null) => void) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const formError = useFormError();
  return useMutation({
    mutationFn: ({ run }: Act) => run(),
    onMutate: () => onRefusal(null),
    onSuccess: (updated, { form, done }) => {
      queryClient.setQueryData<Claim>(["claim", claimId], (old) => ({ ...updated, history: updated.history ?? old?.history }));
      void queryClient.invalidateQueries({ queryKey: ["claim", claimId] });
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      form.resetFields();
      void message.success(done);
    },
    onError: (e, { form }) => {
      onRefusal(formError(e, form));
      // Refused because the claim moved on meanwhile: show it as it is now.
      void queryClient.invalidateQueries({ queryKey: ["claim", claimId] });
    },
  });
}

const path = (claimId: string) => ({ params: { path: { claimId } } });

function VisitForm({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const [form] = Form.useForm<{ visitors: string[]; visitedOn: Dayjs; findings: string }>();
  const step = useStep(c.claimId, onRefusal);
  const today = chinaToday();
  const submit = () =>
    void form
      .validateFields()
      .then((v) =>
        step.mutate({
          form,
          done: t("done.home_visit"),
          run: () =>
            call(
              client.POST("/claims/{claimId}/home-visit", {
                ...path(c.claimId),
                body: { visitors: v.visitors.map((s) => s.trim()), visitedOn: iso(v.visitedOn), findings: v.findings.trim() },
              }),
            ),
        }),
      )
      .catch(() => undefined);
  return (
    <Form
      form={form}
      name="chain-visit"
      layout="vertical"
      initialValues={{ visitors: ["", ""], visitedOn: dayjs(today) }}
      data-testid="chain-visit-form"
    >
      {h3(t("visitForm.title"))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t("visitForm.help")}
      </Typography.Paragraph>
      <Form.List
        name="visitors"
        rules={[
          {
            validator: async (_rule, names: string[] | undefined) => {
              const filled = (names ?? []).map((n) => (n ?? "").trim()).filter(Boolean);
              if ((names ?? []).length < 2) throw new Error(t("visitForm.tooFew"));
              if (new Set(filled).size !== filled.length) throw new Error(t("visitForm.repeated"));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            <Row gutter={12}>
              {fields.map((field, i) => (
                <Col xs={24} sm={12} key={field.key}>
                  <Flex gap={4} align="flex-start">
                    <Form.Item
                      name={field.name}
                      label={t("visitForm.visitor", { n: i + 1 })}
                      rules={[{ required: true, whitespace: true, message: t("visitForm.visitorRequired") }]}
                      style={{ flex: 1, minWidth: 0 }}
                    >
                      <Input maxLength={50} autoComplete="off" />
                    </Form.Item>
                    {fields.length > 2 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t("visitForm.remove", { n: i + 1 })}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    )}
                  </Flex>
                </Col>
              ))}
            </Row>
            <Form.ErrorList errors={errors} />
            {fields.length < 10 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add("")} style={{ marginBottom: 16 }}>
                {t("visitForm.add")}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="visitedOn" label={t("visitForm.visitedOn")} rules={[{ required: true, message: t("form.requiredDate") }]}>
        <DatePicker style={{ width: "100%" }} allowClear={false} disabledDate={(d) => iso(d) > today || iso(d) < c.incidentDate} />
      </Form.Item>
      <Form.Item
        name="findings"
        label={t("visitForm.findings")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={3} maxLength={2000} placeholder={t("visitForm.findingsPlaceholder")} />
      </Form.Item>
      <Button type="primary" onClick={submit} loading={step.isPending}>
        {t("visitForm.submit")}
      </Button>
    </Form>
  );
}

function VillageForm({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const step = useStep(c.claimId, onRefusal);
  const decide = (decision: "pass" | "reject", note: string) =>
    step.mutateAsync({
      key: decision,
      form,
      done: t(decision === "pass" ? "done.village_pass" : "done.village_reject"),
      run: () => call(client.POST("/claims/{claimId}/village-review", { ...path(c.claimId), body: { decision, note } })),
    });
  const pending = (d: "pass" | "reject") => step.isPending && step.variables?.key === d;
  return (
    <Form form={form} name="chain-village" layout="vertical" data-testid="chain-village-form">
      {h3(t("villageForm.title"))}
      <Form.Item name="note" label={t("villageForm.note")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t("villageForm.notePlaceholder")} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          loading={pending("pass")}
          onClick={() =>
            void form
              .validateFields()
              .then((v) => decide("pass", v.note.trim()))
              .catch(() => undefined)
          }
        >
          {t("villageForm.pass")}
        </Button>
        <Button
          danger
          loading={pending("reject")}
          onClick={() =>
            void form
              .validateFields()
              .then((v) => {
                modal.confirm({
                  title: t("villageForm.rejectTitle"),
                  content: t("villageForm.rejectBody"),
                  okText: t("villageForm.reject"),
                  cancelText: t("form.cancel"),
                  okButtonProps: { danger: true },
                  onOk: () => decide("reject", v.note.trim()).catch(() => undefined),
                });
              })
              .catch(() => undefined)
          }
        >
          {t("villageForm.reject")}
        </Button>
      </Flex>
    </Form>
  );
}

function NoticeForm({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const [form] = Form.useForm<{ startsOn: Dayjs }>();
  const step = useStep(c.claimId, onRefusal);
  const today = chinaToday();
  const settings = useQuery({
    queryKey: ["county-settings", c.county],
    staleTime: 300_000,
    queryFn: () => call(client.GET("/monitoring/settings/{county}", { params: { path: { county: c.county } } })),
  });
  const startsOn = Form.useWatch("startsOn", form);
  const days = settings.data?.noticeMinDays;
  const from = startsOn ? iso(startsOn) : today;
  const help =
    days !== undefined
      ? t("noticeForm.help", { days, to: formatCalendar(iso(dayjs(from).add(days - 1, "day")), i18n.language) })
      : t("noticeForm.helpNoDays");
  const submit = () =>
    void form
      .validateFields()
      .then((v) =>
        step.mutate({
          form,
          done: t("done.notice"),
          run: () => call(client.POST("/claims/{claimId}/notice", { ...path(c.claimId), body: { startsOn: iso(v.startsOn) } })),
        }),
      )
      .catch(() => undefined);
  return (
    <Form form={form} name="chain-notice" layout="vertical" initialValues={{ startsOn: dayjs(today) }} data-testid="chain-notice-form">
      {h3(t("noticeForm.title"))}
      <Form.Item
        name="startsOn"
        label={t("noticeForm.startsOn")}
        extra={<span data-testid="notice-form-help">{help}</span>}
        rules={[{ required: true, message: t("form.requiredDate") }]}
      >
        <DatePicker style={{ width: "100%" }} allowClear={false} disabledDate={(d) => iso(d) < today} />
      </Form.Item>
      <Button type="primary" onClick={submit} loading={step.isPending}>
        {t("noticeForm.submit")}
      </Button>
    </Form>
  );
}

function ObjectionForm({ claim: c, onRefusal }: { claim: Claim; onRefusal: (r: string | null) => void }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const [form] = Form.useForm<{ summary: string; receivedOn: Dayjs }>();
  const step = useStep(c.claimId, onRefusal);
  const notice = c.notice!;
  const today = chinaToday();
  // Received while the notice ran, and not after today.
  const last = [notice.endsOn, today].sort()[0]!;
  const submit = () =>
    void form
      .validateFields()
      .then((v) =>
        step.mutate({
          form,
          done: t("done.objection"),
          run: () =>
            call(
              client.POST("/claims/{claimId}/objections", {
                ...path(c.claimId),
                body: { summary: v.summary.trim(), receivedOn: iso(v.receivedOn) },
              }),
            ),
        }),
      )
      .catch(() => undefined);
  return (
    <Form
      form={form}
      name="chain-objection"
      layout="vertical"
      initialValues={{ receivedOn: dayjs(last) }}
      data-testid="chain-objection-form"
    >
      {h3(t("objectionForm.title"))}
      <Form.Item
        name="summary"
        label={t("objectionForm.summary")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={2} maxLength={1000} placeholder={t("objectionForm.summaryPlaceholder")} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t("objectionForm.receivedOn")} rules={[{ required: true, message: t("form.requiredDate") }]}>
        <DatePicker style={{ width: "100%" }} allowClear={false} disabledDate={(d) => iso(d) < notice.startsOn || iso(d) > last} />
      </Form.Item>
      <Button onClick={submit} loading={step.isPending}>
        {t("objectionForm.submit")}
      </Button>
    </Form>
  );
}

function ResolveForm({ claim: c, objection: o, onRefusal }: { claim: Claim; objection: Objection; onRefusal: (r: string | null) => void }) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const [form] = Form.useForm<{ upheld: boolean; finding: string }>();
  const step = useStep(c.claimId, onRefusal);
  const submit = () =>
    void form
      .validateFields()
      .then((v) =>
        step.mutate({
          form,
          done: t("done.resolution"),
          run: () =>
            call(
              client.POST("/claims/{claimId}/objections/{objectionId}/resolution", {
                params: { path: { claimId: c.claimId, objectionId: o.objectionId } },
                body: { upheld: v.upheld, finding: v.finding.trim() },
              }),
            ),
        }),
      )
      .catch(() => undefined);
  return (
    <Form
      form={form}
      name={`chain-resolve-${o.objectionId}`}
      layout="vertical"
      style={{ marginTop: 8, padding: 12, background: "#fafafa", borderRadius: 6 }}
      data-testid="chain-resolve-form"
    >
      <Form.Item
        name="upheld"
        label={t("resolveForm.upheld")}
        extra={t("resolveForm.upheldHelp")}
        rules={[{ required: true, message: t("form.required") }]}
      >
        <Radio.Group
          options={[
            { value: false, label: t("resolveForm.upheldNo") },
            { value: true, label: t("resolveForm.upheldYes") },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="finding"
        label={t("resolveForm.finding")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={2} maxLength={1000} placeholder={t("resolveForm.findingPlaceholder")} />
      </Form.Item>
      <Button type="primary" onClick={submit} loading={step.isPending}>
        {t("resolveForm.submit")}
      </Button>
    </Form>
  );
}
