import { PlusOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Modal, Row, Skeleton, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Village } from "../../api/types";
import { PageTitle } from "../../components/PageTitle";
import { formatChinaDateTime } from "../../lib/dates";
import { refusalOnField } from "./shared";

type Values = Pick<Village, "province" | "city" | "county" | "township" | "name">;
const FIELDS = ["province", "city", "county", "township", "name"] as const;

function CreateVillageModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (v: Village) => void }) {
  const { t, i18n } = useTranslation("admin");
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const create = useMutation({
    mutationFn: (body: Values) => call(client.POST("/villages", { body })),
    onSuccess: (v) => {
      void message.success(t("villages.created", { county: v.county, township: v.township, name: v.name }));
      form.resetFields();
      onCreated(v);
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });
  return (
    <Modal
      open={open}
      title={t("villages.createTitle")}
      okText={t("villages.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} data-testid="village-form">
        <Row gutter={12}>
          {FIELDS.map((f) => (
            <Col key={f} xs={24} sm={f === "name" ? 24 : 12}>
              <Form.Item
                name={f}
                label={t(`villages.${f}`)}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: f === "name" ? 50 : 30 }]}
              >
                <Input placeholder={t(`villages.${f}_ph`)} maxLength={f === "name" ? 50 : 30} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}

/** Villages: the list (optionally of one county), page by page, and registering one. */
export default function VillagesPage() {
  const { t, i18n } = useTranslation("admin");
  const [params, setParams] = useSearchParams();
  const county = params.get("county") ?? "";
  const [creating, setCreating] = useState(false);
  const queryClient = useQueryClient();
  const villages = useInfiniteQuery({
    queryKey: ["admin", "villages", county],
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/villages", {
          params: { query: { limit: 50, ...(county ? { county } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = villages.data?.pages.flatMap((p) => p.items) ?? [];
  const setCounty = (c: string) => setParams(c ? { county: c } : {}, { replace: true });

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("villages.add")}
          </Button>
        }
      >
        {t("villages.title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("villages.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Form.Item label={t("villages.filter")} htmlFor="village-county" style={{ marginBottom: 0, maxWidth: 420 }}>
            <Input.Search
              id="village-county"
              key={county}
              defaultValue={county}
              placeholder={t("villages.filterPlaceholder")}
              allowClear
              enterButton
              onSearch={(c) => setCounty(c.trim())}
            />
          </Form.Item>
        </Form>
      </Card>
      {villages.error && (
        <Alert type="error" showIcon message={errorMessage(villages.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      {villages.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("villages.empty")} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Village>
            rowKey="villageId"
            dataSource={items}
            pagination={false}
            data-testid="village-list"
            columns={[
              { title: t("villages.name"), dataIndex: "name", render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
              { title: t("villages.township"), dataIndex: "township" },
              { title: t("villages.county"), dataIndex: "county" },
              { title: t("villages.city"), dataIndex: "city", responsive: ["md"] },
              { title: t("villages.province"), dataIndex: "province", responsive: ["sm"] },
              { title: t("common.createdAt"), dataIndex: "createdAt", responsive: ["lg"], render: (v: string) => formatChinaDateTime(v) },
            ]}
          />
        </Card>
      )}
      {villages.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void villages.fetchNextPage()} loading={villages.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
      <CreateVillageModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(v) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ["admin", "villages"] });
          void queryClient.invalidateQueries({ queryKey: ["villages", "all"] });
          setCounty(v.county);
        }}
      />
    </>
  );
}
