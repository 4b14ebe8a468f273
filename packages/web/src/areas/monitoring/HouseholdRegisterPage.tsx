import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { ApiError } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { parseYuan } from "../../lib/money";
import { useFormError } from "../claims/form-errors";
import { yuanRules } from "../claims/labels";
import { MemberFields, type MemberValues, memberInput, newMember } from "./MemberFields";
import { CountyChooser, useCountyVillages, useWorkCounty } from "./place";
import { CATEGORIES, type HouseholdCategory } from "./types";

interface Values {
  villageId: string;
  address?: string;
  category: HouseholdCategory;
  income: string;
  incomeYear: number;
  members: MemberValues[];
}

/** The API names the head's name and id at the top of the body; on the form they are member 1's. */
const HEAD_FIELDS: Record<string, string> = { "body.headName": "body.members.0.name", "body.idNumber": "body.members.0.idNumber" };

/**
 * Registers a household with each of its people (POST /households): the head first, each with their
 * resident id (checked as typed; the platform keeps only a keyed hash and the masked form), health,
 * disability, school status and 低保 / 特困 flags; the village, category and last year's income.
 */
export default function HouseholdRegisterPage() {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const work = useWorkCounty();
  const villages = useCountyVillages(work.county);
  const options = (villages.data ?? []).filter((v) => !work.township || v.township === work.township);
  const lastYear = Number(chinaToday().slice(0, 4)) - 1;

  const register = useMutation({
    // The typed resident ids are the mutation's variables: kept no longer than the request.
    gcTime: 0,
    mutationFn: (v: Values) => {
      const members = v.members.map(memberInput);
      const head = members[0]!;
      return call(
        client.POST("/households", {
          body: {
            villageId: v.villageId,
            ...(v.address?.trim() ? { address: v.address.trim() } : {}),
            headName: head.name,
            idNumber: head.idNumber,
            members,
            category: v.category,
            perCapitaIncomeFen: parseYuan(v.income)!,
            incomeYear: v.incomeYear,
          },
        }),
      );
    },
    onSuccess: (household) => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ["households"] });
      navigate(`/monitoring/households/${household.householdId}`);
    },
    onError: (e) => {
      // The head's fields are member 1's on this form.
      if (e instanceof ApiError && e.body?.details)
        for (const d of e.body.details) if (d.path && HEAD_FIELDS[d.path]) d.path = HEAD_FIELDS[d.path];
      setRefusal(formError(e, form));
    },
  });

  return (
    <>
      <PageTitle>{t("register.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("register.intro")}</Typography.Paragraph>
      {work.chosen && <CountyChooser county={work.county} onChange={work.setCounty} />}
      <Card>
        <Form<Values>
          form={form}
          name="register"
          layout="vertical"
          initialValues={{ incomeYear: lastYear, members: [newMember("head")] }}
          onFinish={(v) => register.mutate(v)}
          onValuesChange={() => setRefusal(null)}
          style={{ maxWidth: 960 }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="villageId" label={t("register.village")} rules={[{ required: true, message: t("form.required") }]}>
                <Select
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t("register.villagePlaceholder")}
                  loading={villages.isFetching}
                  notFoundContent={t("register.noVillage")}
                  options={options.map((v) => ({ value: v.villageId, label: `${v.township}${v.name}` }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t("register.address")} extra={t("register.addressHelp")}>
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="category"
                label={t("register.category")}
                rules={[{ validator: async (_r, v) => (v ? undefined : Promise.reject(new Error(t("form.required")))) }]}
              >
                <Radio.Group
                  aria-label={t("register.category")}
                  options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="incomeYear" label={t("register.incomeYear")} rules={[{ required: true, message: t("form.required") }]}>
                <InputNumber min={2000} max={lastYear + 1} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="income" label={t("register.income")} required extra={t("register.incomeHelp")} rules={yuanRules(tc)}>
                <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("register.people")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("register.peopleHelp")}</Typography.Paragraph>
          <MemberFields />
          {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="register-refusal" />}
          <div>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t("register.submit")}
            </Button>
          </div>
        </Form>
      </Card>
    </>
  );
}
