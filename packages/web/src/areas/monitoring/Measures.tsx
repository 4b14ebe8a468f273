import { PlusOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Flex, Form, Input, List, Row, Select, Skeleton, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { ColoredTag, TAG_COLORS } from "../../components/ColoredTag";
import { chinaToday, formatCalendar, formatChinaDateTime } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { useFormError } from "../claims/form-errors";
import { yuanRules } from "../claims/labels";
import { CardTitle } from "./labels";
import {
  type CreateMeasure,
  type Household,
  MEASURABLE,
  MEASURE_PERIODS,
  MEASURE_KINDS,
  type Measure,
  type MeasurePeriod,
  type MeasureKind,
} from "./types";

interface AddValues {
  kind?: MeasureKind;
  content?: string;
  amount?: string;
  period?: MeasurePeriod;
  startOn?: Dayjs;
  endOn?: Dayjs | null;
  responsibleCadre?: string;
  memberId?: string;
  claimId?: string;
  note?: string;
}

const date = (d: Dayjs) => d.format("YYYY-MM-DD");

function measureOf(v: AddValues): CreateMeasure {
  const claim = v.kind === "prevention_claim";
  return {
    kind: v.kind!,
    ...(v.content?.trim() ? { content: v.content.trim() } : {}),
    ...(claim ? { claimId: v.claimId!.trim() } : { amountFen: parseYuan(v.amount?.trim() ? v.amount : "0")!, period: v.period ?? "once" }),
    startOn: date(v.startOn!),
    ...(v.endOn ? { endOn: date(v.endOn) } : {}),
    responsibleCadre: v.responsibleCadre!.trim(),
    ...(v.memberId ? { memberId: v.memberId } : {}),
    ...(v.note?.trim() ? { note: v.note.trim() } : {}),
  };
}

/** The money of a measure as people say it: "¥500.00 / 月", "¥3,000.00（一次性）", "无资金". */
export function useAmountText() {
  const { t } = useTranslation("monitoring");
  return (m: Pick<Measure, "amountFen" | "period">) =>
    m.amountFen === 0 ? t("measures.noMoney") : t(`measures.amountPer.${m.period}`, { amount: formatYuan(m.amountFen) });
}

/**
 * The household's support measures (帮扶措施, "缺什么补什么"): each with its type, money, dates and
 * responsible cadre; a cadre adds one while the household is being identified or monitored, and
 * ends one with its last day and the reason.
 */
export function Measures({ household: h, mayAct }: { household: Household; mayAct: boolean }) {
  const { t, i18n } = useTranslation("monitoring");
  const [adding, setAdding] = useState(false);
  const measures = useInfiniteQuery({
    queryKey: ["household", h.householdId, "measures"],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/households/{householdId}/measures", {
          params: { path: { householdId: h.householdId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = measures.data?.pages.flatMap((p) => p.items) ?? [];
  const measurable = MEASURABLE.includes(h.status);
  return (
    <Card
      title={<CardTitle>{t("measures.title")}</CardTitle>}
      data-testid="household-measures"
      extra={
        mayAct &&
        measurable &&
        !adding && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t("measures.add")}
          </Button>
        )
      }
    >
      {adding && <AddMeasure household={h} onDone={() => setAdding(false)} />}
      {measures.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : measures.error ? (
        <Alert type="error" showIcon message={errorMessage(measures.error, t as T, i18n.language)} />
      ) : items.length === 0 ? (
        <Empty description={measurable ? t("measures.none") : t("measures.notMeasurable")} />
      ) : (
        <List<Measure>
          dataSource={items}
          renderItem={(m) => <MeasureItem key={m.measureId} measure={m} householdId={h.householdId} mayAct={mayAct} />}
        />
      )}
      {measures.hasNextPage && (
        <Button onClick={() => void measures.fetchNextPage()} loading={measures.isFetchingNextPage}>
          {t("common.more")}
        </Button>
      )}
    </Card>
  );
}

function MeasureItem({ measure: m, householdId, mayAct }: { measure: Measure; householdId: string; mayAct: boolean }) {
  const { t, i18n } = useTranslation("monitoring");
  const amount = useAmountText();
  const [ending, setEnding] = useState(false);
  const when = m.endOn
    ? t("measures.fromTo", { from: formatCalendar(m.startOn, i18n.language), to: formatCalendar(m.endOn, i18n.language) })
    : t("measures.from", { from: formatCalendar(m.startOn, i18n.language) });
  return (
    <List.Item style={{ paddingInline: 0, display: "block" }} data-measure-id={m.measureId} data-measure-kind={m.kind}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{t(`measureKind.${m.kind}`)}</Typography.Text>
          {m.content && <Typography.Text>{m.content}</Typography.Text>}
          <ColoredTag colors={m.status === "active" ? TAG_COLORS.good : TAG_COLORS.closed} testId="measure-status">
            {t(`measureStatus.${m.status}`)}
          </ColoredTag>
        </Flex>
        {mayAct && m.status === "active" && !ending && (
          <Button size="small" onClick={() => setEnding(true)} aria-label={t("measures.endOf", { kind: t(`measureKind.${m.kind}`) })}>
            {t("measures.end")}
          </Button>
        )}
      </Flex>
      <div>
        <Typography.Text>{amount(m)}</Typography.Text>
        <Typography.Text type="secondary"> · {when}</Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t("measures.cadre", { cadre: m.responsibleCadre })}
        {m.memberName ? ` · ${t("measures.forMember", { name: m.memberName })}` : ""}
        {m.claimId ? ` · ${t("measures.claim", { id: m.claimId })}` : ""}
      </Typography.Text>
      {m.note && <div style={{ overflowWrap: "anywhere" }}>{m.note}</div>}
      {m.ended && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t("measures.endedBy", { reason: m.ended.reason, by: m.ended.by, at: formatChinaDateTime(m.ended.at) })}
          </Typography.Text>
        </div>
      )}
      {ending && <EndMeasure measure={m} householdId={householdId} onDone={() => setEnding(false)} />}
    </List.Item>
  );
}

