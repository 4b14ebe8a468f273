/**
 * The one table definition (single-table design). infra/ creates the AWS table from it and
 * the local runtime creates the DynamoDB Local table from it; nothing else states key shapes.
 * Indexes are generic and overloaded: each entity's repository says what it puts in them.
 */
export interface KeyPair {
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableDefinition {
  readonly primaryKey: KeyPair;
  readonly indexes: Readonly<Record<IndexName, KeyPair>>;
  /** Epoch-seconds attribute DynamoDB's TTL deletes by (idempotency records past their keeping time). */
  readonly ttlAttribute: string;
}

export type IndexName = "gsi1" | "gsi2" | "gsi3" | "gsi4";

export const tableDefinition: TableDefinition = {
  primaryKey: { partitionKey: "pk", sortKey: "sk" },
  indexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    gsi3: { partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    gsi4: { partitionKey: "gsi4pk", sortKey: "gsi4sk" },
  },
  ttlAttribute: "expiresAt",
};

export const indexNames = Object.keys(tableDefinition.indexes) as IndexName[];

/** Every key attribute is a string. */
export function keyAttributeNames(): string[] {
  const pairs = [tableDefinition.primaryKey, ...Object.values(tableDefinition.indexes)];
  return pairs.flatMap((p) => [p.partitionKey, p.sortKey]);
}

export const DEFAULT_TABLE_NAME = "fupin";
