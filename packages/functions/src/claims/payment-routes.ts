import * as claims from "@fupin/core/claims";
import { page, type RouteSpec } from "../route-spec";

/** Staff who see accounts (masked), batches and notices; clerks keep accounts; finance alone pays. */
const readers = ["clerk", "approver", "finance", "admin"] as const;
const batchReaders = ["finance", "approver", "admin"] as const;
const clerk = ["clerk"] as const;
const finance = ["finance"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const paymentRoutes = [
  // Where aid is paid: the household's (or a member's) 一卡通 / social-security-card account
  { method: "PUT", path: "/households/{householdId}/payment-account", context: "claims", access: clerk, summary: "Set the account the household's aid is paid to (一卡通, 社会保障卡 or bank card; the head's or a member's, with the SMS phone): stored encrypted, answered masked (**** 1234); replacing one needs a reason, kept in its history with who and when", params: claims.HouseholdPaymentParams, body: claims.PutPaymentAccount, response: claims.PaymentAccount },
  { method: "GET", path: "/households/{householdId}/payment-account", context: "claims", access: readers, summary: "The household's payment account, masked, with its earlier versions (who changed it, when and why); 404 when none is on file", params: claims.HouseholdPaymentParams, response: claims.PaymentAccount },

  // Payment batches: finance pays approved claims through the county's bank
  { method: "GET", path: "/schemes/{schemeId}/payable-claims", context: "claims", access: batchReaders, summary: "The scheme's approved claims in the caller's area, newest first, each with its account on file (masked) and the open batch already paying it", params: claims.SchemeIdParams, query: claims.PayableClaimsQuery, response: page(claims.PayableClaim) },
  { method: "POST", path: "/payment-batches", context: "claims", access: finance, summary: `A payment batch of approved claims of one scheme in the finance officer's county (at most ${claims.MAX_BATCH_CLAIMS}), one line per claim, in one transaction: 422 CLAIMS_NOT_PAYABLE lists each claim not approved, without an account, in an open batch or already paid; 403 SEPARATION_OF_DUTIES for a claim the caller filed, reviewed or approved; a claim is in at most one open batch, whatever runs concurrently`, body: claims.CreatePaymentBatch, response: claims.PaymentBatch, status: 201, idempotencyKey: "optional" },
  { method: "GET", path: "/payment-batches", context: "claims", access: batchReaders, summary: "Payment batches of a scheme (?schemeId=) or of the caller's county, newest first", query: claims.PaymentBatchesQuery, response: page(claims.PaymentBatchSummary) },
  { method: "GET", path: "/payment-batches/{batchId}", context: "claims", access: batchReaders, summary: "A payment batch with its lines (accounts masked), figures by outcome and who downloaded its bank file", params: claims.PaymentBatchIdParams, response: claims.PaymentBatch },
  { method: "GET", path: "/payment-batches/{batchId}/bank-file", context: "claims", access: finance, summary: "The batch's bank file (CSV, UTF-8 with BOM: 序号, 乡镇, 村, 户主姓名, 身份证号 masked, 收款人, 账号, 金额(元), 摘要): the one place full account numbers appear; every download is logged", params: claims.PaymentBatchIdParams, download: ["text/csv"] },
  { method: "POST", path: "/payment-batches/{batchId}/lines/{claimId}", context: "claims", access: finance, summary: "Record what the bank said of a line: sent; succeeded (the claim becomes paid, recording the batch and bank reference, and the household's SMS is queued, in one transaction); returned with the bank's reason (the claim's payment reopens for a new batch). The same outcome again answers the line as it is; a contradicting one is 409 LINE_OUTCOME_CONFLICT", params: claims.PaymentLineParams, body: claims.RecordLineOutcome, response: claims.PaymentLine },

  // What the household is told
  { method: "GET", path: "/claims/{claimId}/notifications", context: "claims", access: readers, summary: "The SMS notices of a claim (approved, paid): status queued, sent or failed (no phone on file), the text, the phone masked", params: claims.ClaimIdParams, response: claims.ClaimNotifications },
] as const satisfies readonly RouteSpec[];
