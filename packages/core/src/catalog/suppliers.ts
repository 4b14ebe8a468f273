import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { db, type Db } from "../platform/db";
import { ruleViolated } from "../platform/errors";
import { getItem, requireItem, type StoredItem } from "../platform/items";
import { newId } from "../platform/ids";
import type { CreateSupplier } from "./schemas";
import { findVillage } from "./villages";

export interface Supplier {
  supplierId: string;
  name: string;
  kind: CreateSupplier["kind"];
  villageId: string;
  accountIds: string[];
  createdAt: string;
}

export const supplierKeys = {
  item: (supplierId: string) => ({ pk: `SUPPLIER#${supplierId}`, sk: "SUPPLIER" }),
};

export const referenceNotFound = (field: string, what: string, value: string) =>
  ruleViolated("REFERENCE_NOT_FOUND", `${what} ${value} does not exist`, [{ path: field, message: `unknown ${what.toLowerCase()}` }]);

export async function createSupplier(input: CreateSupplier, store: Db = db()): Promise<Supplier> {
  if (!(await findVillage(input.villageId, store))) throw referenceNotFound("villageId", "Village", input.villageId);
  const supplier: Supplier = { supplierId: newId("sup"), ...input, createdAt: new Date().toISOString() };
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...supplierKeys.item(supplier.supplierId), type: "supplier", ...supplier },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return supplier;
}

const toSupplier = ({ supplierId, name, kind, villageId, accountIds, createdAt }: StoredItem): Supplier => ({
  supplierId,
  name,
  kind,
  villageId,
  accountIds: accountIds ?? [],
  createdAt,
});

export const findSupplier = (supplierId: string, store: Db = db()) => getItem(store, supplierKeys.item(supplierId), toSupplier);
export const getSupplier = (supplierId: string, store: Db = db()) =>
  requireItem(store, supplierKeys.item(supplierId), toSupplier, "Supplier", supplierId);

/** Public view: staff account ids are not shown. */
export const publicSupplier = ({ accountIds: _hidden, ...rest }: Supplier) => rest;
