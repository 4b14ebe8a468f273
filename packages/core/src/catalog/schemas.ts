import { z } from "zod";
import { fen, positiveFen } from "../platform/money";
import { pageQuery } from "../platform/pagination";
import { calendarDate, count, id, note, text } from "../platform/schema";

export const SUPPLIER_KINDS = ["enterprise", "cooperative", "village_collective", "family_farm"] as const;
/** 带贫方式: how a product's sales reach poor households. */
export const POVERTY_LINK_MODES = ["wages", "asset_income", "business_income"] as const;
export const AUTHORITY_LEVELS = ["county", "province", "national"] as const;

export const CreateVillage = z.strictObject({
  name: text(50).describe("村, e.g. 小石堂村"),
  province: text(30).describe("省, e.g. 山东省"),
  city: text(30).describe("市, e.g. 德州市"),
  county: text(30).describe("县/区, e.g. 夏津县"),
  township: text(30).describe("乡/镇, e.g. 苏留庄镇"),
});
export type CreateVillage = z.infer<typeof CreateVillage>;

export const VillagesQuery = z.strictObject({
  county: text(30).optional(),
  q: text(30).optional().describe("text contained in the village's name or its township's, e.g. 石堂"),
  ...pageQuery,
});

export const CreateSupplier = z.strictObject({
  name: text(100),
  kind: z.enum(SUPPLIER_KINDS).describe("enterprise 企业, cooperative 合作社, village_collective 村集体, family_farm 家庭农场"),
  villageId: id(),
  accountIds: z.array(id()).max(50).default([]).describe("ids (token `sub`) of the supplier's staff accounts, who may manage its products"),
});
export type CreateSupplier = z.infer<typeof CreateSupplier>;

export const PovertyLink = z.strictObject({
  mode: z.enum(POVERTY_LINK_MODES).describe("wages 务工带贫, asset_income 资产收益, business_income 产业带动"),
  households: count(1_000_000).describe("number of poor households linked"),
});

export const CreateProduct = z.strictObject({
  supplierId: id(),
  villageId: id(),
  name: text(100),
  category: text(30).describe("e.g. 粮油, 果蔬, 畜禽肉蛋, 茶叶"),
  unit: text(20).describe("e.g. 500g/袋"),
  priceFen: positiveFen(),
  stock: count(),
  povertyLink: PovertyLink,
  description: note(1000).optional().describe("what the product is and how it is made, for buyers; may span lines"),
});
export type CreateProduct = z.infer<typeof CreateProduct>;

export const PatchProduct = z
  .strictObject({
    name: text(100).optional(),
    category: text(30).optional(),
    unit: text(20).optional(),
    priceFen: positiveFen().optional(),
    description: note(1000).optional(),
    stock: count().optional().describe("the stock, set outright"),
    stockDelta: z
      .number()
      .int()
      .min(-1_000_000_000)
      .max(1_000_000_000)
      .optional()
      .describe("restock (+) or write off (−) units, added atomically to whatever the stock is then"),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: "change at least one field", params: { issue: "no_change" } })
  .refine((p) => p.stock === undefined || p.stockDelta === undefined, {
    error: "give stock or stockDelta, not both",
    path: ["stockDelta"],
    params: { issue: "not_both", fields: ["stock", "stockDelta"] },
  });
export type PatchProduct = z.infer<typeof PatchProduct>;

export const Certification = z
  .strictObject({
    certificateNo: text(60),
    authorityLevel: z.enum(AUTHORITY_LEVELS),
    authority: text(100).describe("issuing authority, e.g. 夏津县扶贫开发领导小组办公室"),
    catalogBatch: text(60).describe("e.g. 德州市第一批扶贫产品目录"),
    issuedOn: calendarDate(),
    validUntil: calendarDate(),
  })
  .refine((c) => c.validUntil >= c.issuedOn, {
    error: "validUntil must not be before issuedOn",
    path: ["validUntil"],
    params: { issue: "before_other", other: "issuedOn" },
  });
