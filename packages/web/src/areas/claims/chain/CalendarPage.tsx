import { CloseOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Flex, Form, Row, Select, Skeleton, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { useShowError } from "../../../api/show-error";
import { PageTitle } from "../../../components/PageTitle";
import { chinaToday, formatCalendar, formatChinaDateTime } from "../../../lib/dates";
import { registerChainTexts } from "./texts";

registerChainTexts();

interface Arrangement {
  holidays: string[];
  workdays: string[];
}

const iso = (d: Dayjs) => d.format("YYYY-MM-DD");
const isWeekend = (date: string) => [0, 6].includes(dayjs(date).day());

/** The weekdays from `from` to `to` (inclusive): the days a run of holidays takes off work. */
export function weekdaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayjs(from); iso(d) <= to && out.length < 60; d = d.add(1, "day")) if (!isWeekend(iso(d))) out.push(iso(d));
  return out;
}

const sortedUnion = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/**
 * A year's public holidays and the weekend days worked in their place, as the administrator enters
 * them from the State Council's notice (PUT /calendars/{year}); claims' working-day deadlines count
 * them. A run of days off is entered from its first to its last day: its weekdays become holidays.
 */
export default function CalendarPage() {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain.calendar" });
  const { t: tc } = useTranslation("claims");
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday().slice(0, 4));
  const asked = Number(params.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const saved = useQuery({
    queryKey: ["calendar", year],
    queryFn: () => call(client.GET("/calendars/{year}", { params: { path: { year } } })),
  });
  // Edits of the year shown, until saved or undone.
  const [draft, setDraft] = useState<(Arrangement & { year: number }) | null>(null);
  const current: Arrangement | undefined = draft?.year === year ? draft : saved.data;
  const dirty = draft?.year === year;
  const edit = (change: (a: Arrangement) => Arrangement) => current && setDraft({ ...change(current), year });

  const save = useMutation({
    mutationFn: (a: Arrangement) => call(client.PUT("/calendars/{year}", { params: { path: { year } }, body: a })),
    onSuccess: (calendar) => {
      queryClient.setQueryData(["calendar", year], calendar);
      setDraft(null);
      void message.success(t("saved", { year }));
    },
    onError: (e) => showError(e),
  });

  const inYear = (d: Dayjs) => d.year() === year;
  const label = (date: string) =>
    t("date", { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), weekday: t(`weekdays.d${dayjs(date).day()}`) });

  return (
    <>
      <PageTitle
        extra={
          <Select
            aria-label={t("year")}
            value={year}
            style={{ width: 120 }}
            onChange={(y: number) => {
              const next = new URLSearchParams(params);
              next.set("year", String(y));
              setParams(next, { replace: true });
            }}
            options={years.map((y) => ({ value: y, label: t("yearOption", { year: y }) }))}
          />
        }
      >
        {t("title")}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t("intro")}</Typography.Paragraph>
      {saved.error ? (
        <Alert type="error" showIcon message={errorMessage(saved.error, tc as T, i18n.language)} />
      ) : !current || !saved.data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary" data-testid="calendar-saved">
            {saved.data.updatedAt && saved.data.updatedBy
              ? t("updated", { by: saved.data.updatedBy, at: formatChinaDateTime(saved.data.updatedAt) })
              : t("neverSet")}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("holidays")}</h2>} data-testid="calendar-holidays">
                <AddDays
                  id="holiday"
                  range
                  year={year}
                  label={t("addHolidays")}
                  help={t("holidaysHelp")}
                  disabled={(d) => !inYear(d)}
                  onAdd={(from, to) => edit((a) => ({ ...a, holidays: sortedUnion(a.holidays, weekdaysBetween(from, to)) }))}
                />
                <Dates
                  dates={current.holidays}
                  label={label}
                  onRemove={(d) => edit((a) => ({ ...a, holidays: a.holidays.filter((h) => h !== d) }))}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("workdays")}</h2>} data-testid="calendar-workdays">
                <AddDays
                  id="workday"
                  year={year}
                  label={t("addWorkday")}
                  help={t("workdaysHelp")}
                  // Only a weekend day can be a working day in place of a holiday, and never a holiday itself.
                  disabled={(d) => !inYear(d) || !isWeekend(iso(d)) || current.holidays.includes(iso(d))}
                  onAdd={(day) => edit((a) => ({ ...a, workdays: sortedUnion(a.workdays, [day]) }))}
                />
                <Dates
                  dates={current.workdays}
                  label={label}
                  onRemove={(d) => edit((a) => ({ ...a, workdays: a.workdays.filter((w) => w !== d) }))}
                />
              </Card>
            </Col>
          </Row>
          <Flex gap={8} wrap align="center">
            <Button
              type="primary"
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate({ holidays: current.holidays, workdays: current.workdays })}
            >
              {t("save")}
            </Button>
            <Button disabled={!dirty || save.isPending} onClick={() => setDraft(null)}>
              {t("reset")}
            </Button>
            {dirty && (
              <Typography.Text type="warning" data-testid="calendar-unsaved">
                {t("unsaved")}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      )}
    </>
  );
}

