import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Skeleton, Switch, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { useFormError } from "../claims/form-errors";
import { yuanRules } from "../claims/labels";
import { useHousehold } from "./hooks";
import { MemberFields, type MemberValues, memberInput } from "./MemberFields";
import { CATEGORIES, type Household, type HouseholdCategory, type UpdateHousehold } from "./types";

interface Values {
  reason: string;
  headName: string;
  address?: string;
  category: HouseholdCategory;
  incomeYear?: number;
  income?: string;
  members?: MemberValues[];
}

/** The change the form describes: only what differs from the record, with the reason and the version it was read at. */
function changeOf(h: Household, v: Values, editMembers: boolean): UpdateHousehold {
  const change: UpdateHousehold = { reason: v.reason.trim(), expectedVersion: h.version };
  if (v.headName.trim() !== h.headName) change.headName = v.headName.trim();
  if ((v.address?.trim() ?? "") !== (h.address ?? "") && v.address?.trim()) change.address = v.address.trim();
  if (v.category !== h.category) change.category = v.category;
  const incomeFen = v.income?.trim() ? parseYuan(v.income) : null;
  if (v.incomeYear && incomeFen !== null) {
    const stored = h.incomes.find((i) => i.year === v.incomeYear)?.perCapitaIncomeFen;
    if (stored !== incomeFen) change.income = { year: v.incomeYear, perCapitaIncomeFen: incomeFen };
  }
  if (editMembers && v.members?.length) change.members = v.members.map(memberInput);
  return change;
}

/**
 * Changes a household's registry record (PATCH /households/{id}): the reason is required and kept
 * with the new version. Changing the people means typing each resident id again: the platform
 * keeps only their hashes and masked forms.
 */
export default function HouseholdEditPage() {
  const { householdId = "" } = useParams();
  const { t, i18n } = useTranslation("monitoring");
  const household = useHousehold(householdId);
  if (household.isPending) return <Skeleton active />;
  if (household.error || !household.data)
    return <Alert type="error" showIcon message={errorMessage(household.error, t as T, i18n.language)} />;
  return <EditForm household={household.data} />;
}

function EditForm({ household: h }: { household: Household }) {
  const { t } = useTranslation("monitoring");
  const { t: tc } = useTranslation("claims");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formError = useFormError();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editMembers, setEditMembers] = useState(false);
  const thisYear = Number(chinaToday().slice(0, 4));

  const save = useMutation({
    gcTime: 0,
    mutationFn: (body: UpdateHousehold) =>
      call(client.PATCH("/households/{householdId}", { params: { path: { householdId: h.householdId } }, body })),
    onSuccess: (updated) => {
      queryClient.setQueryData(["household", h.householdId], updated);
      void queryClient.invalidateQueries({ queryKey: ["household", h.householdId, "versions"] });
      void queryClient.invalidateQueries({ queryKey: ["households"] });
      navigate(`/monitoring/households/${h.householdId}`);
    },
    onError: (e) => setRefusal(formError(e, form)),
  });

  const people: MemberValues[] = h.people.map((m) => ({
    name: m.name,
    relation: m.relation,
    health: m.health,
    disability: m.disability,
    schoolStatus: m.schoolStatus,
    dibao: m.dibao,
    tekun: m.tekun,
    maskedId: m.idNumber,
  }));
  // The head first, as the form expects.
  people.sort((a, b) => Number(b.relation === "head") - Number(a.relation === "head"));
  if (!people.length)
    people.push({
      name: h.headName,
      relation: "head",
      maskedId: h.idNumber,
      health: "healthy",
      disability: "none",
      schoolStatus: "not_applicable",
    });

  return (
    <>
      <PageTitle>{t("edit.title", { name: h.headName })}</PageTitle>
      <Typography.Paragraph type="secondary">{t("edit.intro", { version: h.version + 1 })}</Typography.Paragraph>
      <Card>
        <Form<Values>
          form={form}
          name="edit"
          layout="vertical"
          initialValues={{
            headName: h.headName,
            address: h.address ?? "",
            category: h.category,
            incomeYear: h.incomeYear,
            income: (h.perCapitaIncomeFen / 100).toFixed(2),
            members: people,
          }}
          onValuesChange={() => setRefusal(null)}
          onFinish={(v) => {
            const change = changeOf(h, v, editMembers);
            const { reason: _r, expectedVersion: _v, ...fields } = change;
            if (!Object.keys(fields).length) return setRefusal(t("edit.nothing"));
            save.mutate(change);
          }}
          style={{ maxWidth: 960 }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="headName"
                label={t("edit.headName")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }]}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t("register.address")}>
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="category" label={t("register.category")}>
                <Radio.Group
                  aria-label={t("register.category")}
                  options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="incomeYear" label={t("register.incomeYear")}>
                <InputNumber min={2000} max={thisYear} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="income"
                label={t("register.income")}
                extra={t("edit.incomeHelp", {
                  incomes: h.incomes.map((i) => t("edit.incomeOf", { year: i.year, amount: formatYuan(i.perCapitaIncomeFen) })).join("；"),
                })}
                rules={yuanRules(tc, { optional: true })}
              >
                <Input inputMode="decimal" prefix="¥" suffix={t("form.yuan")} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
            <Switch id="edit-members" checked={editMembers} onChange={setEditMembers} />
            <label htmlFor="edit-members">{t("edit.members")}</label>
          </Flex>
          {editMembers && (
            <>
              <Alert type="info" showIcon message={t("edit.membersHelp")} style={{ marginBottom: 12 }} />
              <MemberFields />
            </>
          )}
          <Form.Item
            name="reason"
            label={t("edit.reason")}
            extra={t("edit.reasonHelp")}
            rules={[{ required: true, whitespace: true, message: t("edit.reasonRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
          {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="edit-refusal" />}
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t("edit.save")}
            </Button>
            <Button onClick={() => navigate(`/monitoring/households/${h.householdId}`)}>{t("edit.cancel")}</Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
