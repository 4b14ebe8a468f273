import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, List, Radio, Row, Select, Skeleton, Switch, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { formatCalendar } from "../../lib/dates";
import { useMayAct } from "./hooks";
import { DueTag, LeadStatusTag, useLeadFacts } from "./leads";
import { CountyChooser, townshipsOf, useCountyVillages, useWorkCounty } from "./place";
import { LEAD_SOURCES, LEAD_STATUSES, type Lead, type LeadSource, type LeadStatus } from "./types";

const oneOf = <V extends string>(values: readonly V[], v: string | null): V | undefined =>
  (values as readonly string[]).includes(v ?? "") ? (v as V) : undefined;

/**
 * The township's inbox of risk leads (GET /risk-leads): the unresolved ones, soonest due first,
 * the overdue in red; each shows where it came from and what it said, and the clerk starts the
 * identification or dismisses it with the reason.
 */
export default function InboxPage() {
  const { t, i18n } = useTranslation("monitoring");
  const [params, setParams] = useSearchParams();
  const work = useWorkCounty();
  const villages = useCountyVillages(work.county);
  const township = work.township ?? (params.get("township") || undefined);
  const status = oneOf(LEAD_STATUSES, params.get("status"));
  const source = oneOf(LEAD_SOURCES, params.get("source"));
  const overdue = params.get("overdue") === "true";
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
    ...(status ? { status } : {}),
    ...(source ? { source } : {}),
    ...(overdue ? { overdue: "true" as const } : {}),
  };
  const leads = useInfiniteQuery({
    queryKey: ["risk-leads", work.county, query],
    enabled: !!work.county,
    queryFn: ({ pageParam }) =>
      call(client.GET("/risk-leads", { params: { query: { ...query, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = leads.data?.pages.flatMap((p) => p.items) ?? [];
  const unresolved = !status || status === "open" || status === "assessing";

  return (
    <>
      <PageTitle>{work.township ? t("inbox.titleOf", { township: work.township }) : t("inbox.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("inbox.intro")}</Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      {work.county && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Radio.Group
            aria-label={t("inbox.statusFilter")}
            optionType="button"
            buttonStyle="solid"
            value={status ?? "unresolved"}
            onChange={(e) => {
              const v = e.target.value as LeadStatus | "unresolved";
              const resolved = v === "closed" || v === "dismissed";
              set({ status: v === "unresolved" ? undefined : v, ...(resolved ? { overdue: undefined } : {}) });
            }}
            options={[
              { value: "unresolved", label: t("inbox.unresolved") },
              ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leadStatus.${s}`) })),
            ]}
            style={{ display: "flex", flexWrap: "wrap", rowGap: 8, marginBottom: 12 }}
          />
          <Form layout="vertical" component="div">
            <Row gutter={12} align="bottom">
              {!work.township && (
                <Col xs={12} md={6}>
                  <Form.Item label={t("households.township")} htmlFor="inbox-township" style={{ marginBottom: 8 }}>
                    <Select
                      id="inbox-township"
                      allowClear
                      placeholder={t("households.allTownships")}
                      value={township}
                      onChange={(v: string | undefined) => set({ township: v })}
                      options={townshipsOf(villages.data ?? []).map((name) => ({ value: name, label: name }))}
                    />
                  </Form.Item>
                </Col>
              )}
              <Col xs={12} md={6}>
                <Form.Item label={t("inbox.source")} htmlFor="inbox-source" style={{ marginBottom: 8 }}>
                  <Select<LeadSource>
                    id="inbox-source"
                    allowClear
                    placeholder={t("inbox.allSources")}
                    value={source}
                    onChange={(v) => set({ source: v })}
                    options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
                  />
                </Form.Item>
              </Col>
              {unresolved && (
                <Col xs={24} md={6}>
                  <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
                    <Switch id="inbox-overdue" checked={overdue} onChange={(v) => set({ overdue: v ? "true" : undefined })} />
                    <label htmlFor="inbox-overdue">{t("inbox.overdueOnly")}</label>
                  </Flex>
                </Col>
              )}
            </Row>
          </Form>
        </Card>
      )}
      {leads.error && <Alert type="error" showIcon message={errorMessage(leads.error, t as T, i18n.language)} />}
      {!work.county ? (
        <Empty description={t("place.chooseCounty")} />
      ) : leads.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("inbox.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <List<Lead> dataSource={items} data-testid="lead-list" renderItem={(lead) => <LeadRow key={lead.leadId} lead={lead} />} />
        </Card>
      )}
      {leads.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void leads.fetchNextPage()} loading={leads.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}

function LeadRow({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation("monitoring");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mayAct = useMayAct();
  // A batch's lead says its figures in its description already.
  const leadFacts = useLeadFacts();
  const facts = lead.batchId ? null : leadFacts(lead);
  const [dismissing, setDismissing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["risk-leads"] });
    void queryClient.invalidateQueries({ queryKey: ["household", lead.householdId] });
  };
  const start = useMutation({
    mutationFn: () => call(client.POST("/assessments", { body: { kind: "identification", leadId: lead.leadId } })),
    onSuccess: (a) => {
      refresh();
      navigate(`/monitoring/assessments/${a.assessmentId}`);
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  const dismiss = useMutation({
    mutationFn: (reason: string) =>
      call(client.POST("/risk-leads/{leadId}/dismiss", { params: { path: { leadId: lead.leadId } }, body: { reason } })),
    onSuccess: () => {
      refresh();
      void message.success(t("inbox.dismissed", { name: lead.headName }));
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  return (
    <List.Item
      data-lead-id={lead.leadId}
      data-overdue={lead.overdue}
      style={{
        paddingInline: 16,
        display: "block",
        ...(lead.overdue ? { background: "#fff1f0", boxShadow: "inset 4px 0 0 #cf1322" } : {}),
      }}
    >
      <Flex gap={8} wrap justify="space-between" align="start">
        <div style={{ flex: "1 1 260px", minWidth: 0 }}>
          <Link to={`/monitoring/households/${lead.householdId}`}>
            <Typography.Text strong>{lead.headName}</Typography.Text>
          </Link>{" "}
          <Typography.Text type="secondary">
            {lead.township}
            {lead.villageName}
          </Typography.Text>
          <div>
            <Typography.Text data-testid="lead-source">{t(`source.${lead.source}`)}</Typography.Text>
            <Typography.Text type="secondary">
              {" "}
              · {t("leads.reportedOn", { date: formatCalendar(lead.reportedOn, i18n.language) })}
            </Typography.Text>
          </div>
          {facts && (
            <div>
              <Typography.Text data-testid="lead-facts">{facts}</Typography.Text>
            </div>
          )}
          <Typography.Paragraph
            type="secondary"
            style={{ marginBottom: 0, overflowWrap: "anywhere" }}
            ellipsis={{ rows: 2, expandable: true, symbol: t("leads.more") }}
          >
            {lead.description}
          </Typography.Paragraph>
        </div>
        <Flex gap={6} wrap align="center">
          <DueTag lead={lead} />
          <LeadStatusTag status={lead.status} />
        </Flex>
      </Flex>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginTop: 8 }} data-testid="lead-refusal" />}
      {lead.status === "assessing" && lead.assessmentId && (
        <div style={{ marginTop: 8 }}>
          <Link to={`/monitoring/assessments/${lead.assessmentId}`}>{t("inbox.viewAssessment")}</Link>
        </div>
      )}
      {mayAct && lead.status === "open" && !dismissing && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button
            type="primary"
            size="small"
            loading={start.isPending}
            onClick={() => start.mutate()}
            aria-label={t("inbox.startFor", { name: lead.headName })}
          >
            {t("inbox.start")}
          </Button>
          <Button size="small" onClick={() => setDismissing(true)} aria-label={t("inbox.dismissFor", { name: lead.headName })}>
            {t("inbox.dismiss")}
          </Button>
        </Flex>
      )}
      {dismissing && (
        <Form
          name={`dismiss-${lead.leadId}`}
          layout="vertical"
          onFinish={(v: { reason: string }) => dismiss.mutate(v.reason.trim())}
          style={{ marginTop: 8, padding: 12, background: "#fafafa", borderRadius: 6 }}
        >
          <Form.Item
            name="reason"
            label={t("inbox.dismissReasonFor", { name: lead.headName })}
            rules={[{ required: true, whitespace: true, message: t("inbox.dismissReasonRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={1000} placeholder={t("inbox.dismissReasonPlaceholder")} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button danger htmlType="submit" loading={dismiss.isPending}>
              {t("inbox.confirmDismiss")}
            </Button>
            <Button onClick={() => setDismissing(false)}>{t("edit.cancel")}</Button>
          </Flex>
        </Form>
      )}
    </List.Item>
  );
}
