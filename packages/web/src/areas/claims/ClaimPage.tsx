import { type UseQueryResult, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, List, Row, Skeleton, Timeline, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import { HouseholdFacts } from "./HouseholdFacts";
import { DuplicateMatches } from "./Duplicates";
import { StatusTag, shortId, useCauseName } from "./labels";
import { PayoutSteps } from "./PayoutSteps";
import { ChainPanel } from "./chain/ChainPanel";
import { DocumentsPanel } from "./documents/DocumentsPanel";
import type { Claim, ClaimEvent, ClaimPayoutPreview, PayoutBreakdown, Scheme } from "./types";

type Step = "review_pass" | "review_reject" | "approve" | "reject";

/**
 * One claim: its household, the claim as filed, the payout step by step (as stored by the approval,
 * or what an approval would pay now), what remains of the household's yearly cap and of the pool,
 * the audit history, and exactly the steps the signed-in person's roles allow.
 */
export default function ClaimPage() {
  const { claimId = "" } = useParams();
  const { t, i18n } = useTranslation("claims");
  const causeName = useCauseName();
  const claim = useQuery({
    queryKey: ["claim", claimId],
    queryFn: () => call(client.GET("/claims/{claimId}", { params: { path: { claimId } } })),
  });
  const c = claim.data;
  const household = useQuery({
    queryKey: ["household", c?.householdId],
    enabled: !!c,
    queryFn: () => call(client.GET("/households/{householdId}", { params: { path: { householdId: c!.householdId } } })),
  });
  const scheme = useQuery({
    queryKey: ["scheme", c?.schemeId, "current"],
    enabled: !!c,
    queryFn: () => call(client.GET("/schemes/{schemeId}", { params: { path: { schemeId: c!.schemeId } } })),
  });
  const pending = c?.status === "submitted" || c?.status === "reviewed";
  const preview = useQuery({
    queryKey: ["claim-preview", "of", claimId, c?.updatedAt],
    enabled: !!c && pending,
    retry: false,
    // What its approval would pay now, computed by the approval itself over the claim as filed (its invoices and member included).
    queryFn: () => call(client.GET("/claims/{claimId}/preview", { params: { path: { claimId } } })),
  });

  if (claim.isPending) return <Skeleton active />;
  if (claim.error || !c) return <Alert type="error" showIcon message={errorMessage(claim.error, t as T, i18n.language)} />;

  const infoItems = [
    { key: "status", label: t("claim.status"), children: <StatusTag status={c.status} /> },
    {
      key: "scheme",
      label: t("claim.scheme"),
      children: <Link to={`/schemes/${encodeURIComponent(c.schemeId)}`}>{scheme.data?.name ?? c.schemeId}</Link>,
    },
    { key: "cause", label: t("claim.cause"), children: causeName(c.cause, c.causeLabel) },
    {
      key: "member",
      label: t("claim.member"),
      children: (
        <span data-testid="claim-member">
          {c.member
            ? t("claim.memberValue", {
                name: c.member.name,
                relation: t(`relation.${c.member.relation}`, { defaultValue: c.member.relation }),
              })
            : t("claim.wholeHousehold")}
        </span>
      ),
    },
    { key: "incident", label: t("claim.incidentDate"), children: formatCalendar(c.incidentDate, i18n.language) },
    { key: "total", label: t("claim.total"), children: formatYuan(c.expenses.totalFen) },
    { key: "reimbursed", label: t("claim.reimbursed"), children: formatYuan(c.expenses.reimbursedFen) },
    {
      key: "selfPaid",
      label: t("claim.selfPaid"),
      children: formatYuan(Math.max(0, c.expenses.totalFen - c.expenses.reimbursedFen)),
    },
    {
      key: "preview",
      label: t("claim.submittedPreview"),
      children: t("claim.submittedPreviewValue", { amount: formatYuan(c.payoutPreviewFen), version: c.previewSchemeVersion }),
    },
    ...(c.approvedPayoutFen !== null
      ? [
          {
            key: "approved",
            label: t("claim.approvedPayout"),
            children: (
              <Typography.Text strong data-testid="approved-payout">
                {formatYuan(c.approvedPayoutFen)}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(c.rejectionReason ? [{ key: "rejection", label: t("claim.rejectionReason"), children: c.rejectionReason }] : []),
    ...(c.payment ? [{ key: "payment", label: t("claim.payment"), children: <PaymentRecord payment={c.payment} /> }] : []),
    { key: "note", label: t("claim.note"), children: c.note ?? t("claim.noNote") },
  ];

  return (
    <>
      <PageTitle
        extra={
          <span data-testid="claim-page-status">
            <StatusTag status={c.status} />
          </span>
        }
      >
        {t("claim.title", { id: shortId(c.claimId) })}
      </PageTitle>
      <ChainPanel claim={c} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            {c.possibleDuplicate && <DuplicateFlag flag={c.possibleDuplicate} />}
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.household")}</h2>}>
              {household.data ? (
                <HouseholdFacts household={household.data} testId="claim-household" />
              ) : household.error ? (
                <Alert type="error" showIcon message={errorMessage(household.error, t as T, i18n.language)} />
              ) : (
                <Skeleton active paragraph={{ rows: 2 }} />
              )}
            </Card>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.info")}</h2>}>
              <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={infoItems} />
              <Typography.Text strong style={{ display: "block", marginTop: 12 }}>
                {t("claim.invoices")}
              </Typography.Text>
              <Invoices claim={c} />
              <Typography.Text strong style={{ display: "block", marginTop: 12 }}>
                {t("claim.documents")}
              </Typography.Text>
              {c.documents.length ? (
                <List
                  size="small"
                  dataSource={c.documents}
                  renderItem={(d) => (
                    <List.Item style={{ paddingInline: 0 }}>
                      <span style={{ overflowWrap: "anywhere" }}>
                        {d.kind}：{d.ref}
                      </span>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Paragraph type="secondary">{t("claim.noDocuments")}</Typography.Paragraph>
              )}
            </Card>
            <DocumentsPanel claim={c} />
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.payoutTitle")}</h2>} data-testid="claim-payout">
              <PayoutSection claim={c} preview={preview} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Actions claim={c} previewFen={preview.data?.payoutFen} />
            <Limits claim={c} breakdown={c.payoutBreakdown ?? preview.data?.breakdown ?? null} scheme={scheme.data} />
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.history")}</h2>}>
              <History claim={c} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}

function PayoutSection({ claim: c, preview }: { claim: Claim; preview: UseQueryResult<ClaimPayoutPreview> }) {
  const { t, i18n } = useTranslation("claims");
  if (c.payoutBreakdown) {
    return (
      <>
        <Typography.Paragraph type="secondary">{t("claim.storedNote", { version: c.schemeVersion })}</Typography.Paragraph>
        <PayoutSteps breakdown={c.payoutBreakdown} expenses={c.expenses} testId="payout-steps" />
      </>
    );
  }
  if (c.approvedPayoutFen !== null) {
    // Approved before the steps were stored: the figures the approval kept.
    return (
      <>
        <Typography.Paragraph type="secondary">{t("claim.legacy", { version: c.schemeVersion })}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "uncapped", label: t("steps.uncapped"), children: formatYuan(c.caps?.uncappedFen ?? 0) },
            {
              key: "perClaim",
              label: t("steps.perClaimCap"),
              children: c.caps?.perClaimCapFen == null ? t("steps.noCap") : formatYuan(c.caps.perClaimCapFen),
            },
            { key: "capApplied", label: t("steps.capApplied"), children: t(`capApplied.${c.capApplied ?? "none"}`) },
            { key: "payout", label: t("steps.payout"), children: formatYuan(c.approvedPayoutFen) },
          ]}
        />
      </>
    );
  }
  if (c.status === "rejected") return <Typography.Text type="secondary">{t("claim.rejectedNoPayout")}</Typography.Text>;
  if (preview.isPending) return <Skeleton active />;
  if (preview.error) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="live-refusal"
        message={t("claim.previewRefused")}
        description={errorMessage(preview.error, t as T, i18n.language)}
      />
    );
  }
  const p = preview.data!;
  return (
    <>
      <Typography.Paragraph type="secondary">{t("claim.liveNote", { version: p.schemeVersion })}</Typography.Paragraph>
      {/* A yearly cap used up is no warning here: the preview refuses it (CAP_EXHAUSTED) as the approval does. */}
      {!p.poolCovers && (
        <Alert
          type="warning"
          showIcon
          message={t("steps.poolShort", { balance: formatYuan(p.poolBalanceFen) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <PayoutSteps breakdown={p.breakdown} expenses={c.expenses} testId="payout-steps" />
    </>
  );
}

function Limits({ claim: c, breakdown, scheme }: { claim: Claim; breakdown: PayoutBreakdown | null; scheme: Scheme | undefined }) {
  const { t } = useTranslation("claims");
  const paidNow = c.payoutBreakdown !== null;
  const items = [
    ...(breakdown && breakdown.perPersonYearCapFen !== null
      ? [
          { key: "personCap", label: t("claim.personCap"), children: formatYuan(breakdown.perPersonYearCapFen) },
          { key: "personBefore", label: t("claim.personPaidBefore"), children: formatYuan(breakdown.personYearPaidFen) },
          {
            key: "personAfter",
            label: t("claim.personRemainingAfter"),
            children: (
              <Typography.Text strong data-testid="person-remaining">
                {formatYuan((breakdown.personYearRemainingFen ?? 0) - breakdown.payoutFen)}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(breakdown && breakdown.perHouseholdYearCapFen !== null
      ? [
          { key: "cap", label: t("steps.yearCap"), children: formatYuan(breakdown.perHouseholdYearCapFen) },
          { key: "before", label: t("claim.yearPaidBefore"), children: formatYuan(breakdown.householdYearPaidFen) },
          {
            key: "this",
            label: paidNow ? t("claim.thisPayout") : t("claim.thisPayoutIfApproved"),
            children: formatYuan(breakdown.payoutFen),
          },
          {
            key: "after",
            label: t("claim.yearRemainingAfter"),
            children: (
              <Typography.Text strong data-testid="year-remaining">
                {formatYuan((breakdown.householdYearRemainingFen ?? 0) - breakdown.payoutFen)}
              </Typography.Text>
            ),
          },
        ]
      : breakdown
        ? [{ key: "cap", label: t("steps.yearCap"), children: t("steps.noCap") }]
        : []),
    ...(scheme
      ? [
          {
            key: "pool",
            label: t("claim.poolNow"),
            children: (
              <Typography.Text strong data-testid="pool-balance">
                {formatYuan(scheme.poolBalanceFen)}
              </Typography.Text>
            ),
          },
          { key: "paid", label: t("claim.schemePaid"), children: formatYuan(scheme.paidFen) },
        ]
      : []),
  ];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.limits")}</h2>} data-testid="claim-limits">
      {items.length ? <Descriptions size="small" column={1} items={items} /> : <Skeleton active paragraph={{ rows: 2 }} />}
    </Card>
  );
}

function History({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation("claims");
  const events = c.history ?? [];
  if (!events.length) return <Empty description={t("claim.noHistory")} />;
  // The approval's and payment's notes are the platform's own records; the claim holds their figures.
  const noteOf = (e: ClaimEvent) =>
    e.action === "approve" && c.approvedPayoutFen !== null
      ? t("claim.approveNote", { amount: formatYuan(c.approvedPayoutFen), version: c.schemeVersion })
      : e.action === "pay" && c.payment
        ? c.payment.bankReference
          ? t("claim.payNoteWithReference", { batch: shortId(c.payment.batchId), reference: c.payment.bankReference })
          : t("claim.payNote", { batch: shortId(c.payment.batchId) })
        : e.note;
  return (
    <Timeline
      data-testid="claim-history"
      items={events.map((e, i) => ({
        key: i,
        ...(e.document ? { color: "gray" } : {}),
        content: (
          <div>
            <Typography.Text strong>{t(`action.${e.action}`, { defaultValue: e.action })}</Typography.Text>{" "}
            {e.document ? (
              // A document confirmed or viewed changes no status: which document it was instead.
              <Typography.Text type="secondary" style={{ overflowWrap: "anywhere" }} data-testid="history-document">
                {t(`documentKind.${e.document.kind}`, { defaultValue: e.document.kindLabel })} {e.document.fileName}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">
                {e.from ? `${t(`statusShort.${e.from}`)} → ` : ""}
                {t(`statusShort.${e.to}`)}
              </Typography.Text>
            )}
            <div>
              <Typography.Text type="secondary">
                {/* An objection from the public board has no staff member behind it. */}
                {t("claim.by", { actor: e.actor === "public" ? t("claim.publicActor") : e.actor, at: formatChinaDateTime(e.time) })}
              </Typography.Text>
            </div>
            {noteOf(e) && <div style={{ overflowWrap: "anywhere" }}>{noteOf(e)}</div>}
          </div>
        ),
      }))}
    />
  );
}

/** The steps this person may take on the claim now, by role and state; the platform still decides (separation of duties, pool, caps). */
function Actions({ claim: c, previewFen }: { claim: Claim; previewFen: number | undefined }) {
  const { t, i18n } = useTranslation("claims");
  const session = useSession();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reviewForm] = Form.useForm<{ note: string; overrideReason?: string }>();
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const path = { params: { path: { claimId: c.claimId } } };

  const act = useMutation({
    mutationFn: async ({ step, text, override }: { step: Step; text?: string; override?: string }) => {
      switch (step) {
        case "review_pass":
        case "review_reject":
          return call(
            client.POST("/claims/{claimId}/review", {
              ...path,
              body: {
                decision: step === "review_pass" ? "pass" : "reject",
                note: text!,
                ...(step === "review_pass" && override ? { duplicateOverride: { reason: override } } : {}),
              },
            }),
          );
        case "approve":
          return call(client.POST("/claims/{claimId}/approve", path));
        case "reject":
          return call(client.POST("/claims/{claimId}/reject", { ...path, body: { reason: text! } }));
      }
    },
    onSuccess: (updated, { step }) => {
      setRefusal(null);
      queryClient.setQueryData(["claim", c.claimId], updated);
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      void queryClient.invalidateQueries({ queryKey: ["scheme"] });
      void queryClient.invalidateQueries({ queryKey: ["schemes"] });
      reviewForm.resetFields();
      rejectForm.resetFields();
      void message.success(t(`claim.done.${step}`));
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  const run = (step: Step, text?: string, override?: string) => act.mutateAsync({ step, text, override }).catch(() => undefined);
  // A claim filed as a possible duplicate passes review only with the reviewer's reason (the platform answers 409 without).
  const needsOverride = !!c.possibleDuplicate && !c.possibleDuplicate.override;

  const me = session?.sub;
  const isClerk = hasAnyRole(session, ["clerk"]);
  const isApprover = hasAnyRole(session, ["approver"]);
  const pending = c.status === "submitted" || c.status === "reviewed";
  // Separation of duties: no one takes two steps on a claim, from filing to payment (the platform refuses a second).
  const tookStep = !!me && (me === c.submittedBy || c.actors.includes(me));
  const mayAct = isClerk || isApprover;
  // The township reviews at its stage, or once the claim's notice has ended (earlier steps have their own forms above).
  const atReview = c.stage === "township_review" || (c.stage === "public_notice" && !!c.notice && c.notice.endsOn < chinaToday());
  const reviews = c.status === "submitted" && atReview && isClerk && !tookStep;
  const submitterClerk = c.status === "submitted" && isClerk && me === c.submittedBy;
  const separated = pending && mayAct && tookStep && !submitterClerk;
  const approves = c.status === "reviewed" && isApprover && !tookStep;
  const rejects = pending && (isClerk || isApprover) && !reviews && !tookStep;
  // Approved, the claim waits for finance's payment batch: nothing to do on this page.
  const awaitsBatch = c.status === "approved";
  const none = !reviews && !approves && !rejects && !awaitsBatch;

  const confirm = (title: string, content: string, ok: string, onOk: () => Promise<unknown>, danger = false): void => {
    modal.confirm({ title, content, okText: ok, cancelText: t("claim.keep"), okButtonProps: { danger }, onOk });
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.actions")}</h2>} data-testid="claim-actions">
      {refusal && (
        <Alert
          type="error"
          showIcon
          message={t("claim.refused")}
          description={refusal}
          style={{ marginBottom: 16 }}
          data-testid="action-refusal"
        />
      )}
      {none && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: submitterClerk || separated ? 12 : 0 }}>
          {pending ? t("claim.noActions") : t("claim.closed")}
        </Typography.Paragraph>
      )}
      {submitterClerk && <Alert type="info" showIcon message={t("claim.submitterCannotReview")} style={{ marginBottom: 16 }} />}
      {separated && <Alert type="info" showIcon message={t("claim.tookStep")} style={{ marginBottom: 16 }} data-testid="took-step" />}
      {reviews && (
        <Form form={reviewForm} layout="vertical" id="review-form">
          <Form.Item name="note" label={t("claim.reviewNote")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t("claim.reviewNotePlaceholder")} />
          </Form.Item>
          {needsOverride && (
            <Form.Item
              name="overrideReason"
              label={t("claim.overrideReason")}
              extra={t("claim.overrideReasonHelp")}
              rules={[{ required: true, whitespace: true, message: t("claim.overrideRequired") }]}
            >
              <Input.TextArea rows={2} maxLength={500} placeholder={t("claim.overrideReasonPlaceholder")} />
            </Form.Item>
          )}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              loading={act.isPending && act.variables?.step === "review_pass"}
              onClick={() =>
                void reviewForm
                  .validateFields()
                  .then((v) => run("review_pass", v.note.trim(), needsOverride ? v.overrideReason?.trim() : undefined))
                  // The form shows what is missing; the rejected promise needs no more.
                  .catch(() => undefined)
              }
            >
              {t("claim.reviewPass")}
            </Button>
            <Button
              danger
              loading={act.isPending && act.variables?.step === "review_reject"}
              onClick={() =>
                void reviewForm
                  .validateFields(["note"])
                  .then((v) =>
                    confirm(
                      t("claim.reviewRejectTitle"),
                      t("claim.reviewRejectBody"),
                      t("claim.reviewReject"),
                      () => run("review_reject", v.note.trim()),
                      true,
                    ),
                  )
                  .catch(() => undefined)
              }
            >
              {t("claim.reviewReject")}
            </Button>
          </Flex>
        </Form>
      )}
      {approves && (
        <Flex vertical gap={8} style={{ marginBottom: rejects ? 16 : 0 }}>
          <Typography.Text>
            {previewFen === undefined ? t("claim.approveHintNoPreview") : t("claim.approveHint", { amount: formatYuan(previewFen) })}
          </Typography.Text>
          <Button
            type="primary"
            loading={act.isPending && act.variables?.step === "approve"}
            onClick={() =>
              confirm(
                t("claim.approveTitle"),
                previewFen === undefined ? t("claim.approveBodyNoPreview") : t("claim.approveBody", { amount: formatYuan(previewFen) }),
                t("claim.approve"),
                () => run("approve"),
              )
            }
          >
            {t("claim.approve")}
          </Button>
        </Flex>
      )}
      {rejects && (
        <Form form={rejectForm} layout="vertical" id="reject-form" style={{ marginTop: reviews ? 16 : 0 }}>
          <Form.Item
            name="reason"
            label={t("claim.rejectReason")}
            rules={[{ required: true, whitespace: true, message: t("form.required") }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button
            danger
            loading={act.isPending && act.variables?.step === "reject"}
            onClick={() =>
              void rejectForm
                .validateFields()
                .then((v) =>
                  confirm(t("claim.rejectTitle"), t("claim.rejectBody"), t("claim.reject"), () => run("reject", v.reason.trim()), true),
                )
                .catch(() => undefined)
            }
          >
            {t("claim.reject")}
          </Button>
        </Form>
      )}
      {awaitsBatch && <AwaitsBatch claim={c} />}
    </Card>
  );
}

/** An approved claim waits for finance: a payment batch, and the bank's confirmation of its line (payments/). */
function AwaitsBatch({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation("claims");
  const session = useSession();
  const last = c.paymentReturns?.at(-1);
  // The batches page is for the roles that pay or oversee payment; a clerk only learns where the claim stands.
  const seesBatches = hasAnyRole(session, ["finance", "approver", "admin"]);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="awaits-batch"
      message={t("claim.awaitsBatch", { amount: formatYuan(c.approvedPayoutFen ?? 0) })}
      description={
        <Flex vertical gap={4}>
          <span>{t("claim.awaitsBatchDetail")}</span>
          {last && (
            <span style={{ overflowWrap: "anywhere" }}>{t("claim.lastReturn", { batch: shortId(last.batchId), reason: last.reason })}</span>
          )}
          {seesBatches && <Link to={`/payment-batches?schemeId=${encodeURIComponent(c.schemeId)}`}>{t("claim.batchesLink")}</Link>}
        </Flex>
      }
    />
  );
}

/** Which payment batch paid the claim (a link for those who see batches), when, and the bank's reference. */
function PaymentRecord({ payment }: { payment: NonNullable<Claim["payment"]> }) {
  const { t } = useTranslation("claims");
  const session = useSession();
  const batch = shortId(payment.batchId);
  return (
    <span data-testid="claim-payment" style={{ overflowWrap: "anywhere" }}>
      {hasAnyRole(session, ["finance", "approver", "admin"]) ? (
        <Link to={`/payment-batches/${encodeURIComponent(payment.batchId)}`}>
          {t("claim.paymentValue", { batch, at: formatChinaDateTime(payment.at) })}
        </Link>
      ) : (
        t("claim.paymentValue", { batch, at: formatChinaDateTime(payment.at) })
      )}
      {payment.bankReference && (
        <>
          <br />
          {t("claim.paymentReference", { reference: payment.bankReference })}
        </>
      )}
    </span>
  );
}

/** The invoices the claim rests on, each on a line of its own (a phone's width), with their total. */
function Invoices({ claim: c }: { claim: Claim }) {
  const { t, i18n } = useTranslation("claims");
  if (!c.invoices.length) return <Typography.Paragraph type="secondary">{t("claim.noInvoices")}</Typography.Paragraph>;
  const total = c.invoices.reduce((sum, inv) => sum + inv.amountFen, 0);
  return (
    <List
      size="small"
      data-testid="claim-invoices"
      dataSource={c.invoices}
      footer={
        <Flex justify="space-between">
          <Typography.Text strong>{t("claim.invoicesTotal")}</Typography.Text>
          <Typography.Text strong>{formatYuan(total)}</Typography.Text>
        </Flex>
      }
      renderItem={(inv) => (
        <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 8 }}>
          <span style={{ flex: "1 1 220px", minWidth: 0, overflowWrap: "anywhere" }}>
            <Typography.Text>{inv.number}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {inv.issuer} · {formatCalendar(inv.date, i18n.language)}
            </Typography.Text>
          </span>
          <Typography.Text>{formatYuan(inv.amountFen)}</Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** A claim filed although it may repeat others: the matches, the submitter's explanation and the reviewer's decision. */
function DuplicateFlag({ flag }: { flag: NonNullable<Claim["possibleDuplicate"]> }) {
  const { t } = useTranslation("claims");
  return (
    <Alert
      type={flag.override ? "info" : "warning"}
      showIcon
      data-testid="duplicate-flag"
      message={<h2 style={{ fontSize: 16, margin: 0 }}>{t("claim.duplicateTitle")}</h2>}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{t("claim.duplicateBody")}</Typography.Paragraph>
          <DuplicateMatches matches={flag.matches} testId="duplicate-matches" />
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              {
                key: "explanation",
                label: t("claim.duplicateExplanation"),
                children: (
                  <span data-testid="duplicate-explanation" style={{ overflowWrap: "anywhere" }}>
                    {flag.explanation}
                    <br />
                    <Typography.Text type="secondary">
                      {t("claim.duplicateBy", { actor: flag.by, at: formatChinaDateTime(flag.at) })}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                key: "override",
                label: t("claim.duplicateOverride"),
                children: flag.override ? (
                  <span data-testid="duplicate-override" style={{ overflowWrap: "anywhere" }}>
                    {flag.override.reason}
                    <br />
                    <Typography.Text type="secondary">
                      {t("claim.duplicateBy", { actor: flag.override.by, at: formatChinaDateTime(flag.override.at) })}
                    </Typography.Text>
                  </span>
                ) : (
                  <Typography.Text data-testid="duplicate-override">{t("claim.duplicatePending")}</Typography.Text>
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}