export type Certification = z.infer<typeof Certification>;

export const ProductsQuery = z.strictObject({
  category: text(30).optional(),
  province: text(30).optional().describe("省, e.g. 山东省"),
  county: text(30).optional(),
  villageId: id().optional(),
  q: text(50).optional().describe("text contained in the name, category or place"),
  ...pageQuery,
});
export type ProductsQuery = z.infer<typeof ProductsQuery>;

export const SuppliersQuery = z.strictObject({ ...pageQuery });
export const SupplierProductsQuery = z.strictObject({ ...pageQuery });
export const PendingProductsQuery = z.strictObject({ ...pageQuery });
export const EXPIRING_MAX_DAYS = 366;
export const ExpiringProductsQuery = z.strictObject({
  withinDays: z.coerce
    .number({ error: "withinDays must be a number" })
    .int({ error: "withinDays must be an integer" })
    .min(0, { error: "withinDays must be at least 0" })
    .max(EXPIRING_MAX_DAYS, { error: `withinDays must be at most ${EXPIRING_MAX_DAYS}` })
    .default(30)
    .describe("listed products whose certificate ends today or within this many days after today"),
  ...pageQuery,
});
export type ExpiringProductsQuery = z.infer<typeof ExpiringProductsQuery>;

export const VillageIdParams = z.strictObject({ villageId: id() });
export const SupplierIdParams = z.strictObject({ supplierId: id() });
export const ProductIdParams = z.strictObject({ productId: id() });

// Response shapes, for the OpenAPI document.
export const Village = CreateVillage.extend({ villageId: z.string(), createdAt: z.string() });
export type Village = z.infer<typeof Village>;
export const Supplier = z.object({
  supplierId: z.string(),
  name: z.string(),
  kind: z.enum(SUPPLIER_KINDS),
  villageId: z.string(),
  createdAt: z.string(),
});
/** As stored: with the accounts of the supplier's staff, which only administrators' lists show. */
export const SupplierRecord = Supplier.extend({ accountIds: z.array(z.string()).default([]) });
export type SupplierRecord = z.infer<typeof SupplierRecord>;
/** A supplier in a list: administrators also see its staff accounts. */
export const SupplierListItem = Supplier.extend({
  accountIds: z.array(z.string()).optional().describe("the staff accounts (token `sub`); shown to administrators only"),
});
export type SupplierListItem = z.infer<typeof SupplierListItem>;
/** One account on a supplier's staff: how a staff member finds the suppliers it works for. */
export const SupplierStaffRecord = z.object({ supplierId: z.string(), accountId: z.string() });
export type SupplierStaffRecord = z.infer<typeof SupplierStaffRecord>;
/** A product of a supplier, in that supplier's partition: its list in any state, pending ones included. */
export const SupplierProductRecord = z.object({ supplierId: z.string(), productId: z.string() });
export type SupplierProductRecord = z.infer<typeof SupplierProductRecord>;
export const PRODUCT_STATUSES = ["pending_certification", "listed", "expired", "not_yet_valid"] as const;
export const Product = z.object({
  productId: z.string(),
  supplierId: z.string(),
  villageId: z.string(),
  origin: z.object({ province: z.string(), city: z.string(), county: z.string(), township: z.string(), village: z.string() }),
  name: z.string(),
  category: z.string(),
  unit: z.string(),
  priceFen: fen(),
  stock: z.number().int(),
  povertyLink: PovertyLink,
  description: z.string().optional(),
  status: z.enum(PRODUCT_STATUSES),
  certification: Certification.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof Product>;

/** As stored: the certification only once there is one, and the version that orders edits. */
export const ProductRecord = Product.omit({ status: true, certification: true }).extend({
  certification: Certification.optional(),
  version: z.number().int(),
});
export type ProductRecord = z.infer<typeof ProductRecord>;
