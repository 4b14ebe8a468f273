import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { parseYuan } from "../../lib/money";
import { useFormError } from "./form-errors";
import { parsePercent, yuanRules } from "./labels";
import { CATEGORIES, CAUSES, type Cause, type PutScheme, type Scheme } from "./types";

/** A rule as the form holds it: amounts in 元 and ratios in % as typed; field names as the API's, so its refusals land on them. */
interface RuleValues {
  enabled: boolean;
  deductibleFen: string;
  perClaimCapFen?: string;
  perHouseholdYearCapFen?: string;
  tiers: { upToFen?: string; ratioBps: string }[];
}
interface Values {
  schemeId?: string;
  kind: PutScheme["kind"];
  name: string;
  county: string;
  year: number;
  incomeLineFen: string;
  eligibleCategories: PutScheme["eligibleCategories"];
  rules: Record<Cause, RuleValues>;
}

const yuanText = (fen: number | null) => (fen === null ? "" : (fen / 100).toFixed(2));
const percentText = (bps: number) => String(bps / 100);
const SCHEME_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function valuesOf(s: Scheme | undefined): Partial<Values> {
  const emptyRule: RuleValues = { enabled: false, deductibleFen: "0", tiers: [{ upToFen: "", ratioBps: "" }] };
  if (!s) {
    return {
      kind: "insurance",
      year: Number(chinaToday().slice(0, 4)),
      eligibleCategories: [...CATEGORIES],
      rules: Object.fromEntries(CAUSES.map((c) => [c, emptyRule])) as Record<Cause, RuleValues>,
    };
  }
  return {
    kind: s.kind,
    name: s.name,
    county: s.county,
    year: s.year,
    incomeLineFen: yuanText(s.incomeLineFen),
    eligibleCategories: s.eligibleCategories,
    rules: Object.fromEntries(
      CAUSES.map((c) => {
        const r = s.rules[c];
        return [
          c,
          r
            ? {
                enabled: true,
                deductibleFen: yuanText(r.deductibleFen),
                perClaimCapFen: yuanText(r.perClaimCapFen),
                perHouseholdYearCapFen: yuanText(r.perHouseholdYearCapFen),
                tiers: r.tiers.map((tier) => ({ upToFen: yuanText(tier.upToFen), ratioBps: percentText(tier.ratioBps) })),
              }
            : emptyRule,
        ];
      }),
    ) as Record<Cause, RuleValues>,
  };
}

const fenOrNull = (text: string | undefined) => (text?.trim() ? parseYuan(text) : null);

function bodyOf(v: Values): PutScheme {
  const rules: PutScheme["rules"] = {};
  for (const cause of CAUSES) {
    const r = v.rules[cause];
    if (!r?.enabled) continue;
    rules[cause] = {
      deductibleFen: parseYuan(r.deductibleFen) ?? 0,
      perClaimCapFen: fenOrNull(r.perClaimCapFen),
      perHouseholdYearCapFen: fenOrNull(r.perHouseholdYearCapFen),
      tiers: r.tiers.map((tier) => ({ upToFen: fenOrNull(tier.upToFen), ratioBps: parsePercent(tier.ratioBps) ?? 0 })),
    };
  }
  return {
    kind: v.kind,
    name: v.name.trim(),
    county: v.county.trim(),
    year: v.year,
    incomeLineFen: parseYuan(v.incomeLineFen) ?? 0,
    eligibleCategories: v.eligibleCategories,
    rules,
  };
}

/**
 * An administrator sets a scheme's rules and limits: each save is a new immutable version (PUT
 * /schemes/{id}); approvals from then on use it. Amounts in 元, ratios in %.
 */
