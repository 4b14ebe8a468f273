import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { db, type Db } from "../platform/db";
import { notFound, ruleViolated } from "../platform/errors";
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

export async function findSupplier(supplierId: string, store: Db = db()): Promise<Supplier | undefined> {
  const out = await store.client.send(new GetCommand({ TableName: store.tableName, Key: supplierKeys.item(supplierId) }));
  if (!out.Item) return undefined;
  const { name, kind, villageId, accountIds, createdAt } = out.Item;
  return { supplierId, name, kind, villageId, accountIds: accountIds ?? [], createdAt };
}

export async function getSupplier(supplierId: string, store: Db = db()): Promise<Supplier> {
  const supplier = await findSupplier(supplierId, store);
  if (!supplier) throw notFound("Supplier", supplierId);
  return supplier;
}

/** Public view: staff account ids are not shown. */
export const publicSupplier = ({ accountIds: _hidden, ...rest }: Supplier) => rest;
