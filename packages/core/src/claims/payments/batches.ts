import { listCounty } from "../../monitoring/households/households";
import { Households } from "../../monitoring/households/storage";
import type { Actor } from "../../platform/actor";
import { actArea, type Area, covers, readArea } from "../../platform/area";
import { db, type Db } from "../../platform/db";
import { conflict, type ErrorDetail, forbidden, isDomainError, notFound, referenceNotFound, ruleViolated } from "../../platform/errors";
import { withIdempotencyKey } from "../../platform/idempotency";
import { newId } from "../../platform/ids";
import { countMetric } from "../../platform/metrics";
import type { Page, PageRequest } from "../../platform/pagination";
import { runTransaction } from "../../platform/transact";
import { invalidState } from "../rules";
import type { ClaimRecord } from "../schemas";
import { schemeInArea } from "../schemes";
import { claimChangeParts, Claims, loadClaim, schemeTotalsPart } from "../storage";
import { accountOnFile, openAccountNumber } from "./accounts";
import { bankFileName, bankFileRows } from "./bank-file";
import { paidNotificationPart } from "./notifications";
import type {
  CreatePaymentBatch,
  LineOutcome,
  PayableClaim,
  PaymentBatch,
  PaymentBatchesQuery,
  PaymentBatchRecord,
  PaymentBatchSummary,
  PaymentLine,
  PaymentLineRecord,
  RecordLineOutcome,
} from "./schemas";
import {
  BankFileDownloads,
  bankFileDownloads,
  batchCountsPart,
  batchLines,
  holdEndPart,
  holdPart,
  lineOutcomePart,
  PaymentBatches,
  PaymentHolds,
  PaymentLines,
} from "./storage";

/**
 * Payment batches (issue 12 item 5): a finance officer of the county — never someone who filed,
 * reviewed or approved a claim in it — gathers approved claims into a batch; the bank file goes to
 * the county's bank; each line's outcome comes back: succeeded pays the claim (approved → paid),
 * returned reopens its payment for a new batch.
 */

/** A batch lies in its county: staff of that county (or above it) see it; township staff do not. */
const batchPlace = (b: Pick<PaymentBatchRecord, "province" | "city" | "county">) => ({ ...b, township: "" });
const sees = (area: Area, b: PaymentBatchRecord) => covers(area, batchPlace(b)) && !area.township;

/** The county a finance officer pays in: county staff's own (township and province/city staff make no batches). */
function payingCounty(actor: Actor): string {
  const area = actArea(actor);
  if (!area.county || area.township) {
    throw forbidden("Payment batches are made by the county's finance staff", "FORBIDDEN", [
      { message: "only county finance staff make payment batches", rule: "county_finance" },
    ]);
  }
  return area.county;
}

/** No one pays a claim they took a step on: filed, visited, reviewed or approved it (DESIGN decision 9). */
function assertMayPay(claim: ClaimRecord, actor: Actor): void {
  if ([claim.submittedBy, claim.reviewedBy, claim.approvedBy, ...claim.actors].includes(actor.id)) {
    throw forbidden("Whoever filed, reviewed or approved a claim may not pay it", "SEPARATION_OF_DUTIES", [
      {
        message: "you filed, reviewed or approved this claim",
        step: "pay",
        claimId: claim.claimId,
        submittedBy: claim.submittedBy,
        reviewedBy: claim.reviewedBy,
        approvedBy: claim.approvedBy,
      },
    ]);
  }
}

const summaryOf = (b: PaymentBatchRecord): PaymentBatchSummary => ({
  ...b,
  status: b.counts.pending + b.counts.sent === 0 ? "settled" : "open",
});
const lineView = ({ accountSealed: _sealed, ...line }: PaymentLineRecord): PaymentLine => line;

/** Why a claim cannot go into a batch, as CLAIMS_NOT_PAYABLE lists it. */
type Unpayable = "not_found" | "other_scheme" | "not_approved" | "nothing_to_pay" | "in_open_batch" | "already_paid" | "no_account";

interface Candidate {
  claimId: string;
  claim?: ClaimRecord;
  problem?: { reason: Unpayable; [key: string]: unknown };
  line?: Omit<PaymentLineRecord, "batchId" | "seq">;
}

