import { hasRole, type Actor } from "../platform/actor";
import { db, type Db } from "../platform/db";
import { conflict, forbidden } from "../platform/errors";
import { getItem, putUnique, requireItem, type StoredItem } from "../platform/items";
import { newId } from "../platform/ids";
import type { CreateEnterprise } from "./schemas";

export interface Enterprise {
  enterpriseId: string;
  name: string;
  creditCode: string;
  province: string;
  city: string;
  /** Accounts (token `sub`) that manage the enterprise's pairings; never shown publicly. */
  ownerIds: string[];
  createdAt: string;
}

/** Key shapes of enterprises: the item, and one item per credit code that makes the code unique. */
export const enterpriseKeys = {
  item: (enterpriseId: string) => ({ pk: `ENTERPRISE#${enterpriseId}`, sk: "ENTERPRISE" }),
  uniqueCode: (creditCode: string) => ({ pk: `ENTERPRISECODE#${creditCode}`, sk: "ENTERPRISECODE" }),
};

const toEnterprise = ({ enterpriseId, name, creditCode, province, city, ownerIds, createdAt }: StoredItem): Enterprise => ({
  enterpriseId,
  name,
  creditCode,
  province,
  city,
  ownerIds: ownerIds ?? [],
  createdAt,
});

/** Public view: the owners' account ids are not shown. */
export const publicEnterprise = ({ ownerIds: _hidden, ...rest }: Enterprise) => rest;

/** An enterprise user who registers an enterprise owns it; an admin names the owners (or none). */
export async function createEnterprise(input: CreateEnterprise, actor: Actor, store: Db = db()): Promise<Enterprise> {
  const ownerIds = [...new Set([...(hasRole(actor, "enterprise") ? [actor.id] : []), ...input.ownerIds])];
  const enterprise: Enterprise = { enterpriseId: newId("ent"), ...input, ownerIds, createdAt: new Date().toISOString() };
  await putUnique(
    store,
    { ...enterpriseKeys.item(enterprise.enterpriseId), type: "enterprise", ...enterprise },
    { ...enterpriseKeys.uniqueCode(input.creditCode), enterpriseId: enterprise.enterpriseId },
    () =>
      conflict("DUPLICATE", `An enterprise with credit code ${input.creditCode} is already registered`, [
        { path: "body.creditCode", message: "already registered" },
      ]),
  );
  return enterprise;
}

export const findEnterprise = (enterpriseId: string, store: Db = db()) => getItem(store, enterpriseKeys.item(enterpriseId), toEnterprise);
export const getEnterprise = (enterpriseId: string, store: Db = db()) =>
  requireItem(store, enterpriseKeys.item(enterpriseId), toEnterprise, "Enterprise", enterpriseId);

/** Admins act for every enterprise; an enterprise user only for the enterprises it owns. */
export function assertActsFor(actor: Actor, enterprise: Enterprise): void {
  if (hasRole(actor, "admin")) return;
  if (hasRole(actor, "enterprise") && enterprise.ownerIds.includes(actor.id)) return;
  throw forbidden(`Only an administrator or the accounts of ${enterprise.name} may manage its pairings`);
}
