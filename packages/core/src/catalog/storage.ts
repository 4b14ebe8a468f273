import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, type BatchGetCommandOutput, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../platform/db";
import { entity, type IndexQueryOptions } from "../platform/entity";
import { type Page, type PageRequest, queryPage } from "../platform/pagination";
import type { Part, Rejection, TransactItem } from "../platform/transact";
import { updateWrite } from "../platform/update";
import { ProductRecord, SupplierProductRecord, SupplierRecord, SupplierStaffRecord, Village } from "./schemas";

/**
 * The catalog's storage seam: its entities, declared once (keys, named indexes, record schema).
 * Nothing outside this module builds a catalog key or names an index.
 */
export const Villages = entity(Village, {
  type: "village",
  key: ({ villageId }: { villageId: string }) => ({ pk: `VILLAGE#${villageId}`, sk: "VILLAGE" }),
  indexes: {
    all: { index: "gsi1", partition: () => "VILLAGES", partitionOf: () => ({}), sort: (v) => v.villageId },
    byCounty: {
      index: "gsi2",
      partition: ({ county }: { county: string }) => `VILLAGES#COUNTY#${county}`,
      partitionOf: (v) => ({ county: v.county }),
      sort: (v) => v.villageId,
    },
  },
});

/**
 * Villages, all or of a county, oldest first; `q` keeps those whose name or township contains it,
 * filtered within the index's partition (a filtered page may hold fewer items than asked, or none,
 * with a cursor to read on).
 */
export function listVillagesIn(
  store: Db,
  query: { county?: string | undefined; q?: string | undefined },
  page: PageRequest,
): Promise<Page<Village>> {
  const opts: IndexQueryOptions = query.q
    ? {
        filter: {
          expression: "contains(#name, :q) OR contains(#township, :q)",
          names: { "#name": "name", "#township": "township" },
          values: { ":q": query.q },
        },
      }
    : {};
  return query.county ? Villages.query.byCounty(store, { county: query.county }, page, opts) : Villages.query.all(store, {}, page, opts);
}

/** One place name is one village: province, city, county, township and name together. */
export const villageNameKey = (v: { province: string; city: string; county: string; township: string; name: string }) => ({
  pk: `VILLAGENAME#${v.province}#${v.city}#${v.county}#${v.township}#${v.name}`,
  sk: "VILLAGENAME",
});

/** A supplier's partition: the supplier, its staff accounts and its products' entries. */
const supplierPartition = (supplierId: string) => `SUPPLIER#${supplierId}`;

export const Suppliers = entity(SupplierRecord, {
  type: "supplier",
  key: ({ supplierId }: { supplierId: string }) => ({ pk: supplierPartition(supplierId), sk: "SUPPLIER" }),
  indexes: {
    all: { index: "gsi1", partition: () => "SUPPLIERS", partitionOf: () => ({}), sort: (s) => s.supplierId },
  },
});

/**
 * One account on a supplier's staff, written with the supplier: indexed by the account, so a staff
 * member's suppliers are one Query (a record's list of account ids cannot be indexed).
 */
export const SupplierStaff = entity(SupplierStaffRecord, {
  type: "supplier_staff",
  key: ({ supplierId, accountId }: { supplierId: string; accountId: string }) => ({
    pk: supplierPartition(supplierId),
    sk: `STAFF#${accountId}`,
  }),
  indexes: {
    byAccount: {
      index: "gsi1",
      partition: ({ accountId }: { accountId: string }) => `SUPPLIERS#ACCOUNT#${accountId}`,
      partitionOf: (s) => ({ accountId: s.accountId }),
      sort: (s) => s.supplierId,
    },
  },
});

/**
 * A product's entry in its supplier's partition, written with the product (whose supplier never
 * changes). Listed products fill all four indexes, so the supplier's own list, pending products
 * included, is a Query on the supplier's partition instead.
 */
export const SupplierProducts = entity(SupplierProductRecord, {
  type: "supplier_product",
  key: ({ supplierId, productId }: { supplierId: string; productId: string }) => ({
    pk: supplierPartition(supplierId),
    sk: `PRODUCT#${productId}`,
  }),
});

/** A supplier's products in any state, newest first (product ids sort by creation time). */
export async function listSupplierProducts(store: Db, supplierId: string, page: PageRequest): Promise<Page<ProductRecord>> {
  const entries = await queryPage(
    store,
    {
      partitionValue: supplierPartition(supplierId),
      sortCondition: { expression: "begins_with(#sk, :products)", values: { ":products": "PRODUCT#" } },
      forward: false,
    },
    page,
  );
  const refs = entries.items.map((item) => SupplierProducts.parse(item));
  const products = await getProducts(
    store,
    refs.map((r) => r.productId),
  );
  return { items: refs.flatMap((r) => products.get(r.productId) ?? []), nextCursor: entries.nextCursor };
}

