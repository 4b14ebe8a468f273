import { afterEach, describe, expect, it } from "vitest";
import { countMetric, setMetricSink, type BusinessMetric } from "./metrics";

afterEach(() => setMetricSink(() => undefined));

describe("business metrics", () => {
  it("go to the sink the runtime installed, and nowhere by default", () => {
    expect(() => countMetric("OrdersPaid")).not.toThrow();
    const seen: [BusinessMetric, number][] = [];
    setMetricSink((name, value) => seen.push([name, value]));
    countMetric("OrdersPaid");
    countMetric("CreditedFen", 7960);
    expect(seen).toEqual([
      ["OrdersPaid", 1],
      ["CreditedFen", 7960],
    ]);
  });
});
