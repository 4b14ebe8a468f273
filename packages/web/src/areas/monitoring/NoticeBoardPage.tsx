import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Empty, Flex, Form, Input, List, Row, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { ColoredTag, TAG_COLORS, type TagColors } from "../../components/ColoredTag";
import { PageTitle } from "../../components/PageTitle";
import { daysUntil, formatCalendar } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import type { PublicNotice } from "./types";

const KIND_COLORS: Record<PublicNotice["kind"], TagColors> = {
  identification: TAG_COLORS.bad,
  removal: TAG_COLORS.good,
  claim_proposal: TAG_COLORS.waiting,
  claim: TAG_COLORS.info,
};

/**
 * The public notice board (公示), for anyone, signed in or not (GET /public/notices): a county's
 * identifications, risk removals, claims before the township's review (拟救助) and approved
 * claims while their notice runs, names masked (张*国); anyone may object to any but an approved
 * claim during its notice period.
 */
export default function NoticeBoardPage() {
  const { t, i18n } = useTranslation("monitoring");
  const [params, setParams] = useSearchParams();
  const county = params.get("county")?.trim() || undefined;
  const township = params.get("township")?.trim() || undefined;
  const [form] = Form.useForm<{ county: string; township?: string }>();
  const notices = useInfiniteQuery({
    queryKey: ["public-notices", county, township ?? null],
    enabled: !!county,
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/public/notices", {
          params: { query: { county: county!, ...(township ? { township } : {}), limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = notices.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageTitle>{t("notices.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("notices.intro")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form
          form={form}
          name="board"
          layout="vertical"
          initialValues={{ county: county ?? "", township: township ?? "" }}
          onFinish={(v) => {
            const next = new URLSearchParams();
            if (v.county.trim()) next.set("county", v.county.trim());
            if (v.township?.trim()) next.set("township", v.township.trim());
            setParams(next, { replace: true });
          }}
        >
          <Row gutter={12} align="bottom">
            <Col xs={12} md={6}>
              <Form.Item
                name="county"
                label={t("notices.county")}
                rules={[{ required: true, whitespace: true, message: t("notices.countyRequired") }]}
                style={{ marginBottom: 8 }}
              >
                <Input maxLength={30} placeholder={t("place.countyPlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="township" label={t("notices.township")} style={{ marginBottom: 8 }}>
                <Input maxLength={30} placeholder={t("notices.allTownships")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item style={{ marginBottom: 8 }}>
                <Button type="primary" htmlType="submit">
                  {t("notices.show")}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {notices.error && (
        <Alert type="error" showIcon message={errorMessage(notices.error, t as T, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      {!county ? (
        <Empty description={t("notices.chooseCounty")} />
      ) : notices.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t("notices.empty", { where: `${county}${township ?? ""}` })} />
      ) : (
        <List<PublicNotice>
          dataSource={items}
          data-testid="notice-list"
          grid={{ gutter: 12, xs: 1, md: 2, xl: 3 }}
          renderItem={(n) => (
            <List.Item>
              <NoticeCard notice={n} />
            </List.Item>
          )}
        />
      )}
      {notices.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void notices.fetchNextPage()} loading={notices.isFetchingNextPage}>
            {t("common.more")}
          </Button>
        </Flex>
      )}
    </>
  );
}

function NoticeCard({ notice: n }: { notice: PublicNotice }) {
  const { t, i18n } = useTranslation("monitoring");
  const [objecting, setObjecting] = useState(false);
  const [receipt, setReceipt] = useState<string | null>(null);
  const left = daysUntil(n.endsOn);
  return (
    <Card size="small" data-notice-id={n.noticeId} data-testid="notice">
      <Flex gap={8} wrap align="center" justify="space-between">
        <ColoredTag colors={KIND_COLORS[n.kind]}>{t(`noticeKind.${n.kind}`)}</ColoredTag>
        <Typography.Text type="secondary">{left >= 0 ? t("notices.daysLeft", { count: left + 1 }) : t("notices.over")}</Typography.Text>
      </Flex>
      <Typography.Title level={2} style={{ fontSize: 18, margin: "8px 0 4px" }} data-testid="notice-name">
        {n.name}
      </Typography.Title>
      <Typography.Text>
        {n.county}
        {n.township}
        {n.villageName}
      </Typography.Text>
      <div>
        {n.category && <Typography.Text>{t(`category.${n.category}`)}</Typography.Text>}
        {/* Causes are a county's data: the board sends each one's label. */}
        {n.causeLabel && <Typography.Text>{n.causeLabel}</Typography.Text>}
        {n.amountFen !== null && (
          <Typography.Text strong>
            {" · "}
            {t(n.kind === "claim_proposal" ? "notices.proposedAmount" : "notices.amount", { amount: formatYuan(n.amountFen) })}
          </Typography.Text>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t("notices.period", { from: formatCalendar(n.startsOn, i18n.language), to: formatCalendar(n.endsOn, i18n.language) })}
      </Typography.Text>
      {receipt ? (
        <Alert type="success" showIcon message={receipt} style={{ marginTop: 8 }} data-testid="objection-receipt" />
      ) : n.acceptsObjections && !objecting ? (
        <div style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => setObjecting(true)} aria-label={t("notices.objectTo", { name: n.name })}>
            {t("notices.object")}
          </Button>
        </div>
      ) : null}
      {objecting && !receipt && <ObjectionForm notice={n} onFiled={(r) => setReceipt(r)} onCancel={() => setObjecting(false)} />}
    </Card>
  );
}

function ObjectionForm({
  notice: n,
  onFiled,
  onCancel,
}: {
  notice: PublicNotice;
  onFiled: (receipt: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("monitoring");
  const [refusal, setRefusal] = useState<string | null>(null);
  const file = useMutation({
    // What a member of the public writes is kept no longer than the request.
    gcTime: 0,
    mutationFn: (body: { note: string; contact?: string }) =>
      call(client.POST("/public/notices/{noticeId}/objections", { params: { path: { noticeId: n.noticeId } }, body })),
    onSuccess: (r) =>
      onFiled(t("notices.filed", { id: r.objectionId.slice(-8).toUpperCase(), date: formatCalendar(r.receivedOn, i18n.language) })),
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });
  return (
    <Form
      name={`object-${n.noticeId}`}
      layout="vertical"
      onFinish={(v: { note: string; contact?: string }) =>
        file.mutate({ note: v.note.trim(), ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}) })
      }
      style={{ marginTop: 8 }}
    >
      <Form.Item
        name="note"
        label={t("notices.objectionNote", { name: n.name })}
        rules={[{ required: true, whitespace: true, message: t("notices.noteRequired") }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="contact" label={t("notices.contact")} extra={t("notices.contactHelp")}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 8 }} data-testid="objection-refusal" />}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {t("notices.submit")}
        </Button>
        <Button onClick={onCancel}>{t("edit.cancel")}</Button>
      </Flex>
    </Form>
  );
}
