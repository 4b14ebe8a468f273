import { z } from "zod";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { id, note, text } from "../../platform/schema";
import { SCHEME_KINDS } from "../schemas";

/**
 * Payment to the household (DOMAIN.md §6, issue 12 item 5): aid goes to the household head's (or a
 * member's) 一卡通 / social-security-card account, in payment batches a finance officer makes and
 * the county's bank pays; the household is told by SMS.
 */

export const ACCOUNT_KINDS = ["yikatong", "social_security_card", "bank_card"] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
/** As an SMS names the card the money went to (已发放到尾号为1234的社会保障卡). */
export const ACCOUNT_KIND_LABELS: Record<AccountKind, string> = {
  yikatong: "一卡通",
  social_security_card: "社会保障卡",
  bank_card: "银行卡",
};

/** Bank account numbers as banks issue them: 12 to 30 digits; spaces and dashes people type are dropped. */
export const ACCOUNT_DIGITS = { min: 12, max: 30 } as const;
export const accountNumber = () =>
  z
    .string({ error: "must be a string" })
    .max(60, { error: "must be an account number of 12 to 30 digits" })
    .transform((s) => s.replace(/[\s-]/g, ""))
    .refine((s) => new RegExp(`^\\d{${ACCOUNT_DIGITS.min},${ACCOUNT_DIGITS.max}}$`).test(s), {
      // The message states the rule, never the value: account numbers must not reach logs or responses.
      error: `must be an account number of ${ACCOUNT_DIGITS.min} to ${ACCOUNT_DIGITS.max} digits`,
      params: { issue: "account_number" },
    });

/** A mainland mobile number (11 digits from 13x to 19x), optionally with +86. */
export const mobilePhone = () =>
  z
    .string({ error: "must be a string" })
    .max(30, { error: "must be a mobile phone number" })
    .transform((s) => s.replace(/[\s-]/g, "").replace(/^\+?86(?=1\d{10}$)/, ""))
    .refine((s) => /^1[3-9]\d{9}$/.test(s), { error: "must be an 11-digit mobile phone number", params: { issue: "mobile_phone" } });

export const HouseholdPaymentParams = z.strictObject({ householdId: id() });

export const PutPaymentAccount = z.strictObject({
  holderName: text(50).describe("收款人: the account holder's name as the bank has it"),
  memberId: id().optional().describe("the member who holds the account (from the household's registry); absent: the household head"),
  bankName: text(60).describe("开户行, e.g. 夏津县农村商业银行"),
  accountNumber: accountNumber().describe("12 to 30 digits; stored encrypted, shown only as its last four (**** 1234)"),
  kind: z.enum(ACCOUNT_KINDS).describe("yikatong 一卡通, social_security_card 社会保障卡, bank_card 银行卡"),
  phone: mobilePhone().optional().describe("the mobile number SMS notices go to; stored encrypted, shown masked (138****5678)"),
  reason: note(500).optional().describe("why the account changes: required when one is already on file (kept in its history)"),
});
export type PutPaymentAccount = z.infer<typeof PutPaymentAccount>;

const accountShown = {
  holderName: z.string(),
  memberId: z.string().nullable(),
  bankName: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  kindLabel: z.string(),
  accountMasked: z.string().describe("only the last four digits: **** 1234"),
  phoneMasked: z.string().nullable().describe("138****5678; null without a phone"),
  version: z.number().int(),
  reason: z.string().nullable().describe("why this version replaced the one before (null for the first)"),
  at: z.string(),
  by: z.string(),
};

export const PaymentAccountVersion = z.object(accountShown);
export const PaymentAccount = z.object({
  householdId: z.string(),
  ...accountShown,
  history: z.array(PaymentAccountVersion).describe("earlier versions, newest first: who changed the account, when and why"),
});
export type PaymentAccount = z.infer<typeof PaymentAccount>;

/** As stored: the account number and phone only sealed (platform/sealed.ts), beside their masked forms. */
export const PaymentAccountRecord = z.object({
  householdId: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  township: z.string(),
  holderName: z.string(),
  memberId: z.string().nullable(),
  bankName: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  accountSealed: z.string(),
  accountMasked: z.string(),
  phoneSealed: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  version: z.number().int(),
  reason: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});
export type PaymentAccountRecord = z.infer<typeof PaymentAccountRecord>;

// ── Payment batches ────────────────────────────────────────────────────────────────────────────

/**
 * A batch is written in ONE transaction (so two batches can never both take a claim, and a refused
 * batch writes nothing): its header and, per claim, its line and the claim's hold. DynamoDB takes
 * at most 100 writes in a transaction, hence (100 − 1) / 2 claims; a county pays more in several batches.
 */
export const MAX_BATCH_CLAIMS = 49;

export const LINE_OUTCOMES = ["pending", "sent", "succeeded", "returned"] as const;
export type LineOutcome = (typeof LINE_OUTCOMES)[number];
/** What the bank reports of a line (a new line is pending). */
export const RECORDED_OUTCOMES = ["sent", "succeeded", "returned"] as const;

export const CreatePaymentBatch = z.strictObject({
  schemeId: id(),
  claimIds: z
    .array(id())
    .min(1)
    .max(MAX_BATCH_CLAIMS)
    .refine((a) => new Set(a).size === a.length, { error: "must not repeat a claim", params: { issue: "repeated" } })
    .describe(`approved claims of the scheme in the finance officer's county, at most ${MAX_BATCH_CLAIMS}`),
  note: note(500).optional(),
});
export type CreatePaymentBatch = z.infer<typeof CreatePaymentBatch>;

