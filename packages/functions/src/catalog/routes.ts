import * as catalog from "@fupin/core/catalog";
import { page, type RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const catalogRoutes = [
  // Villages and suppliers
  { method: "POST", path: "/villages", context: "catalog", access: ["admin"], summary: "Register a village", body: catalog.CreateVillage, response: catalog.Village, status: 201 },
  { method: "GET", path: "/villages", context: "catalog", access: "public", summary: "List villages", query: catalog.VillagesQuery, response: page(catalog.Village) },
  { method: "GET", path: "/villages/{villageId}", context: "catalog", access: "public", summary: "One village", params: catalog.VillageIdParams, response: catalog.Village },
  { method: "POST", path: "/suppliers", context: "catalog", access: ["admin"], summary: "Register a supplier", body: catalog.CreateSupplier, response: catalog.Supplier, status: 201 },
  { method: "GET", path: "/suppliers", context: "catalog", access: ["admin", "supplier"], summary: "Suppliers: every one, newest first, with its staff accounts (admins), or those the caller is staff of (suppliers)", query: catalog.SuppliersQuery, response: page(catalog.SupplierListItem) },
  { method: "GET", path: "/suppliers/{supplierId}", context: "catalog", access: "public", summary: "One supplier", params: catalog.SupplierIdParams, response: catalog.Supplier },
  { method: "GET", path: "/suppliers/{supplierId}/products", context: "catalog", access: ["admin", "supplier"], summary: "A supplier's products in any state, pending ones included, newest first (its own staff and admins)", params: catalog.SupplierIdParams, query: catalog.SupplierProductsQuery, response: page(catalog.Product) },

  // Catalog
  { method: "POST", path: "/products", context: "catalog", access: ["admin", "supplier"], summary: "Add a product, pending certification", body: catalog.CreateProduct, response: catalog.Product, status: 201 },
  { method: "PUT", path: "/products/{productId}/certification", context: "catalog", access: ["admin"], summary: "Record the product's certification (认定)", params: catalog.ProductIdParams, body: catalog.Certification, response: catalog.Product },
  { method: "PATCH", path: "/products/{productId}", context: "catalog", access: ["admin", "supplier"], summary: "Change price, stock, name, category, unit or description", params: catalog.ProductIdParams, body: catalog.PatchProduct, response: catalog.Product },
  { method: "GET", path: "/products", context: "catalog", access: "public", summary: "List products whose certification is valid today", query: catalog.ProductsQuery, response: page(catalog.Product) },
  { method: "GET", path: "/products/pending", context: "catalog", access: ["admin"], summary: "Products awaiting certification (认定), oldest first", query: catalog.PendingProductsQuery, response: page(catalog.Product) },
  { method: "GET", path: "/products/expiring", context: "catalog", access: ["admin"], summary: "Listed products whose certificate ends within withinDays days, soonest first", query: catalog.ExpiringProductsQuery, response: page(catalog.Product) },
  { method: "GET", path: "/products/{productId}", context: "catalog", access: "optional", summary: "One listed product (admins and the supplier's staff see any)", params: catalog.ProductIdParams, response: catalog.Product },
] as const satisfies readonly RouteSpec[];
