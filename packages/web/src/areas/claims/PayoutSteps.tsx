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
 * A payout step by step, as the platform computed it (explainPayout): the expenses, the deductible,
 * each band with its ratio, the sum before caps, each cap and which applied, and the payout. Every
 * figure is the API's; nothing is recomputed here.
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
  const yearAfter = b.householdYearRemainingFen === null ? null : b.householdYearRemainingFen - b.payoutFen;
  const rows: Row[] = [
    { key: "total", item: t("steps.total"), amount: formatYuan(expenses.totalFen) },
    { key: "reimbursed", item: t("steps.reimbursed"), amount: `− ${formatYuan(expenses.reimbursedFen)}` },
    { key: "selfPaid", item: t("steps.selfPaid"), amount: formatYuan(b.selfPaidFen), strong: true },
    { key: "deductible", item: t("steps.deductible"), amount: `− ${formatYuan(b.deductibleFen)}` },
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
    ...(b.bands.length === 0 ? [{ key: "noBand", item: t("steps.noBand"), amount: formatYuan(0) }] : []),
    ...(b.beyondTiersFen > 0
      ? [{ key: "beyond", item: t("steps.beyond", { amount: formatYuan(b.beyondTiersFen) }), amount: formatYuan(0) }]
      : []),
    { key: "uncapped", item: t("steps.uncapped"), amount: formatYuan(b.uncappedFen), strong: true },
    {
      key: "perClaimCap",
      item: t("steps.perClaimCap"),
      amount: b.perClaimCapFen === null ? t("steps.noCap") : formatYuan(b.perClaimCapFen),
    },
    {
      key: "yearCap",
      item: t("steps.yearCap"),
      amount: b.perHouseholdYearCapFen === null ? t("steps.noCap") : formatYuan(b.perHouseholdYearCapFen),
    },
    ...(b.perHouseholdYearCapFen === null
      ? []
      : [
          { key: "yearPaid", item: t("steps.yearPaid"), amount: formatYuan(b.householdYearPaidFen) },
          { key: "yearRemaining", item: t("steps.yearRemaining"), amount: formatYuan(b.householdYearRemainingFen ?? 0) },
        ]),
    { key: "capApplied", item: t("steps.capApplied"), amount: t(`capApplied.${b.capApplied}`) },
    { key: "payout", item: t("steps.payout"), amount: formatYuan(b.payoutFen), strong: true },
    ...(yearAfter === null ? [] : [{ key: "yearAfter", item: t("steps.yearAfter"), amount: formatYuan(yearAfter) }]),
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
