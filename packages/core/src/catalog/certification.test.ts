import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { productStatus } from "./certification";

const cert = (issuedOn: string, validUntil: string) => ({
  certificateNo: "XJ-2026-001",
  authorityLevel: "county" as const,
  authority: "夏津县扶贫开发领导小组办公室",
  catalogBatch: "德州市第一批扶贫产品目录",
  issuedOn,
  validUntil,
});

describe("productStatus", () => {
  it("keeps an uncertified product pending", () => {
    expect(productStatus(undefined, "2026-11-30")).toBe("pending_certification");
  });

  it("lists a product on the first and the last day of its certificate", () => {
    const c = cert("2026-01-01", "2026-12-31");
    expect(productStatus(c, "2026-01-01")).toBe("listed");
    expect(productStatus(c, "2026-12-31")).toBe("listed");
  });

  it("delists a product the day after its certificate ends, with no write in between", () => {
    const c = cert("2026-01-01", "2026-12-31");
    expect(productStatus(c, "2027-01-01")).toBe("expired");
    expect(productStatus(c, "2026-12-31")).toBe("listed");
  });

  it("does not list a product before its certificate is issued", () => {
    expect(productStatus(cert("2027-01-01", "2027-12-31"), "2026-11-30")).toBe("not_yet_valid");
  });

  it("lists exactly when today lies within the certificate", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, today) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(productStatus(cert(from, to), today) === "listed").toBe(from <= today && today <= to);
      }),
    );
  });
});
