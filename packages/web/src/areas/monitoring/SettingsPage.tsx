import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { areaLevel, hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday, formatChinaDateTime } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { useFormError } from "../claims/form-errors";
import { formatRatio, parsePercent, yuanRules } from "../claims/labels";
import { useCountySettings } from "./hooks";
import { CardTitle } from "./labels";
import { CountyChooser, useWorkCounty } from "./place";
import type { CountySettings, CountySettingsInput, EarlyWarningRule } from "./types";

const DEPARTMENTS = ["civil_affairs", "disabled_persons", "disaster"] as const;
type Department = (typeof DEPARTMENTS)[number];

/** A rule as the form holds it: amounts in 元 and ratios in % as typed. */
interface RuleValues {
  kind: EarlyWarningRule["kind"];
  thresholdType?: "absolute" | "share_of_income";
  lowIncome?: string;
  other?: string;
  referenceIncome?: string;
  lowIncomeShare?: string;
  otherShare?: string;
  sources?: Department[];
}
interface Values {
  incomeLines: { year?: number; line?: string }[];
  earlyWarning: RuleValues[];
  leadDeadlineDays: number;
  noticeMinDays: number;
  measureDeadlineDays: number;
}

const yuanText = (fen: number) => formatYuan(fen).replace("¥", "");

function valuesOf(s: CountySettings): Values {
  return {
    incomeLines: [...s.incomeLines].sort((a, b) => b.year - a.year).map((l) => ({ year: l.year, line: yuanText(l.lineFen) })),
    earlyWarning: s.earlyWarning.map((r): RuleValues => {
      if (r.kind === "medical_cost") {
        return r.threshold.type === "absolute"
          ? {
              kind: r.kind,
              thresholdType: "absolute",
              lowIncome: yuanText(r.threshold.lowIncomeFen),
              other: yuanText(r.threshold.otherFen),
            }
          : {
              kind: r.kind,
              thresholdType: "share_of_income",
              referenceIncome: yuanText(r.threshold.referenceIncomeFen),
              lowIncomeShare: formatRatio(r.threshold.lowIncomeBps).replace("%", ""),
              otherShare: formatRatio(r.threshold.otherBps).replace("%", ""),
            };
      }
      if (r.kind === "department_flag") return { kind: r.kind, sources: r.sources };
      return { kind: r.kind };
    }),
    leadDeadlineDays: s.leadDeadlineDays,
    noticeMinDays: s.noticeMinDays,
    measureDeadlineDays: s.measureDeadlineDays,
  };
}

function inputOf(v: Values): CountySettingsInput {
  return {
    incomeLines: v.incomeLines.map((l) => ({ year: l.year!, lineFen: parseYuan(l.line ?? "")! })),
    earlyWarning: v.earlyWarning.map((r): EarlyWarningRule => {
      if (r.kind === "medical_cost") {
        return r.thresholdType === "share_of_income"
          ? {
              kind: r.kind,
              threshold: {
                type: "share_of_income",
                referenceIncomeFen: parseYuan(r.referenceIncome ?? "")!,
                lowIncomeBps: parsePercent(r.lowIncomeShare ?? "")!,
                otherBps: parsePercent(r.otherShare ?? "")!,
              },
            }
          : {
              kind: r.kind,
              threshold: { type: "absolute", lowIncomeFen: parseYuan(r.lowIncome ?? "")!, otherFen: parseYuan(r.other ?? "")! },
            };
      }
      if (r.kind === "department_flag") return { kind: r.kind, sources: r.sources ?? [] };
      return { kind: "income_below_line" };
    }),
    leadDeadlineDays: v.leadDeadlineDays,
    noticeMinDays: v.noticeMinDays,
    measureDeadlineDays: v.measureDeadlineDays,
  };
}

/** Who may change a county's rules: its own county staff (not a township's), or a national administrator. */
function useMayEdit(county: string | undefined): boolean {
  const session = useSession();
  const level = areaLevel(session);
  if (!hasAnyRole(session, ["clerk", "admin"])) return false;
  if (level === null) return hasAnyRole(session, ["admin"]);
  return level === "county" && session?.county === county;
}

