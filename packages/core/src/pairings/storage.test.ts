import { describe, expect, it } from "vitest";
import type { Db } from "../platform/db";
import { scopesOf } from "./report";
import type { Contribution, Pairing } from "./schemas";
import {
  addToPairing,
  addToTotals,
  claimActivePair,
  Contributions,
  creditCodeItem,
  EnterpriseOwners,
  Enterprises,
  markScope,
  Pairings,
  Totals,
} from "./storage";
import { resolvedExpression } from "../platform/update";

const store = { tableName: "t" } as Db;

const pairing: Pairing = {
  pairingId: "pair_1",
  enterpriseId: "ent_1",
  enterpriseName: "企业",
  villageId: "vil_1",
  village: { name: "村", province: "山东省", city: "德州市", county: "夏津县", township: "镇" },
  supportTypes: ["industry"],
  status: "active",
  committedFen: 100,
  deliveredFen: 0,
  peopleHelped: 0,
  contributions: 0,
  projects: 0,
  startedOn: "2026-01-01",
  endedOn: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const contribution: Contribution = {
  contributionId: "ctb_1",
  pairingId: "pair_1",
  date: "2026-02-01",
  type: "employment",
  amountFen: 500,
  peopleHelped: 3,
  projects: ["项目"],
  note: null,
  recordedBy: "u",
  createdAt: "2026-02-01T00:00:00.000Z",
};

describe("stored items", () => {
  it("keeps an enterprise with its owners, and its credit code unique", () => {
    const enterprise = {
      enterpriseId: "ent_1",
      name: "企业",
      creditCode: "C",
      province: "山东省",
      city: "德州市",
      ownerIds: ["u"],
      createdAt: "x",
    };
    expect(Enterprises.item(enterprise)).toEqual({ pk: "ENTERPRISE#ent_1", sk: "ENTERPRISE", type: "enterprise", ...enterprise });
    expect(Enterprises.parse(Enterprises.item(enterprise))).toEqual(enterprise);
    expect(creditCodeItem(enterprise)).toEqual({ pk: "ENTERPRISECODE#C", sk: "ENTERPRISECODE", enterpriseId: "ent_1" });
  });

  it("lists an enterprise under each of its accounts, without the other accounts", () => {
    const enterprise = {
      enterpriseId: "ent_1",
      name: "企业",
      creditCode: "C",
      province: "山东省",
      city: "德州市",
      ownerIds: ["u1", "u2"],
      createdAt: "x",
    };
    const { ownerIds: _owners, ...view } = enterprise;
    expect(EnterpriseOwners.create(store, enterprise).map((p) => p.write.Put!.Item)).toEqual([
      { pk: "ENTERPRISES#OWNER#u1", sk: "ENTERPRISE#ent_1", type: "enterprise_owner", ...view, ownerId: "u1" },
      { pk: "ENTERPRISES#OWNER#u2", sk: "ENTERPRISE#ent_1", type: "enterprise_owner", ...view, ownerId: "u2" },
    ]);
  });

  it("lists a pairing by enterprise and by village", () => {
    expect(Pairings.item(pairing)).toEqual({
      pk: "PAIRING#pair_1",
      sk: "PAIRING",
      gsi1pk: "PAIRINGS#ENTERPRISE#ent_1",
      gsi1sk: "pair_1",
      gsi2pk: "PAIRINGS#VILLAGE#vil_1",
      gsi2sk: "pair_1",
      type: "pairing",
      ...pairing,
    });
  });

  it("keeps a contribution in its pairing's partition by date, its support type as supportType", () => {
    const put = Contributions.create(store, contribution).write.Put!;
    const { type: supportType, ...rest } = contribution;
    expect(put.Item).toEqual({ pk: "PAIRING#pair_1", sk: "CONTRIBUTION#2026-02-01#ctb_1", type: "contribution", supportType, ...rest });
    expect(put.ConditionExpression).toBe("attribute_not_exists(pk)");
  });

  it("allows one active pairing per enterprise and village", () => {
    expect(claimActivePair(store, pairing, "retry").write.Put!.Item).toEqual({
      pk: "PAIRINGACTIVE#ent_1#vil_1",
      sk: "PAIRINGACTIVE",
      pairingId: "pair_1",
    });
  });
});

describe("report scopes", () => {
  const partitions = (village: { province: string; county: string }) =>
    scopesOf({ village, enterpriseId: "ent_1" }).map((scope) => Totals.key(scope).pk);

  it("keeps each scope's totals in a partition of its own", () => {
    expect(partitions({ province: "山东省", county: "夏津县" })).toEqual([
      "PAIRINGSTATS#ALL",
      "PAIRINGSTATS#PROVINCE#山东省",
      "PAIRINGSTATS#COUNTY#山东省#夏津县",
      "PAIRINGSTATS#COUNTYNAME#夏津县",
      "PAIRINGSTATS#ENTERPRISE#ent_1",
    ]);
  });

  it("lists provinces together, and each province's counties together, by name; nothing else", () => {
    const items = scopesOf({ village: { province: "山东省", county: "夏津县" }, enterpriseId: "ent_1" }).map((scope) => Totals.item(scope));
    expect(items.map((i) => [i.gsi1pk, i.gsi1sk])).toEqual([
      [undefined, undefined],
      ["PAIRINGSTATS#REGIONS", "山东省"],
      ["PAIRINGSTATS#REGIONS#山东省", "夏津县"],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it("keeps two same-named counties of different provinces apart, and together by name alone", () => {
    const a = partitions({ province: "江苏省", county: "鼓楼区" });
    const b = partitions({ province: "福建省", county: "鼓楼区" });
    expect(a[2]).not.toBe(b[2]);
    expect(a[3]).toBe(b[3]);
  });

  it("keeps a scope's enterprise and village markers beside its totals", () => {
    const [platform] = scopesOf(pairing);
    const [enterprise, village] = markScope(store, platform!, pairing, { enterprise: false, village: true }, "now");
    expect(enterprise!.write.Put).toMatchObject({
      Item: { pk: "PAIRINGSTATS#ALL", sk: "ENTERPRISE#ent_1", type: "pairing_enterprise_marker", at: "now" },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    expect(village!.write.ConditionCheck).toMatchObject({
      Key: { pk: "PAIRINGSTATS#ALL", sk: "VILLAGE#vil_1" },
      ConditionExpression: "attribute_exists(pk)",
    });
  });
});

describe("addToTotals", () => {
  it("ADDs only the counters that change, and SETs the scope it counts", () => {
    const [platform] = scopesOf(pairing);
    const update = addToTotals(store, platform!, { pairings: 1, enterprises: 0, deliveredFen: 500 }).write.Update!;
    expect(update.Key).toEqual({ pk: "PAIRINGSTATS#ALL", sk: "TOTALS" });
    expect(resolvedExpression(update)).toEqual({
      update: 'SET type = "pairing_totals", province = null, county = null, enterpriseId = null ADD pairings 1, deliveredFen 500',
      condition: undefined,
    });
  });

  it("puts a county's totals in its province's list of counties", () => {
    const county = scopesOf(pairing)[2]!;
    const update = addToTotals(store, county, { activePairings: -1 }).write.Update!;
    expect(update.Key).toEqual({ pk: "PAIRINGSTATS#COUNTY#山东省#夏津县", sk: "TOTALS" });
    expect(resolvedExpression(update).update).toBe(
      'SET gsi1pk = "PAIRINGSTATS#REGIONS#山东省", gsi1sk = "夏津县", type = "pairing_totals", province = "山东省", county = "夏津县", enterpriseId = null ADD activePairings -1',
    );
  });
});

describe("addToPairing", () => {
  it("ADDs a contribution's figures on condition that the pairing is still active", () => {
    const update = addToPairing(store, "pair_1", { deliveredFen: 500, contributions: 1 }, "now", "retry").write.Update!;
    expect(update.Key).toEqual({ pk: "PAIRING#pair_1", sk: "PAIRING" });
    expect(resolvedExpression(update)).toEqual({
      update: 'SET updatedAt = "now" ADD deliveredFen 500, contributions 1',
      condition: 'status = "active"',
    });
  });
});
