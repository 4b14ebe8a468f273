import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Actor } from "../platform/actor";
import { findVillage } from "../catalog/villages";
import { referenceNotFound } from "../catalog/suppliers";
import { db, type Db } from "../platform/db";
import { conflict, notFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import { queryPage, type Page } from "../platform/pagination";
import { assertActsFor, findEnterprise, getEnterprise } from "./enterprises";
import { addToTotals, reportKeys, scopesOf, type Place } from "./report";
import type { CreatePairing, EndPairing, PairingsQuery, SupportType } from "./schemas";
import { runTransaction, type Part } from "../platform/transact";
import type { StoredItem } from "../platform/items";

export type PairingStatus = "active" | "ended";

export interface Pairing {
  pairingId: string;
  enterpriseId: string;
  enterpriseName: string;
  villageId: string;
  village: Place & { name: string; city: string; township: string };
  supportTypes: SupportType[];
  status: PairingStatus;
  committedFen: number;
  deliveredFen: number;
  peopleHelped: number;
  contributions: number;
  projects: number;
  startedOn: string;
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Key shapes of pairings: the item (its ledger of contributions shares the partition), the
 * per-enterprise (gsi1) and per-village (gsi2) lists, and the item that allows one active
 * pairing per enterprise and village — deleted when the pairing ends, so the pair may pair again.
 */
export const pairingKeys = {
  partition: (pairingId: string) => `PAIRING#${pairingId}`,
  item: (pairingId: string) => ({ pk: pairingKeys.partition(pairingId), sk: "PAIRING" }),
  byEnterprise: (enterpriseId: string) => `PAIRINGS#ENTERPRISE#${enterpriseId}`,
  byVillage: (villageId: string) => `PAIRINGS#VILLAGE#${villageId}`,
  active: (enterpriseId: string, villageId: string) => ({ pk: `PAIRINGACTIVE#${enterpriseId}#${villageId}`, sk: "PAIRINGACTIVE" }),
};

const toPairing = (item: StoredItem): Pairing => ({
  pairingId: item.pairingId,
  enterpriseId: item.enterpriseId,
  enterpriseName: item.enterpriseName,
  villageId: item.villageId,
  village: item.village,
  supportTypes: item.supportTypes,
  status: item.status,
  committedFen: Number(item.committedFen ?? 0),
  deliveredFen: Number(item.deliveredFen ?? 0),
  peopleHelped: Number(item.peopleHelped ?? 0),
  contributions: Number(item.contributions ?? 0),
  projects: Number(item.projects ?? 0),
  startedOn: item.startedOn,
  endedOn: item.endedOn ?? null,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

async function exists(store: Db, key: { pk: string; sk: string }): Promise<boolean> {
  const out = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true, ProjectionExpression: "pk" }),
  );
  return out.Item !== undefined;
}

/**
 * Registers a pairing and counts it in every scope, in one transaction (14 items, far below the
 * 100-item limit): the active-pair uniqueness item, the pairing, and per scope the totals plus the
 * enterprise and village markers.
 *
 * Distinct counting: a marker's absence cannot be a condition that, when it fails, still lets the
 * rest of the transaction commit. So the markers are read first; a missing one is Put on
 * `attribute_not_exists` and its scope's `enterprises`/`villages` count ADDed by 1; an existing one
 * is asserted with a ConditionCheck `attribute_exists`. If another write created (or, never in
 * practice, removed) a marker in between, the transaction is cancelled, nothing is written, and we
 * re-read and try again — so each distinct enterprise and village is counted exactly once.
 */
export async function createPairing(input: CreatePairing, actor: Actor, store: Db = db()): Promise<Pairing> {
  const [enterprise, village] = await Promise.all([findEnterprise(input.enterpriseId, store), findVillage(input.villageId, store)]);
  if (!enterprise) throw referenceNotFound("enterpriseId", "Enterprise", input.enterpriseId);
  assertActsFor(actor, enterprise);
  if (!village) throw referenceNotFound("villageId", "Village", input.villageId);

  const now = new Date().toISOString();
  const pairing: Pairing = {
    pairingId: newId("pair"),
    enterpriseId: enterprise.enterpriseId,
    enterpriseName: enterprise.name,
    villageId: village.villageId,
    village: { name: village.name, province: village.province, city: village.city, county: village.county, township: village.township },
    supportTypes: input.supportTypes,
    status: "active",
    committedFen: input.committedFen,
    deliveredFen: 0,
    peopleHelped: 0,
    contributions: 0,
    projects: 0,
    startedOn: input.startedOn,
    endedOn: null,
    createdAt: now,
    updatedAt: now,
  };
  const scopes = scopesOf(pairing.village);
  const duplicate = () =>
    conflict("DUPLICATE", `${enterprise.name} already has an active pairing with ${village.name}`, [
      { path: "body.villageId", message: "an active pairing of this enterprise and village exists; end it first" },
    ]);

  await runTransaction(store, {
    operation: `pair:${pairing.pairingId}`,
    plan: async () => {
      const markers = await Promise.all(
        scopes.map(async (scope) => {
          const enterpriseKey = reportKeys.enterpriseMarker(scope, enterprise.enterpriseId);
          const villageKey = reportKeys.villageMarker(scope, village.villageId);
          const [enterpriseSeen, villageSeen] = await Promise.all([exists(store, enterpriseKey), exists(store, villageKey)]);
          return { scope, enterpriseKey, villageKey, enterpriseSeen, villageSeen };
        }),
      );
      // A marker that appeared or went since we read it: read again ("retry", the default).
      const marker = (key: { pk: string; sk: string }, seen: boolean, kind: string): Part => ({
        write: seen
          ? { ConditionCheck: { TableName: store.tableName, Key: key, ConditionExpression: "attribute_exists(pk)" } }
          : { Put: { TableName: store.tableName, Item: { ...key, type: kind, at: now }, ConditionExpression: "attribute_not_exists(pk)" } },
      });
      return {
        parts: {
          activePair: {
            write: {
              Put: {
                TableName: store.tableName,
                Item: { ...pairingKeys.active(pairing.enterpriseId, pairing.villageId), pairingId: pairing.pairingId },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            rejected: duplicate(),
          },
          pairing: {
            rejected: "already_done",
            write: {
              Put: {
                TableName: store.tableName,
                Item: {
                  ...pairingKeys.item(pairing.pairingId),
                  gsi1pk: pairingKeys.byEnterprise(pairing.enterpriseId),
                  gsi1sk: pairing.pairingId,
                  gsi2pk: pairingKeys.byVillage(pairing.villageId),
                  gsi2sk: pairing.pairingId,
                  type: "pairing",
                  ...pairing,
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          },
          markers: markers.flatMap((m) => [
            marker(m.enterpriseKey, m.enterpriseSeen, "pairing_enterprise_marker"),
            marker(m.villageKey, m.villageSeen, "pairing_village_marker"),
          ]),
          totals: markers.map((m) => ({
            write: addToTotals(store.tableName, m.scope, {
              pairings: 1,
              activePairings: 1,
              committedFen: pairing.committedFen,
              enterprises: m.enterpriseSeen ? 0 : 1,
              villages: m.villageSeen ? 0 : 1,
            }),
          })),
        },
        afterCommit: () => countMetric("PairingsRegistered"),
      };
    },
  });
  return pairing;
}

export async function findPairing(pairingId: string, store: Db = db()): Promise<Pairing | undefined> {
  const out = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: pairingKeys.item(pairingId), ConsistentRead: true }),
  );
  return out.Item ? toPairing(out.Item) : undefined;
}

export async function getPairing(pairingId: string, store: Db = db()): Promise<Pairing> {
  const pairing = await findPairing(pairingId, store);
  if (!pairing) throw notFound("Pairing", pairingId);
  return pairing;
}

export const invalidState = (pairing: Pairing, action: string) =>
  conflict("INVALID_STATE", `Pairing ${pairing.pairingId} is ${pairing.status}; only an active pairing can ${action}`);

/** Loads a pairing and checks that the actor may manage it (admin, or an owner of its enterprise). */
export async function pairingManagedBy(pairingId: string, actor: Actor, store: Db = db()): Promise<Pairing> {
  const pairing = await getPairing(pairingId, store);
  assertActsFor(actor, await getEnterprise(pairing.enterpriseId, store));
  return pairing;
}

/**
 * Ends an active pairing: the status changes on condition that it is still active, the
 * uniqueness item goes (so the same enterprise and village may pair again), and every scope's
 * active count drops, all in one transaction. Cumulative figures (pairings, money, people) stay.
 */
export async function endPairing(pairingId: string, input: EndPairing, actor: Actor, store: Db = db()): Promise<Pairing> {
  const pairing = await pairingManagedBy(pairingId, actor, store);
  if (pairing.status !== "active") throw invalidState(pairing, "be ended");
  if (input.endedOn < pairing.startedOn) {
    throw ruleViolated("ENDED_BEFORE_START", `A pairing that started on ${pairing.startedOn} cannot end before it`, [
      { path: "body.endedOn", message: `must be on or after ${pairing.startedOn}` },
    ]);
  }
  const now = new Date().toISOString();
  await runTransaction(store, {
    operation: `end-pairing:${pairingId}`,
    plan: () => ({
      parts: {
        pairing: {
          write: {
            Update: {
              TableName: store.tableName,
              Key: pairingKeys.item(pairingId),
              UpdateExpression: "SET #status = :ended, endedOn = :endedOn, updatedAt = :now",
              ConditionExpression: "#status = :active",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: { ":ended": "ended", ":active": "active", ":endedOn": input.endedOn, ":now": now },
            },
          },
          rejected: invalidState({ ...pairing, status: "ended" }, "be ended"),
        },
        activePair: {
          write: {
            Delete: {
              TableName: store.tableName,
              Key: pairingKeys.active(pairing.enterpriseId, pairing.villageId),
              ConditionExpression: "pairingId = :pairingId",
              ExpressionAttributeValues: { ":pairingId": pairingId },
            },
          },
          rejected: conflict("CONCURRENT_UPDATE", `Pairing ${pairingId} changed while it was being ended; try again`),
        },
        totals: scopesOf(pairing.village).map((scope) => ({ write: addToTotals(store.tableName, scope, { activePairings: -1 }) })),
      },
    }),
  });
  return { ...pairing, status: "ended", endedOn: input.endedOn, updatedAt: now };
}

/** The pairings of one enterprise (gsi1) or of one village (gsi2), oldest first. */
export async function listPairings(query: PairingsQuery, store: Db = db()): Promise<Page<Pairing>> {
  const page = query.enterpriseId
    ? await queryPage(store, { index: "gsi1", partitionValue: pairingKeys.byEnterprise(query.enterpriseId) }, query)
    : await queryPage(store, { index: "gsi2", partitionValue: pairingKeys.byVillage(query.villageId ?? "") }, query);
  return { items: page.items.map(toPairing), nextCursor: page.nextCursor };
}
