import type { Actor } from "../../platform/actor";
import { withinArea } from "../../platform/area";
import { db, type Db } from "../../platform/db";
import type { Part } from "../../platform/transact";
import type { ClaimRecord } from "../schemas";
import { currentScheme, loadClaim } from "../storage";
import type { ClaimNotification, NotificationKind, NotificationRecord, PaymentAccountRecord, PaymentLineRecord } from "./schemas";
import { accountOnFile } from "./accounts";
import { claimNotifications, Notifications } from "./storage";
import { approvedSms, paidSms } from "./texts";

/**
 * SMS notices to the household (DOMAIN.md §6: "已发放到尾号为…的社会保障卡"), queued for an SMS
 * provider in the same transaction as what they announce, so a notice exists exactly when its
 * event happened. The phone comes from the payment account (the household registry keeps none);
 * without one the notice is recorded as failed, so staff see the household was not told.
 */
function notice(
  claim: Pick<ClaimRecord, "claimId" | "householdId" | "county">,
  kind: NotificationKind,
  text: string,
  account: Pick<PaymentAccountRecord, "phoneSealed" | "phoneMasked"> | undefined,
  at: string,
): NotificationRecord {
  const phone = account?.phoneSealed ?? null;
  return {
    claimId: claim.claimId,
    householdId: claim.householdId,
    county: claim.county,
    kind,
    channel: "sms",
    status: phone ? "queued" : "failed",
    phoneSealed: phone,
    phoneMasked: phone ? (account?.phoneMasked ?? null) : null,
    text,
    failure: phone ? null : "no_phone",
    createdAt: at,
  };
}

/**
 * The approval's notice, for the approval transaction to include as a part: 【夏津县防贫保险】您的
 * 防贫保险金申请已审批，金额4900元，将发放到尾号为1234的社会保障卡。 Created once per claim.
 */
export async function approvalNotificationPart(store: Db, claim: ClaimRecord, payoutFen: number): Promise<Part> {
  const [scheme, account] = await Promise.all([currentScheme(store, claim.schemeId), accountOnFile(store, claim.householdId)]);
  const text = approvedSms({
    county: claim.county,
    schemeKind: scheme?.kind ?? "insurance",
    amountFen: payoutFen,
    account: account ? { kind: account.kind, accountMasked: account.accountMasked } : null,
  });
  return Notifications.create(store, notice(claim, "approved", text, account, new Date().toISOString()));
}

/** The payment's notice, naming the card the line paid (the account may have changed since, the phone is the current one). */
export function paidNotificationPart(
  store: Db,
  claim: ClaimRecord,
  line: PaymentLineRecord,
  schemeKind: "insurance" | "relief",
  account: PaymentAccountRecord | undefined,
  at: string,
): Part {
  const text = paidSms({
    county: claim.county,
    schemeKind,
    amountFen: line.amountFen,
    account: { kind: line.accountKind, accountMasked: line.accountMasked },
  });
  return Notifications.create(store, notice(claim, "paid", text, account, at));
}

const view = ({ county: _c, householdId: _h, phoneSealed: _p, ...shown }: NotificationRecord): ClaimNotification => shown;

/** The claim's notices (phones masked), oldest first; 404 outside the actor's area. */
export async function listClaimNotifications(claimId: string, actor: Actor, store: Db = db()): Promise<{ items: ClaimNotification[] }> {
  withinArea(actor, await loadClaim(store, claimId), "Claim", claimId);
  const items = await claimNotifications(store, claimId);
  return { items: items.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(view) };
}
