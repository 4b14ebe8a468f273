import { z } from "zod";
import type { Db } from "../platform/db";
import { entity, type ItemKey } from "../platform/entity";
import { getItem } from "../platform/items";
import { type Page, type PageRequest, queryPage } from "../platform/pagination";
import type { Part } from "../platform/transact";
import { updateWrite } from "../platform/update";
import { Contribution, type Deltas, Enterprise, EnterpriseRecord, Pairing, PairingTotals, type Scope, supportType } from "./schemas";

/**
 * The pairings context's storage seam (千企帮千村): its entities, declared once (keys, named indexes,
 * record schema), and the transaction parts the domain modules plan with. Nothing outside this
 * module builds a pairings key, names an index or writes a condition or update expression.
 */

// --- Enterprises -------------------------------------------------------------------------------

export const Enterprises = entity(EnterpriseRecord, {
  type: "enterprise",
  key: ({ enterpriseId }: { enterpriseId: string }) => ({ pk: `ENTERPRISE#${enterpriseId}`, sk: "ENTERPRISE" }),
});

/** One credit code is one enterprise: the item that makes the code unique, naming its enterprise. */
export const creditCodeItem = ({ creditCode, enterpriseId }: Pick<EnterpriseRecord, "creditCode" | "enterpriseId">) => ({
  pk: `ENTERPRISECODE#${creditCode}`,
  sk: "ENTERPRISECODE",
  enterpriseId,
});

/**
 * An enterprise as listed for one of its accounts: one item per (account, enterprise), in the
 * account's partition, written with the enterprise (which never changes after), so "my
 * enterprises" is one Query.
 */
const OwnedEnterprise = Enterprise.extend({ ownerId: z.string() });
type OwnedEnterprise = z.infer<typeof OwnedEnterprise>;

const ownerPartition = (ownerId: string) => `ENTERPRISES#OWNER#${ownerId}`;

const OwnedEnterprises = entity(OwnedEnterprise, {
  type: "enterprise_owner",
  key: ({ ownerId, enterpriseId }: Pick<OwnedEnterprise, "ownerId" | "enterpriseId">) => ({
    pk: ownerPartition(ownerId),
    sk: `ENTERPRISE#${enterpriseId}`,
  }),
});

export const EnterpriseOwners = {
  /** The parts listing a new enterprise under each of its accounts (a key taken: an earlier send committed). */
  create: (store: Db, { ownerIds, ...enterprise }: EnterpriseRecord): Part[] =>
    ownerIds.map((ownerId) => OwnedEnterprises.create(store, { ...enterprise, ownerId }, "already_done")),

  /** The enterprises an account manages, oldest first (ids sort by creation time). */
  async ofOwner(store: Db, ownerId: string, page: PageRequest): Promise<Page<Enterprise>> {
    const out = await queryPage(store, { partitionValue: ownerPartition(ownerId) }, page);
    return {
      items: out.items.map((item) => {
        const { ownerId: _owner, ...enterprise } = OwnedEnterprises.parse(item);
        return enterprise;
      }),
      nextCursor: out.nextCursor,
    };
  },
};

// --- Pairings ----------------------------------------------------------------------------------

/** A pairing's partition: the pairing, and its ledger of contributions after it. */
const pairingPartition = (pairingId: string) => `PAIRING#${pairingId}`;

export const Pairings = entity(Pairing, {
  type: "pairing",
  key: ({ pairingId }: { pairingId: string }) => ({ pk: pairingPartition(pairingId), sk: "PAIRING" }),
  indexes: {
    byEnterprise: {
      index: "gsi1",
      partition: ({ enterpriseId }: { enterpriseId: string }) => `PAIRINGS#ENTERPRISE#${enterpriseId}`,
      partitionOf: (p) => ({ enterpriseId: p.enterpriseId }),
      sort: (p) => p.pairingId,
    },
    byVillage: {
      index: "gsi2",
      partition: ({ villageId }: { villageId: string }) => `PAIRINGS#VILLAGE#${villageId}`,
      partitionOf: (p) => ({ villageId: p.villageId }),
      sort: (p) => p.pairingId,
    },
  },
});

/** Ends a pairing, on condition that it is still active. */
export const markEnded = (
  store: Db,
  pairingId: string,
  change: { endedOn: string; updatedAt: string },
  rejected: Part["rejected"],
): Part => ({
  write: updateWrite(store, Pairings.key({ pairingId }), { set: { status: "ended", ...change }, expect: { status: "active" } }),
  rejected,
});

