import { ProductService } from "./catalog/products";
import type {
  Certification,
  CreateProduct,
  CreateSupplier,
  CreateVillage,
  ExpiringProductsQuery,
  PatchProduct,
  ProductsQuery,
} from "./catalog/schemas";
import { createSupplier, getSupplier, listSuppliers, publicSupplier } from "./catalog/suppliers";
import { createVillage, findVillage, getVillage, listVillages } from "./catalog/villages";
import { db } from "./platform/db";
import type { ActorCtx, Ctx } from "./platform/context";
import type { PageRequest } from "./platform/pagination";

export { isListed } from "./catalog/certification";
export * from "./catalog/schemas";

const products = (ctx: Ctx) => new ProductService(ctx.store ?? db(), ctx.clock);

/**
 * The catalog's public module: villages, suppliers and certified products. Handlers, jobs and
 * seeds call only this; every function takes its input, then the context.
 */
export const Catalog = {
  createVillage: (input: CreateVillage, ctx: Ctx = {}) => createVillage(input, ctx.store ?? db()),
  listVillages: (query: { county?: string | undefined; q?: string | undefined } & PageRequest, ctx: Ctx = {}) =>
    listVillages(query, ctx.store ?? db()),
  getVillage: (villageId: string, ctx: Ctx = {}) => getVillage(villageId, ctx.store ?? db()),
  /** The village, or undefined: for other contexts that answer a missing one in their own words. */
  findVillage: (villageId: string, ctx: Ctx = {}) => findVillage(villageId, ctx.store ?? db()),
  /** The supplier as the public sees it: staff account ids are not shown. */
  createSupplier: async (input: CreateSupplier, ctx: Ctx = {}) => publicSupplier(await createSupplier(input, ctx.store ?? db())),
  getSupplier: async (supplierId: string, ctx: Ctx = {}) => publicSupplier(await getSupplier(supplierId, ctx.store ?? db())),
  /** Administrators: every supplier, with its staff accounts; a supplier's staff: the suppliers they work for. */
  listSuppliers: (query: PageRequest, ctx: ActorCtx) => listSuppliers(ctx.actor, query, ctx.store ?? db()),
  /** A supplier's products in any state, for its own staff and administrators. */
  listSupplierProducts: (input: { supplierId: string } & PageRequest, ctx: ActorCtx) =>
    products(ctx).listOfSupplier(input.supplierId, ctx.actor, input),
  /** Products awaiting certification, oldest first. */
  listPendingProducts: (query: PageRequest, ctx: Ctx = {}) => products(ctx).listPending(query),
  /** Listed products whose certificate ends within the given number of days, soonest first. */
  listExpiringProducts: (query: ExpiringProductsQuery, ctx: Ctx = {}) => products(ctx).listExpiring(query),
  createProduct: (input: CreateProduct, ctx: ActorCtx) => products(ctx).create(input, ctx.actor),
  certifyProduct: (input: { productId: string; certification: Certification }, ctx: Ctx = {}) =>
    products(ctx).certify(input.productId, input.certification),
  patchProduct: (input: { productId: string; patch: PatchProduct }, ctx: ActorCtx) =>
    products(ctx).patch(input.productId, input.patch, ctx.actor),
  listProducts: (query: ProductsQuery, ctx: Ctx = {}) => products(ctx).list(query),
  /** A listed product; admins and the supplier's staff see theirs in any state. */
  getProduct: (productId: string, ctx: Ctx = {}) => products(ctx).get(productId, ctx.actor),
};
