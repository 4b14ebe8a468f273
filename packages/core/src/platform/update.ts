import type { Db } from "./db";
import type { ItemKey } from "./entity";
import type { TransactItem } from "./transact";

/** A condition written by a storage module, with placeholders of its own (not `#u…`/`:u…`). */
export interface Condition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** A change to one item. Attribute names may be dotted paths into maps (`byStatus.submitted`). */
export interface ItemChange {
  set?: Record<string, unknown>;
  /** Numbers to ADD (a missing attribute counts from 0, so ADD 0 creates it); undefined is left out. */
  add?: Record<string, number | undefined>;
  remove?: readonly string[];
  /** Attributes that must hold these values for the change to apply. */
  expect?: Record<string, unknown>;
  /** Attributes that must hold one of these values. */
  oneOf?: Record<string, readonly unknown[]>;
  /** Numeric attributes that must be at most these. */
  atMost?: Record<string, number>;
  /** Attributes that must not exist. */
  absent?: readonly string[];
  /** Any further condition. */
  condition?: Condition;
}

/**
 * The one builder of update expressions: every name and value goes through a placeholder, so no
 * attribute name (reserved word or not) and no value is ever spliced into the expression.
 */
export function updateWrite(store: Db, key: ItemKey, change: ItemChange): TransactItem {
  const names: Record<string, string> = { ...change.condition?.names };
  const values: Record<string, unknown> = { ...change.condition?.values };
  const placeholders = new Map<string, string>();
  const name = (segment: string) => {
    let p = placeholders.get(segment);
    if (!p) {
      p = `#u${placeholders.size}`;
      placeholders.set(segment, p);
      names[p] = segment;
    }
    return p;
  };
  let counter = 0;
  const value = (v: unknown) => {
    const p = `:u${counter++}`;
    values[p] = v;
    return p;
  };
  const path = (dotted: string) => dotted.split(".").map(name).join(".");
  const sets = Object.entries(change.set ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${path(k)} = ${value(v)}`);
  const adds = Object.entries(change.add ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${path(k)} ${value(v)}`);
  const removes = (change.remove ?? []).map(path);
  const conditions = [
    ...Object.entries(change.expect ?? {}).map(([k, v]) => `${path(k)} = ${value(v)}`),
    ...Object.entries(change.oneOf ?? {}).map(([k, vs]) => `${path(k)} IN (${vs.map(value).join(", ")})`),
    ...Object.entries(change.atMost ?? {}).map(([k, v]) => `${path(k)} <= ${value(v)}`),
    ...(change.absent ?? []).map((k) => `attribute_not_exists(${path(k)})`),
  ];
  if (change.condition) conditions.push(`(${change.condition.expression})`);
  const clauses = [
    sets.length ? `SET ${sets.join(", ")}` : "",
    adds.length ? `ADD ${adds.join(", ")}` : "",
    removes.length ? `REMOVE ${removes.join(", ")}` : "",
  ];
  return {
    Update: {
      TableName: store.tableName,
      Key: key,
      UpdateExpression: clauses.filter(Boolean).join(" "),
      ...(conditions.length ? { ConditionExpression: conditions.join(" AND ") } : {}),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    },
  };
}

/** An update written out with its placeholders resolved, for tests and logs: `SET updatedAt = "now" ADD pairings 1`. */
export function resolvedExpression(update: {
  UpdateExpression?: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}) {
  const resolve = (expression = "") =>
    expression.replace(/[#:][A-Za-z0-9_]+/g, (p) =>
      p.startsWith("#") ? (update.ExpressionAttributeNames?.[p] ?? p) : JSON.stringify(update.ExpressionAttributeValues?.[p]),
    );
  return {
    update: resolve(update.UpdateExpression),
    condition: update.ConditionExpression ? resolve(update.ConditionExpression) : undefined,
  };
}
