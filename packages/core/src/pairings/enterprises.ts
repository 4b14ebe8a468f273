import { hasRole, type Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, forbidden } from "../platform/errors";
import { newId } from "../platform/ids";
import { putUnique } from "../platform/items";
import type { CreateEnterprise, Enterprise, EnterpriseRecord } from "./schemas";
import { creditCodeItem, Enterprises } from "./storage";

/** Public view: the owners' account ids are not shown. */
export const publicEnterprise = ({ ownerIds: _hidden, ...view }: EnterpriseRecord): Enterprise => view;

/** An enterprise user who registers an enterprise owns it; an admin names the owners (or none). */
export async function createEnterprise(input: CreateEnterprise, actor: Actor, store: Db = db()): Promise<EnterpriseRecord> {
  const ownerIds = [...new Set([...(hasRole(actor, "enterprise") ? [actor.id] : []), ...input.ownerIds])];
  const enterprise: EnterpriseRecord = { enterpriseId: newId("ent"), ...input, ownerIds, createdAt: new Date().toISOString() };
  await putUnique(store, Enterprises.item(enterprise), creditCodeItem(enterprise), () =>
    conflict("DUPLICATE", `An enterprise with credit code ${input.creditCode} is already registered`, [
      { path: "body.creditCode", message: "already registered", resource: "enterprise" },
    ]),
  );
  return enterprise;
}

export const findEnterprise = (enterpriseId: string, store: Db = db()) => Enterprises.find(store, { enterpriseId });
export const getEnterprise = (enterpriseId: string, store: Db = db()) =>
  Enterprises.get(store, { enterpriseId }, "Enterprise", enterpriseId);

/** Admins act for every enterprise; an enterprise user only for the enterprises it owns. */
export function assertActsFor(actor: Actor, enterprise: EnterpriseRecord): void {
  if (hasRole(actor, "admin")) return;
  if (hasRole(actor, "enterprise") && enterprise.ownerIds.includes(actor.id)) return;
  throw forbidden(`Only an administrator or the accounts of ${enterprise.name} may manage its pairings`, "FORBIDDEN", [
    { message: "not an owner of the enterprise", rule: "enterprise_owner", enterprise: enterprise.name },
  ]);
}