/**
 * A county's monitoring rules as data (GET/PUT /monitoring/settings/{county}): its monitoring line
 * per year, the early-warning thresholds in 元 (or shares of a reference income), and the deadlines
 * of its procedures. County staff change them; township, province and city staff read them.
 */
export default function SettingsPage() {
  const { t, i18n } = useTranslation("monitoring");
  const work = useWorkCounty();
  const settings = useCountySettings(work.county);
  const mayEdit = useMayEdit(work.county);
  return (
    <>
      <PageTitle>{work.county ? t("settings.title", { county: work.county }) : t("settings.titleNoCounty")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("settings.intro")}</Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      {!work.county ? null : settings.isPending ? (
        <Skeleton active />
      ) : settings.error ? (
        <Alert type="error" showIcon message={errorMessage(settings.error, t as T, i18n.language)} />
      ) : (
        <SettingsForm key={`${settings.data.county}:${settings.data.version}`} settings={settings.data} mayEdit={mayEdit} />
      )}
    </>
  );
}

function SettingsForm({ settings, mayEdit }: { settings: CountySettings; mayEdit: boolean }) {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const thisYear = Number(chinaToday().slice(0, 4));
  const save = useMutation({
    mutationFn: (body: CountySettingsInput) =>
      call(client.PUT("/monitoring/settings/{county}", { params: { path: { county: settings.county } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(["monitoring-settings", settings.county], saved);
      void message.success(t("settings.saved", { version: saved.version }));
    },
    onError: (e) => setRefusal(formError(e, form)),
  });
  const percentRule = {
    validator: async (_r: unknown, v: string | undefined) => {
      if (parsePercent(v ?? "") === null) throw new Error(tc("edit.ratioInvalid"));
    },
  };
  const required = { required: true, message: t("form.required") };

  return (
    <Form<Values>
      form={form}
      name="settings"
      layout="vertical"
      disabled={!mayEdit}
      initialValues={valuesOf(settings)}
      onValuesChange={() => setRefusal(null)}
      onFinish={(v) => save.mutate(inputOf(v))}
    >
      <Typography.Paragraph type="secondary" data-testid="settings-version">
        {settings.version === 0
          ? t("settings.defaults")
          : t("settings.version", { version: settings.version, by: settings.updatedBy, at: formatChinaDateTime(settings.updatedAt!) })}
      </Typography.Paragraph>
      {!mayEdit && <Alert type="info" showIcon message={t("settings.readOnly")} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={<CardTitle>{t("settings.lines")}</CardTitle>} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t("settings.linesHelp")}</Typography.Paragraph>
            <Form.List name="incomeLines">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} align="start" wrap={false}>
                      <Form.Item
                        name={[field.name, "year"]}
                        label={t("settings.lineYear", { n: i + 1 })}
                        rules={[required]}
                        style={{ width: 110 }}
                      >
                        <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, "line"]}
                        label={t("settings.lineAmount", { n: i + 1 })}
                        rules={yuanRules(tc)}
                        style={{ flex: 1, minWidth: 0 }}
                      >
                        <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t("settings.removeLine", { n: i + 1 })}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ year: thisYear }, 0)}>
                    {t("settings.addLine")}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
          <Card title={<CardTitle>{t("settings.deadlines")}</CardTitle>}>
            <Form.Item
              name="leadDeadlineDays"
              label={t("settings.leadDeadlineDays")}
              extra={t("settings.leadDeadlineHelp")}
              rules={[required]}
            >
              <InputNumber min={1} max={90} precision={0} suffix={t("settings.days")} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="noticeMinDays" label={t("settings.noticeMinDays")} extra={t("settings.noticeMinHelp")} rules={[required]}>
              <InputNumber min={1} max={30} precision={0} suffix={t("settings.days")} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="measureDeadlineDays"
              label={t("settings.measureDeadlineDays")}
              extra={t("settings.measureDeadlineHelp")}
              rules={[required]}
              style={{ marginBottom: 0 }}
            >
              <InputNumber min={1} max={180} precision={0} suffix={t("settings.days")} style={{ width: 160 }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={<CardTitle>{t("settings.rules")}</CardTitle>}>
            <Typography.Paragraph type="secondary">{t("settings.rulesHelp")}</Typography.Paragraph>
            <Form.List name="earlyWarning">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Card
                      key={field.key}
                      size="small"
                      style={{ marginBottom: 12 }}
                      title={<h3 style={{ fontSize: 15, margin: 0 }}>{t("settings.ruleN", { n: i + 1 })}</h3>}
                      extra={
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t("settings.removeRule", { n: i + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      }
                    >
                      <RuleFields name={field.name} n={i + 1} percentRule={percentRule} />
                    </Card>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ kind: "medical_cost", thresholdType: "absolute" })}>
                    {t("settings.addRule")}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
        </Col>
      </Row>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginTop: 16 }} data-testid="settings-refusal" />}
      {mayEdit && (
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
          {t("settings.save")}
        </Button>
      )}
    </Form>
  );
}

