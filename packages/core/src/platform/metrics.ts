/**
 * Business metrics (orders paid, village credits, payouts...), counted by the domain where the
 * thing happens and published by whatever sink the runtime installs: CloudWatch (EMF, through
 * Powertools) in Lambda, nothing by default. Core stays free of any Lambda library.
 */
export type BusinessMetric =
  | "OrdersPlaced"
  | "OrdersPaid"
  | "OrdersExpired"
  | "CreditedFen"
  | "RefundedFen"
  | "PaymentAnomalies"
  | "ClaimsSubmitted"
  | "PayoutsApproved"
  | "PayoutFen"
  | "PaymentBatchesCreated"
  | "PaymentLinesSucceeded"
  | "PaymentLinesReturned"
  | "PairingsRegistered"
  | "ContributionsRecorded"
  | "DeliveredFen"
  | "InternalErrors"
  | "DependencyUnavailable";

export type MetricSink = (name: BusinessMetric, value: number) => void;

let sink: MetricSink = () => undefined;

export function setMetricSink(next: MetricSink): void {
  sink = next;
}

export function countMetric(name: BusinessMetric, value = 1): void {
  sink(name, value);
}
