import type { Actor } from "../platform/actor";
import { Catalog } from "../catalog";
import { db, type Db } from "../platform/db";
import { conflict, referenceNotFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import type { Page } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import { assertActsFor, findEnterprise, getEnterprise } from "./enterprises";
import { scopesOf } from "./report";
import type { CreatePairing, EndPairing, Pairing, PairingsQuery } from "./schemas";
import { addToTotals, claimActivePair, markEnded, markScope, Pairings, readMarkers, releaseActivePair } from "./storage";

export type { Pairing, PairingStatus } from "./schemas";

/**
 * Registers a pairing and counts it in every scope, in one transaction (17 items, far below the
 * 100-item limit): the active-pair uniqueness item, the pairing, and per scope the totals plus the
 * enterprise and village markers.
 *
 * Distinct counting: a marker's absence cannot be a condition that, when it fails, still lets the
 * rest of the transaction commit. So the markers are read first; a missing one is Put on condition
 * that it is still missing and its scope's `enterprises`/`villages` count ADDed by 1; an existing
 * one is asserted to exist still. If another write created (or, never in practice, removed) a
 * marker in between, the transaction is cancelled, nothing is written, and we re-read and try
 * again — so each distinct enterprise and village is counted exactly once.
 */
export async function createPairing(input: CreatePairing, actor: Actor, store: Db = db()): Promise<Pairing> {
  const [enterprise, village] = await Promise.all([
    findEnterprise(input.enterpriseId, store),
    Catalog.findVillage(input.villageId, { store }),
  ]);
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
  const scopes = scopesOf(pairing);
  const duplicate = conflict("DUPLICATE", `${enterprise.name} already has an active pairing with ${village.name}`, [
    {
      path: "body.villageId",
      message: "an active pairing of this enterprise and village exists; end it first",
      resource: "pairing",
      enterprise: enterprise.name,
      village: village.name,
    },
  ]);

  await runTransaction(store, {
    operation: `pair:${pairing.pairingId}`,
    plan: async () => {
      const seen = await Promise.all(scopes.map((scope) => readMarkers(store, scope, pairing)));
      return {
        parts: {
          activePair: claimActivePair(store, pairing, duplicate),
          // Its key taken means an earlier send of this very transaction committed.
          pairing: Pairings.create(store, pairing, "already_done"),
          // A marker that appeared or went since we read it: read again ("retry", the default).
          markers: scopes.flatMap((scope, i) => markScope(store, scope, pairing, seen[i]!, now)),
          totals: scopes.map((scope, i) =>
            addToTotals(store, scope, {
              pairings: 1,
              activePairings: 1,
              committedFen: pairing.committedFen,
              enterprises: seen[i]!.enterprise ? 0 : 1,
              villages: seen[i]!.village ? 0 : 1,
            }),
          ),
        },
        afterCommit: () => countMetric("PairingsRegistered"),
      };
    },
  });
  return pairing;
}

export const getPairing = (pairingId: string, store: Db = db()) =>
  Pairings.get(store, { pairingId }, "Pairing", pairingId, { consistent: true });

const PAIRING_ACTIONS = { end: "be ended", contribute: "record contributions" } as const;

export const invalidState = (pairing: Pairing, action: keyof typeof PAIRING_ACTIONS) =>
  conflict("INVALID_STATE", `Pairing ${pairing.pairingId} is ${pairing.status}; only an active pairing can ${PAIRING_ACTIONS[action]}`, [
    { path: "status", message: `is ${pairing.status}`, resource: "pairing", status: pairing.status, action, allowed: ["active"] },
  ]);

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
  if (pairing.status !== "active") throw invalidState(pairing, "end");
  if (input.endedOn < pairing.startedOn) {
    throw ruleViolated("ENDED_BEFORE_START", `A pairing that started on ${pairing.startedOn} cannot end before it`, [
      { path: "body.endedOn", message: `must be on or after ${pairing.startedOn}`, startedOn: pairing.startedOn, endedOn: input.endedOn },
    ]);
  }
  const now = new Date().toISOString();
  await runTransaction(store, {
    operation: `end-pairing:${pairingId}`,
    plan: () => ({
      parts: {
        pairing: markEnded(
          store,
          pairingId,
          { endedOn: input.endedOn, updatedAt: now },
          invalidState({ ...pairing, status: "ended" }, "end"),
        ),
        activePair: releaseActivePair(
          store,
          pairing,
          conflict("CONCURRENT_UPDATE", `Pairing ${pairingId} changed while it was being ended; try again`),
        ),
        totals: scopesOf(pairing).map((scope) => addToTotals(store, scope, { activePairings: -1 })),
      },
    }),
  });
  return { ...pairing, status: "ended", endedOn: input.endedOn, updatedAt: now };
}

/** The pairings of one enterprise or of one village, oldest first. */
export function listPairings(query: PairingsQuery, store: Db = db()): Promise<Page<Pairing>> {
  return query.enterpriseId
    ? Pairings.query.byEnterprise(store, { enterpriseId: query.enterpriseId }, query)
    : Pairings.query.byVillage(store, { villageId: query.villageId ?? "" }, query);
}
