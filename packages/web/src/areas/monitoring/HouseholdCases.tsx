import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Form, Input, List, Select, Skeleton, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { chinaToday, formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { useFormError } from "../claims/form-errors";
import { AssessmentStatusTag, CardTitle } from "./labels";
import { DueTag, LeadStatusTag, useLeadFacts } from "./leads";
import { type CreateLead, type Household, LEAD_SOURCES, type LeadSource } from "./types";

/**
 * The household's risk leads and its identifications and risk removals, newest first, with the
 * two ways in: a cadre records a lead (the household's report, a visit), and a monitored
 * household's risk removal is started here.
 */
export function HouseholdCases({ household: h, mayAct }: { household: Household; mayAct: boolean }) {
  const { t, i18n } = useTranslation("monitoring");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const facts = useLeadFacts();
  const [adding, setAdding] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const leads = useQuery({
    queryKey: ["risk-leads", "household", h.householdId],
    queryFn: () => call(client.GET("/risk-leads", { params: { query: { householdId: h.householdId, limit: 50 } } })),
  });
  const assessments = useQuery({
    queryKey: ["assessments", "household", h.householdId],
    queryFn: () => call(client.GET("/assessments", { params: { query: { householdId: h.householdId, limit: 50 } } })),
  });
  const removal = useMutation({
    mutationFn: () => call(client.POST("/assessments", { body: { kind: "removal", householdId: h.householdId } })),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: ["household", h.householdId] });
      navigate(`/monitoring/assessments/${a.assessmentId}`);
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  const open = (assessments.data?.items ?? []).some((a) => !["confirmed", "rejected", "withdrawn"].includes(a.status));

  return (
    <Card title={<CardTitle>{t("cases.title")}</CardTitle>} data-testid="household-cases">
      {mayAct && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          {!adding && <Button onClick={() => setAdding(true)}>{t("cases.addLead")}</Button>}
          {h.status === "monitored" && !open && (
            <Button onClick={() => removal.mutate()} loading={removal.isPending}>
              {t("cases.startRemoval")}
            </Button>
          )}
        </Flex>
      )}
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
      {adding && <NewLead household={h} onDone={() => setAdding(false)} />}
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t("cases.assessments")}
      </Typography.Title>
      {assessments.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : !assessments.data?.items.length ? (
        <Typography.Paragraph type="secondary">{t("cases.noAssessments")}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={assessments.data.items}
          data-testid="household-assessments"
          renderItem={(a) => (
            <List.Item style={{ paddingInline: 0, flexWrap: "wrap", gap: 4 }}>
              <span>
                <Link to={`/monitoring/assessments/${a.assessmentId}`}>{t(`assessmentKind.${a.kind}`)}</Link>{" "}
                <Typography.Text type="secondary">{formatChinaDateTime(a.openedAt)}</Typography.Text>
              </span>
              <AssessmentStatusTag status={a.status} />
            </List.Item>
          )}
        />
      )}
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t("cases.leads")}
      </Typography.Title>
      {leads.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : !leads.data?.items.length ? (
        <Typography.Paragraph type="secondary">{t("cases.noLeads")}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={leads.data.items}
          data-testid="household-leads"
          renderItem={(lead) => (
            <List.Item style={{ paddingInline: 0, display: "block" }} data-lead-id={lead.leadId}>
              <Flex gap={6} wrap align="center" justify="space-between">
                <Typography.Text strong>{t(`source.${lead.source}`)}</Typography.Text>
                <Flex gap={6} wrap>
                  <DueTag lead={lead} />
                  <LeadStatusTag status={lead.status} />
                </Flex>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t("leads.reportedOn", { date: formatCalendar(lead.reportedOn, i18n.language) })}
                {facts(lead) ? ` · ${facts(lead)}` : ""}
              </Typography.Text>
              <div style={{ overflowWrap: "anywhere" }}>{lead.description}</div>
              {lead.resolution && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t(`leadOutcome.${lead.resolution.outcome}`)}：{lead.resolution.note}
                </Typography.Text>
              )}
            </List.Item>
          )}
        />
      )}
      {leads.error || assessments.error ? (
        <Alert type="error" showIcon message={errorMessage(leads.error ?? assessments.error, t as T, i18n.language)} />
      ) : null}
      {!leads.isPending && !assessments.isPending && !leads.data?.items.length && !assessments.data?.items.length && !adding && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cases.none")} />
      )}
    </Card>
  );
}

interface LeadValues {
  source: LeadSource;
  description: string;
  reportedOn: Dayjs;
}

function NewLead({ household: h, onDone }: { household: Household; onDone: () => void }) {
  const { t } = useTranslation("monitoring");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LeadValues>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: CreateLead) => call(client.POST("/risk-leads", { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["risk-leads"] });
      void message.success(t("cases.leadAdded"));
      onDone();
    },
    onError: (e) => setRefusal(formError(e, form)),
  });
  return (
    <Form<LeadValues>
      form={form}
      layout="vertical"
      name="lead"
      initialValues={{ source: "cadre_visit", reportedOn: dayjs(chinaToday()) }}
      onValuesChange={() => setRefusal(null)}
      onFinish={(v) =>
        save.mutate({
          householdId: h.householdId,
          source: v.source,
          description: v.description.trim(),
          reportedOn: v.reportedOn.format("YYYY-MM-DD"),
        })
      }
      style={{ marginBottom: 16, padding: 12, background: "#fafafa", borderRadius: 6 }}
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="source"
          label={t("cases.source")}
          rules={[{ required: true, message: t("form.required") }]}
          style={{ flex: "1 1 200px" }}
        >
          <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="reportedOn"
          label={t("cases.reportedOn")}
          rules={[{ required: true, message: t("form.required") }]}
          style={{ flex: "1 1 160px" }}
        >
          <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.format("YYYY-MM-DD") > chinaToday()} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="description"
        label={t("cases.description")}
        rules={[{ required: true, whitespace: true, message: t("form.required") }]}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={t("cases.descriptionPlaceholder")} />
      </Form.Item>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("cases.saveLead")}
        </Button>
        <Button onClick={onDone}>{t("edit.cancel")}</Button>
      </Flex>
    </Form>
  );
}
