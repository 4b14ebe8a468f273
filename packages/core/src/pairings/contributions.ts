import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import type { Page, PageRequest } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import { getPairing, invalidState, pairingManagedBy } from "./pairings";
import { scopesOf } from "./report";
import type { Contribution, CreateContribution } from "./schemas";
import { addToPairing, addToTotals, Contributions } from "./storage";

/** One line of a pairing's 台账: help actually delivered, kept apart from the money committed. */
export type { Contribution } from "./schemas";

/**
 * Records a contribution: the ledger line, the pairing's delivered totals (on condition that the
 * pairing is still active) and every scope's totals, in one transaction — so the report always
 * equals the sum of the ledger, however many contributions arrive at once.
 */
export async function addContribution(pairingId: string, input: CreateContribution, actor: Actor, store: Db = db()): Promise<Contribution> {
  const pairing = await pairingManagedBy(pairingId, actor, store);
  if (pairing.status !== "active") throw invalidState(pairing, "contribute");
  const contribution: Contribution = {
    contributionId: newId("ctb"),
    pairingId,
    date: input.date,
    type: input.type,
    amountFen: input.amountFen,
    peopleHelped: input.peopleHelped,
    projects: input.projects,
    note: input.note ?? null,
    recordedBy: actor.id,
    createdAt: new Date().toISOString(),
  };
  const deltas = {
    deliveredFen: contribution.amountFen,
    peopleHelped: contribution.peopleHelped,
    contributions: 1,
    projects: contribution.projects.length,
  };
  await runTransaction(store, {
    operation: `contribution:${contribution.contributionId}`,
    plan: () => ({
      parts: {
        // Its key taken means an earlier send of this very transaction committed.
        contribution: Contributions.create(store, contribution, "already_done"),
        // The pairing was ended after we read it.
        pairing: addToPairing(
          store,
          pairingId,
          deltas,
          contribution.createdAt,
          invalidState({ ...pairing, status: "ended" }, "contribute"),
        ),
        totals: scopesOf(pairing).map((scope) => addToTotals(store, scope, deltas)),
      },
      afterCommit: () => {
        countMetric("ContributionsRecorded");
        countMetric("DeliveredFen", contribution.amountFen);
      },
    }),
  });
  return contribution;
}

/** A pairing's ledger, by date of delivery. */
export async function listContributions(pairingId: string, page: PageRequest, store: Db = db()): Promise<Page<Contribution>> {
  await getPairing(pairingId, store);
  return Contributions.ofPairing(store, pairingId, page);
}
