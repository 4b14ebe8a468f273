import { describe, expect, it } from "vitest";
import { countMetric } from "@fupin/core/platform/metrics";
import { metrics } from "./metrics";

describe("CloudWatch business metrics", () => {
  it("turn the domain's counts into embedded-metric-format records in the Fupin namespace", () => {
    countMetric("OrdersPaid");
    countMetric("CreditedFen", 7960);
    expect(metrics.hasStoredMetrics()).toBe(true);
    const emf = metrics.serializeMetrics() as any;
    const directive = emf._aws.CloudWatchMetrics[0];
    expect(directive.Namespace).toBe("Fupin");
    expect(directive.Metrics).toEqual(
      expect.arrayContaining([
        { Name: "OrdersPaid", Unit: "Count" },
        { Name: "CreditedFen", Unit: "None" },
      ]),
    );
    expect(emf.CreditedFen).toBe(7960);
    metrics.clearMetrics();
  });
});
