import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { parseYuan } from "../../lib/money";
import { useDebounced, useFormError } from "./form-errors";
import { HouseholdFacts } from "./HouseholdFacts";
import { residentIdHint, yuanRules } from "./labels";
import { CATEGORIES, type Household, type HouseholdCategory } from "./types";

interface Values {
  villageId: string;
  headName: string;
  idNumber: string;
  members: number;
  category: HouseholdCategory;
  income: string;
  incomeYear: number;
}

/** Villages whose name or township contains the search text (of the staff member's county when the account has one). */
function useVillageSearch(q: string, county: string | undefined) {
  const text = useDebounced(q.trim(), 300);
  return useQuery({
    queryKey: ["villages", "search", text, county ?? null],
    staleTime: 60_000,
    queryFn: () =>
      call(client.GET("/villages", { params: { query: { limit: 20, ...(text ? { q: text } : {}), ...(county ? { county } : {}) } } })),
  });
}

/**
 * Registers a household under monitoring (防止返贫监测对象). The resident id is checked as it is
 * typed (GB 11643 check character, by the platform's own module); once registered, only the
 * masked id the API answers is ever shown, and the typed one is cleared from the form.
 */
export default function HouseholdNewPage() {
  const { t } = useTranslation("claims");
  const session = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [search, setSearch] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Household | null>(null);
  const villages = useVillageSearch(search, session?.county);
  const lastYear = Number(chinaToday().slice(0, 4)) - 1;

  const register = useMutation({
    // The typed resident id is the mutation's variables: kept no longer than the request.
    gcTime: 0,
    mutationFn: (v: Values) =>
      call(
        client.POST("/households", {
          body: {
            villageId: v.villageId,
            headName: v.headName,
            idNumber: v.idNumber.trim(),
            members: v.members,
            category: v.category,
            perCapitaIncomeFen: parseYuan(v.income)!,
            incomeYear: v.incomeYear,
          },
        }),
      ),
    onSuccess: (household) => {
      form.resetFields();
      register.reset();
      setRefusal(null);
      setRegistered(household);
    },
    onError: (e) => setRefusal(formError(e, form)),
  });

  if (registered) {
    return (
      <>
        <PageTitle>{t("household.title")}</PageTitle>
        <Card>
          <Result
            status="success"
            title={<h2 style={{ fontSize: 20, margin: 0 }}>{t("household.registered", { name: registered.headName })}</h2>}
            subTitle={t("household.registeredDetail")}
            extra={
              <Flex gap={8} wrap justify="center">
                <Button type="primary" onClick={() => navigate(`/claims/new?householdId=${encodeURIComponent(registered.householdId)}`)}>
                  {t("household.fileClaim")}
                </Button>
                <Button onClick={() => setRegistered(null)}>{t("household.another")}</Button>
              </Flex>
            }
          />
          <HouseholdFacts household={registered} testId="registered-household" />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t("household.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("household.intro")}</Typography.Paragraph>
      <Card>
        <Form<Values>
          form={form}
          id="household-form"
          layout="vertical"
          initialValues={{ members: 1, incomeYear: lastYear }}
          onFinish={(v) => register.mutate(v)}
          onValuesChange={() => setRefusal(null)}
          style={{ maxWidth: 760 }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="villageId" label={t("household.village")} rules={[{ required: true, message: t("form.required") }]}>
                <Select
                  showSearch={{ filterOption: false, onSearch: setSearch }}
                  placeholder={t("household.villagePlaceholder")}
                  loading={villages.isFetching}
                  notFoundContent={villages.isFetching ? t("form.searching") : t("household.noVillage")}
                  // A township's clerk registers in their own township only.
                  options={(villages.data?.items ?? [])
                    .filter((v) => !session?.township || v.township === session.township)
                    .map((v) => ({
                      value: v.villageId,
                      label: `${v.name}（${v.county}${v.township}）`,
                    }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="headName"
                label={t("household.headName")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }]}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="idNumber"
                label={t("household.idNumber")}
                required
                extra={t("household.idHelp")}
                validateTrigger={["onChange", "onBlur"]}
                hasFeedback
                rules={[
                  {
                    validator: async (_r, value: string | undefined) => {
                      if (!value?.trim()) throw new Error(t("form.required"));
                      const hint = residentIdHint(value);
                      if (hint) throw new Error(t(`idProblems.${hint.key}`, { count: hint.count }));
                    },
                  },
                ]}
              >
                <Input
                  maxLength={18}
                  autoComplete="off"
                  spellCheck={false}
                  inputMode="text"
                  style={{ fontFamily: "monospace", letterSpacing: 1 }}
                  data-testid="id-number"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="members" label={t("household.members")} rules={[{ required: true, message: t("form.required") }]}>
                <InputNumber min={1} max={50} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="incomeYear" label={t("household.incomeYear")} rules={[{ required: true, message: t("form.required") }]}>
                <InputNumber min={2000} max={lastYear + 1} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="category"
                label={t("household.category")}
                rules={[{ validator: async (_r, v) => (v ? undefined : Promise.reject(new Error(t("form.required")))) }]}
              >
                <Radio.Group
                  aria-label={t("household.category")}
                  options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="income" label={t("household.income")} required extra={t("household.incomeHelp")} rules={yuanRules(t)}>
                <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="household-refusal" />}
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t("household.submit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
