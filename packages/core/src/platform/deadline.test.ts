import { describe, expect, it } from "vitest";
import { callBudget, deadlineIn, DeadlineExceeded, within } from "./deadline";

const opts = { reserveMs: 3_000, maxAttemptMs: 10_000, maxRetries: 2 };

describe("callBudget", () => {
  it("gives the provider full attempts and retries when the function has time", () => {
    expect(callBudget(deadlineIn(60_000, 0), opts, 0)).toEqual({ timeoutMs: 10_000, retries: 2, totalMs: 57_000 });
  });

  it("fits every attempt and back-off inside the time left, keeping the reserve back", () => {
    for (const left of [15_000, 8_000, 5_000, 4_100]) {
      const b = callBudget(deadlineIn(left, 0), opts, 0)!;
      expect(b.timeoutMs * (b.retries + 1) + b.retries * 1_000).toBeLessThanOrEqual(left - 3_000);
      expect(b.timeoutMs).toBeGreaterThanOrEqual(1_000);
    }
    expect(callBudget(deadlineIn(15_000, 0), opts, 0)).toEqual({ timeoutMs: 3_333, retries: 2, totalMs: 12_000 });
  });

  it("starts nothing when not one attempt fits", () => {
    expect(callBudget(deadlineIn(3_500, 0), opts, 0)).toBeUndefined();
    expect(callBudget(deadlineIn(-10, 0), opts, 0)).toBeUndefined();
  });
});

describe("within", () => {
  it("rejects a promise that never settles once the time is up", async () => {
    await expect(within(20, new Promise(() => undefined))).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  it("passes a timely result through", async () => {
    expect(await within(1_000, Promise.resolve(7))).toBe(7);
  });
});