/** Everything a claim's line rests on, read consistently; a claim outside the area reads as unknown. */
async function candidate(store: Db, actor: Actor, claimId: string, schemeId: string): Promise<Candidate> {
  const claim = await loadClaim(store, claimId).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "NOT_FOUND") return undefined;
    throw e;
  });
  if (!claim || !covers(readArea(actor), claim)) return { claimId, problem: { reason: "not_found" } };
  if (claim.schemeId !== schemeId) return { claimId, claim, problem: { reason: "other_scheme", schemeId: claim.schemeId } };
  if (claim.status === "paid") return { claimId, claim, problem: { reason: "already_paid", status: claim.status } };
  if (claim.status !== "approved") return { claimId, claim, problem: { reason: "not_approved", status: claim.status } };
  if (!claim.approvedPayoutFen) return { claimId, claim, problem: { reason: "nothing_to_pay", approvedPayoutFen: 0 } };
  const [hold, account, household] = await Promise.all([
    PaymentHolds.find(store, { claimId }, { consistent: true }),
    accountOnFile(store, claim.householdId),
    Households.find(store, { householdId: claim.householdId }),
  ]);
  if (hold && hold.state !== "released") {
    return { claimId, claim, problem: { reason: hold.state === "paid" ? "already_paid" : "in_open_batch", batchId: hold.batchId } };
  }
  if (!account) return { claimId, claim, problem: { reason: "no_account", householdId: claim.householdId } };
  const payee = account.memberId ? household?.people.find((p) => p.memberId === account.memberId) : undefined;
  return {
    claimId,
    claim,
    line: {
      claimId,
      householdId: claim.householdId,
      township: claim.township,
      villageName: household?.villageName ?? claim.household.villageId,
      headName: claim.household.headName,
      idNumberMasked: payee?.idNumber ?? household?.idNumber ?? "",
      holderName: account.holderName,
      bankName: account.bankName,
      accountKind: account.kind,
      accountMasked: account.accountMasked,
      accountSealed: account.accountSealed,
      amountFen: claim.approvedPayoutFen,
      outcome: "pending",
      reason: null,
      bankReference: null,
      outcomeAt: null,
      outcomeBy: null,
    },
  };
}

/**
 * Creates a batch in one transaction: its header, a line per claim (in the order given: the bank
 * file's 序号) and each claim's hold, conditioned on no other batch holding it. A claim another batch
 * takes meanwhile cancels the transaction; read again, it is refused with the others: 422
 * CLAIMS_NOT_PAYABLE lists every claim that cannot be paid and why, and nothing is written.
 */
export async function createPaymentBatch(
  input: CreatePaymentBatch,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<PaymentBatch> {
  const county = payingCounty(actor);
  const scheme = await schemeInArea(input.schemeId, actor, store).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "NOT_FOUND") throw referenceNotFound("schemeId", "Scheme", input.schemeId);
    throw e;
  });
  if (scheme.county !== county) throw referenceNotFound("schemeId", "Scheme", input.schemeId);
  return withIdempotencyKey(
    store,
    { scope: `payment-batches#${actor.id}`, key: opts.idempotencyKey, payload: input, newId: () => newId("pb") },
    async (batchId) => {
      await runTransaction(store, {
        operation: `payment-batch:${batchId}`,
        exhausted: () => conflict("CONCURRENT_UPDATE", "The claims are being paid by other batches right now; try again"),
        plan: async () => {
          const candidates = await Promise.all(input.claimIds.map((id) => candidate(store, actor, id, input.schemeId)));
          for (const c of candidates) if (c.claim) assertMayPay(c.claim, actor);
          const refused = candidates.flatMap((c, i) =>
            c.problem
              ? [{ path: `body.claimIds.${i}`, message: `cannot be paid: ${c.problem.reason}`, claimId: c.claimId, ...c.problem }]
              : [],
          );
          if (refused.length > 0) {
            throw ruleViolated(
              "CLAIMS_NOT_PAYABLE",
              `${refused.length} of the claims cannot go into a payment batch`,
              refused as ErrorDetail[],
            );
          }
          const at = new Date().toISOString();
          const first = candidates[0]!.claim!;
          const lines: PaymentLineRecord[] = candidates.map((c, i) => ({ ...c.line!, batchId, seq: i + 1 }));
          const batch: PaymentBatchRecord = {
            batchId,
            schemeId: scheme.schemeId,
            schemeName: scheme.name,
            schemeKind: scheme.kind,
            province: first.province,
            city: first.city,
            county: first.county,
            lineCount: lines.length,
            totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
            counts: { pending: lines.length, sent: 0, succeeded: 0, returned: 0 },
            succeededFen: 0,
            returnedFen: 0,
            note: input.note ?? null,
            createdAt: at,
            createdBy: actor.id,
          };
          return {
            parts: {
              // The header first: found there, it is this very batch, committed by an earlier send.
              batch: PaymentBatches.create(store, batch, "already_done"),
              lines: lines.map((l) => PaymentLines.create(store, l)),
              holds: lines.map((l) => holdPart(store, { claimId: l.claimId, batchId, at })),
            },
            afterCommit: () => countMetric("PaymentBatchesCreated"),
          };
        },
      });
      return getPaymentBatch(batchId, actor, store);
    },
  );
}

