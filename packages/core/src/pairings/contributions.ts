import type { Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import { queryPage, type Page, type PageRequest } from "../platform/pagination";
import { getPairing, invalidState, pairingKeys, pairingManagedBy } from "./pairings";
import { addToTotals, scopesOf } from "./report";
import type { CreateContribution, SupportType } from "./schemas";
import { runTransaction } from "../platform/transact";
import type { StoredItem } from "../platform/items";

/** One line of a pairing's 台账: help actually delivered, kept apart from the money committed. */
export interface Contribution {
  contributionId: string;
  pairingId: string;
  date: string;
  type: SupportType;
  amountFen: number;
  peopleHelped: number;
  projects: string[];
  note: string | null;
  recordedBy: string;
  createdAt: string;
}

/** Contributions live in their pairing's partition, sorted by date, so the ledger is one Query. */
export const contributionKeys = {
  prefix: "CONTRIBUTION#",
  item: (pairingId: string, date: string, contributionId: string) => ({
    pk: pairingKeys.partition(pairingId),
    sk: `${contributionKeys.prefix}${date}#${contributionId}`,
  }),
};

const toContribution = (item: StoredItem): Contribution => ({
  contributionId: item.contributionId,
  pairingId: item.pairingId,
  date: item.date,
  type: item.supportType,
  amountFen: Number(item.amountFen),
  peopleHelped: Number(item.peopleHelped),
  projects: item.projects ?? [],
  note: item.note ?? null,
  recordedBy: item.recordedBy,
  createdAt: item.createdAt,
});

/**
 * Records a contribution: the ledger line, the pairing's delivered totals (on condition that the
 * pairing is still active) and every scope's totals, in one transaction — so the report always
 * equals the sum of the ledger, however many contributions arrive at once.
 */
export async function addContribution(pairingId: string, input: CreateContribution, actor: Actor, store: Db = db()): Promise<Contribution> {
  const pairing = await pairingManagedBy(pairingId, actor, store);
  if (pairing.status !== "active") throw invalidState(pairing, "record contributions");
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
        contribution: {
          rejected: "already_done",
          write: {
            Put: {
              TableName: store.tableName,
              // `type` is the item-kind attribute across the table, so the support type is stored as supportType.
              Item: {
                ...contributionKeys.item(pairingId, contribution.date, contribution.contributionId),
                ...contribution,
                type: "contribution",
                supportType: contribution.type,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        },
        pairing: {
          // The pairing was ended after we read it.
          rejected: invalidState({ ...pairing, status: "ended" }, "record contributions"),
          write: {
            Update: {
              TableName: store.tableName,
              Key: pairingKeys.item(pairingId),
              UpdateExpression:
                "SET updatedAt = :now ADD deliveredFen :amount, peopleHelped :people, contributions :one, projects :projects",
              ConditionExpression: "#status = :active",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: {
                ":now": contribution.createdAt,
                ":amount": deltas.deliveredFen,
                ":people": deltas.peopleHelped,
                ":one": 1,
                ":projects": deltas.projects,
                ":active": "active",
              },
            },
          },
        },
        totals: scopesOf(pairing.village).map((scope) => ({ write: addToTotals(store.tableName, scope, deltas) })),
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
  const out = await queryPage(
    store,
    {
      partitionValue: pairingKeys.partition(pairingId),
      sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": contributionKeys.prefix } },
    },
    page,
  );
  return { items: out.items.map(toContribution), nextCursor: out.nextCursor };
}
