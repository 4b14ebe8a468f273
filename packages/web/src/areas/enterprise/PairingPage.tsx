import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Skeleton,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { chinaToday, formatCalendar } from "../../lib/dates";
import { formatYuan, parseYuan } from "../../lib/money";
import { getPairing, keys, useManages } from "./api";
import { Figures } from "./Figures";
import { PairingStatusTag, SupportTypeTags } from "./labels";
import { type Contribution, type Pairing, SUPPORT_TYPES, type SupportType } from "./types";

interface ContributionFields {
  date: Dayjs;
  type: SupportType;
  amount: string;
  peopleHelped: number;
  projects: string[];
  note?: string;
}

/** Records help delivered under an active pairing (POST /pairings/{id}/contributions). */
function RecordContribution({ pairing }: { pairing: Pairing }) {
  const { t } = useTranslation("enterprise");
  const [form] = Form.useForm<ContributionFields>();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: (f: ContributionFields) =>
      call(
        client.POST("/pairings/{pairingId}/contributions", {
          params: { path: { pairingId: pairing.pairingId } },
          body: {
            date: f.date.format("YYYY-MM-DD"),
            type: f.type,
            amountFen: parseYuan(f.amount) ?? 0,
            peopleHelped: f.peopleHelped,
            projects: f.projects ?? [],
            ...(f.note?.trim() ? { note: f.note } : {}),
          },
        }),
      ),
    onSuccess: (c) => {
      void message.success(t("pairing.saved", { amount: formatYuan(c.amountFen) }));
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: keys.pairing(pairing.pairingId) });
      void queryClient.invalidateQueries({ queryKey: keys.ledger(pairing.pairingId) });
      void queryClient.invalidateQueries({ queryKey: keys.figures(pairing.enterpriseId) });
      void queryClient.invalidateQueries({ queryKey: keys.pairings(pairing.enterpriseId) });
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("pairing.record")}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t("pairing.recordHint")}</Typography.Paragraph>
      <Form<ContributionFields>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs(chinaToday()), type: pairing.supportTypes[0], projects: [] }}
        onFinish={(f) => record.mutate(f)}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="date" label={t("pairing.date")} rules={[{ required: true, message: t("pairing.dateRequired") }]}>
              <DatePicker style={{ width: "100%" }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="type" label={t("pairing.type")} rules={[{ required: true, message: t("pairing.typeRequired") }]}>
              <Select options={SUPPORT_TYPES.map((type) => ({ value: type, label: t(`supportType.${type}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              name="amount"
              label={t("pairing.amount")}
              rules={[
                { required: true, message: t("pairing.amountRequired") },
                {
                  validator: async (_r, v: string | undefined) => {
                    if (v && parseYuan(v) === null) throw new Error(t("pairing.amountInvalid"));
                  },
                },
              ]}
            >
              <Input prefix="¥" inputMode="decimal" placeholder={t("pairing.amountPlaceholder")} maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              name="peopleHelped"
              label={t("pairing.peopleHelped")}
              rules={[{ required: true, message: t("pairing.peopleRequired") }]}
            >
              <InputNumber min={0} max={10_000_000} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="projects" label={t("pairing.projects")}>
              <Select mode="tags" placeholder={t("pairing.projectsPlaceholder")} open={false} suffixIcon={null} maxCount={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="note" label={t("pairing.note")}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t("pairing.save")}
        </Button>
      </Form>
    </Card>
  );
}

/** Ends an active pairing after a confirmation that names the village and asks for the end date. */
function EndPairing({ pairing }: { pairing: Pairing }) {
  const { t } = useTranslation("enterprise");
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: (endedOn: string) =>
      call(client.POST("/pairings/{pairingId}/end", { params: { path: { pairingId: pairing.pairingId } }, body: { endedOn } })),
    onSuccess: (ended) => {
      setOpen(false);
      queryClient.setQueryData(keys.pairing(pairing.pairingId), ended);
      void queryClient.invalidateQueries({ queryKey: keys.figures(pairing.enterpriseId) });
      void queryClient.invalidateQueries({ queryKey: keys.pairings(pairing.enterpriseId) });
      void message.success(t("pairing.ended"));
    },
    onError: (e) => showError(e, form),
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t("pairing.end")}
      </Button>
      <Modal
        open={open}
        title={t("pairing.endTitle", { village: pairing.village.name })}
        okText={t("pairing.endOk")}
        cancelText={t("pairing.endCancel")}
        okButtonProps={{ danger: true, loading: end.isPending }}
        onOk={() =>
          void form.validateFields().then(
            (f) => end.mutate(f.endedOn.format("YYYY-MM-DD")),
            () => undefined,
          )
        }
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t("pairing.endBody")}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ endedOn: dayjs(chinaToday()) }} preserve={false}>
          <Form.Item name="endedOn" label={t("pairing.endedOn")} rules={[{ required: true, message: t("pairing.endedOnRequired") }]}>
            <DatePicker style={{ width: "100%" }} allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A pairing's figures and ledger (台账), with what an owner may do: record help, end it. */
export default function PairingPage() {
  const { pairingId = "" } = useParams();
  const { t, i18n } = useTranslation("enterprise");
  const pairing = useQuery({ queryKey: keys.pairing(pairingId), queryFn: () => getPairing(pairingId) });
  const ledger = useInfiniteQuery({
    queryKey: keys.ledger(pairingId),
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/pairings/{pairingId}/contributions", {
          params: { path: { pairingId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const date = (d: string) => formatCalendar(d, i18n.language);
  const manages = useManages(pairing.data?.enterpriseId);

  if (pairing.isPending) return <Skeleton active />;
  if (pairing.error) {
    return (
      <>
        <PageTitle>{t("pairing.notFound")}</PageTitle>
        <Alert type="error" showIcon message={errorMessage(pairing.error, t as T, i18n.language)} />
      </>
    );
  }
  const p = pairing.data;
  // By date of delivery, as the API lists them.
  const entries = ledger.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to={`/enterprise/enterprises/${p.enterpriseId}`}>← {p.enterpriseName}</Link>
      </Typography.Paragraph>
      <PageTitle extra={p.status === "active" && manages && <EndPairing pairing={p} />}>
        {t("pairing.title")}：{p.village.name}
      </PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: "enterprise", label: t("pairing.enterprise"), children: p.enterpriseName },
            {
              key: "village",
              label: t("pairing.village"),
              children: `${p.village.name}（${p.village.province} ${p.village.city} ${p.village.county} ${p.village.township}）`,
            },
            { key: "types", label: t("pairing.supportTypes"), children: <SupportTypeTags types={p.supportTypes} /> },
            { key: "status", label: t("pairing.status"), children: <PairingStatusTag status={p.status} /> },
            {
              key: "period",
              label: t("pairing.period"),
              children: p.endedOn
                ? t("enterprise.range", { from: date(p.startedOn), to: date(p.endedOn) })
                : t("enterprise.since", { from: date(p.startedOn) }),
            },
          ]}
        />
      </Card>
      <Figures values={p} testId="pairing-figures" />
      {manages === false && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("pairing.readOnly", { enterprise: p.enterpriseName })} />
      )}
      {p.status === "active" ? (
        manages && <RecordContribution pairing={p} />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("pairing.endedNotice", { date: date(p.endedOn ?? "") })} />
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("pairing.ledger")}</h2>} styles={{ body: { padding: 0 } }}>
        {ledger.error && <Alert type="error" showIcon message={errorMessage(ledger.error, t as T, i18n.language)} />}
        <ScrollTable<Contribution>
          label={t("pairing.ledger")}
          rowKey="contributionId"
          loading={ledger.isPending}
          dataSource={entries}
          pagination={false}
          locale={{ emptyText: t("pairing.emptyLedger") }}
          data-testid="ledger"
          columns={[
            { title: t("pairing.date"), dataIndex: "date", render: (d: string) => date(d) },
            { title: t("pairing.type"), dataIndex: "type", render: (type: SupportType) => t(`supportType.${type}`) },
            { title: t("pairing.colAmount"), dataIndex: "amountFen", align: "right", render: (v: number) => formatYuan(v) },
            { title: t("pairing.peopleHelped"), dataIndex: "peopleHelped", align: "right" },
            { title: t("pairing.colProjects"), dataIndex: "projects", render: (ps: string[]) => ps.join("、") || "—" },
            { title: t("pairing.colNote"), dataIndex: "note", render: (n: string | null) => n ?? "—" },
            { title: t("pairing.recordedBy"), dataIndex: "recordedBy" },
          ]}
        />
        {ledger.hasNextPage && (
          <Flex justify="center" style={{ padding: 12 }}>
            <Button onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage}>
              {t("pairing.more")}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