async function batchInArea(store: Db, batchId: string, actor: Actor): Promise<PaymentBatchRecord> {
  const batch = await PaymentBatches.get(store, { batchId }, "Payment batch", batchId, { consistent: true });
  if (!sees(readArea(actor), batch)) throw notFound("Payment batch", batchId);
  return batch;
}

/** The batch with its lines (accounts masked) and who downloaded its bank file. */
export async function getPaymentBatch(batchId: string, actor: Actor, store: Db = db()): Promise<PaymentBatch> {
  const batch = await batchInArea(store, batchId, actor);
  const [lines, downloads] = await Promise.all([batchLines(store, batchId), bankFileDownloads(store, batchId)]);
  return { ...summaryOf(batch), lines: lines.map(lineView), downloads: downloads.map(({ by, at }) => ({ by, at })) };
}

/** A scheme's batches, or the county's, newest first. */
export async function listPaymentBatches(query: PaymentBatchesQuery, actor: Actor, store: Db = db()): Promise<Page<PaymentBatchSummary>> {
  const area = readArea(actor);
  if (area.township) return { items: [], nextCursor: null };
  let page: Page<PaymentBatchRecord>;
  const opts = { forward: false };
  if (query.schemeId) {
    await schemeInArea(query.schemeId, actor, store);
    page = await PaymentBatches.query.byScheme(store, { schemeId: query.schemeId }, query, opts);
  } else {
    const county = listCounty(area, query.county);
    if (county === null) return { items: [], nextCursor: null };
    page = await PaymentBatches.query.byCounty(store, { county }, query, opts);
  }
  return { items: page.items.filter((b) => sees(area, b)).map(summaryOf), nextCursor: page.nextCursor };
}

/**
 * The bank file as rows (header first), with every line's account number opened for it. The
 * download is logged (who, when) before anything is returned: no unlogged copy leaves.
 */
export async function paymentBankFile(batchId: string, actor: Actor, store: Db = db()): Promise<{ filename: string; rows: string[][] }> {
  const batch = await batchInArea(store, batchId, actor);
  actArea(actor);
  const lines = await batchLines(store, batchId);
  const opened = await Promise.all(lines.map(async (l) => ({ ...l, accountNumber: await openAccountNumber(l.accountSealed) })));
  // Keyed by instant and person: a double click in one millisecond is one download.
  await BankFileDownloads.put(store, { batchId, by: actor.id, at: new Date().toISOString() });
  return { filename: bankFileName(batchId), rows: bankFileRows(batch, opened) };
}

/** Where a line may go from each outcome: sent on to an end, never back, never from one end to the other. */
const NEXT: Record<LineOutcome, readonly LineOutcome[]> = {
  pending: ["sent", "succeeded", "returned"],
  sent: ["succeeded", "returned"],
  succeeded: [],
  returned: [],
};

function outcomeConflict(line: PaymentLineRecord, input: RecordLineOutcome) {
  return conflict(
    "LINE_OUTCOME_CONFLICT",
    `Line ${line.claimId} of batch ${line.batchId} is ${line.outcome}; it cannot become ${input.outcome}`,
    [
      {
        path: "body.outcome",
        message: `the line is already ${line.outcome}`,
        batchId: line.batchId,
        claimId: line.claimId,
        outcome: line.outcome,
        requested: input.outcome,
        allowed: [...NEXT[line.outcome]],
      },
    ],
  );
}

/** The same outcome again is a retry: answered as it stands, unless it says something else (another reference or reason). */
function isRetry(line: PaymentLineRecord, input: RecordLineOutcome): boolean {
  if (line.outcome !== input.outcome) return false;
  const differs = (given: string | undefined, stored: string | null) => given !== undefined && stored !== null && given !== stored;
  if (differs(input.bankReference, line.bankReference) || differs(input.reason, line.reason)) throw outcomeConflict(line, input);
  return true;
}

/**
 * Records what the bank said of a line. succeeded: in one transaction the line, the batch's
 * figures, the claim (approved → paid, recording the payment), the scheme's status counts, the
 * hold (paid) and the household's SMS notice. returned: the line with the bank's reason, the
 * batch's figures, the hold released (so a new batch can take the claim) and the claim's record of
 * the return. The same outcome twice is answered as it stands; a contradicting one is 409.
 */
