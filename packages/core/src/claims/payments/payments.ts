import type { ActorCtx } from "../../platform/context";
import { getPaymentAccount, putPaymentAccount } from "./accounts";
import { createPaymentBatch, getPaymentBatch, listPaymentBatches, payableClaims, paymentBankFile, recordLineOutcome } from "./batches";
import { listClaimNotifications } from "./notifications";
import { paidByBatch } from "./paid-by-batch";
import type { CreatePaymentBatch, PaymentBatchesQuery, PutPaymentAccount, RecordLineOutcome } from "./schemas";
import type { PageRequest } from "../../platform/pagination";

/**
 * Payment to the household, as the claims context's public module (claims.ts) exposes it: accounts
 * (clerks), batches and their lines (finance), the bank file, and the household's SMS notices.
 */
export const ClaimPayments = {
  /** Sets the household's (or a member's) account: encrypted, versioned with who, when and why. */
  putAccount: (input: { householdId: string; account: PutPaymentAccount }, ctx: ActorCtx) =>
    putPaymentAccount(input.householdId, input.account, ctx.actor, ctx.store),
  /** The account on file, masked, with its history. */
  getAccount: (householdId: string, ctx: ActorCtx) => getPaymentAccount(householdId, ctx.actor, ctx.store),
  /** The scheme's approved claims with their accounts (masked) and open batches: what a batch can take. */
  payableClaims: ({ schemeId, ...page }: { schemeId: string } & PageRequest, ctx: ActorCtx) =>
    payableClaims(schemeId, page, ctx.actor, ctx.store),
  /** A batch of approved claims, one line each; once per idempotency key. */
  createBatch: (input: CreatePaymentBatch, ctx: ActorCtx & { idempotencyKey?: string | undefined }) =>
    createPaymentBatch(input, ctx.actor, { idempotencyKey: ctx.idempotencyKey }, ctx.store),
  listBatches: (query: PaymentBatchesQuery, ctx: ActorCtx) => listPaymentBatches(query, ctx.actor, ctx.store),
  getBatch: (batchId: string, ctx: ActorCtx) => getPaymentBatch(batchId, ctx.actor, ctx.store),
  /** The bank file's rows with full account numbers; the download is logged. */
  bankFile: (batchId: string, ctx: ActorCtx) => paymentBankFile(batchId, ctx.actor, ctx.store),
  /** What the bank said of a line: sent, succeeded (the claim is paid) or returned (its payment reopens). */
  recordLine: (input: { batchId: string; claimId: string; outcome: RecordLineOutcome }, ctx: ActorCtx) =>
    recordLineOutcome(input, ctx.actor, ctx.store),
  /** The claim's SMS notices (phones masked). */
  notifications: (claimId: string, ctx: ActorCtx) => listClaimNotifications(claimId, ctx.actor, ctx.store),
  /** The retired "record a payment" of a claim (POST /claims/{claimId}/disburse): always refused, 410 PAID_BY_BATCH, writing nothing. */
  retiredDisburse: (claimId: string): Promise<never> => Promise.reject(paidByBatch(claimId)),
};
