import { describe, expect, it } from "vitest";
import { attachmentName } from "./download";

describe("attachmentName", () => {
  it("reads the file name the API's Content-Disposition gives", () => {
    expect(attachmentName('attachment; filename="monthly-sales-by-county-2026-01-2026-12.csv"', "x.csv")).toBe(
      "monthly-sales-by-county-2026-01-2026-12.csv",
    );
    expect(attachmentName("attachment; filename=pairings-regions.csv", "x.csv")).toBe("pairings-regions.csv");
  });

  it("falls back when there is none", () => {
    expect(attachmentName(null, "report.csv")).toBe("report.csv");
    expect(attachmentName("inline", "report.csv")).toBe("report.csv");
  });
});
