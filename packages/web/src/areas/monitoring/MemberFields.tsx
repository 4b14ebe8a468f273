import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Col, Form, type FormRule, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { residentIdHint } from "../claims/labels";
import { DISABILITY, HEALTH, type MemberInput, RELATIONS, SCHOOL } from "./types";

/** A member as the form holds them: the resident id typed afresh (the platform keeps only its hash and masked form). */
export interface MemberValues {
  name?: string;
  relation?: MemberInput["relation"];
  idNumber?: string;
  health?: MemberInput["health"];
  disability?: MemberInput["disability"];
  schoolStatus?: MemberInput["schoolStatus"];
  dibao?: boolean;
  tekun?: boolean;
  /** The id as stored, masked: shown as a reminder when the id must be typed again. */
  maskedId?: string;
}

export const newMember = (relation: MemberInput["relation"] = "spouse"): MemberValues => ({
  relation,
  health: "healthy",
  disability: "none",
  schoolStatus: "not_applicable",
  dibao: false,
  tekun: false,
});

/** The body's member: trimmed, the reminder dropped. */
export const memberInput = (m: MemberValues): MemberInput => ({
  name: (m.name ?? "").trim(),
  relation: m.relation ?? "other",
  idNumber: (m.idNumber ?? "").trim().toUpperCase(),
  health: m.health ?? "healthy",
  disability: m.disability ?? "none",
  schoolStatus: m.schoolStatus ?? "not_applicable",
  dibao: !!m.dibao,
  tekun: !!m.tekun,
});

/** The resident id as typed: checked by the platform's own GB 11643 rules, worded in Chinese. */
export function useResidentIdRule(): FormRule {
  const { t } = useTranslation("claims");
  return {
    validator: async (_r, value: string | undefined) => {
      if (!value?.trim()) throw new Error(t("form.required"));
      const hint = residentIdHint(value);
      if (hint) throw new Error(t(`idProblems.${hint.key}`, { count: hint.count }));
    },
  };
}

/**
 * The household's people, one card each: the first is the head (their relation fixed), each
 * with name, relation, resident id, health, disability, school status and the 低保 / 特困 flags.
 * Each field's label names its person ("户主姓名", "成员 2 身份证号"), so each is found and read alone.
 */
export function MemberFields({ name = "members" }: { name?: string }) {
  const { t } = useTranslation("monitoring");
  const idRule = useResidentIdRule();
  const required = { required: true, whitespace: true, message: t("form.required") };
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => {
            const who = i === 0 ? t("member.head") : t("member.nth", { n: i + 1 });
            const label = (key: string) => t(`member.label.${key}`, { who });
            return (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={<h3 style={{ fontSize: 15, margin: 0 }}>{who}</h3>}
                extra={
                  i > 0 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t("member.remove", { who })}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Row gutter={12}>
                  <Col xs={24} sm={12} md={8}>
                    <Form.Item name={[field.name, "name"]} label={label("name")} rules={[required]}>
                      <Input maxLength={50} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  {i === 0 ? (
                    // The head's relation is the head: kept, not asked.
                    <Form.Item name={[field.name, "relation"]} hidden>
                      <Input />
                    </Form.Item>
                  ) : (
                    <Col xs={24} sm={12} md={8}>
                      <Form.Item
                        name={[field.name, "relation"]}
                        label={label("relation")}
                        rules={[{ required: true, message: t("form.required") }]}
                      >
                        <Select options={RELATIONS.filter((r) => r !== "head").map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
                      </Form.Item>
                    </Col>
                  )}
                  <Col xs={24} sm={12} md={8}>
                    <MaskedReminder fieldName={field.name} listName={name} label={label("idNumber")} rule={idRule} />
                  </Col>
                  <Col xs={24} sm={12} md={8}>
                    <Form.Item name={[field.name, "health"]} label={label("health")}>
                      <Select options={HEALTH.map((v) => ({ value: v, label: t(`health.${v}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={8}>
                    <Form.Item name={[field.name, "disability"]} label={label("disability")}>
                      <Select options={DISABILITY.map((v) => ({ value: v, label: t(`disability.${v}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={8}>
                    <Form.Item name={[field.name, "schoolStatus"]} label={label("schoolStatus")}>
                      <Select options={SCHOOL.map((v) => ({ value: v, label: t(`school.${v}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24}>
                    <Form.Item
                      name={[field.name, "dibao"]}
                      valuePropName="checked"
                      style={{ display: "inline-block", marginInlineEnd: 16, marginBottom: 0 }}
                    >
                      <Checkbox>{label("dibao")}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, "tekun"]} valuePropName="checked" style={{ display: "inline-block", marginBottom: 0 }}>
                      <Checkbox>{label("tekun")}</Checkbox>
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add(newMember(fields.length === 0 ? "head" : "spouse"))}
            style={{ marginBottom: 16 }}
          >
            {t("member.add")}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The resident id field, reminding of the stored (masked) id when there is one. */
function MaskedReminder({ fieldName, listName, label, rule }: { fieldName: number; listName: string; label: string; rule: FormRule }) {
  const { t } = useTranslation("monitoring");
  const masked = Form.useWatch([listName, fieldName, "maskedId"]) as string | undefined;
  return (
    <Form.Item
      name={[fieldName, "idNumber"]}
      label={label}
      required
      validateTrigger={["onChange", "onBlur"]}
      rules={[rule]}
      extra={masked ? <Typography.Text type="secondary">{t("member.retype", { masked })}</Typography.Text> : undefined}
    >
      <Input maxLength={18} autoComplete="off" spellCheck={false} style={{ fontFamily: "monospace" }} />
    </Form.Item>
  );
}
