import { Alert, Button, Card, Checkbox, Col, Form, Input, List, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useConfig } from "../app/config";
import { PageTitle } from "../components/PageTitle";
import { ROLES, type Role } from "../lib/roles";
import { useShowError } from "../api/show-error";
import { startCognitoSignIn } from "./cognito";
import { DEMO_USERS } from "./demo-users";
import { localSignIn } from "./local";
import { setSession } from "./session";

/** Where to go after signing in: the page asked for (only inside the console), else the home page. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/sign-in") ? next : "/";
}

interface CustomForm {
  sub: string;
  roles: Role[];
  county?: string;
}

/** Sign-in: the hosted UI in a deployed stage; locally the development sign-in, with the demo accounts. */
export function SignInPage() {
  const config = useConfig();
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const showError = useShowError();
  const [form] = Form.useForm<CustomForm>();
  const [busy, setBusy] = useState<string | null>(null);
  const next = safeNext(params.get("next"));

  if (config.mode === "cognito") {
    return (
      <Card style={{ maxWidth: 480, margin: "24px auto" }}>
        <PageTitle>{t("auth.pageTitle")}</PageTitle>
        <Typography.Paragraph>{t("auth.cognitoHint")}</Typography.Paragraph>
        <Button type="primary" size="large" block onClick={() => void startCognitoSignIn(config.cognito, next)}>
          {t("auth.cognito")}
        </Button>
      </Card>
    );
  }

  const signIn = async (key: string, sub: string, roles: Role[], county?: string) => {
    setBusy(key);
    try {
      setSession(await localSignIn(sub, roles, county));
      navigate(next, { replace: true });
    } catch (e) {
      showError(e, form);
    } finally {
      setBusy(null);
    }
  };
  const lang = i18n.language === "en" ? "en" : "zh-CN";

  return (
    <div style={{ maxWidth: 960, margin: "0 auto" }}>
      <PageTitle>{t("auth.pageTitle")}</PageTitle>
      <Alert
        type="warning"
        showIcon
        message={t("auth.localBanner")}
        description={t("auth.localBannerDetail")}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("auth.demoUsers")}</h2>} styles={{ body: { padding: 0 } }}>
            <List
              dataSource={DEMO_USERS}
              renderItem={(u) => (
                <List.Item
                  style={{ paddingInline: 16 }}
                  actions={[
                    <Button
                      key="go"
                      type="primary"
                      ghost
                      loading={busy === u.sub}
                      aria-label={`${t("auth.signIn")} ${u.sub}`}
                      onClick={() => void signIn(u.sub, u.sub, u.roles, u.county)}
                    >
                      {t("auth.signIn")}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        <Typography.Text code>{u.sub}</Typography.Text>
                        {u.roles.map((r) => (
                          <Tag key={r} color="red">
                            {t(`roles.${r}`)}
                          </Tag>
                        ))}
                      </Space>
                    }
                    description={u.about[lang]}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("auth.custom")}</h2>}>
            <Form<CustomForm>
              form={form}
              layout="vertical"
              name="sign-in"
              initialValues={{ roles: ["buyer"] }}
              onFinish={(v) => void signIn("custom", v.sub.trim(), v.roles, v.county?.trim() || undefined)}
            >
              <Form.Item
                name="sub"
                label={t("auth.sub")}
                extra={t("auth.subHelp")}
                rules={[
                  { required: true, message: t("auth.required") },
                  { pattern: /^\s*[A-Za-z0-9_-]{1,64}\s*$/, message: t("auth.subInvalid") },
                ]}
              >
                <Input autoComplete="username" />
              </Form.Item>
              <Form.Item
                name="roles"
                label={t("auth.roles")}
                // A validator rather than `required`: antd would put aria-required on the group's div, which ARIA does not allow.
                rules={[
                  { validator: (_, v?: Role[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t("auth.rolesRequired")))) },
                ]}
              >
                <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
              </Form.Item>
              <Form.Item name="county" label={t("auth.county")} extra={t("auth.countyHelp")}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy === "custom"} block>
                {t("auth.submit")}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
