import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Form, Input, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { PageTitle } from "../../../components/PageTitle";
import { ColoredTag, TAG_COLORS } from "../../../components/ColoredTag";
import { ScrollTable } from "../../../components/ScrollTable";
import { formatYuan } from "../../../lib/money";
import { shortId } from "../labels";
import { useSchemeOptions } from "./BatchesPage";
import { MAX_BATCH_CLAIMS, type PayableClaim } from "./types";

const payable = (c: PayableClaim) => c.account !== null && c.openBatchId === null;

/** Gathers a scheme's approved claims into a payment batch: only those with an account and in no open batch. */
export default function NewBatchPage() {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "payments" });
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get("schemeId") ?? undefined;
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const schemes = useSchemeOptions();
  const claims = useQuery({
    queryKey: ["payable-claims", schemeId],
    enabled: schemeId !== undefined,
    queryFn: () =>
      call(client.GET("/schemes/{schemeId}/payable-claims", { params: { path: { schemeId: schemeId! }, query: { limit: 100 } } })),
  });
  const items = claims.data?.items ?? [];
  const selected = items.filter((c) => chosen.includes(c.claimId));
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST("/payment-batches", { body: { schemeId: schemeId!, claimIds: chosen, ...(note.trim() ? { note: note.trim() } : {}) } }),
      ),
    onSuccess: (batch) => {
      void message.success(t("newBatch.created"));
      navigate(`/payment-batches/${encodeURIComponent(batch.batchId)}`);
    },
  });

  return (
    <>
      <PageTitle>{t("newBatch.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("newBatch.intro", { max: MAX_BATCH_CLAIMS })}</Typography.Paragraph>
      <Form layout="vertical" component="div" style={{ maxWidth: 420 }}>
        <Form.Item label={t("newBatch.scheme")} htmlFor="new-batch-scheme" required>
          <Select
            id="new-batch-scheme"
            placeholder={t("newBatch.schemePlaceholder")}
            value={schemeId}
            onChange={(v: string) => {
              setChosen([]);
              setParams({ schemeId: v }, { replace: true });
            }}
            loading={schemes.isPending}
            options={(schemes.data?.items ?? []).map((s) => ({ value: s.schemeId, label: s.name }))}
          />
        </Form.Item>
      </Form>
      {schemes.error && <Alert type="error" showIcon message={errorMessage(schemes.error, common as T, i18n.language)} />}
      {schemeId !== undefined && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t("newBatch.claims")}
            </Typography.Title>
          }
        >
          {claims.error && <Alert type="error" showIcon message={errorMessage(claims.error, common as T, i18n.language)} />}
          {claims.isPending ? (
            <Skeleton active />
          ) : items.length === 0 ? (
            <Empty description={t("newBatch.none")} />
          ) : (
            <ScrollTable<PayableClaim>
              label={t("newBatch.tableLabel")}
              rowKey="claimId"
              size="small"
              pagination={false}
              dataSource={items}
              data-testid="payable-claims"
              columns={[
                {
                  // A column of our own, not antd's rowSelection: its selected rows' tint fails contrast under the red theme.
                  title: t("newBatch.choose"),
                  key: "choose",
                  width: 64,
                  render: (_: unknown, c: PayableClaim) => (
                    <Checkbox
                      aria-label={`${c.headName} ${shortId(c.claimId)}`}
                      disabled={!payable(c) || (!chosen.includes(c.claimId) && chosen.length >= MAX_BATCH_CLAIMS)}
                      checked={chosen.includes(c.claimId)}
                      onChange={(e) => setChosen((now) => (e.target.checked ? [...now, c.claimId] : now.filter((id) => id !== c.claimId)))}
                    />
                  ),
                },
                {
                  title: t("newBatch.claim"),
                  dataIndex: "claimId",
                  render: (id: string) => shortId(id),
                },
                { title: t("newBatch.head"), dataIndex: "headName" },
                { title: t("newBatch.township"), dataIndex: "township" },
                { title: t("newBatch.cause"), dataIndex: "causeLabel" },
                { title: t("newBatch.amount"), dataIndex: "approvedPayoutFen", align: "right", render: (fen: number) => formatYuan(fen) },
                {
                  title: t("newBatch.account"),
                  key: "account",
                  render: (_: unknown, c: PayableClaim) =>
                    c.account ? (
                      <span>
                        {t(`accountKind.${c.account.kind}`)} {c.account.accountMasked}
                      </span>
                    ) : (
                      <Flex gap={4} wrap>
                        <ColoredTag colors={TAG_COLORS.warning}>{t("newBatch.noAccount")}</ColoredTag>
                        <Link to={`/households/${encodeURIComponent(c.householdId)}/payment-account`}>{t("newBatch.addAccount")}</Link>
                      </Flex>
                    ),
                },
                {
                  title: t("newBatch.state"),
                  key: "state",
                  render: (_: unknown, c: PayableClaim) => (
                    <Flex vertical gap={2}>
                      {c.openBatchId ? (
                        <Link to={`/payment-batches/${encodeURIComponent(c.openBatchId)}`}>
                          {t("newBatch.inBatch", { id: shortId(c.openBatchId) })}
                        </Link>
                      ) : (
                        payable(c) && (
                          <span>
                            <ColoredTag colors={TAG_COLORS.good}>{t("newBatch.ready")}</ColoredTag>
                          </span>
                        )
                      )}
                      {c.lastReturn && (
                        <Typography.Text type="danger">{t("newBatch.lastReturn", { reason: c.lastReturn.reason })}</Typography.Text>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
          <Form layout="vertical" component="div" style={{ marginTop: 16, maxWidth: 560 }}>
            <Form.Item label={t("newBatch.note")} htmlFor="new-batch-note">
              <Input.TextArea id="new-batch-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
          </Form>
          {create.error && (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(create.error, common as T, i18n.language)} />
          )}
          <Flex gap={12} align="center" wrap>
            <Button type="primary" disabled={chosen.length === 0} loading={create.isPending} onClick={() => create.mutate()}>
              {t("newBatch.create")}
            </Button>
            <Typography.Text data-testid="batch-selection">
              {chosen.length === 0
                ? t("newBatch.pick")
                : t("newBatch.selected", {
                    count: chosen.length,
                    amount: formatYuan(selected.reduce((s, c) => s + c.approvedPayoutFen, 0)),
                  })}
            </Typography.Text>
          </Flex>
        </Card>
      )}
    </>
  );
}
