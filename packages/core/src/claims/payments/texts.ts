import { maskContact } from "../../monitoring/notices/mask";
import { SCHEME_KIND_LABELS } from "../schemas";
import { ACCOUNT_KIND_LABELS, type AccountKind } from "./schemas";

/**
 * The pure parts of payment: how an account and a phone are shown, and what an SMS says. An
 * account is shown by its last four digits only (尾号), the way banks and the SMS name it.
 */
export const maskAccount = (digits: string) => `**** ${digits.slice(-4)}`;
/** The last four digits of a masked account (`**** 1234` → `1234`). */
export const accountTail = (masked: string) => masked.slice(-4);
/** 138****5678. */
export const maskPhone = (phone: string) => maskContact(phone);

/** Yuan as an SMS writes them: 4900, 4900.50, 4900.05 (never rounded: fen are exact). */
export function yuanText(amountFen: number): string {
  const yuan = Math.floor(amountFen / 100);
  const cents = amountFen % 100;
  if (cents === 0) return String(yuan);
  return `${yuan}.${String(cents).padStart(2, "0")}`;
}

export interface SmsFacts {
  county: string;
  schemeKind: keyof typeof SCHEME_KIND_LABELS;
  amountFen: number;
  /** The account the money goes to, when one is on file. */
  account: { kind: AccountKind; accountMasked: string } | null;
}

/** 【夏津县防贫保险】: the county and the scheme's kind, as the county signs its messages. */
const signature = (f: SmsFacts) => `【${f.county}${SCHEME_KIND_LABELS[f.schemeKind]}】`;
const card = (a: NonNullable<SmsFacts["account"]>) => `尾号为${accountTail(a.accountMasked)}的${ACCOUNT_KIND_LABELS[a.kind]}`;

/** Sent when the county approves the aid. */
export function approvedSms(f: SmsFacts): string {
  const kind = SCHEME_KIND_LABELS[f.schemeKind];
  const where = f.account ? `，将发放到${card(f.account)}` : "";
  return `${signature(f)}您的${kind}金申请已审批，金额${yuanText(f.amountFen)}元${where}。`;
}

/** Sent when the bank confirms the payment. */
export function paidSms(f: SmsFacts & { account: NonNullable<SmsFacts["account"]> }): string {
  const kind = SCHEME_KIND_LABELS[f.schemeKind];
  return `${signature(f)}您的${kind}金${yuanText(f.amountFen)}元已发放到${card(f.account)}，请注意查收。`;
}
