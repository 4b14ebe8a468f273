import { List } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ApiError } from "../../api/errors";
import { formatCalendar } from "../../lib/dates";
import { shortId, useCauseName } from "./labels";
import { CLAIM_STATUSES, type DuplicateMatch } from "./types";

/**
 * The claims a claim may repeat, each a link (opened beside the form, so nothing typed is lost)
 * with why it matched: the invoice it shares, or the same cause within 30 days.
 */
export function DuplicateMatches({ matches, testId }: { matches: readonly DuplicateMatch[]; testId?: string }) {
  const { t, i18n } = useTranslation("claims");
  const causeName = useCauseName();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...matches]}
      renderItem={(m) => (
        <List.Item style={{ paddingInline: 0 }} data-match={m.claimId}>
          <span style={{ overflowWrap: "anywhere" }}>
            {m.reason === "invoice_reused"
              ? t("duplicateReason.invoice_reused", { number: m.invoiceNumber ?? "" })
              : t("duplicateReason.same_incident", { cause: causeName(m.cause), date: formatCalendar(m.incidentDate, i18n.language) })}{" "}
            <Link to={`/claims/${m.claimId}`} target="_blank" rel="noopener" style={{ textDecoration: "underline" }}>
              {shortId(m.claimId)}
            </Link>
            {t("duplicateStatus", { status: t(`statusShort.${m.status}`) })}
          </span>
        </List.Item>
      )}
    />
  );
}

/** The matches a 409 POSSIBLE_DUPLICATE names in its details, or null for any other refusal. */
export function duplicatesOf(error: ApiError | unknown): DuplicateMatch[] | null {
  const body = (error as ApiError | undefined)?.body;
  if (body?.code !== "POSSIBLE_DUPLICATE") return null;
  return (body.details ?? []).flatMap((d) =>
    typeof d.claimId === "string" && (d.reason === "invoice_reused" || d.reason === "same_incident")
      ? [
          {
            claimId: d.claimId,
            reason: d.reason,
            invoiceNumber: typeof d.invoiceNumber === "string" ? d.invoiceNumber : null,
            cause: String(d.cause ?? ""),
            incidentDate: String(d.incidentDate ?? ""),
            status: (CLAIM_STATUSES as readonly string[]).includes(String(d.status)) ? (d.status as DuplicateMatch["status"]) : "submitted",
          },
        ]
      : [],
  );
}
