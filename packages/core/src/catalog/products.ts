import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { hasRole, type Actor } from "../platform/actor";
import { chinaToday, type Clock, systemClock } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, forbidden, notFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import { queryPage, type ListQuery, type Page } from "../platform/pagination";
import type { IndexName } from "../platform/table";
import { isListed, productStatus, type ProductStatus } from "./certification";
import type { Certification, CreateProduct, PatchProduct, ProductsQuery } from "./schemas";
import { findSupplier, referenceNotFound, type Supplier } from "./suppliers";
import { findVillage, type Village } from "./villages";
import type { StoredItem } from "../platform/items";

export interface Origin {
  province: string;
  city: string;
  county: string;
  township: string;
  village: string;
}

export interface ProductRecord extends CreateProduct {
  productId: string;
  origin: Origin;
  certification?: Certification;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Product extends Omit<ProductRecord, "version" | "certification"> {
  status: ProductStatus;
  certification: Certification | null;
}

/**
 * Key shapes of products. Certified products carry four index keys whose sort key starts with
 * the certificate's end date, so a Query with `sk >= today` skips expired ones by key alone.
 */
export const productKeys = {
  item: (productId: string) => ({ pk: `PRODUCT#${productId}`, sk: "PRODUCT" }),
  listedSort: (validUntil: string, productId: string) => `${validUntil}#${productId}`,
  all: () => "PRODUCTS#LISTED",
  byCategory: (category: string) => `PRODUCTS#CATEGORY#${category}`,
  byCounty: (county: string) => `PRODUCTS#COUNTY#${county}`,
  byVillage: (villageId: string) => `PRODUCTS#VILLAGE#${villageId}`,
};

function listingKeys(p: { productId: string; category: string; villageId: string; origin: Origin }, c: Certification) {
  const sort = productKeys.listedSort(c.validUntil, p.productId);
  return {
    gsi1pk: productKeys.all(),
    gsi1sk: sort,
    gsi2pk: productKeys.byCategory(p.category),
    gsi2sk: sort,
    gsi3pk: productKeys.byCounty(p.origin.county),
    gsi3sk: sort,
    gsi4pk: productKeys.byVillage(p.villageId),
    gsi4sk: sort,
  };
}

const searchText = (p: { name: string; category: string; origin: Origin }) =>
  [p.name, p.category, p.origin.village, p.origin.township, p.origin.county, p.origin.city, p.origin.province].join(" ").toLowerCase();

/** `#r0, #r1, …` for the attributes to remove, registering their names. */
function removals(attributes: string[], names: Record<string, string>): string {
  return attributes
    .map((attribute, i) => {
      names[`#r${i}`] = attribute;
      return `#r${i}`;
    })
    .join(", ");
}

function toRecord(item: StoredItem): ProductRecord {
  const {
    productId,
    supplierId,
    villageId,
    origin,
    name,
    category,
    unit,
    priceFen,
    stock,
    povertyLink,
    certification,
    createdAt,
    updatedAt,
    version,
  } = item;
  return {
    productId,
    supplierId,
    villageId,
    origin,
    name,
    category,
    unit,
    priceFen,
    stock,
    povertyLink,
    certification,
    createdAt,
    updatedAt,
    version,
  };
}

export function toProduct({ version: _v, certification, ...rest }: ProductRecord, today: string): Product {
  return { ...rest, certification: certification ?? null, status: productStatus(certification, today) };
}

/** Admins manage every product; a supplier's staff manage that supplier's products. */
function assertManages(actor: Actor, supplier: Supplier | undefined): void {
  if (hasRole(actor, "admin")) return;
  if (hasRole(actor, "supplier") && supplier?.accountIds.includes(actor.id)) return;
  throw forbidden("Only an administrator or the supplier's own staff may manage this product");
}

/** The attributes a certification adds to a product: dropping them delists it. */
const CERTIFICATION_ATTRIBUTES = ["certification", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "gsi4pk", "gsi4sk"];

/**
 * A certificate names what it certifies: a product its supplier renames, recategorises or moves
 * needs certifying again. Administrators certify, so their corrections keep the certificate.
 */
const changesCertifiedIdentity = (current: ProductRecord, next: ProductRecord) =>
  next.name !== current.name || next.category !== current.category || next.villageId !== current.villageId;

/** Same county means same province, city and county names: county names repeat across provinces. */
const sameCounty = (a: Village, b: Village) => a.province === b.province && a.city === b.city && a.county === b.county;

interface VersionedChange {
  set: Record<string, unknown>;
  remove?: string[];
  next: ProductRecord;
  /** Setting the stock outright: only over the stock that was read. */
  expectStock?: number;
  /** Adding to the stock atomically, whatever reservations did meanwhile. */
  addStock?: number;
}

export class ProductService {
  constructor(
    private readonly store: Db = db(),
    private readonly clock: Clock = systemClock,
  ) {}

