import { Monitoring } from "../../monitoring";
import { piiHashKey } from "../../monitoring/households/pii";
import type { HouseholdRecord } from "../../monitoring/households/schemas";
import type { Actor } from "../../platform/actor";
import { db, type Db } from "../../platform/db";
import { conflict, notFound, referenceNotFound, validationFailed } from "../../platform/errors";
import { openText, sealText } from "../../platform/sealed";
import { runTransaction } from "../../platform/transact";
import { ACCOUNT_KIND_LABELS, type PaymentAccount, type PaymentAccountRecord, type PutPaymentAccount } from "./schemas";
import { accountParts, accountVersions, PaymentAccounts } from "./storage";
import { maskAccount, maskPhone } from "./texts";

/** Account numbers and phones are sealed each for its own purpose under the platform's PII key (DESIGN 18). */
const ACCOUNT_SCOPE = { salt: "fupin-claims", purpose: "payment-account" };
const PHONE_SCOPE = { salt: "fupin-claims", purpose: "payment-phone" };

export const sealAccountNumber = async (digits: string) => sealText(digits, await piiHashKey(), ACCOUNT_SCOPE);
/** For the bank file alone. */
export const openAccountNumber = async (sealed: string, key?: string) => openText(sealed, key ?? (await piiHashKey()), ACCOUNT_SCOPE);
const sealPhone = async (phone: string) => sealText(phone, await piiHashKey(), PHONE_SCOPE);

function shown(r: PaymentAccountRecord) {
  return {
    holderName: r.holderName,
    memberId: r.memberId,
    bankName: r.bankName,
    kind: r.kind,
    kindLabel: ACCOUNT_KIND_LABELS[r.kind],
    accountMasked: r.accountMasked,
    phoneMasked: r.phoneMasked,
    version: r.version,
    reason: r.reason,
    at: r.at,
    by: r.by,
  };
}

/** The account a member holds must be in the household's registry and carry the member's name. */
function holderOf(household: HouseholdRecord, input: PutPaymentAccount) {
  if (input.memberId === undefined) return null;
  const member = household.people.find((p) => p.memberId === input.memberId);
  if (!member) throw referenceNotFound("memberId", "Household member", input.memberId);
  if (member.name !== input.holderName) {
    throw validationFailed("The holder's name must be the member's registered name", [
      { path: "body.holderName", message: "must be the registered name of the member named by memberId", issue: "invalid" },
    ]);
  }
  return member.memberId;
}

/**
 * Sets the household's payment account (clerks of its area): encrypted, a new version each time;
 * replacing an account on file needs the reason, which its history keeps with who and when.
 */
export async function putPaymentAccount(
  householdId: string,
  input: PutPaymentAccount,
  actor: Actor,
  store: Db = db(),
): Promise<PaymentAccount> {
  const household = await Monitoring.householdInArea({ householdId, mode: "act" }, { actor, store });
  const memberId = holderOf(household, input);
  const [accountSealed, phoneSealed] = await Promise.all([
    sealAccountNumber(input.accountNumber),
    input.phone ? sealPhone(input.phone) : Promise.resolve(null),
  ]);
  await runTransaction(store, {
    operation: `payment-account:${householdId}`,
    exhausted: () =>
      conflict("CONCURRENT_UPDATE", `The payment account of household ${householdId} is being changed by someone else; try again`),
    plan: async () => {
      const current = await PaymentAccounts.find(store, { householdId }, { consistent: true });
      if (current && !input.reason) {
        throw validationFailed("Replacing the account on file needs the reason, kept in its history", [
          { path: "body.reason", message: "is required when an account is already on file", issue: "required" },
        ]);
      }
      const record: PaymentAccountRecord = {
        householdId,
        province: household.province,
        city: household.city,
        county: household.county,
        township: household.township,
        holderName: input.holderName,
        memberId,
        bankName: input.bankName,
        kind: input.kind,
        accountSealed,
        accountMasked: maskAccount(input.accountNumber),
        phoneSealed,
        phoneMasked: input.phone ? maskPhone(input.phone) : null,
        version: (current?.version ?? 0) + 1,
        reason: current ? (input.reason ?? null) : null,
        at: new Date().toISOString(),
        by: actor.id,
      };
      return { parts: accountParts(store, record) };
    },
  });
  return getPaymentAccount(householdId, actor, store);
}

/** The account on file, masked, with its earlier versions; 404 when the household has none (or lies outside the area). */
export async function getPaymentAccount(householdId: string, actor: Actor, store: Db = db()): Promise<PaymentAccount> {
  await Monitoring.householdInArea({ householdId, mode: "read" }, { actor, store });
  const [current, versions] = await Promise.all([
    PaymentAccounts.find(store, { householdId }, { consistent: true }),
    accountVersions(store, householdId),
  ]);
  if (!current) throw notFound("Payment account", householdId);
  return { householdId, ...shown(current), history: versions.filter((v) => v.version !== current.version).map(shown) };
}

/** The household's account as stored (sealed), or undefined: for batches and notifications. */
export const accountOnFile = (store: Db, householdId: string) => PaymentAccounts.find(store, { householdId }, { consistent: true });
