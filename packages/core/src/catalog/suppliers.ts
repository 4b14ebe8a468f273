import { type Db, db } from "../platform/db";
import { referenceNotFound } from "../platform/errors";
import { newId } from "../platform/ids";
import type { CreateSupplier, SupplierRecord } from "./schemas";
import { Suppliers } from "./storage";
import { findVillage } from "./villages";

export type { SupplierRecord as Supplier } from "./schemas";

export async function createSupplier(input: CreateSupplier, store: Db = db()): Promise<SupplierRecord> {
  if (!(await findVillage(input.villageId, store))) throw referenceNotFound("villageId", "Village", input.villageId);
  const supplier: SupplierRecord = {
    supplierId: newId("sup"),
    ...input,
    accountIds: input.accountIds ?? [],
    createdAt: new Date().toISOString(),
  };
  await Suppliers.insert(store, supplier);
  return supplier;
}

export const findSupplier = (supplierId: string, store: Db = db()) => Suppliers.find(store, { supplierId });
export const getSupplier = (supplierId: string, store: Db = db()) => Suppliers.get(store, { supplierId }, "Supplier", supplierId);

/** Public view: staff account ids are not shown. */
export const publicSupplier = ({ accountIds: _hidden, ...rest }: SupplierRecord) => rest;