/** Products by id, read in batches of 100 (DynamoDB's limit), unprocessed keys read again. */
async function getProducts(store: Db, productIds: string[]): Promise<Map<string, ProductRecord>> {
  const found = new Map<string, ProductRecord>();
  for (let i = 0; i < productIds.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = productIds.slice(i, i + 100).map((productId) => ({ ...Products.key({ productId }) }));
    for (let round = 0; keys?.length && round < 10; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** round));
      const out: BatchGetCommandOutput = await store.client.send(
        new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: keys } } }),
      );
      for (const item of out.Responses?.[store.tableName] ?? []) {
        const product = Products.parse(item);
        found.set(product.productId, product);
      }
      keys = out.UnprocessedKeys?.[store.tableName]?.Keys;
    }
    if (keys?.length) throw new Error(`${keys.length} products could not be read`);
  }
  return found;
}

/**
 * Products are in the listing indexes only once certified; each index's sort key starts with the
 * certificate's end date, so a Query with `sk >= today` skips expired ones by key alone.
 */
const listed = (p: ProductRecord) => !!p.certification;
const listedSort = (p: ProductRecord) => `${p.certification!.validUntil}#${p.productId}`;

export const Products = entity(ProductRecord, {
  type: "product",
  key: ({ productId }: { productId: string }) => ({ pk: `PRODUCT#${productId}`, sk: "PRODUCT" }),
  derived: (p) => ({
    searchText: [p.name, p.category, p.origin.village, p.origin.township, p.origin.county, p.origin.city, p.origin.province]
      .join(" ")
      .toLowerCase(),
  }),
  indexes: {
    listed: { index: "gsi1", partition: () => "PRODUCTS#LISTED", partitionOf: () => ({}), sort: listedSort, when: listed },
    /** The certification queue: products never certified (or sent back), oldest first; certifying moves them to `listed`. */
    pending: {
      index: "gsi1",
      partition: () => "PRODUCTS#PENDING",
      partitionOf: () => ({}),
      sort: (p) => p.productId,
      when: (p) => !listed(p),
    },
    byCategory: {
      index: "gsi2",
      partition: ({ category }: { category: string }) => `PRODUCTS#CATEGORY#${category}`,
      partitionOf: (p) => ({ category: p.category }),
      sort: listedSort,
      when: listed,
    },
    byCounty: {
      index: "gsi3",
      partition: ({ county }: { county: string }) => `PRODUCTS#COUNTY#${county}`,
      partitionOf: (p) => ({ county: p.origin.county }),
      sort: listedSort,
      when: listed,
    },
    byVillage: {
      index: "gsi4",
      partition: ({ villageId }: { villageId: string }) => `PRODUCTS#VILLAGE#${villageId}`,
      partitionOf: (p) => ({ villageId: p.villageId }),
      sort: listedSort,
      when: listed,
    },
  },
});

/** The filters a listing applies within the index it queries. */
export interface ListingFilter {
  today: string;
  category?: string | undefined;
  province?: string | undefined;
  county?: string | undefined;
  q?: string | undefined;
}

/** Listed products, by the most selective index the filters allow; never a Scan. */
export function listListed(
  store: Db,
  query: ListingFilter & { villageId?: string | undefined },
  page: PageRequest,
): Promise<Page<ProductRecord>> {
  const [name, args]: [keyof typeof Products.query, { villageId?: string; county?: string; category?: string }] = query.villageId
    ? ["byVillage", { villageId: query.villageId }]
    : query.county
      ? ["byCounty", { county: query.county }]
      : query.category
        ? ["byCategory", { category: query.category }]
        : ["listed", {}];
  // A certificate issued in the future is indexed already but not yet sold.
  const conditions = ["#cert.#issuedOn <= :today"];
  const names: Record<string, string> = { "#cert": "certification", "#issuedOn": "issuedOn" };
  const values: Record<string, unknown> = { ":today": query.today };
  if (query.category && name !== "byCategory") {
    conditions.push("#category = :category");
    names["#category"] = "category";
    values[":category"] = query.category;
  }
  if (query.county && name !== "byCounty") {
    conditions.push("#origin.#county = :county");
    names["#origin"] = "origin";
    names["#county"] = "county";
    values[":county"] = query.county;
  }
  if (query.province) {
    conditions.push("#origin.#province = :province");
    names["#origin"] = "origin";
    names["#province"] = "province";
    values[":province"] = query.province;
  }
  if (query.q) {
    conditions.push("contains(#searchText, :q)");
    names["#searchText"] = "searchText";
    values[":q"] = query.q.toLowerCase();
  }
  const list = Products.query[name] as (
    store: Db,
    args: object,
    page: PageRequest,
    opts: IndexQueryOptions,
  ) => Promise<Page<ProductRecord>>;
  return list(store, args, page, {
    sortCondition: { expression: "#sk >= :fromSort", values: { ":fromSort": query.today } },
    filter: { expression: conditions.join(" AND "), names, values },
  });
}