  private today() {
    return chinaToday(this.clock);
  }

  async create(input: CreateProduct, actor: Actor): Promise<Product> {
    const [supplier, village] = await Promise.all([findSupplier(input.supplierId, this.store), findVillage(input.villageId, this.store)]);
    if (!supplier) throw referenceNotFound("supplierId", "Supplier", input.supplierId);
    assertManages(actor, supplier);
    if (!village) throw referenceNotFound("villageId", "Village", input.villageId);
    await this.assertVillageOfSupplier(supplier, village);
    const now = new Date().toISOString();
    const record: ProductRecord = {
      productId: newId("prd"),
      ...input,
      origin: { province: village.province, city: village.city, county: village.county, township: village.township, village: village.name },
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.store.client.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { ...productKeys.item(record.productId), type: "product", ...record, searchText: searchText(record) },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return toProduct(record, this.today());
  }

  /**
   * Sales are credited to the product's village, so a supplier may only list products from its own
   * village or another village of its county, never credit a village anywhere in the country.
   */
  private async assertVillageOfSupplier(supplier: Supplier, village: Village): Promise<void> {
    if (village.villageId === supplier.villageId) return;
    const home = await findVillage(supplier.villageId, this.store);
    if (home && sameCounty(home, village)) return;
    throw ruleViolated(
      "VILLAGE_OUTSIDE_SUPPLIER_COUNTY",
      `Village ${village.villageId} is not in the county of supplier ${supplier.supplierId}${home ? ` (${home.county})` : ""}`,
      [{ path: "body.villageId", message: "must be the supplier's village or a village of its county" }],
    );
  }

  async find(productId: string): Promise<ProductRecord | undefined> {
    const out = await this.store.client.send(new GetCommand({ TableName: this.store.tableName, Key: productKeys.item(productId) }));
    return out.Item ? toRecord(out.Item) : undefined;
  }

  private async load(productId: string): Promise<ProductRecord> {
    const record = await this.find(productId);
    if (!record) throw notFound("Product", productId);
    return record;
  }

  /** The public see listed products only; admins and the supplier's staff see theirs in any state. */
  async get(productId: string, actor?: Actor): Promise<Product> {
    const record = await this.find(productId);
    if (!record) throw notFound("Product", productId);
    if (!isListed(record.certification, this.today())) {
      const mayManage = actor && (hasRole(actor, "admin") || (await this.managedBy(record, actor)));
      if (!mayManage) throw notFound("Product", productId);
    }
    return toProduct(record, this.today());
  }

  private async managedBy(record: ProductRecord, actor: Actor): Promise<boolean> {
    if (!hasRole(actor, "supplier")) return false;
    const supplier = await findSupplier(record.supplierId, this.store);
    return !!supplier?.accountIds.includes(actor.id);
  }

  async certify(productId: string, certification: Certification): Promise<Product> {
    return this.updateVersioned(productId, (current) => ({
      set: { certification, ...listingKeys(current, certification) },
      next: { ...current, certification },
    }));
  }

  async patch(productId: string, patch: PatchProduct, actor: Actor): Promise<Product> {
    const { stockDelta, ...fields } = patch;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (stockDelta !== undefined && Object.keys(changes).length === 0) return this.restock(productId, stockDelta, actor);
    return this.updateVersioned(productId, async (current) => {
      assertManages(actor, await findSupplier(current.supplierId, this.store));
      const next = { ...current, ...changes, ...(stockDelta !== undefined ? { stock: current.stock + stockDelta } : {}) };
      const set: Record<string, unknown> = { ...changes, searchText: searchText(next) };
      const decertify = !!current.certification && !hasRole(actor, "admin") && changesCertifiedIdentity(current, next);
      if (decertify) delete next.certification;
      else if (current.certification && next.category !== current.category) set.gsi2pk = productKeys.byCategory(next.category);
      // Setting the stock outright must not overwrite a reservation or release made since the read.
      return {
        set,
        next,
        ...(decertify ? { remove: CERTIFICATION_ATTRIBUTES } : {}),
        ...(patch.stock !== undefined ? { expectStock: current.stock } : {}),
        ...(stockDelta !== undefined ? { addStock: stockDelta } : {}),
      };
    });
  }

  /**
   * Restocks (or writes off) by a delta in one atomic ADD: no version check, so concurrent
   * restocks and reservations never conflict; a write-off only while enough stock is left.
   */
  private async restock(productId: string, delta: number, actor: Actor): Promise<Product> {
    const current = await this.load(productId);
    assertManages(actor, await findSupplier(current.supplierId, this.store));
    try {
      const out = await this.store.client.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: productKeys.item(productId),
          UpdateExpression: "SET updatedAt = :now ADD stock :delta",
          ConditionExpression: delta < 0 ? "attribute_exists(pk) AND stock >= :floor" : "attribute_exists(pk)",
          ExpressionAttributeValues: { ":now": new Date().toISOString(), ":delta": delta, ...(delta < 0 ? { ":floor": -delta } : {}) },
          ReturnValues: "ALL_NEW",
        }),
      );
      return toProduct(toRecord(out.Attributes!), this.today());
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      const now = await this.load(productId);
      throw conflict("OUT_OF_STOCK", `Only ${now.stock} left to write off`, [
        { path: "body.stockDelta", message: `${now.stock} in stock` },
      ]);
    }
  }

  /**
   * Read, then write only the changed attributes on the condition that nobody else changed the
   * product meanwhile (its version). Stock reservations use their own atomic updates and never
   * bump the version, so they do not block catalog edits; an edit that sets the stock also
   * conditions on the stock it read, so it never overwrites a reservation.
   */
  private async updateVersioned(
    productId: string,
    change: (current: ProductRecord) => Promise<VersionedChange> | VersionedChange,
  ): Promise<Product> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.load(productId);
      const { set, remove = [], next, expectStock, addStock } = await change(current);
      const now = new Date().toISOString();
      const fields = { ...set, updatedAt: now };
      const names: Record<string, string> = { "#version": "version" };
      const values: Record<string, unknown> = {
        ":expected": current.version,
        ":one": 1,
        ...(expectStock !== undefined ? { ":stock": expectStock } : {}),
        ...(addStock !== undefined ? { ":addStock": addStock } : {}),
        ...(addStock !== undefined && addStock < 0 ? { ":floor": -addStock } : {}),
      };
      const assignments = Object.entries(fields).map(([k, v], i) => {
        names[`#f${i}`] = k;
        values[`:v${i}`] = v;
        return `#f${i} = :v${i}`;
      });
      try {
        const out = await this.store.client.send(
          new UpdateCommand({
            TableName: this.store.tableName,
            Key: productKeys.item(productId),
            UpdateExpression: `SET ${assignments.join(", ")}, #version = #version + :one${addStock !== undefined ? " ADD stock :addStock" : ""}${remove.length ? ` REMOVE ${removals(remove, names)}` : ""}`,
            ConditionExpression: `#version = :expected${expectStock !== undefined ? " AND stock = :stock" : ""}${addStock !== undefined && addStock < 0 ? " AND stock >= :floor" : ""}`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValues: "ALL_NEW",
          }),
        );
        return toProduct(toRecord(out.Attributes ?? { ...next, updatedAt: now }), this.today());
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
        if (addStock !== undefined && addStock < 0) {
          const now = await this.load(productId);
          if (now.version === current.version && now.stock < -addStock) {
            throw conflict("OUT_OF_STOCK", `Only ${now.stock} left to write off`, [
              { path: "body.stockDelta", message: `${now.stock} in stock` },
            ]);
          }
        }
      }
    }
    throw conflict("CONCURRENT_UPDATE", `Product ${productId} is being changed by someone else; try again`);
  }

  /** Listed products only, by the most selective index the filters allow; never a Scan. */
  async list(query: ProductsQuery): Promise<Page<Product>> {
    const today = this.today();
    const [index, partitionValue]: [IndexName, string] = query.villageId
      ? ["gsi4", productKeys.byVillage(query.villageId)]
      : query.county
        ? ["gsi3", productKeys.byCounty(query.county)]
        : query.category
          ? ["gsi2", productKeys.byCategory(query.category)]
          : ["gsi1", productKeys.all()];

    // A certificate issued in the future is indexed already but not yet sold.
    const conditions = ["#cert.#issuedOn <= :today"];
    const names: Record<string, string> = { "#cert": "certification", "#issuedOn": "issuedOn" };
    const values: Record<string, unknown> = { ":today": today };
    if (query.category && index !== "gsi2") {
      conditions.push("#category = :category");
      names["#category"] = "category";
      values[":category"] = query.category;
    }
    if (query.county && index !== "gsi3") {
      conditions.push("#origin.#county = :county");
      names["#origin"] = "origin";
      names["#county"] = "county";
      values[":county"] = query.county;
    }
    if (query.q) {
      conditions.push("contains(#searchText, :q)");
      names["#searchText"] = "searchText";
      values[":q"] = query.q.toLowerCase();
    }
    const listQuery: ListQuery = {
      index,
      partitionValue,
      sortCondition: { expression: "#sk >= :fromSort", values: { ":fromSort": today } },
      filter: { expression: conditions.join(" AND "), names, values },
    };
    const page = await queryPage(this.store, listQuery, query);
    return { items: page.items.map((item) => toProduct(toRecord(item), today)), nextCursor: page.nextCursor };
  }
}
