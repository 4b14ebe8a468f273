import { ClaimPayments } from "@fupin/core/claims";
import { encodeCsv } from "../http/csv";
import type { HandlersOf } from "../http/lambda";
import { created, csv, ok } from "../http/response";
import type { paymentRoutes } from "./payment-routes";

export const paymentHandlers: HandlersOf<typeof paymentRoutes> = {
  "PUT /households/{householdId}/payment-account": async ({ params, body, actor }) =>
    ok(await ClaimPayments.putAccount({ householdId: params.householdId, account: body }, { actor })),
  "GET /households/{householdId}/payment-account": async ({ params, actor }) =>
    ok(await ClaimPayments.getAccount(params.householdId, { actor })),
  "GET /schemes/{schemeId}/payable-claims": async ({ params, query, actor }) =>
    ok(await ClaimPayments.payableClaims({ schemeId: params.schemeId, ...query }, { actor })),
  "POST /payment-batches": async ({ body, actor, idempotencyKey }) =>
    created(await ClaimPayments.createBatch(body, { actor, idempotencyKey })),
  "GET /payment-batches": async ({ query, actor }) => ok(await ClaimPayments.listBatches(query, { actor })),
  "GET /payment-batches/{batchId}": async ({ params, actor }) => ok(await ClaimPayments.getBatch(params.batchId, { actor })),
  "GET /payment-batches/{batchId}/bank-file": async ({ params, actor }) => {
    const file = await ClaimPayments.bankFile(params.batchId, { actor });
    return csv(encodeCsv(file.rows), file.filename);
  },
  "POST /payment-batches/{batchId}/lines/{claimId}": async ({ params, body, actor }) =>
    ok(await ClaimPayments.recordLine({ batchId: params.batchId, claimId: params.claimId, outcome: body }, { actor })),
  "GET /claims/{claimId}/notifications": async ({ params, actor }) => ok(await ClaimPayments.notifications(params.claimId, { actor })),
};
