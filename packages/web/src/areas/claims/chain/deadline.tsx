import { workingDaysBetween, type WorkCalendar } from "@fupin/core/calendar/working-days";
import { useQueries } from "@tanstack/react-query";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { call, client } from "../../../api/client";
import { ColoredTag, TAG_COLORS } from "../../../components/ColoredTag";
import { chinaToday, daysUntil, formatCalendar } from "../../../lib/dates";

/** The years' working-day calendars as the administrator entered them (GET /calendars/{year}); undefined until all have answered. */
export function useWorkCalendar(from: string, to: string): WorkCalendar | undefined {
  const first = Number(from.slice(0, 4));
  const last = Math.max(first, Number(to.slice(0, 4)));
  const years = Array.from({ length: Math.min(last - first + 1, 3) }, (_, i) => first + i);
  const calendars = useQueries({
    queries: years.map((year) => ({
      queryKey: ["calendar", year],
      staleTime: 300_000,
      queryFn: () => call(client.GET("/calendars/{year}", { params: { path: { year } } })),
    })),
  });
  if (calendars.some((c) => !c.data)) return undefined;
  return {
    holidays: new Set(calendars.flatMap((c) => c.data!.holidays)),
    workdays: new Set(calendars.flatMap((c) => c.data!.workdays)),
  };
}

/** Whole days a date lies in the past (0 when it is today or later). */
export const daysOverdue = (dueOn: string, today = chinaToday()) => Math.max(0, -daysUntil(dueOn, today));

/**
 * A claim's working-day deadline as the clerk needs to see it: the date, and either the working
 * days left (orange within three) or how many days it is overdue, in red.
 */
export function DeadlineTag({ claim }: { claim: { dueOn: string; overdue: boolean; stage: string } }) {
  const { t, i18n } = useTranslation("claims", { keyPrefix: "approvalChain.deadline" });
  const today = chinaToday();
  const calendar = useWorkCalendar(today, claim.dueOn);
  const date = formatCalendar(claim.dueOn, i18n.language);
  if (claim.stage === "closed") {
    return (
      <Typography.Text type="secondary" data-testid="chain-deadline">
        {t("dueOn", { date })} · {t("closed")}
      </Typography.Text>
    );
  }
  if (claim.overdue) {
    return (
      <span data-testid="chain-deadline" data-overdue="true">
        <Typography.Text type="danger" strong>
          {t("dueOn", { date })}
        </Typography.Text>{" "}
        <ColoredTag colors={TAG_COLORS.bad}>{t("overdueBy", { count: Math.max(1, daysOverdue(claim.dueOn, today)) })}</ColoredTag>
      </span>
    );
  }
  const left = calendar ? workingDaysBetween(today, claim.dueOn, calendar) : undefined;
  return (
    <span data-testid="chain-deadline" data-overdue="false">
      <Typography.Text strong>{t("dueOn", { date })}</Typography.Text>{" "}
      {left !== undefined && (
        <ColoredTag colors={left <= 3 ? TAG_COLORS.warning : TAG_COLORS.info}>
          {claim.dueOn === today ? t("dueToday") : t("daysLeft", { count: left })}
        </ColoredTag>
      )}
    </span>
  );
}