function AddMeasure({ household: h, onDone }: { household: Household; onDone: () => void }) {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AddValues>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const kind = Form.useWatch("kind", form);
  const add = useMutation({
    mutationFn: (body: CreateMeasure) =>
      call(client.POST("/households/{householdId}/measures", { params: { path: { householdId: h.householdId } }, body })),
    onSuccess: () => {
      // The household's record counts its measures: it, its history and its measures change.
      void queryClient.invalidateQueries({ queryKey: ["household", h.householdId] });
      void queryClient.invalidateQueries({ queryKey: ["monitoring-flags"] });
      void message.success(t("measures.added"));
      onDone();
    },
    onError: (e) => setRefusal(formError(e, form)),
  });
  const required = { required: true, message: t("form.required") };
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h3 style={{ fontSize: 15, margin: 0 }}>{t("measures.add")}</h3>}>
      <Form<AddValues>
        form={form}
        name="measure"
        layout="vertical"
        initialValues={{ period: "once", startOn: dayjs(chinaToday()) }}
        onValuesChange={() => setRefusal(null)}
        onFinish={(v) => add.mutate(measureOf(v))}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t("measures.kind")} rules={[required]}>
              <Select options={MEASURE_KINDS.map((v) => ({ value: v, label: t(`measureKind.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="content"
              label={t("measures.content")}
              rules={kind === "other" ? [{ required: true, whitespace: true, message: t("form.required") }] : []}
            >
              <Input maxLength={200} placeholder={t("measures.contentPlaceholder")} />
            </Form.Item>
          </Col>
          {kind === "prevention_claim" ? (
            <Col xs={24} sm={12}>
              <Form.Item
                name="claimId"
                label={t("measures.claimId")}
                extra={t("measures.claimIdHelp")}
                rules={[{ ...required, whitespace: true }]}
              >
                <Input maxLength={64} autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col xs={14} sm={8}>
                <Form.Item name="amount" label={t("measures.amount")} extra={t("measures.amountHelp")} rules={yuanRules(tc)}>
                  <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={10} sm={4}>
                <Form.Item name="period" label={t("measures.period")}>
                  <Select options={MEASURE_PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={12} sm={6}>
            <Form.Item name="startOn" label={t("measures.startOn")} rules={[required]}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="endOn" label={t("measures.endOn")}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="responsibleCadre" label={t("measures.responsibleCadre")} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          {h.people.length > 0 && (
            <Col xs={24} sm={12}>
              <Form.Item name="memberId" label={t("measures.member")}>
                <Select
                  allowClear
                  placeholder={t("measures.wholeHousehold")}
                  options={h.people.map((p) => ({ value: p.memberId, label: `${p.name}（${t(`relation.${p.relation}`)}）` }))}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="note" label={t("measures.note")}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} data-testid="measure-refusal" />}
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t("measures.save")}
          </Button>
          <Button onClick={onDone}>{t("edit.cancel")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

function EndMeasure({ measure: m, householdId, onDone }: { measure: Measure; householdId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation("monitoring");
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ endOn: Dayjs; reason: string }>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: (v: { endOn: Dayjs; reason: string }) =>
      call(
        client.POST("/households/{householdId}/measures/{measureId}/end", {
          params: { path: { householdId, measureId: m.measureId } },
          body: { endOn: date(v.endOn), reason: v.reason.trim() },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["household", householdId] });
      void queryClient.invalidateQueries({ queryKey: ["monitoring-flags"] });
      onDone();
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  const kind = t(`measureKind.${m.kind}`);
  return (
    <Form
      name={`end-${m.measureId}`}
      form={form}
      layout="vertical"
      initialValues={{ endOn: dayjs(chinaToday()) }}
      onFinish={(v) => end.mutate(v)}
      style={{ marginTop: 12, padding: 12, background: "#fafafa", borderRadius: 6 }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="endOn" label={t("measures.endOnOf", { kind })} rules={[{ required: true, message: t("form.required") }]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => date(d) > chinaToday() || date(d) < m.startOn} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="reason"
            label={t("measures.endReasonOf", { kind })}
            rules={[{ required: true, whitespace: true, message: t("measures.endReasonRequired") }]}
          >
            <Input maxLength={500} placeholder={t("measures.endReasonPlaceholder")} />
          </Form.Item>
        </Col>
      </Row>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
      <Flex gap={8} wrap>
        <Button type="primary" danger htmlType="submit" loading={end.isPending}>
          {t("measures.confirmEnd")}
        </Button>
        <Button onClick={onDone}>{t("edit.cancel")}</Button>
      </Flex>
    </Form>
  );
}
