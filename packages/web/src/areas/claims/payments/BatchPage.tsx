import { DownloadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, List, Modal, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { PageTitle } from "../../../components/PageTitle";
import { ScrollTable } from "../../../components/ScrollTable";
import { formatChinaDateTime } from "../../../lib/dates";
import { formatYuan } from "../../../lib/money";
import { saveCsv } from "../../reports/download";
import { shortId } from "../labels";
import { BatchStatusTag, OutcomeTag } from "./labels";
import type { PaymentLine } from "./types";

type Recording = { line: PaymentLine; outcome: "succeeded" | "returned" } | null;
type Outcome = { outcome: "sent" | "succeeded" | "returned"; reason?: string; bankReference?: string };

/** One payment batch: its lines and their outcomes from the bank, the bank file and who downloaded it. */
export default function BatchPage() {
  const { batchId = "" } = useParams();
  const { t, i18n } = useTranslation("claims", { keyPrefix: "payments" });
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const isFinance = hasAnyRole(session, ["finance"]);
  // Finance pays claims but does not open the claims' pages (their routes are the claims staff's).
  const seesClaims = hasAnyRole(session, ["clerk", "approver", "admin"]);
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState<Recording>(null);
  const [form] = Form.useForm<{ reason?: string; bankReference?: string }>();
  const batch = useQuery({
    queryKey: ["payment-batch", batchId],
    queryFn: () => call(client.GET("/payment-batches/{batchId}", { params: { path: { batchId } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["payment-batch", batchId] });
  const record = useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: Outcome }) =>
      call(client.POST("/payment-batches/{batchId}/lines/{claimId}", { params: { path: { batchId, claimId } }, body })),
    onSuccess: () => {
      void message.success(t("batch.recorded"));
      setRecording(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ["payable-claims"] });
      return refresh();
    },
  });
  const download = useMutation({
    mutationFn: () =>
      saveCsv(
        client.GET("/payment-batches/{batchId}/bank-file", { params: { path: { batchId } }, parseAs: "blob" }),
        `bank-file-${batchId}.csv`,
      ),
    onSuccess: () => {
      void message.success(t("batch.downloaded"));
      return refresh();
    },
  });

  if (batch.isPending) return <Skeleton active />;
  if (batch.error) return <Alert type="error" showIcon message={errorMessage(batch.error, common as T, i18n.language)} />;
  const b = batch.data;
  const failure = record.error ?? download.error;

  return (
    <>
      <PageTitle
        extra={
          isFinance && (
            <Button icon={<DownloadOutlined />} onClick={() => download.mutate()} loading={download.isPending}>
              {t("batch.download")}
            </Button>
          )
        }
      >
        {t("batch.title", { id: shortId(b.batchId) })}
      </PageTitle>
      {isFinance && <Typography.Paragraph type="secondary">{t("batch.downloadHint")}</Typography.Paragraph>}
      {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorMessage(failure, common as T, i18n.language)} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t("batch.scheme")}>{b.schemeName}</Descriptions.Item>
          <Descriptions.Item label={t("batch.county")}>{b.county}</Descriptions.Item>
          <Descriptions.Item label={t("batch.status")}>
            <span data-testid="batch-status">
              <BatchStatusTag status={b.status} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t("batch.total")}>
            <Typography.Text strong>{formatYuan(b.totalFen)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t("batch.counts")}>
            <span data-testid="batch-counts">{t("batch.countsValue", b.counts)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("batch.createdAt")}>{formatChinaDateTime(b.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t("batch.createdBy")}>{b.createdBy}</Descriptions.Item>
          {b.note && <Descriptions.Item label={t("batch.note")}>{b.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t("batch.lines")}
          </Typography.Title>
        }
        style={{ marginBottom: 16 }}
      >
        <ScrollTable<PaymentLine>
          label={t("batch.tableLabel")}
          rowKey="claimId"
          size="small"
          pagination={false}
          dataSource={b.lines}
          data-testid="batch-lines"
          columns={[
            { title: t("batch.seq"), dataIndex: "seq", width: 56 },
            { title: t("batch.place"), key: "place", render: (_: unknown, l: PaymentLine) => `${l.township} ${l.villageName}` },
            {
              title: t("batch.head"),
              key: "head",
              render: (_: unknown, l: PaymentLine) => (
                <Flex vertical>
                  {seesClaims ? (
                    <Link to={`/claims/${encodeURIComponent(l.claimId)}`} aria-label={`${t("batch.claimLink")} ${l.headName}`}>
                      {l.headName}
                    </Link>
                  ) : (
                    <Typography.Text>{l.headName}</Typography.Text>
                  )}
                  <Typography.Text type="secondary">{l.idNumberMasked}</Typography.Text>
                </Flex>
              ),
            },
            { title: t("batch.payee"), dataIndex: "holderName" },
            {
              title: t("batch.account"),
              key: "account",
              render: (_: unknown, l: PaymentLine) => (
                <Flex vertical>
                  <span>
                    {t(`accountKind.${l.accountKind}`)} {l.accountMasked}
                  </span>
                  <Typography.Text type="secondary">{l.bankName}</Typography.Text>
                </Flex>
              ),
            },
            { title: t("batch.amount"), dataIndex: "amountFen", align: "right", render: (fen: number) => formatYuan(fen) },
            {
              title: t("batch.outcome"),
              key: "outcome",
              render: (_: unknown, l: PaymentLine) => (
                <Flex vertical gap={2} data-testid={`line-outcome-${l.seq}`}>
                  <span>
                    <OutcomeTag outcome={l.outcome} />
                  </span>
                  {l.bankReference && <Typography.Text type="secondary">{l.bankReference}</Typography.Text>}
                  {l.reason && <Typography.Text type="danger">{l.reason}</Typography.Text>}
                </Flex>
              ),
            },
            ...(isFinance
              ? [
                  {
                    title: t("batch.actions"),
                    key: "actions",
                    render: (_: unknown, l: PaymentLine) =>
                      l.outcome === "pending" || l.outcome === "sent" ? (
                        <Flex gap={4} wrap>
                          {l.outcome === "pending" && (
                            <Button
                              size="small"
                              aria-label={`${t("batch.markSent")} ${l.headName}`}
                              loading={record.isPending && record.variables?.claimId === l.claimId}
                              onClick={() => record.mutate({ claimId: l.claimId, body: { outcome: "sent" } })}
                            >
                              {t("batch.markSent")}
                            </Button>
                          )}
                          <Button
                            size="small"
                            type="primary"
                            aria-label={`${t("batch.markSucceeded")} ${l.headName}`}
                            onClick={() => setRecording({ line: l, outcome: "succeeded" })}
                          >
                            {t("batch.markSucceeded")}
                          </Button>
                          <Button
                            size="small"
                            danger
                            aria-label={`${t("batch.markReturned")} ${l.headName}`}
                            onClick={() => setRecording({ line: l, outcome: "returned" })}
                          >
                            {t("batch.markReturned")}
                          </Button>
                        </Flex>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t("batch.downloads")}
          </Typography.Title>
        }
      >
        {b.downloads.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("batch.noDownloads")} />
        ) : (
          <List
            size="small"
            dataSource={b.downloads}
            renderItem={(d) => <List.Item>{t("batch.downloadBy", { by: d.by, at: formatChinaDateTime(d.at) })}</List.Item>}
          />
        )}
      </Card>
      <Modal
        open={recording !== null}
        title={
          recording &&
          t(recording.outcome === "succeeded" ? "batch.succeededTitle" : "batch.returnedTitle", {
            name: `${recording.line.holderName} ${formatYuan(recording.line.amountFen)}`,
          })
        }
        okText={t("batch.confirm")}
        cancelText={t("batch.cancel")}
        okButtonProps={{ danger: recording?.outcome === "returned", loading: record.isPending }}
        onCancel={() => {
          setRecording(null);
          form.resetFields();
        }}
        onOk={() =>
          void form.validateFields().then(
            (v) => {
              if (!recording) return;
              const reason = v.reason?.trim();
              const bankReference = v.bankReference?.trim();
              record.mutate({
                claimId: recording.line.claimId,
                body: { outcome: recording.outcome, ...(reason ? { reason } : {}), ...(bankReference ? { bankReference } : {}) },
              });
            },
            () => undefined,
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" id="line-outcome-form" preserve={false}>
          {recording?.outcome === "returned" && (
            <Form.Item
              name="reason"
              label={t("batch.reason")}
              rules={[{ required: true, whitespace: true, message: t("batch.reasonRequired") }]}
            >
              <Input.TextArea rows={2} maxLength={500} placeholder={t("batch.reasonPlaceholder")} />
            </Form.Item>
          )}
          <Form.Item name="bankReference" label={t("batch.bankReference")}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
