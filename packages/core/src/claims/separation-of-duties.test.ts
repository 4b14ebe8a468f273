import { describe, expect, it } from "vitest";
import type { Actor } from "../platform/actor";
import type { ClaimRecord } from "./schemas";
import { assertMayApprove, assertMayReview } from "./separation-of-duties";

const claim = { submittedBy: "clerk-a", reviewedBy: "clerk-b" } as ClaimRecord;
const actor = (id: string, ...roles: Actor["roles"]): Actor => ({ id, roles });

describe("separation of duties", () => {
  it("refuses a review by the claim's submitter, whatever roles they hold", () => {
    expect(() => assertMayReview({ ...claim, reviewedBy: null }, actor("clerk-a", "clerk", "approver"))).toThrow(
      expect.objectContaining({ kind: "forbidden", code: "SEPARATION_OF_DUTIES" }),
    );
    expect(() => assertMayReview({ ...claim, reviewedBy: null }, actor("clerk-b", "clerk"))).not.toThrow();
  });

  it("refuses an approval by the submitter or the reviewer, and lets a third person approve", () => {
    for (const id of ["clerk-a", "clerk-b"]) {
      expect(() => assertMayApprove(claim, actor(id, "approver"))).toThrow(
        expect.objectContaining({ kind: "forbidden", code: "SEPARATION_OF_DUTIES" }),
      );
    }
    expect(() => assertMayApprove(claim, actor("approver-c", "approver"))).not.toThrow();
  });
});
