import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Descriptions, Form, InputNumber, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import type { T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import type { Product } from "../../api/types";
import { refusalOnField } from "./shared";

/**
 * Restock or write off by a delta: PATCH /products/{id} {stockDelta}, which the platform adds to the
 * stock as it is at that instant (buyers' reservations meanwhile are kept).
 */
export function RestockModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t, i18n } = useTranslation("supplier");
  const [form] = Form.useForm<{ stockDelta: number | null }>();
  const delta = Form.useWatch("stockDelta", form);
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const restock = useMutation({
    mutationFn: (stockDelta: number) =>
      call(client.PATCH("/products/{productId}", { params: { path: { productId: product!.productId } }, body: { stockDelta } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(["supplier", "product", updated.productId], updated);
      queryClient.setQueryData<{ items: Product[]; capped: boolean }>(["supplier", "products", updated.supplierId], (list) =>
        list ? { ...list, items: list.items.map((p) => (p.productId === updated.productId ? updated : p)) } : list,
      );
      void message.success(t("restock.done", { name: updated.name, stock: updated.stock }));
      form.resetFields();
      onClose();
    },
    onError: (e) => {
      if (!refusalOnField(e, form, t as T, i18n.language)) showError(e, form);
    },
  });
  const after = product && typeof delta === "number" ? product.stock + delta : undefined;
  return (
    <Modal
      open={!!product}
      title={product ? t("restock.title", { name: product.name }) : ""}
      okText={t("restock.submit")}
      cancelText={t("restock.cancel")}
      confirmLoading={restock.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      {product && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => restock.mutate(v.stockDelta!)}
          initialValues={{ stockDelta: null }}
          data-testid="restock-form"
        >
          <Descriptions
            size="small"
            column={1}
            items={[{ key: "current", label: t("restock.current"), children: <span data-testid="restock-current">{product.stock}</span> }]}
          />
          <Form.Item
            name="stockDelta"
            label={t("restock.delta")}
            extra={t("restock.deltaHelp")}
            rules={[
              { required: true, message: t("restock.deltaRequired") },
              { validator: (_r, v) => (v === 0 ? Promise.reject(new Error(t("restock.deltaZero"))) : Promise.resolve()) },
            ]}
            style={{ marginTop: 12 }}
          >
            <InputNumber precision={0} min={-1_000_000_000} max={1_000_000_000} style={{ width: "100%" }} autoFocus />
          </Form.Item>
          {after !== undefined && (
            <Typography.Text type={after < 0 ? "danger" : "secondary"}>
              {t("restock.after")}：<strong>{after}</strong>
            </Typography.Text>
          )}
        </Form>
      )}
    </Modal>
  );
}
