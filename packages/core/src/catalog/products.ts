import { type Actor, hasRole } from "../platform/actor";
import { chinaToday, type Clock, shiftDays, systemClock } from "../platform/clock";
import { type Db, db } from "../platform/db";
import { conflict, forbidden, notFound, referenceNotFound, ruleViolated } from "../platform/errors";
import { newId } from "../platform/ids";
import type { Page, PageRequest } from "../platform/pagination";
import { type Rejection, runTransaction } from "../platform/transact";
import { isListed, productStatus } from "./certification";
import type {
  Certification,
  CreateProduct,
  ExpiringProductsQuery,
  PatchProduct,
  Product,
  ProductRecord,
  ProductsQuery,
  SupplierRecord,
  Village,
} from "./schemas";
import {
  listExpiring,
  listListed,
  listPending,
  listSupplierProducts,
  type ProductChange,
  productChangePart,
  Products,
  restockProduct,
  SupplierProducts,
} from "./storage";
import { findSupplier } from "./suppliers";
import { findVillage } from "./villages";

export type { Product, ProductRecord } from "./schemas";

/** What anyone sees of a product: its status derived today, the certification or null, no version. */
export function toProduct({ version: _v, certification, ...rest }: ProductRecord, today: string): Product {
  return { ...rest, certification: certification ?? null, status: productStatus(certification, today) };
}

/** Admins manage every product; a supplier's staff manage that supplier's products. */
function assertManages(actor: Actor, supplier: SupplierRecord | undefined): void {
  if (hasRole(actor, "admin")) return;
  if (hasRole(actor, "supplier") && supplier?.accountIds.includes(actor.id)) return;
  throw forbidden("Only an administrator or the supplier's own staff may manage this product", "FORBIDDEN", [
    { message: "not the supplier's staff", rule: "supplier_staff" },
  ]);
}

/**
 * A certificate names what it certifies: a product its supplier renames, recategorises or moves
 * needs certifying again. Administrators certify, so their corrections keep the certificate.
 */
const changesCertifiedIdentity = (current: ProductRecord, next: ProductRecord) =>
  next.name !== current.name || next.category !== current.category || next.villageId !== current.villageId;

/** Same county means same province, city and county names: county names repeat across provinces. */
const sameCounty = (a: Village, b: Village) => a.province === b.province && a.city === b.city && a.county === b.county;

const MAX_EDIT_ATTEMPTS = 5;