/** A date (or a first and last date) and a button that adds it. */
function AddDays({
  id,
  range,
  year,
  label,
  help,
  disabled,
  onAdd,
}: {
  id: string;
  range?: boolean;
  year: number;
  label: string;
  help: string;
  disabled: (d: Dayjs) => boolean;
  onAdd: (from: string, to: string) => void;
}) {
  const { t } = useTranslation("claims", { keyPrefix: "approvalChain" });
  const [form] = Form.useForm<{ from: Dayjs; to?: Dayjs }>();
  const opening = dayjs(`${year}-01-01`);
  const add = () =>
    void form
      .validateFields()
      .then((v) => {
        const from = iso(v.from);
        const to = v.to ? iso(v.to) : from;
        onAdd(from, [from, to].sort()[1]!);
        form.resetFields();
      })
      .catch(() => undefined);
  return (
    <Form form={form} name={`calendar-${id}`} layout="vertical" component="div" style={{ marginBottom: 8 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: "4px 0 8px" }}>
        {help}
      </Typography.Paragraph>
      <Flex gap={8} wrap align="flex-end">
        <Form.Item
          name="from"
          label={range ? t("calendar.from") : t("calendar.day")}
          rules={[{ required: true, message: t("form.requiredDate") }]}
          style={{ marginBottom: 8, flex: "1 1 140px" }}
        >
          <DatePicker style={{ width: "100%" }} disabledDate={disabled} defaultPickerValue={opening} />
        </Form.Item>
        {range && (
          <Form.Item name="to" label={t("calendar.to")} style={{ marginBottom: 8, flex: "1 1 140px" }}>
            <DatePicker style={{ width: "100%" }} disabledDate={disabled} defaultPickerValue={opening} />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button onClick={add}>{t("calendar.add")}</Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}

/** The dates entered, by month, each with a button that removes it. */
function Dates({ dates, label, onRemove }: { dates: string[]; label: (date: string) => string; onRemove: (date: string) => void }) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain.calendar" });
  if (dates.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("none")} />;
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
  return (
    <Flex vertical gap={8} data-testid="calendar-dates">
      {months.map((m) => (
        <Flex key={m} gap={8} wrap align="center">
          <Typography.Text strong style={{ minWidth: 40 }}>
            {t("month", { month: Number(m.slice(5)) })}
          </Typography.Text>
          {dates
            .filter((d) => d.startsWith(m))
            .map((d) => (
              <Flex
                key={d}
                align="center"
                gap={2}
                data-date={d}
                style={{ border: "1px solid #d9d9d9", borderRadius: 4, paddingInlineStart: 8, background: "#fafafa" }}
              >
                <span>{label(d)}</span>
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={t("remove", { date: formatCalendar(d, i18n.language) })}
                  onClick={() => onRemove(d)}
                />
              </Flex>
            ))}
        </Flex>
      ))}
      <Typography.Text type="secondary">{t("count", { count: dates.length })}</Typography.Text>
    </Flex>
  );
}
