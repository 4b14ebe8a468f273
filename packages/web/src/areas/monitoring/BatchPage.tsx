import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Empty, Form, Input, InputNumber, Row, Select, Statistic, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useSession } from "../../auth/use-session";
import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";
import { chinaToday } from "../../lib/dates";
import { CardTitle } from "./labels";
import { type BatchInput, type BatchSummary, DEPARTMENT_SOURCES, type DepartmentSource } from "./types";

interface Values {
  source: DepartmentSource;
  year?: number;
  county?: string;
}

/** The largest CSV the platform takes in one batch (its request limit): a department splits larger files. */
const MAX_CSV_CHARS = 64 * 1024;

/**
 * A department's batch (医保, 民政, 残联, 灾情, 收入监测) as its CSV export: read in the browser,
 * sent as text (POST /department-batches); the platform matches each row to a household by the
 * resident id's hash and raises leads over the county's thresholds. The results name rows by
 * number, never by id.
 */
export default function BatchPage() {
  const { t, i18n } = useTranslation("monitoring");
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [result, setResult] = useState<BatchSummary | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const thisYear = Number(chinaToday().slice(0, 4));

  const upload = useMutation({
    // The file's resident ids are the mutation's variables: kept no longer than the request.
    gcTime: 0,
    mutationFn: (body: BatchInput) => call(client.POST("/department-batches", { body })),
    onSuccess: (summary) => {
      setResult(summary);
      void queryClient.invalidateQueries({ queryKey: ["risk-leads"] });
    },
    onError: (e) => setRefusal(errorMessage(e, t as T, i18n.language)),
  });

  const read = async (f: File) => {
    setResult(null);
    setRefusal(null);
    const text = await f.text();
    if (text.length > MAX_CSV_CHARS) {
      setFile(null);
      setFileProblem(t("batch.tooLarge"));
    } else {
      setFile({ name: f.name, text: text.replace(/^\uFEFF/, "") });
      setFileProblem(null);
    }
    return false;
  };

  return (
    <>
      <PageTitle>{t("batch.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("batch.intro")}</Typography.Paragraph>
      {session?.township ? (
        // Batches are the county's: a township's staff see their leads in the inbox.
        <Alert type="info" showIcon message={t("batch.countyOnly")} />
      ) : (
        <Card style={{ marginBottom: 16 }}>
          <Form<Values>
            form={form}
            name="batch"
            layout="vertical"
            initialValues={{ source: "medical_insurance", year: thisYear - 1 }}
            onValuesChange={() => setRefusal(null)}
            onFinish={(v) => {
              if (!file) return setFileProblem(t("batch.fileRequired"));
              upload.mutate({
                source: v.source,
                csv: file.text,
                ...(v.year ? { year: v.year } : {}),
                ...(v.county?.trim() ? { county: v.county.trim() } : {}),
              });
            }}
            style={{ maxWidth: 720 }}
          >
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="source" label={t("batch.source")} rules={[{ required: true, message: t("form.required") }]}>
                  <Select options={DEPARTMENT_SOURCES.map((s) => ({ value: s, label: t(`department.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name="year" label={t("batch.year")} extra={t("batch.yearHelp")}>
                  <InputNumber min={2000} max={thisYear} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              {!session?.county && (
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="county"
                    label={t("batch.county")}
                    rules={[{ required: true, whitespace: true, message: t("form.required") }]}
                  >
                    <Input maxLength={30} placeholder={t("place.countyPlaceholder")} />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Form.Item
              label={t("batch.file")}
              extra={t("batch.fileHelp")}
              required
              validateStatus={fileProblem ? "error" : undefined}
              help={fileProblem ?? undefined}
            >
              <Upload accept=".csv,text/csv" maxCount={1} showUploadList={false} beforeUpload={read}>
                <Button icon={<UploadOutlined />}>{t("batch.choose")}</Button>
              </Upload>
              {file && (
                <Typography.Text style={{ marginInlineStart: 12 }} data-testid="batch-file">
                  {t("batch.chosen", { name: file.name, lines: file.text.trim().split(/\r?\n/).length - 1 })}
                </Typography.Text>
              )}
            </Form.Item>
            {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="batch-refusal" />}
            <Button type="primary" htmlType="submit" loading={upload.isPending}>
              {t("batch.submit")}
            </Button>
          </Form>
        </Card>
      )}
      {result && <BatchResult summary={result} />}
    </>
  );
}

function BatchResult({ summary: s }: { summary: BatchSummary }) {
  const { t } = useTranslation("monitoring");
  const figures = [
    { key: "rows", value: s.rows },
    { key: "matched", value: s.matched },
    { key: "unmatched", value: s.unmatched },
    { key: "invalidRows", value: new Set(s.invalid.map((i) => i.row)).size },
    { key: "leadsRaised", value: s.leadsRaised, strong: true },
    { key: "alreadyOpen", value: s.alreadyOpen },
    { key: "belowThreshold", value: s.belowThreshold },
  ];
  return (
    <Card title={<CardTitle>{t("batch.result")}</CardTitle>} data-testid="batch-result">
      {s.replayed && <Alert type="info" showIcon message={t("batch.replayed")} style={{ marginBottom: 16 }} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} sm={8} lg={6} xl={3}>
            <Statistic
              title={t(`batch.figures.${f.key}`)}
              value={f.value}
              valueStyle={{ fontSize: 22, ...(f.strong && f.value > 0 ? { color: "#c41d1d" } : {}) }}
              data-testid={`batch-${f.key}`}
            />
          </Col>
        ))}
      </Row>
      {s.leadsRaised > 0 && (
        <Typography.Paragraph>
          <Link to={`/monitoring/inbox?source=${s.source}`}>{t("batch.toInbox", { count: s.leadsRaised })}</Link>
        </Typography.Paragraph>
      )}
      {s.unmatchedRows.length > 0 && (
        <Typography.Paragraph type="secondary">{t("batch.unmatchedRows", { rows: s.unmatchedRows.join("、") })}</Typography.Paragraph>
      )}
      {s.ignoredColumns.length > 0 && (
        <Typography.Paragraph type="secondary">{t("batch.ignored", { columns: s.ignoredColumns.join("、") })}</Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t("batch.invalidTitle")}
      </Typography.Title>
      {s.invalid.length === 0 ? (
        <Empty description={t("batch.noInvalid")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ScrollTable<BatchSummary["invalid"][number]>
          label={t("batch.invalidTitle")}
          size="small"
          rowKey={(r) => `${r.row}:${r.field}`}
          pagination={false}
          data-testid="batch-invalid"
          dataSource={s.invalid}
          columns={[
            {
              title: t("batch.row"),
              dataIndex: "row",
              render: (row: number, r) => (r.line ? t("batch.rowLine", { row, line: r.line }) : row),
            },
            { title: t("batch.field"), dataIndex: "field", render: (f: string) => t(`batch.fields.${f}`, { defaultValue: f }) },
            {
              title: t("batch.problem"),
              dataIndex: "issue",
              render: (issue: string, r) => t(`batch.issues.${issue}`, { defaultValue: r.problem }),
            },
          ]}
        />
      )}
    </Card>
  );
}
