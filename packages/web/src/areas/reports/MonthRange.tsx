import { Col, DatePicker, Form } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";

/** A report's period as two month pickers (YYYY-MM), either left empty for the API's default (the last twelve months). */
export function MonthRange({
  from,
  to,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (change: { from?: string | undefined; to?: string | undefined }) => void;
}) {
  const { t } = useTranslation("reports");
  return (
    <>
      <Col xs={12} md={6}>
        <Form.Item label={t("dashboards.common.from")} htmlFor="report-from" style={{ marginBottom: 8 }}>
          <DatePicker
            id="report-from"
            picker="month"
            style={{ width: "100%" }}
            value={from ? dayjs(`${from}-01`) : null}
            disabledDate={(d) => (to ? d.format("YYYY-MM") > to : false)}
            onChange={(d) => onChange({ from: d ? d.format("YYYY-MM") : undefined })}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item label={t("dashboards.common.to")} htmlFor="report-to" style={{ marginBottom: 8 }}>
          <DatePicker
            id="report-to"
            picker="month"
            style={{ width: "100%" }}
            value={to ? dayjs(`${to}-01`) : null}
            disabledDate={(d) => (from ? d.format("YYYY-MM") < from : false)}
            onChange={(d) => onChange({ to: d ? d.format("YYYY-MM") : undefined })}
          />
        </Form.Item>
      </Col>
    </>
  );
}
