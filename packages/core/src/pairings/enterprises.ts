import { hasRole, type Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, forbidden } from "../platform/errors";
import { newId } from "../platform/ids";
import type { Page } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import type { CreateEnterprise, Enterprise, EnterpriseRecord, EnterprisesQuery } from "./schemas";
import { creditCodeItem, EnterpriseOwners, Enterprises } from "./storage";

/** Public view: the owners' account ids are not shown. */
export const publicEnterprise = ({ ownerIds: _hidden, ...view }: EnterpriseRecord): Enterprise => view;

/**
 * An enterprise user who registers an enterprise owns it; an admin names the owners (or none).
 * One transaction writes the enterprise, the item that keeps its credit code unique, and its
 * listing under each owner's account (at most 52 items), so "my enterprises" never misses one.
 */
export async function createEnterprise(input: CreateEnterprise, actor: Actor, store: Db = db()): Promise<EnterpriseRecord> {
  const ownerIds = [...new Set([...(hasRole(actor, "enterprise") ? [actor.id] : []), ...input.ownerIds])];
  const enterprise: EnterpriseRecord = { enterpriseId: newId("ent"), ...input, ownerIds, createdAt: new Date().toISOString() };
  const duplicate = conflict("DUPLICATE", `An enterprise with credit code ${input.creditCode} is already registered`, [
    { path: "body.creditCode", message: "already registered", resource: "enterprise" },
  ]);
  await runTransaction(store, {
    operation: `enterprise:${enterprise.enterpriseId}`,
    plan: () => ({
      parts: {
        code: {
          write: {
            Put: { TableName: store.tableName, Item: creditCodeItem(enterprise), ConditionExpression: "attribute_not_exists(pk)" },
          },
          rejected: duplicate,
        },
        // Its key is fresh: taken means an earlier send of this very transaction committed.
        enterprise: Enterprises.create(store, enterprise, "already_done"),
        owners: EnterpriseOwners.create(store, enterprise),
      },
    }),
  });
  return enterprise;
}

export const findEnterprise = (enterpriseId: string, store: Db = db()) => Enterprises.find(store, { enterpriseId });
export const getEnterprise = (enterpriseId: string, store: Db = db()) =>
  Enterprises.get(store, { enterpriseId }, "Enterprise", enterpriseId);

/**
 * The enterprises an account manages, oldest first: the caller's own by default; another
 * account's only for an administrator (403 otherwise, so staff of one enterprise cannot list
 * another account's).
 */
export function listEnterprises(query: EnterprisesQuery, actor: Actor, store: Db = db()): Promise<Page<Enterprise>> {
  const ownerId = query.ownerId ?? actor.id;
  if (ownerId !== actor.id && !hasRole(actor, "admin")) {
    throw forbidden("Only an administrator may list the enterprises of another account", "FORBIDDEN", [
      { path: "query.ownerId", message: "must be your own account", rule: "own_enterprises" },
    ]);
  }
  return EnterpriseOwners.ofOwner(store, ownerId, query);
}

/** Admins act for every enterprise; an enterprise user only for the enterprises it owns. */
export function assertActsFor(actor: Actor, enterprise: EnterpriseRecord): void {
  if (hasRole(actor, "admin")) return;
  if (hasRole(actor, "enterprise") && enterprise.ownerIds.includes(actor.id)) return;
  throw forbidden(`Only an administrator or the accounts of ${enterprise.name} may manage its pairings`, "FORBIDDEN", [
    { message: "not an owner of the enterprise", rule: "enterprise_owner", enterprise: enterprise.name },
  ]);
}