export const PaymentBatchesQuery = z.strictObject({
  schemeId: id().optional().describe("one scheme's batches; absent: the county's"),
  county: text(30).optional().describe("required for province and city staff without a schemeId"),
  ...pageQuery,
});
export type PaymentBatchesQuery = z.infer<typeof PaymentBatchesQuery>;

export const PaymentBatchIdParams = z.strictObject({ batchId: id() });
export const PaymentLineParams = z.strictObject({ batchId: id(), claimId: id() });

export const RecordLineOutcome = z
  .strictObject({
    outcome: z.enum(RECORDED_OUTCOMES).describe("sent 已发送银行, succeeded 已到账, returned 被退回"),
    reason: note(500).optional().describe("why the bank returned it (required for returned), e.g. 账户已销户"),
    bankReference: text(100).optional().describe("the bank's reference for the transfer"),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === "returned" && !o.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is required for a returned line", params: { issue: "required" } });
  });
export type RecordLineOutcome = z.infer<typeof RecordLineOutcome>;

export const PaymentLine = z.object({
  batchId: z.string(),
  claimId: z.string(),
  seq: z.number().int().describe("序号 in the bank file, from 1"),
  householdId: z.string(),
  township: z.string(),
  villageName: z.string(),
  headName: z.string(),
  idNumberMasked: z.string().describe("the payee's resident id, masked"),
  holderName: z.string(),
  bankName: z.string(),
  accountKind: z.enum(ACCOUNT_KINDS),
  accountMasked: z.string(),
  amountFen: fen(),
  outcome: z.enum(LINE_OUTCOMES),
  reason: z.string().nullable().describe("why the bank returned it"),
  bankReference: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  outcomeBy: z.string().nullable(),
});
export type PaymentLine = z.infer<typeof PaymentLine>;
/** As stored: with the account number sealed, for the bank file alone. */
export const PaymentLineRecord = PaymentLine.extend({ accountSealed: z.string() });
export type PaymentLineRecord = z.infer<typeof PaymentLineRecord>;

const LineCounts = z.object(Object.fromEntries(LINE_OUTCOMES.map((o) => [o, z.number().int()])) as Record<LineOutcome, z.ZodNumber>);

export const BATCH_STATUSES = ["open", "settled"] as const;
export const PaymentBatchSummary = z.object({
  batchId: z.string(),
  schemeId: z.string(),
  schemeName: z.string(),
  schemeKind: z.enum(SCHEME_KINDS),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  status: z.enum(BATCH_STATUSES).describe("open while any line is pending or sent; settled once every line succeeded or was returned"),
  lineCount: z.number().int(),
  totalFen: fen(),
  counts: LineCounts.describe("lines by outcome"),
  succeededFen: fen(),
  returnedFen: fen(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type PaymentBatchSummary = z.infer<typeof PaymentBatchSummary>;
export const PaymentBatch = PaymentBatchSummary.extend({
  lines: z.array(PaymentLine),
  downloads: z.array(z.object({ by: z.string(), at: z.string() })).describe("who downloaded the bank file, and when"),
});
export type PaymentBatch = z.infer<typeof PaymentBatch>;
export const PaymentBatchRecord = PaymentBatchSummary.omit({ status: true });
export type PaymentBatchRecord = z.infer<typeof PaymentBatchRecord>;

/** An approved claim a batch could pay: its payee and whether it is held by an open batch. */
export const PayableClaim = z.object({
  claimId: z.string(),
  householdId: z.string(),
  township: z.string(),
  headName: z.string(),
  causeLabel: z.string(),
  approvedPayoutFen: fen(),
  approvedBy: z.string().nullable(),
  account: z
    .object({ holderName: z.string(), kind: z.enum(ACCOUNT_KINDS), accountMasked: z.string() })
    .nullable()
    .describe("the account on file (masked); null: a clerk must add one first"),
  openBatchId: z.string().nullable().describe("the open batch already paying it"),
  lastReturn: z.object({ batchId: z.string(), reason: z.string(), at: z.string() }).nullable().describe("the bank's last return, if any"),
});
export type PayableClaim = z.infer<typeof PayableClaim>;
export const PayableClaimsQuery = z.strictObject({ ...pageQuery });

// ── Notifications ──────────────────────────────────────────────────────────────────────────────

export const NOTIFICATION_KINDS = ["approved", "paid"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_STATUSES = ["queued", "sent", "failed"] as const;

export const ClaimNotification = z.object({
  claimId: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  channel: z.literal("sms"),
  status: z.enum(NOTIFICATION_STATUSES).describe("queued for the SMS provider, sent, or failed (failure says why)"),
  phoneMasked: z.string().nullable(),
  text: z.string().describe("the SMS as the household receives it"),
  failure: z.enum(["no_phone"]).nullable(),
  createdAt: z.string(),
});
export type ClaimNotification = z.infer<typeof ClaimNotification>;
export const ClaimNotifications = z.object({ items: z.array(ClaimNotification) });
/** As stored: the phone sealed, for the sender alone; the place, to queue it by county. */
export const NotificationRecord = ClaimNotification.extend({
  county: z.string(),
  householdId: z.string(),
  phoneSealed: z.string().nullable(),
});
export type NotificationRecord = z.infer<typeof NotificationRecord>;