export async function recordLineOutcome(
  input: { batchId: string; claimId: string; outcome: RecordLineOutcome },
  actor: Actor,
  store: Db = db(),
): Promise<PaymentLine> {
  const { batchId, claimId, outcome } = input;
  await runTransaction(store, {
    operation: `payment-line:${batchId}:${claimId}:${outcome.outcome}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Line ${claimId} of batch ${batchId} is being changed by someone else; try again`),
    plan: async () => {
      const batch = await batchInArea(store, batchId, actor);
      actArea(actor);
      const line = await PaymentLines.get(store, { batchId, claimId }, "Payment line", claimId, { consistent: true });
      if (isRetry(line, outcome)) return null;
      if (!NEXT[line.outcome].includes(outcome.outcome)) throw outcomeConflict(line, outcome);
      const at = new Date().toISOString();
      const change = {
        outcome: outcome.outcome,
        reason: outcome.reason ?? null,
        bankReference: outcome.bankReference ?? line.bankReference,
        at,
        by: actor.id,
      };
      const common = {
        line: lineOutcomePart(store, line, change),
        batch: batchCountsPart(store, batchId, line.outcome, outcome.outcome, line.amountFen),
      };
      if (outcome.outcome === "sent") return { parts: common };

      const claim = await loadClaim(store, claimId);
      if (claim.status !== "approved")
        throw invalidState(claim, outcome.outcome === "succeeded" ? "pay" : "payment_returned", ["approved"]);
      assertMayPay(claim, actor);
      if (outcome.outcome === "succeeded") {
        const account = await accountOnFile(store, claim.householdId);
        return {
          parts: {
            ...common,
            ...claimChangeParts(store, claim, {
              to: "paid",
              action: "pay",
              actor: actor.id,
              note: `batch ${batchId}${change.bankReference ? `, bank reference ${change.bankReference}` : ""}`,
              at,
              set: { payment: { batchId, bankReference: change.bankReference, at, by: actor.id } },
            }),
            totals: schemeTotalsPart(store, claim.schemeId, { claim: { from: "approved", to: "paid", cause: claim.cause } }),
            hold: holdEndPart(store, claimId, batchId, "paid", at),
            notification: paidNotificationPart(store, claim, line, batch.schemeKind, account, at),
          },
          afterCommit: () => countMetric("PaymentLinesSucceeded"),
        };
      }
      const returned = { batchId, reason: change.reason!, at, by: actor.id };
      return {
        parts: {
          ...common,
          // The claim stays approved; its record says the bank returned this payment and why.
          ...claimChangeParts(store, claim, {
            to: "approved",
            action: "payment_returned",
            actor: actor.id,
            note: change.reason,
            at,
            set: { paymentReturns: [...(claim.paymentReturns ?? []), returned] },
          }),
          hold: holdEndPart(store, claimId, batchId, "released", at),
        },
        afterCommit: () => countMetric("PaymentLinesReturned"),
      };
    },
  });
  return lineView(await PaymentLines.get(store, { batchId, claimId }, "Payment line", claimId, { consistent: true }));
}

/**
 * The scheme's approved claims a batch could pay (of the actor's area), newest first: each with its
 * account on file (masked) and the open batch already paying it, if any.
 */
export async function payableClaims(schemeId: string, page: PageRequest, actor: Actor, store: Db = db()): Promise<Page<PayableClaim>> {
  await schemeInArea(schemeId, actor, store);
  const area = readArea(actor);
  const found = await Claims.query.bySchemeStatus(store, { schemeId, status: "approved" }, page, { forward: false });
  const inArea = found.items.filter((c) => covers(area, c));
  const items = await Promise.all(
    inArea.map(async (c): Promise<PayableClaim> => {
      const [hold, account] = await Promise.all([PaymentHolds.find(store, { claimId: c.claimId }), accountOnFile(store, c.householdId)]);
      const last = c.paymentReturns?.at(-1);
      return {
        claimId: c.claimId,
        householdId: c.householdId,
        township: c.township,
        headName: c.household.headName,
        causeLabel: c.causeLabel,
        approvedPayoutFen: c.approvedPayoutFen ?? 0,
        approvedBy: c.approvedBy,
        account: account ? { holderName: account.holderName, kind: account.kind, accountMasked: account.accountMasked } : null,
        openBatchId: hold && hold.state === "open" ? hold.batchId : null,
        lastReturn: last ? { batchId: last.batchId, reason: last.reason, at: last.at } : null,
      };
    }),
  );
  return { items, nextCursor: found.nextCursor };
}
