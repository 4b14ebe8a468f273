import { DomainError } from "../../platform/errors";

/**
 * The answer to the retired POST /claims/{claimId}/disburse, where an approver recorded a payment
 * with a free-text reference (issue 12 names it a process defect): a claim is paid only when the
 * bank confirms its line of a finance officer's payment batch. 410 rather than a bare 404, so an old
 * client learns where payment went; nothing is read or written.
 */
export const paidByBatch = (claimId: string) =>
  new DomainError(
    "gone",
    "PAID_BY_BATCH",
    "Payment is no longer recorded on a claim: the county's finance staff pay approved claims through payment batches (POST /payment-batches), and the bank's confirmation of a line pays its claim (POST /payment-batches/{batchId}/lines/{claimId})",
    [
      {
        message: "claims are paid only through payment batches made by finance",
        claimId,
        role: "finance",
        routes: ["POST /payment-batches", "POST /payment-batches/{batchId}/lines/{claimId}"],
      },
    ],
  );
