import { Alert, AutoComplete, Button, Card, Checkbox, Col, Form, Input, List, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useConfig } from "../app/config";
import { PageTitle } from "../components/PageTitle";
import { ROLES, type Role } from "../lib/roles";
import { useShowError } from "../api/show-error";
import { startCognitoSignIn } from "./cognito";
import { DEMO_USERS } from "./demo-users";
import { localSignIn, type SignInArea } from "./local";
import { areaName, setSession } from "./session";

/** Where to go after signing in: the page asked for (only inside the console), else the home page. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/sign-in") ? next : "/";
}

interface CustomForm extends SignInArea {
  sub: string;
  roles: Role[];
}

/** The demo data's places (packages/local/src/seed): offered as the area's options; any other may be typed. */
const DEMO_PLACES = [
  { province: "山东省", city: "德州市", county: "夏津县", townships: ["苏留庄镇"] },
  { province: "山东省", city: "德州市", county: "齐河县", townships: ["焦庙镇"] },
  { province: "贵州省", city: "铜仁市", county: "江口县", townships: ["太平镇"] },
];
const uniqueOptions = (values: string[]) => [...new Set(values)].map((value) => ({ value }));

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
  const county = Form.useWatch("county", form)?.trim();

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

  const signIn = async (key: string, sub: string, roles: Role[], area?: SignInArea) => {
    setBusy(key);
    try {
      setSession(await localSignIn(sub, roles, area));
      navigate(next, { replace: true });
    } catch (e) {
      showError(e, form);
    } finally {
      setBusy(null);
    }
  };
  const lang = i18n.language === "en" ? "en" : "zh-CN";
  const townships = DEMO_PLACES.filter((p) => !county || p.county === county).flatMap((p) => p.townships);

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
                      onClick={() => void signIn(u.sub, u.sub, u.roles, u.area)}
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
                        {u.area && <Tag>{areaName(u.area)}</Tag>}
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
              onFinish={({ sub, roles, ...area }) => void signIn("custom", sub.trim(), roles, area)}
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
              <Typography.Text strong>{t("auth.area")}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t("auth.areaHelp")}
              </Typography.Paragraph>
              <Row gutter={8}>
                <Col span={12}>
                  <Form.Item name="county" label={t("auth.county")}>
                    <AutoComplete options={uniqueOptions(DEMO_PLACES.map((p) => p.county))} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="township"
                    label={t("auth.township")}
                    dependencies={["county"]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: async (_r, v?: string) => {
                          if (v?.trim() && !(getFieldValue("county") as string | undefined)?.trim())
                            throw new Error(t("auth.townshipNeedsCounty"));
                        },
                      }),
                    ]}
                  >
                    <AutoComplete options={uniqueOptions(townships)} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="province" label={t("auth.province")}>
                    <AutoComplete options={uniqueOptions(DEMO_PLACES.map((p) => p.province))} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="city" label={t("auth.city")}>
                    <AutoComplete options={uniqueOptions(DEMO_PLACES.map((p) => p.city))} />
                  </Form.Item>
                </Col>
              </Row>
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
