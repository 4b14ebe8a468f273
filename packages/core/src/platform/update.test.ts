import { describe, expect, it } from "vitest";
import type { Db } from "./db";
import { resolvedExpression, updateWrite } from "./update";

const store = { tableName: "t" } as Db;
const key = { pk: "P", sk: "S" };

describe("updateWrite", () => {
  it("writes SET, ADD and REMOVE with every name and value a placeholder, dotted paths into maps", () => {
    const u = updateWrite(store, key, {
      set: { status: "ended" },
      add: { "byStatus.submitted": 1, paidFen: 0, skipped: undefined },
      remove: ["gsi3pk"],
    }).Update!;
    expect(u.UpdateExpression).not.toMatch(/status|byStatus|ended|gsi3pk/);
    expect(resolvedExpression(u)).toEqual({
      update: 'SET status = "ended" ADD byStatus.submitted 1, paidFen 0 REMOVE gsi3pk',
      condition: undefined,
    });
  });

  it("joins expectations and a condition of the caller's own", () => {
    const u = updateWrite(store, key, {
      set: { at: "now" },
      expect: { status: "active" },
      condition: { expression: "#pool >= :payout", names: { "#pool": "poolBalanceFen" }, values: { ":payout": 5 } },
    }).Update!;
    expect(resolvedExpression(u).condition).toBe('status = "active" AND (poolBalanceFen >= 5)');
  });
});
