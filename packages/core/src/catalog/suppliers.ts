import { type Actor, hasRole } from "../platform/actor";
import { type Db, db } from "../platform/db";
import { referenceNotFound } from "../platform/errors";
import { newId } from "../platform/ids";
import type { Page, PageRequest } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import type { CreateSupplier, SupplierListItem, SupplierRecord } from "./schemas";
import { Suppliers, SupplierStaff } from "./storage";
import { findVillage } from "./villages";

export type { SupplierRecord as Supplier } from "./schemas";

/** A supplier and one entry per staff account, in one transaction: either all are written or none. */
export async function createSupplier(input: CreateSupplier, store: Db = db()): Promise<SupplierRecord> {
  if (!(await findVillage(input.villageId, store))) throw referenceNotFound("villageId", "Village", input.villageId);
  const supplier: SupplierRecord = {
    supplierId: newId("sup"),
    ...input,
    // One entry per account: a repeated id would be two writes of one item.
    accountIds: [...new Set(input.accountIds ?? [])],
    createdAt: new Date().toISOString(),
  };
  await runTransaction(store, {
    operation: `create-supplier:${supplier.supplierId}`,
    plan: () => ({
      parts: {
        // The id is fresh: finding it taken means an earlier send of this very write committed.
        supplier: Suppliers.create(store, supplier, "already_done"),
        staff: supplier.accountIds.map((accountId) =>
          SupplierStaff.create(store, { supplierId: supplier.supplierId, accountId }, "already_done"),
        ),
      },
    }),
  });
  return supplier;
}

export const findSupplier = (supplierId: string, store: Db = db()) => Suppliers.find(store, { supplierId });
export const getSupplier = (supplierId: string, store: Db = db()) => Suppliers.get(store, { supplierId }, "Supplier", supplierId);

/** Public view: staff account ids are not shown. */
export const publicSupplier = ({ accountIds: _hidden, ...rest }: SupplierRecord) => rest;

/**
 * Administrators list every supplier, newest first, with its staff accounts; a supplier's staff
 * list the suppliers they work for (each through its staff entry, by the account's index).
 */
export async function listSuppliers(actor: Actor, page: PageRequest, store: Db = db()): Promise<Page<SupplierListItem>> {
  if (hasRole(actor, "admin")) return Suppliers.query.all(store, {}, page, { forward: false });
  const entries = await SupplierStaff.query.byAccount(store, { accountId: actor.id }, page);
  const suppliers = await Promise.all(entries.items.map((e) => findSupplier(e.supplierId, store)));
  return { items: suppliers.flatMap((s) => (s ? [publicSupplier(s)] : [])), nextCursor: entries.nextCursor };
}
