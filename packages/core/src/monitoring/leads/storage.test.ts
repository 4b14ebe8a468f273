import { describe, expect, it } from "vitest";
import type { Db } from "../../platform/db";
import { DomainError } from "../../platform/errors";
import type { LeadRecord } from "./schemas";
import { leadClosedPart, Leads, leadTakenUpPart, phaseOf } from "./storage";

const store = { tableName: "t" } as unknown as Db;
const lead = (overrides: Partial<LeadRecord> = {}): LeadRecord => ({
  leadId: "lead_1",
  householdId: "hh_1",
  province: "山东省",
  city: "德州市",
  county: "夏津县",
  township: "苏留庄镇",
  villageId: "v1",
  villageName: "前屯村",
  headName: "张建国",
  source: "cadre_visit",
  description: "走访",
  facts: { medicalCostFen: null, perCapitaIncomeFen: null, year: null, kind: null, rule: null, thresholdFen: null },
  batchId: null,
  batchRows: [],
  reportedOn: "2026-03-01",
  status: "open",
  dueOn: "2026-03-16",
  assessmentId: null,
  resolution: null,
  version: 3,
  createdAt: "2026-03-01T02:00:00.000Z",
  createdBy: "clerk-1",
  updatedAt: "2026-03-01T02:00:00.000Z",
  ...overrides,
});
const written = (part: { write: { Put?: { Item?: unknown; ExpressionAttributeValues?: Record<string, unknown> } } }) => part.write.Put!;

describe("what identification writes to a lead", () => {
  it("takes up an open lead: assessing, naming the assessment, conditioned on the version read", () => {
    const put = written(leadTakenUpPart(store, lead(), "asm_1", "2026-03-02T00:00:00.000Z"));
    expect(put.Item).toMatchObject({ status: "assessing", assessmentId: "asm_1", version: 4, updatedAt: "2026-03-02T00:00:00.000Z" });
    expect(put.ExpressionAttributeValues).toEqual({ ":read": 3 });
    for (const status of ["assessing", "closed", "dismissed"] as const) {
      expect(() => leadTakenUpPart(store, lead({ status }), "asm_1")).toThrow(DomainError);
    }
  });

  it("closes a lead on its due day in China without counting it late; the next day in China it is late, counted in its due month", () => {
    // 23:59 in China on the due day is 15:59 UTC.
    const onTime = leadClosedPart(store, lead({ status: "assessing" }), "identified", "approver-1", "确认", "2026-03-16T15:59:00.000Z");
    expect(onTime.counters).toEqual({});
    expect(onTime.next).toMatchObject({
      status: "closed",
      resolution: { outcome: "identified", late: false, by: "approver-1" },
      version: 4,
    });
    const late = leadClosedPart(store, lead(), "not_identified", "approver-1", "未纳入", "2026-03-16T16:00:00.000Z");
    // Counted for the county and for the lead's township, whose report reads its own months.
    expect(late.counters).toEqual({ "leadsResolvedLate#2026-03": 1, [`leadsResolvedLate#2026-03#${lead().township}`]: 1 });
    expect(late.next).toMatchObject({ status: "closed", resolution: { outcome: "not_identified", late: true } });
    expect(leadClosedPart(store, lead(), "dismissed", "c", "n", "2026-03-01T00:00:00.000Z").next.status).toBe("dismissed");
    expect(() => leadClosedPart(store, lead({ status: "dismissed" }), "identified", "c", "n", "2026-03-01T00:00:00.000Z")).toThrow(
      /only open or assessing/,
    );
  });

  it("moves a lead between the unresolved and resolved inboxes as its status changes", () => {
    expect(Leads.item(lead()).gsi3pk).toBe("LEADS#COUNTY#夏津县#PHASE#unresolved");
    expect(Leads.item(lead()).gsi3sk).toBe("苏留庄镇#2026-03-16#lead_1");
    expect(Leads.item(lead()).gsi4sk).toBe("2026-03-16#苏留庄镇#lead_1");
    expect(Leads.item(lead({ status: "closed" })).gsi4pk).toBe("LEADS#COUNTY#夏津县#PHASE#resolved#DUE");
    expect([phaseOf("open"), phaseOf("assessing"), phaseOf("closed"), phaseOf("dismissed")]).toEqual([
      "unresolved",
      "unresolved",
      "resolved",
      "resolved",
    ]);
  });
});
