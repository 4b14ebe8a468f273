import { PlusOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Select, Skeleton, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import { allVillages } from "../../api/villages";
import { PageTitle } from "../../components/PageTitle";
import { formatChinaDateTime } from "../../lib/dates";
import { ACCOUNT_ID, refusalOnField, type SupplierItem } from "./shared";

const KINDS = ["village_collective", "cooperative", "enterprise", "family_farm"] as const;

interface Values {
  name: string;
  kind: (typeof KINDS)[number];
  villageId: string;
  accountIds: string[];
}

function CreateSupplierModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t, i18n } = useTranslation("admin");
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const villages = useQuery({ queryKey: ["villages", "all"], queryFn: allVillages, staleTime: 300_000, enabled: open });
  const create = useMutation({
    mutationFn: (body: Values) => call(client.POST("/suppliers", { body })),
    onSuccess: (s) => {
      void message.success(t("suppliers.created", { name: s.name }));
      form.resetFields();
      onCreated();
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });
  return (
    <Modal
      open={open}
      title={t("suppliers.createTitle")}
      okText={t("suppliers.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: "village_collective", accountIds: [] }}
        onFinish={(v) => create.mutate(v)}
        data-testid="supplier-form"
      >
        <Form.Item
          name="name"
          label={t("suppliers.name")}
          rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 100 }]}
        >
          <Input placeholder={t("suppliers.name_ph")} maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t("suppliers.kind")} rules={[{ required: true, message: t("common.required") }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="villageId" label={t("suppliers.village")} rules={[{ required: true, message: t("common.required") }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={villages.isPending}
            placeholder={t("suppliers.villagePlaceholder")}
            options={(villages.data ?? []).map((v) => ({ value: v.villageId, label: `${v.province} ${v.county} ${v.township} ${v.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="accountIds"
          label={t("suppliers.staff")}
          extra={t("suppliers.staffHelp")}
          rules={[
            {
              validator: (_r, ids: string[] | undefined) =>
                (ids ?? []).every((id) => ACCOUNT_ID.test(id)) ? Promise.resolve() : Promise.reject(new Error(t("suppliers.staffInvalid"))),
            },
          ]}
        >
          <Select mode="tags" tokenSeparators={[",", " ", "，"]} open={false} suffixIcon={null} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Suppliers: every one with its village and staff accounts, page by page, and registering one. */
export default function SuppliersPage() {
  const { t, i18n } = useTranslation("admin");
  const [creating, setCreating] = useState(false);
  const queryClient = useQueryClient();
  const villages = useQuery({ queryKey: ["villages", "all"], queryFn: allVillages, staleTime: 300_000 });
  const suppliers = useInfiniteQuery({
    queryKey: ["admin", "suppliers", "list"],
    queryFn: ({ pageParam }) =>
      call(client.GET("/suppliers", { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = suppliers.data?.pages.flatMap((p) => p.items) ?? [];
  const villageName = new Map((villages.data ?? []).map((v) => [v.villageId, `${v.county} ${v.township} ${v.name}`]));

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("suppliers.add")}
          </Button>
        }
      >
        {t("suppliers.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("suppliers.intro")}</Typography.Paragraph>
      {suppliers.error && (
        <Alert type="error" showIcon message={errorMessage(suppliers.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      {suppliers.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("suppliers.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<SupplierItem>
            rowKey="supplierId"
            dataSource={items}
            pagination={false}
            data-testid="supplier-list"
            columns={[
              {
                title: t("suppliers.name"),
                dataIndex: "name",
                render: (name: string, s) => (
                  <>
                    <Typography.Text strong>{name}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{villageName.get(s.villageId) ?? s.villageId}</Typography.Text>
                    </div>
                  </>
                ),
              },
              { title: t("suppliers.kind"), dataIndex: "kind", render: (k: Values["kind"]) => t(`kind.${k}`) },
              {
                title: t("suppliers.staff"),
                dataIndex: "accountIds",
                responsive: ["sm"],
                render: (ids: string[] | undefined) =>
                  ids?.length ? (
                    <Flex gap={4} wrap>
                      {ids.map((id) => (
                        <Tag key={id} style={{ marginInlineEnd: 0 }}>
                          {id}
                        </Tag>
                      ))}
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">{t("suppliers.noStaff")}</Typography.Text>
                  ),
              },
              { title: t("common.createdAt"), dataIndex: "createdAt", responsive: ["lg"], render: (v: string) => formatChinaDateTime(v) },
            ]}
          />
        </Card>
      )}
      {suppliers.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void suppliers.fetchNextPage()} loading={suppliers.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
      <CreateSupplierModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ["admin", "suppliers"] });
        }}
      />
    </>
  );
}
