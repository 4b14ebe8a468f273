import { SCHEME_KIND_LABELS } from "../schemas";
import type { PaymentBatchRecord, PaymentLine } from "./schemas";

/**
 * The bank file: the CSV a county's bank takes for a batch of transfers (代发), one row per line in
 * 序号 order. It is the one place the full account number appears, so it is built only here, from
 * lines whose accounts were opened for it, and only for the download (which is logged).
 */
export const BANK_FILE_HEADER = ["序号", "乡镇", "村", "户主姓名", "身份证号", "收款人", "账号", "金额(元)", "摘要"] as const;

/** 490000 fen → "4900.00": the amount column in yuan with two decimals, as banks' templates take it. */
export const yuanColumn = (amountFen: number) => `${Math.floor(amountFen / 100)}.${String(amountFen % 100).padStart(2, "0")}`;

export type BankFileLine = Pick<
  PaymentLine,
  "seq" | "township" | "villageName" | "headName" | "idNumberMasked" | "holderName" | "amountFen"
> & { accountNumber: string };

export function bankFileRows(batch: Pick<PaymentBatchRecord, "schemeKind">, lines: readonly BankFileLine[]): string[][] {
  const summary = `${SCHEME_KIND_LABELS[batch.schemeKind]}金`;
  return [
    [...BANK_FILE_HEADER],
    ...[...lines]
      .sort((a, b) => a.seq - b.seq)
      .map((l) => [
        String(l.seq),
        l.township,
        l.villageName,
        l.headName,
        l.idNumberMasked,
        l.holderName,
        l.accountNumber,
        yuanColumn(l.amountFen),
        summary,
      ]),
  ];
}

export const bankFileName = (batchId: string) => `bank-file-${batchId}.csv`;
