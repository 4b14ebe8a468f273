import { Table, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatYuan } from "../../lib/money";
import { formatRatio } from "./labels";
import type { PayoutBreakdown } from "./types";

interface Row {
  key: string;
  item: ReactNode;
  amount: ReactNode;
  /** A result line (a subtotal or the payout), shown in bold. */
  strong?: boolean;
}

/**
 * A payout step by step, as the platform computed it (explainPayout): the expenses, the year's
 * burden on an annual basis, the entry threshold, the deductible, each band with its ratio, what
 * was paid before, each cap and which applied, and the payout. Every figure is the API's; nothing
 * is recomputed here but the cap left after this payout.
 */
export function PayoutSteps({
  breakdown,
  expenses,
  testId,
}: {
  breakdown: PayoutBreakdown;
  expenses: { totalFen: number; reimbursedFen: number };
  testId?: string;
}) {
  const { t } = useTranslation("claims");
  const b = breakdown;
  const annual = b.basis !== "per_claim";
  const minus = (fen: number) => `− ${formatYuan(fen)}`;
  const capText = (fen: number | null) => (fen === null ? t("steps.noCap") : formatYuan(fen));
  const rows: Row[] = [
    { key: "total", item: t("steps.total"), amount: formatYuan(expenses.totalFen) },
    { key: "reimbursed", item: t("steps.reimbursed"), amount: minus(expenses.reimbursedFen) },
    { key: "selfPaid", item: t("steps.selfPaid"), amount: formatYuan(b.selfPaidFen), strong: true },
    ...(annual
      ? [
          {
            key: "burdenBefore",
            item: t(b.basis === "person_year" ? "steps.burdenBeforePerson" : "steps.burdenBefore"),
            amount: formatYuan(b.burdenBeforeFen),
          },
          { key: "burden", item: t("steps.burden"), amount: formatYuan(b.burdenFen), strong: true },
        ]
      : []),
    {
      key: "threshold",
      item: t("steps.threshold"),
      amount: b.entryThresholdFen === null ? t("steps.noThreshold") : formatYuan(b.entryThresholdFen),
    },
    ...(b.entryThresholdFen === null
      ? []
      : [{ key: "meetsThreshold", item: t("steps.meets"), amount: b.meetsThreshold ? t("steps.met") : t("steps.notMet") }]),
    { key: "deductible", item: t("steps.deductible"), amount: minus(b.deductibleFen) },
    { key: "eligible", item: t("steps.eligible"), amount: formatYuan(b.eligibleFen), strong: true },
    ...b.bands.map((band, i) => ({
      key: `band-${i}`,
      item: t("steps.band", {
        n: i + 1,
        from: formatYuan(band.fromFen),
        to: formatYuan(band.toFen),
        amount: formatYuan(band.amountFen),
        ratio: formatRatio(band.ratioBps),
      }),
      amount: formatYuan(band.paidFen),
    })),
    ...(b.bands.length === 0
      ? [{ key: "noBand", item: t(b.meetsThreshold ? "steps.noBand" : "steps.noBandThreshold"), amount: formatYuan(0) }]
      : []),
    ...(b.beyondTiersFen > 0
      ? [{ key: "beyond", item: t("steps.beyond", { amount: formatYuan(b.beyondTiersFen) }), amount: formatYuan(0) }]
      : []),
    ...(annual
      ? [
          { key: "entitled", item: t("steps.entitled"), amount: formatYuan(b.entitledFen) },
          { key: "paidBefore", item: t("steps.paidBefore"), amount: minus(b.paidBeforeFen) },
          { key: "uncapped", item: t("steps.uncappedAnnual"), amount: formatYuan(b.uncappedFen), strong: true },
        ]
      : [{ key: "uncapped", item: t("steps.uncapped"), amount: formatYuan(b.uncappedFen), strong: true }]),
    // A per-claim cap exists only on the per-claim basis.
    ...(annual ? [] : [{ key: "perClaimCap", item: t("steps.perClaimCap"), amount: capText(b.perClaimCapFen) }]),
    ...(b.perPersonYearCapFen === null
      ? []
      : [
          { key: "personCap", item: t("steps.personCap"), amount: capText(b.perPersonYearCapFen) },
          { key: "personPaid", item: t("steps.personPaid"), amount: formatYuan(b.personYearPaidFen) },
          { key: "personRemaining", item: t("steps.personRemaining"), amount: formatYuan(b.personYearRemainingFen ?? 0) },
        ]),
    { key: "yearCap", item: t("steps.yearCap"), amount: capText(b.perHouseholdYearCapFen) },
    ...(b.perHouseholdYearCapFen === null
      ? []
      : [
          { key: "yearPaid", item: t("steps.yearPaid"), amount: formatYuan(b.householdYearPaidFen) },
          { key: "yearRemaining", item: t("steps.yearRemaining"), amount: formatYuan(b.householdYearRemainingFen ?? 0) },
        ]),
    { key: "capApplied", item: t("steps.capApplied"), amount: t(`capApplied.${b.capApplied}`) },
    { key: "payout", item: t("steps.payout"), amount: formatYuan(b.payoutFen), strong: true },
    ...(b.personYearRemainingFen === null
      ? []
      : [{ key: "personAfter", item: t("steps.personAfter"), amount: formatYuan(b.personYearRemainingFen - b.payoutFen) }]),
    ...(b.householdYearRemainingFen === null
      ? []
      : [{ key: "yearAfter", item: t("steps.yearAfter"), amount: formatYuan(b.householdYearRemainingFen - b.payoutFen) }]),
  ];
  return (
    <Table<Row>
      data-testid={testId}
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t("steps.item"),
          dataIndex: "item",
          render: (item: ReactNode, r) => (r.strong ? <Typography.Text strong>{item}</Typography.Text> : item),
        },
        {
          title: t("steps.amount"),
          dataIndex: "amount",
          align: "right",
          width: 130,
          render: (amount: ReactNode, r) => (
            <span data-step={r.key} style={{ whiteSpace: "nowrap" }}>
              {r.strong ? <Typography.Text strong>{amount}</Typography.Text> : amount}
            </span>
          ),
        },
      ]}
    />
  );
}