/** One early-warning rule: its kind, then the figures that kind needs. */
function RuleFields({
  name,
  n,
  percentRule,
}: {
  name: number;
  n: number;
  percentRule: { validator: (r: unknown, v: string | undefined) => Promise<void> };
}) {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const kind = Form.useWatch(["earlyWarning", name, "kind"]) as RuleValues["kind"] | undefined;
  const type = Form.useWatch(["earlyWarning", name, "thresholdType"]) as RuleValues["thresholdType"];
  const yuan = (field: string, label: string) => (
    <Col xs={24} sm={12}>
      <Form.Item name={[name, field]} label={label} rules={yuanRules(tc)}>
        <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
      </Form.Item>
    </Col>
  );
  const share = (field: string, label: string) => (
    <Col xs={24} sm={12}>
      <Form.Item name={[name, field]} label={label} rules={[percentRule]}>
        <Input inputMode="decimal" suffix="%" autoComplete="off" />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Form.Item name={[name, "kind"]} label={t("settings.ruleKind", { n })}>
        <Select
          options={(["medical_cost", "income_below_line", "department_flag"] as const).map((k) => ({ value: k, label: t(`rule.${k}`) }))}
        />
      </Form.Item>
      {kind === "medical_cost" && (
        <>
          <Form.Item name={[name, "thresholdType"]} label={t("settings.thresholdType", { n })}>
            <Radio.Group
              aria-label={t("settings.thresholdType", { n })}
              options={[
                { value: "absolute", label: t("settings.absolute") },
                { value: "share_of_income", label: t("settings.share") },
              ]}
            />
          </Form.Item>
          <Row gutter={12}>
            {type === "share_of_income" ? (
              <>
                {yuan("referenceIncome", t("settings.referenceIncome", { n }))}
                {share("lowIncomeShare", t("settings.lowIncomeShare", { n }))}
                {share("otherShare", t("settings.otherShare", { n }))}
              </>
            ) : (
              <>
                {yuan("lowIncome", t("settings.lowIncome", { n }))}
                {yuan("other", t("settings.other", { n }))}
              </>
            )}
          </Row>
          <Typography.Text type="secondary">{t("settings.medicalHelp")}</Typography.Text>
        </>
      )}
      {kind === "income_below_line" && <Typography.Text type="secondary">{t("settings.incomeBelowHelp")}</Typography.Text>}
      {kind === "department_flag" && (
        <Form.Item
          name={[name, "sources"]}
          label={t("settings.sources", { n })}
          rules={[
            { validator: async (_r, v?: string[]) => (v?.length ? undefined : Promise.reject(new Error(t("settings.sourcesRequired")))) },
          ]}
          style={{ marginBottom: 0 }}
        >
          <Checkbox.Group options={DEPARTMENTS.map((d) => ({ value: d, label: t(`source.${d}`) }))} />
        </Form.Item>
      )}
    </>
  );
}
