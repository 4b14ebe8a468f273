import { residentIdProblem } from "@fupin/core/identity/resident-id";
import { type FormRule, Tag } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { parseYuan } from "../../lib/money";
import { type ClaimStatus, KNOWN_CAUSES } from "./types";

/** Text, background and border per status: antd's preset tag colours are too pale for WCAG AA text. */
const COLORS: Record<ClaimStatus, [string, string, string]> = {
  submitted: ["#874d00", "#fffbe6", "#ffe58f"],
  reviewed: ["#003eb3", "#f0f5ff", "#adc6ff"],
  approved: ["#391085", "#f9f0ff", "#d3adf7"],
  paid: ["#135200", "#f6ffed", "#b7eb8f"],
  rejected: ["#434343", "#fafafa", "#d9d9d9"],
};

/** A claim's status as a coloured tag: 待审核, 待审批, 待拨付, 已拨付, 已驳回. */
export function StatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation("claims");
  return (
    <Tag
      data-testid="claim-status"
      style={{ marginInlineEnd: 0, color: COLORS[status][0], background: COLORS[status][1], borderColor: COLORS[status][2] }}
    >
      {t(`statusShort.${status}`)}
    </Tag>
  );
}

/**
 * A cause as the reader calls it: in Chinese the scheme's own label (a county may word 因病 its own
 * way, and its own causes have only their label); in English the console's word for a known cause.
 */
export function useCauseName() {
  const { t, i18n } = useTranslation("claims");
  return useCallback(
    (cause: string, label?: string | null) => {
      const known = (KNOWN_CAUSES as readonly string[]).includes(cause);
      if (i18n.language === "en" && known) return t(`cause.${cause}`);
      return label ?? (known ? t(`cause.${cause}`) : cause);
    },
    [t, i18n.language],
  );
}

/** The last characters of an id: enough to tell claims apart on screen. */
export const shortId = (id: string) => id.slice(-8).toUpperCase();

/** Basis points as a percentage, exactly: 7000 → "70%", 3333 → "33.33%", 50 → "0.5%". */
export function formatRatio(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = bps % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}%`;
}

/** A percentage typed by a person ("70", "33.33") → basis points, or null. */
export function parsePercent(input: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(input.trim());
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bps <= 10_000 ? bps : null;
}

/** A form rule for an amount typed in 元 (parseYuan): required unless `optional`, at least `minFen`. */
export function yuanRules(t: (key: string) => string, opts: { optional?: boolean; minFen?: number } = {}): FormRule[] {
  return [
    {
      validator: async (_rule, value: string | undefined) => {
        const text = (value ?? "").trim();
        if (!text) {
          if (opts.optional) return;
          throw new Error(t("form.requiredAmount"));
        }
        const fen = parseYuan(text);
        if (fen === null) throw new Error(t("form.amountInvalid"));
        if (opts.minFen !== undefined && fen < opts.minFen) throw new Error(t("form.amountTooSmall"));
      },
    },
  ];
}

/**
 * Why a resident id as typed is not valid, as a key of the area's texts (idProblems.*), or null.
 * The check itself is the platform's own (GB 11643, @fupin/core); only its wording is ours.
 */
export function residentIdHint(typed: string): { key: string; count?: number } | null {
  const value = typed.trim().toUpperCase();
  const problem = residentIdProblem(value);
  if (problem === null) return null;
  if (problem.startsWith("must be 18 characters")) return { key: "length", count: value.length };
  if (problem.startsWith("the first 17 characters")) return { key: "digits" };
  if (problem.startsWith("the last character")) return { key: "last" };
  if (problem.includes("is not a calendar date")) return { key: "birthDate" };
  if (problem.includes("is before")) return { key: "birthEarly" };
  if (problem.includes("in the future")) return { key: "birthFuture" };
  if (problem.startsWith("the check character")) return { key: "check" };
  return { key: "invalid" };
}
