import type { paths } from "../../../api/schema";

/** The payment API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type PaymentBatch = Json<paths["/payment-batches/{batchId}"]["get"]["responses"][200]>;
export type PaymentBatchSummary = Json<paths["/payment-batches"]["get"]["responses"][200]>["items"][number];
export type PaymentLine = PaymentBatch["lines"][number];
export type LineOutcome = PaymentLine["outcome"];
export type PayableClaim = Json<paths["/schemes/{schemeId}/payable-claims"]["get"]["responses"][200]>["items"][number];
export type PaymentAccount = Json<paths["/households/{householdId}/payment-account"]["get"]["responses"][200]>;
export type PutPaymentAccount = NonNullable<
  paths["/households/{householdId}/payment-account"]["put"]["requestBody"]
>["content"]["application/json"];
export type AccountKind = PaymentAccount["kind"];

export const ACCOUNT_KINDS = ["social_security_card", "yikatong", "bank_card"] as const satisfies readonly AccountKind[];
/** A batch holds at most this many claims (the API's MAX_BATCH_CLAIMS: one transaction). */
export const MAX_BATCH_CLAIMS = 49;