const outOfStock = (stock: number) =>
  conflict("OUT_OF_STOCK", `Only ${stock} left to write off`, [{ path: "body.stockDelta", message: `${stock} in stock`, stock }]);

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
    // The product and its entry in the supplier's list, together.
    await runTransaction(this.store, {
      operation: `create-product:${record.productId}`,
      plan: () => ({
        parts: {
          product: Products.create(this.store, record, "already_done"),
          supplierEntry: SupplierProducts.create(
            this.store,
            { supplierId: record.supplierId, productId: record.productId },
            "already_done",
          ),
        },
      }),
    });
    return toProduct(record, this.today());
  }

  /**
   * Sales are credited to the product's village, so a supplier may only list products from its own
   * village or another village of its county, never credit a village anywhere in the country.
   */
  private async assertVillageOfSupplier(supplier: SupplierRecord, village: Village): Promise<void> {
    if (village.villageId === supplier.villageId) return;
    const home = await findVillage(supplier.villageId, this.store);
    if (home && sameCounty(home, village)) return;
    throw ruleViolated(
      "VILLAGE_OUTSIDE_SUPPLIER_COUNTY",
      `Village ${village.villageId} is not in the county of supplier ${supplier.supplierId}${home ? ` (${home.county})` : ""}`,
      [
        {
          path: "body.villageId",
          message: "must be the supplier's village or a village of its county",
          village: village.name,
          villageCounty: village.county,
          ...(home ? { supplierCounty: home.county } : {}),
        },
      ],
    );
  }

  find(productId: string): Promise<ProductRecord | undefined> {
    return Products.find(this.store, { productId });
  }

  private load(productId: string, opts: { consistent?: boolean } = {}): Promise<ProductRecord> {
    return Products.get(this.store, { productId }, "Product", productId, opts);
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

  certify(productId: string, certification: Certification): Promise<Product> {
    return this.edit(productId, (current) => ({ productId, version: current.version, next: { ...current, certification } }));
  }

  async patch(productId: string, patch: PatchProduct, actor: Actor): Promise<Product> {
    const { stockDelta, ...fields } = patch;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (stockDelta !== undefined && Object.keys(changes).length === 0) return this.restock(productId, stockDelta, actor);
    return this.edit(productId, async (current) => {
      assertManages(actor, await findSupplier(current.supplierId, this.store));
      const next: ProductRecord = { ...current, ...changes, ...(stockDelta !== undefined ? { stock: current.stock + stockDelta } : {}) };
      const decertify = !!current.certification && !hasRole(actor, "admin") && changesCertifiedIdentity(current, next);
      if (decertify) delete next.certification;
      return {
        productId,
        version: current.version,
        next,
        decertify,
        // Setting the stock outright must not overwrite a reservation or release made since the read.
        expectStock: patch.stock !== undefined ? current.stock : undefined,
        addStock: stockDelta,
      };
    });
  }

  /** Restocking by a delta is one atomic add: concurrent restocks and reservations never conflict. */
  private async restock(productId: string, delta: number, actor: Actor): Promise<Product> {
    const current = await this.load(productId);
    assertManages(actor, await findSupplier(current.supplierId, this.store));
    const after = await restockProduct(this.store, productId, delta);
    if (after === "short") {
      throw outOfStock((await this.load(productId)).stock);
    }
    return toProduct(after, this.today());
  }

  /**
   * Read, then write the change on the condition that nobody else changed the product meanwhile
   * (its version); on a clash, read again. Stock reservations never bump the version, so they do
   * not block catalog edits.
   */
  private async edit(productId: string, change: (current: ProductRecord) => Promise<ProductChange> | ProductChange): Promise<Product> {
    await runTransaction(this.store, {
      operation: `edit-product:${productId}`,
      maxAttempts: MAX_EDIT_ATTEMPTS,
      exhausted: () => conflict("CONCURRENT_UPDATE", `Product ${productId} is being changed by someone else; try again`),
      plan: async () => {
        const current = await this.load(productId, { consistent: true });
        const planned = await change(current);
        // A write-off refused while the version still matches: the stock, not an edit, fell short.
        const short = async (): Promise<Rejection> => {
          const now = await this.load(productId, { consistent: true });
          return now.version === current.version && now.stock < -(planned.addStock ?? 0) ? outOfStock(now.stock) : "retry";
        };
        return { parts: { product: productChangePart(this.store, planned, short) } };
      },
    });
    return toProduct(await this.load(productId, { consistent: true }), this.today());
  }

  /** A supplier's products in any state, newest first: for its own staff and administrators (404 for an unknown supplier). */
  async listOfSupplier(supplierId: string, actor: Actor, page: PageRequest): Promise<Page<Product>> {
    const supplier = await findSupplier(supplierId, this.store);
    if (!supplier) throw notFound("Supplier", supplierId);
    assertManages(actor, supplier);
    const today = this.today();
    const result = await listSupplierProducts(this.store, supplierId, page);
    return { items: result.items.map((p) => toProduct(p, today)), nextCursor: result.nextCursor };
  }

  /** The certification queue: products awaiting certification, oldest first. */
  async listPending(page: PageRequest): Promise<Page<Product>> {
    const today = this.today();
    const result = await listPending(this.store, page);
    return { items: result.items.map((p) => toProduct(p, today)), nextCursor: result.nextCursor };
  }

  /** Products on sale today whose certificate ends within `withinDays` days (0: today), soonest first. */
  async listExpiring(query: ExpiringProductsQuery): Promise<Page<Product>> {
    const today = this.today();
    const result = await listExpiring(this.store, { today, until: shiftDays(today, query.withinDays) }, query);
    return { items: result.items.map((p) => toProduct(p, today)), nextCursor: result.nextCursor };
  }

  /** Listed products only, by the most selective index the filters allow; never a Scan. */
  async list(query: ProductsQuery): Promise<Page<Product>> {
    const today = this.today();
    const page = await listListed(this.store, { ...query, today }, query);
    return { items: page.items.map((p) => toProduct(p, today)), nextCursor: page.nextCursor };
  }
}