/** Products awaiting certification, oldest first. */
export const listPending = (store: Db, page: PageRequest): Promise<Page<ProductRecord>> => Products.query.pending(store, {}, page);

/**
 * Products on sale today whose certificate ends between today and `until` (inclusive), soonest
 * first: a range of the listing index's sort key, which starts with the certificate's end date.
 */
export function listExpiring(store: Db, range: { today: string; until: string }, page: PageRequest): Promise<Page<ProductRecord>> {
  return Products.query.listed(store, {}, page, {
    // "~" sorts after every character of a product id, so the whole of the last day is in range.
    sortCondition: { expression: "#sk BETWEEN :fromSort AND :toSort", values: { ":fromSort": range.today, ":toSort": `${range.until}#~` } },
    filter: {
      expression: "#cert.#issuedOn <= :today",
      names: { "#cert": "certification", "#issuedOn": "issuedOn" },
      values: { ":today": range.today },
    },
  });
}

/** A change to a product's catalog fields, conditioned on the version read (and on the stock read, when set outright). */
export interface ProductChange {
  productId: string;
  version: number;
  next: ProductRecord;
  /** Setting the stock outright: only over the stock that was read. */
  expectStock?: number | undefined;
  /** Adding to the stock atomically, whatever reservations did meanwhile. */
  addStock?: number | undefined;
  /** Drop the certification (and with it every listing index). */
  decertify?: boolean;
}

/**
 * The write of a product change, for the runner: conditioned on the version read (and on the stock
 * read when set outright, or on enough stock for a write-off). `short` decides what a failed
 * condition means: the runner reads again unless it names a refusal.
 */
export function productChangePart(store: Db, change: ProductChange, short: () => Promise<Rejection>): Part {
  const { pk: _pk, sk: _sk, stock: _stock, ...fields } = Products.item({ ...change.next, version: change.version + 1 });
  const writeOff = change.addStock !== undefined && change.addStock < 0;
  return {
    write: updateWrite(store, Products.key(change), {
      set: {
        ...fields,
        updatedAt: new Date().toISOString(),
        ...(change.addStock === undefined && change.expectStock !== undefined ? { stock: change.next.stock } : {}),
      },
      add: { stock: change.addStock },
      // A decertified product leaves the listing indexes; the attributes it sets (its queue entry) stay.
      remove: change.decertify ? CERTIFICATION_ATTRIBUTES.filter((name) => !(name in fields)) : [],
      expect: {
        version: change.version,
        ...(change.addStock === undefined && change.expectStock !== undefined ? { stock: change.expectStock } : {}),
      },
      ...(writeOff
        ? { condition: { expression: "#stockLeft >= :floor", names: { "#stockLeft": "stock" }, values: { ":floor": -change.addStock! } } }
        : {}),
    }),
    rejected: writeOff ? short : "retry",
  };
}

/** The attributes a certification adds to a product: dropping them delists it. */
const CERTIFICATION_ATTRIBUTES = ["certification", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "gsi4pk", "gsi4sk"];

/**
 * Restocks (or writes off) by a delta in one atomic ADD: no version check, so concurrent restocks
 * and reservations never conflict; a write-off only while enough stock is left ("short" otherwise).
 */
export async function restockProduct(store: Db, productId: string, delta: number): Promise<ProductRecord | "short"> {
  try {
    const out = await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: Products.key({ productId }),
        UpdateExpression: "SET updatedAt = :now ADD stock :delta",
        ConditionExpression: delta < 0 ? "attribute_exists(pk) AND stock >= :floor" : "attribute_exists(pk)",
        ExpressionAttributeValues: { ":now": new Date().toISOString(), ":delta": delta, ...(delta < 0 ? { ":floor": -delta } : {}) },
        ReturnValues: "ALL_NEW",
      }),
    );
    return Products.parse(out.Attributes!);
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return "short";
    throw e;
  }
}

/**
 * Reserves stock for an order line, in the order's transaction: only while there is enough, and
 * the price and certificate the buyer is charged for still hold at this instant.
 */
export function reserveStock(store: Db, line: { productId: string; quantity: number; priceFen: number; today: string }): TransactItem {
  return {
    Update: {
      TableName: store.tableName,
      Key: Products.key(line),
      UpdateExpression: "SET stock = stock - :q",
      ConditionExpression: "stock >= :q AND priceFen = :price AND #cert.validUntil >= :today AND #cert.issuedOn <= :today",
      ExpressionAttributeNames: { "#cert": "certification" },
      ExpressionAttributeValues: { ":q": line.quantity, ":price": line.priceFen, ":today": line.today },
    },
  };
}

/** Gives a line's stock back; only ever inside the transaction that closes an unpaid order. */
export function releaseStock(store: Db, line: { productId: string; quantity: number }): TransactItem {
  return {
    Update: {
      TableName: store.tableName,
      Key: Products.key(line),
      UpdateExpression: "SET stock = stock + :q",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":q": line.quantity },
    },
  };
}
