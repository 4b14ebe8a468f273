import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Form, Input, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { call, client } from "../../api/client";
import { useShowError } from "../../api/show-error";
import { PageTitle } from "../../components/PageTitle";
import { keys } from "./api";
import { creditCodeHint, issueText } from "./credit-code-hint";

interface Fields {
  name: string;
  creditCode: string;
  province: string;
  city: string;
}

/** Capitals and no spaces, as the code is written (the API normalises the same way). */
const normalizeCode = (value: string | undefined) => (value ?? "").toUpperCase().replace(/\s+/g, "");

/** Registers an enterprise this account will manage (POST /enterprises), its credit code checked as it is typed. */
export default function RegisterEnterprisePage() {
  const { t } = useTranslation("enterprise");
  const [form] = Form.useForm<Fields>();
  const navigate = useNavigate();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const code = Form.useWatch("creditCode", form) ?? "";
  const hint = creditCodeHint(code);

  const register = useMutation({
    mutationFn: (fields: Fields) => call(client.POST("/enterprises", { body: { ...fields, ownerIds: [] } })),
    onSuccess: (enterprise) => {
      void queryClient.invalidateQueries({ queryKey: keys.mine });
      void message.success(t("register.registered", { name: enterprise.name }));
      navigate(`/enterprise/enterprises/${enterprise.enterpriseId}`);
    },
    onError: (e) => showError(e, form),
  });

  return (
    <>
      <PageTitle>{t("register.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("register.intro")}</Typography.Paragraph>
      <Card style={{ maxWidth: 760 }}>
        <Form<Fields> form={form} layout="vertical" onFinish={(fields) => register.mutate(fields)} requiredMark>
          <Form.Item
            name="name"
            label={t("register.name")}
            rules={[{ required: true, whitespace: true, message: t("register.nameRequired") }, { max: 100 }]}
          >
            <Input placeholder={t("register.namePlaceholder")} maxLength={100} autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t("register.creditCode")}
            normalize={normalizeCode}
            validateTrigger={["onChange", "onBlur"]}
            hasFeedback={hint.valid}
            extra={hint.valid ? t("register.valid") : hint.issue ? undefined : t("register.typed", { count: code.length })}
            rules={[
              // What the typed characters already get wrong is flagged as they are typed…
              {
                validateTrigger: ["onChange", "onBlur"],
                validator: async (_rule, value: string | undefined) => {
                  const { issue } = creditCodeHint(value ?? "");
                  if (issue) throw new Error(t(...issueText(issue)));
                },
              },
              // …a missing or unfinished code only on leaving the field or submitting.
              { validateTrigger: "onBlur", required: true, message: t("register.creditCodeRequired") },
              {
                validateTrigger: "onBlur",
                validator: async (_rule, value: string | undefined) => {
                  if (value && value.length < 18) throw new Error(t("creditCode.length", { length: value.length }));
                },
              },
            ]}
          >
            <Input
              placeholder={t("register.creditCodePlaceholder")}
              maxLength={24}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", letterSpacing: 1 }}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="province"
                label={t("register.province")}
                rules={[{ required: true, whitespace: true, message: t("register.provinceRequired") }]}
              >
                <Input placeholder={t("register.provincePlaceholder")} maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="city"
                label={t("register.city")}
                rules={[{ required: true, whitespace: true, message: t("register.cityRequired") }]}
              >
                <Input placeholder={t("register.cityPlaceholder")} maxLength={30} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t("register.submit")}
            </Button>
            <Button onClick={() => navigate("/enterprise")}>{t("register.cancel")}</Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