/** What a contribution adds to its pairing's delivered figures. */
export type PairingDeltas = Partial<Pick<Pairing, "deliveredFen" | "peopleHelped" | "contributions" | "projects">>;

/** ADDs a contribution's figures to its pairing, on condition that the pairing is still active. */
export const addToPairing = (store: Db, pairingId: string, deltas: PairingDeltas, updatedAt: string, rejected: Part["rejected"]): Part => ({
  write: updateWrite(store, Pairings.key({ pairingId }), { set: { updatedAt }, add: deltas, expect: { status: "active" } }),
  rejected,
});

/**
 * One active pairing per enterprise and village: an item claimed when a pairing is registered and
 * released when it ends (only by that pairing), so the pair may pair again.
 */
type Pair = Pick<Pairing, "pairingId" | "enterpriseId" | "villageId">;
const activePairKey = ({ enterpriseId, villageId }: Pair): ItemKey => ({
  pk: `PAIRINGACTIVE#${enterpriseId}#${villageId}`,
  sk: "PAIRINGACTIVE",
});

export const claimActivePair = (store: Db, pairing: Pair, rejected: Part["rejected"]): Part =>
  putNew(store, { ...activePairKey(pairing), pairingId: pairing.pairingId }, rejected);

export const releaseActivePair = (store: Db, pairing: Pair, rejected: Part["rejected"]): Part => ({
  write: {
    Delete: {
      TableName: store.tableName,
      Key: activePairKey(pairing),
      ConditionExpression: "pairingId = :pairingId",
      ExpressionAttributeValues: { ":pairingId": pairing.pairingId },
    },
  },
  rejected,
});

// --- Contributions -----------------------------------------------------------------------------

/** As stored: `type` is the table's item-kind attribute, so the support type is kept as `supportType`. */
const ContributionRecord = Contribution.omit({ type: true }).extend({ supportType: supportType() });
type ContributionRecord = z.infer<typeof ContributionRecord>;

const CONTRIBUTION = "CONTRIBUTION#";

/** Contributions live in their pairing's partition, sorted by date, so the ledger is one Query. */
const ContributionItems = entity(ContributionRecord, {
  type: "contribution",
  key: ({ pairingId, date, contributionId }: Pick<ContributionRecord, "pairingId" | "date" | "contributionId">) => ({
    pk: pairingPartition(pairingId),
    sk: `${CONTRIBUTION}${date}#${contributionId}`,
  }),
});

const toContribution = ({ contributionId, pairingId, date, supportType, ...rest }: ContributionRecord): Contribution => ({
  contributionId,
  pairingId,
  date,
  type: supportType,
  ...rest,
});

export const Contributions = {
  /** A part recording the ledger line (refused when its key is taken: by default "retry"). */
  create: (store: Db, { type, ...rest }: Contribution, rejected?: Part["rejected"]): Part =>
    ContributionItems.create(store, { ...rest, supportType: type }, rejected),

  /** A pairing's ledger, by date of delivery. */
  async ofPairing(store: Db, pairingId: string, page: PageRequest): Promise<Page<Contribution>> {
    const out = await queryPage(
      store,
      {
        partitionValue: pairingPartition(pairingId),
        sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": CONTRIBUTION } },
      },
      page,
    );
    return { items: out.items.map((item) => toContribution(ContributionItems.parse(item))), nextCursor: out.nextCursor };
  },
};

// --- Report aggregates -------------------------------------------------------------------------

/** A scope's partition: its totals and its enterprise and village markers. */
function scopePartition({ province, county, enterpriseId }: Scope): string {
  if (enterpriseId !== null) return `PAIRINGSTATS#ENTERPRISE#${enterpriseId}`;
  if (county !== null) return province !== null ? `PAIRINGSTATS#COUNTY#${province}#${county}` : `PAIRINGSTATS#COUNTYNAME#${county}`;
  return province !== null ? `PAIRINGSTATS#PROVINCE#${province}` : "PAIRINGSTATS#ALL";
}

/** A scope's figures, as ADDs left them (a counter appears with its first non-zero delta), beside the scope they are of. */
const TotalsRecord = PairingTotals.partial().extend({
  // Totals written before the scope was stored beside them read as a scope of nulls (never listed).
  province: z.string().nullable().default(null),
  county: z.string().nullable().default(null),
  enterpriseId: z.string().nullable().default(null),
});
type TotalsRecord = z.infer<typeof TotalsRecord>;

