import * as core from "@fupin/core/monitoring";
import * as measures from "@fupin/core/monitoring/measures/schemas";
import { describe, expect, it } from "vitest";
import { texts } from "./i18n";

const zh = texts["zh-CN"];

describe("the monitoring area's Chinese labels", () => {
  it("are the platform's own for every category, status and member attribute", () => {
    expect(zh.category).toEqual(core.HOUSEHOLD_CATEGORY_LABELS);
    expect(zh.status).toEqual(core.MONITORING_STATUS_LABELS);
    expect(zh.relation).toEqual(core.MEMBER_RELATION_LABELS);
    expect(zh.ageBand).toEqual(core.AGE_BAND_LABELS);
    expect(zh.health).toEqual(core.HEALTH_STATUS_LABELS);
    expect(zh.disability).toEqual(core.DISABILITY_GRADE_LABELS);
    expect(zh.school).toEqual(core.SCHOOL_STATUS_LABELS);
    expect(zh.source).toEqual(core.LEAD_SOURCE_LABELS);
    expect(zh.measureKind).toEqual(measures.MEASURE_KIND_LABELS);
    expect(zh.period).toEqual(measures.MEASURE_PERIOD_LABELS);
    expect(zh.measureStatus).toEqual(measures.MEASURE_STATUS_LABELS);
  });
});
