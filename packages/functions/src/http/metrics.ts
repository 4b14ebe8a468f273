import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { setMetricSink } from "@fupin/core/platform/metrics";

/**
 * The domain's business metrics as CloudWatch metrics (embedded metric format, namespace "Fupin"),
 * flushed once per invocation by the middy chain. Amounts in fen have no CloudWatch unit: "None".
 */
export const metrics = new Metrics({ namespace: "Fupin", serviceName: "fupin" });

setMetricSink((name, value) => metrics.addMetric(name, name.endsWith("Fen") ? MetricUnit.NoUnit : MetricUnit.Count, value));