/** A province (parent null) or a county of a province (parent: the province) is listed among its region's siblings. */
const isRegion = (r: Scope) => r.enterpriseId === null && r.province !== null;

export const Totals = entity(TotalsRecord, {
  type: "pairing_totals",
  key: (scope: Scope) => ({ pk: scopePartition(scope), sk: "TOTALS" }),
  indexes: {
    /** Every province's totals in one partition, and every county's of a province in one, by name. */
    byRegion: {
      index: "gsi1",
      partition: ({ parent }: { parent: string | null }) => (parent === null ? "PAIRINGSTATS#REGIONS" : `PAIRINGSTATS#REGIONS#${parent}`),
      partitionOf: (r) => ({ parent: r.county === null ? null : r.province }),
      sort: (r) => r.county ?? r.province ?? "",
      when: isRegion,
    },
  },
});

/**
 * ADDs to a scope's totals only the counters that change, creating the item on first use: the
 * scope and the index attributes are SET from the entity's item, so the declaration alone says
 * what is stored.
 */
export const addToTotals = (store: Db, scope: Scope, deltas: Deltas): Part => {
  const { pk, sk, ...set } = Totals.item({ ...scope });
  return {
    write: updateWrite(store, { pk, sk }, { set, add: Object.fromEntries(Object.entries(deltas).filter(([, v]) => v !== 0)) }),
  };
};

/** Every province's totals (parent null) or every county's of a province, by name: one Query per 1,000. */
export async function regionTotals(store: Db, parent: string | null): Promise<TotalsRecord[]> {
  const out: TotalsRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await Totals.query.byRegion(store, { parent }, { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * Distinct enterprises and villages per scope are counted with marker items, one per (scope,
 * enterprise) and (scope, village), in the scope's partition: the write that creates a marker is
 * the one that counts it.
 */
type MarkerKind = "enterprise" | "village";
const MARKERS: Record<MarkerKind, { sk: string; type: string }> = {
  enterprise: { sk: "ENTERPRISE#", type: "pairing_enterprise_marker" },
  village: { sk: "VILLAGE#", type: "pairing_village_marker" },
};
const markerKey = (scope: Scope, kind: MarkerKind, id: string): ItemKey => ({ pk: scopePartition(scope), sk: `${MARKERS[kind].sk}${id}` });

/** Whether a scope has counted the enterprise and the village of a pairing (read consistently). */
export type Seen = Record<MarkerKind, boolean>;

const exists = async (store: Db, key: ItemKey) => (await getItem(store, key, () => true, { consistent: true })) ?? false;

export async function readMarkers(store: Db, scope: Scope, pair: Pick<Pairing, "enterpriseId" | "villageId">): Promise<Seen> {
  const [enterprise, village] = await Promise.all([
    exists(store, markerKey(scope, "enterprise", pair.enterpriseId)),
    exists(store, markerKey(scope, "village", pair.villageId)),
  ]);
  return { enterprise, village };
}

/**
 * The parts that keep a scope's markers as read: a marker not seen is Put (refused if it appeared
 * since), one seen is asserted to be there still. Either refusal means the read is stale: "retry".
 */
export function markScope(store: Db, scope: Scope, pair: Pick<Pairing, "enterpriseId" | "villageId">, seen: Seen, at: string): Part[] {
  const ids: Record<MarkerKind, string> = { enterprise: pair.enterpriseId, village: pair.villageId };
  return (["enterprise", "village"] as const).map((kind) => {
    const key = markerKey(scope, kind, ids[kind]);
    return seen[kind] ? stillThere(store, key) : putNew(store, { ...key, type: MARKERS[kind].type, at });
  });
}

// --- Conditional writes ------------------------------------------------------------------------

/** Puts an item whose key must be free (refused, by default, with "retry"). */
const putNew = (store: Db, item: ItemKey & Record<string, unknown>, rejected?: Part["rejected"]): Part => ({
  write: { Put: { TableName: store.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
  ...(rejected ? { rejected } : {}),
});

/** Asserts that an item is there still (refused, by default, with "retry"). */
const stillThere = (store: Db, key: ItemKey): Part => ({
  write: { ConditionCheck: { TableName: store.tableName, Key: key, ConditionExpression: "attribute_exists(pk)" } },
});