export default function SchemeEditPage() {
  const { schemeId } = useParams();
  const { t, i18n } = useTranslation("claims");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const current = useQuery({
    queryKey: ["scheme", schemeId, "current"],
    enabled: !!schemeId,
    queryFn: () => call(client.GET("/schemes/{schemeId}", { params: { path: { schemeId: schemeId! } } })),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(client.PUT("/schemes/{schemeId}", { params: { path: { schemeId: schemeId ?? v.schemeId!.trim() } }, body: bodyOf(v) })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ["scheme"] });
      void queryClient.invalidateQueries({ queryKey: ["schemes"] });
      navigate(`/schemes/${encodeURIComponent(saved.schemeId)}`);
    },
    onError: (e) => setRefusal(formError(e, form)),
  });

  if (schemeId && current.isPending) return <Skeleton active />;
  if (schemeId && current.error) return <Alert type="error" showIcon message={errorMessage(current.error, t as T, i18n.language)} />;

  return (
    <>
      <PageTitle>{schemeId ? t("edit.title", { name: current.data?.name ?? schemeId }) : t("edit.newTitle")}</PageTitle>
      <Typography.Paragraph type="secondary">
        {schemeId ? t("edit.intro", { version: (current.data?.currentVersion ?? 0) + 1 }) : t("edit.newIntro")}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        id="scheme-form"
        layout="vertical"
        initialValues={valuesOf(current.data)}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => setRefusal(null)}
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
              <Form.Item
                name="county"
                label={t("scheme.county")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }]}
              >
                <Input maxLength={30} placeholder={t("schemes.countyPlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="year" label={t("edit.year")} rules={[{ required: true, message: t("form.required") }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
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
        </Card>
        <Row gutter={[16, 16]}>
          {CAUSES.map((cause) => (
            <Col xs={24} lg={12} key={cause}>
              <RuleCard cause={cause} />
            </Col>
          ))}
        </Row>
        {refusal && <Alert type="error" showIcon message={refusal} style={{ marginTop: 16 }} />}
        <Flex gap={8} style={{ marginTop: 16 }} wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("edit.save")}
          </Button>
          <Button onClick={() => navigate(schemeId ? `/schemes/${encodeURIComponent(schemeId)}` : "/schemes")}>{t("claim.keep")}</Button>
        </Flex>
      </Form>
    </>
  );
}

function RuleCard({ cause }: { cause: Cause }) {
  const { t } = useTranslation("claims");
  const form = Form.useFormInstance<Values>();
  const enabled = Form.useWatch(["rules", cause, "enabled"], form);
  const label = t(`cause.${cause}`);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>{label}</h2>}
      extra={
        <Form.Item name={["rules", cause, "enabled"]} valuePropName="checked" noStyle>
          <Checkbox>{t("edit.covers", { cause: label })}</Checkbox>
        </Form.Item>
      }
    >
      {!enabled ? (
        <Typography.Text type="secondary">{t("scheme.notCovered")}</Typography.Text>
      ) : (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name={["rules", cause, "deductibleFen"]} label={t("scheme.deductible")} required rules={yuanRules(t)}>
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item
                name={["rules", cause, "perClaimCapFen"]}
                label={t("steps.perClaimCap")}
                extra={t("edit.blankNoCap")}
                rules={yuanRules(t, { optional: true })}
              >
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item
                name={["rules", cause, "perHouseholdYearCapFen"]}
                label={t("steps.yearCap")}
                extra={t("edit.blankNoCap")}
                rules={yuanRules(t, { optional: true })}
              >
                <Input inputMode="decimal" prefix="¥" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{t("edit.tiers")}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("edit.tiersHelp")}
          </Typography.Paragraph>
          <Form.List name={["rules", cause, "tiers"]}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, "upToFen"]}
                      label={t("edit.upTo", { n: i + 1 })}
                      dependencies={i > 0 ? [["rules", cause, "tiers", i - 1, "upToFen"]] : []}
                      rules={[
                        ...yuanRules(t, { optional: true, minFen: 1 }),
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
                        }),
                      ]}
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
        </>
      )}
    </Card>
  );
}
