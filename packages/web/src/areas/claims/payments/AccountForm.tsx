import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, List, Radio, Select, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { call, client } from "../../../api/client";
import { ApiError, errorMessage, type T } from "../../../api/errors";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { PageTitle } from "../../../components/PageTitle";
import { formatChinaDateTime } from "../../../lib/dates";
import { ACCOUNT_KINDS, type AccountKind, type PaymentAccount } from "./types";

interface Values {
  holderName: string;
  memberId: string;
  bankName: string;
  accountNumber: string;
  kind: AccountKind;
  phone?: string;
  reason?: string;
}

const HEAD = "";
const digitsOf = (s: string) => s.replace(/[\s-]/g, "");

/**
 * The account a household's aid is paid to (一卡通 / 社会保障卡), masked, with its history; clerks
 * set or change it (a change needs its reason). The number never comes back from the API.
 */
export default function AccountForm() {
  const { householdId = "" } = useParams();
  const { t, i18n } = useTranslation("claims", { keyPrefix: "payments" });
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const isClerk = hasAnyRole(session, ["clerk"]);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // Finance staff read accounts but not the registry: the household's facts are a nicety here.
  const household = useQuery({
    queryKey: ["household", householdId],
    enabled: hasAnyRole(session, ["clerk", "approver", "admin"]),
    queryFn: () => call(client.GET("/households/{householdId}", { params: { path: { householdId } } })),
  });
  const account = useQuery({
    queryKey: ["payment-account", householdId],
    retry: false,
    queryFn: async () => {
      try {
        return await call(client.GET("/households/{householdId}/payment-account", { params: { path: { householdId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404 && e.body?.code === "NOT_FOUND") return null;
        throw e;
      }
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(
        client.PUT("/households/{householdId}/payment-account", {
          params: { path: { householdId } },
          body: {
            holderName: v.holderName.trim(),
            ...(v.memberId ? { memberId: v.memberId } : {}),
            bankName: v.bankName.trim(),
            accountNumber: digitsOf(v.accountNumber),
            kind: v.kind,
            ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: (saved) => {
      void message.success(t("account.saved"));
      queryClient.setQueryData(["payment-account", householdId], saved);
      form.resetFields(["accountNumber", "reason"]);
    },
  });

  // The form takes the head's name as its first holder: wait for the household when it is read.
  if (account.isPending || household.isLoading) return <Skeleton active />;
  const h = household.data;
  const current: PaymentAccount | null | undefined = account.data;
  const people = h?.people ?? [];

  return (
    <>
      <PageTitle>{t("account.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("account.intro")}</Typography.Paragraph>
      {h && (
        <Typography.Paragraph strong>
          {t("account.household", { name: h.headName, village: `${h.township}${h.villageName}` })}
        </Typography.Paragraph>
      )}
      {account.error && <Alert type="error" showIcon message={errorMessage(account.error, common as T, i18n.language)} />}
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t("account.current")}
          </Typography.Title>
        }
        style={{ marginBottom: 16 }}
      >
        {current ? (
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} data-testid="account-current">
            <Descriptions.Item label={t("account.holderName")}>{current.holderName}</Descriptions.Item>
            <Descriptions.Item label={t("account.kind")}>{t(`accountKind.${current.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t("account.bankName")}>{current.bankName}</Descriptions.Item>
            <Descriptions.Item label={t("account.accountNumber")}>{current.accountMasked}</Descriptions.Item>
            <Descriptions.Item label={t("account.phone")}>{current.phoneMasked ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t("account.version", { version: current.version })}>
              {t("account.changedBy", { by: current.by, at: formatChinaDateTime(current.at) })}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("account.none")} />
        )}
      </Card>
      {isClerk ? (
        <Card>
          <Form<Values>
            form={form}
            layout="vertical"
            id="payment-account-form"
            style={{ maxWidth: 560 }}
            initialValues={{ holderName: h?.headName ?? "", memberId: HEAD, kind: "social_security_card" }}
            onValuesChange={(changed: Partial<Values>) => {
              if (changed.memberId === undefined) return;
              const member = people.find((p) => p.memberId === changed.memberId);
              form.setFieldValue("holderName", member?.name ?? h?.headName ?? "");
            }}
            onFinish={(v) => save.mutate(v)}
          >
            {people.length > 0 && (
              <Form.Item name="memberId" label={t("account.member")}>
                <Select
                  options={[
                    { value: HEAD, label: t("account.head") },
                    ...people.filter((p) => p.relation !== "head").map((p) => ({ value: p.memberId, label: p.name })),
                  ]}
                />
              </Form.Item>
            )}
            <Form.Item
              name="holderName"
              label={t("account.holderName")}
              rules={[{ required: true, whitespace: true, message: t("account.required", { field: t("account.holderName") }) }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="kind" label={t("account.kind")}>
              <Radio.Group options={ACCOUNT_KINDS.map((k) => ({ value: k, label: t(`accountKind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="bankName"
              label={t("account.bankName")}
              rules={[{ required: true, whitespace: true, message: t("account.required", { field: t("account.bankName") }) }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="accountNumber"
              label={t("account.accountNumber")}
              extra={t("account.accountHelp")}
              rules={[
                { required: true, message: t("account.accountRequired") },
                { pattern: /^[\d\s-]+$/, message: t("account.accountInvalid") },
                {
                  validator: (_, v?: string) =>
                    !v || /^\d{12,30}$/.test(digitsOf(v)) ? Promise.resolve() : Promise.reject(new Error(t("account.accountInvalid"))),
                },
              ]}
            >
              <Input inputMode="numeric" autoComplete="off" maxLength={60} />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t("account.phone")}
              extra={t("account.phoneHelp")}
              rules={[{ pattern: /^(\+?86)?\s*1[3-9]\d{9}$/, message: t("account.phoneInvalid") }]}
            >
              <Input inputMode="tel" autoComplete="off" maxLength={20} />
            </Form.Item>
            {current && (
              <Form.Item
                name="reason"
                label={t("account.reason")}
                extra={t("account.reasonHelp")}
                rules={[{ required: true, whitespace: true, message: t("account.reasonRequired") }]}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            )}
            {save.error && (
              <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(save.error, common as T, i18n.language)} />
            )}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t("account.save")}
            </Button>
          </Form>
        </Card>
      ) : (
        <Alert type="info" showIcon message={t("account.readOnly")} />
      )}
      {current && current.history.length > 0 && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t("account.history")}
            </Typography.Title>
          }
          style={{ marginTop: 16 }}
        >
          <List
            size="small"
            dataSource={current.history}
            renderItem={(v) => (
              <List.Item>
                <Typography.Text>
                  {t("account.version", { version: v.version })} · {t(`accountKind.${v.kind}`)} {v.accountMasked} · {v.holderName} ·{" "}
                  {t("account.changedBy", { by: v.by, at: formatChinaDateTime(v.at) })}
                  {v.reason ? ` · ${v.reason}` : ""}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
