import { Catalog } from "@fupin/core/catalog";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";

export const catalogHandlers: ContextHandlers<"catalog"> = {
  "POST /villages": async ({ body }) => created(await Catalog.createVillage(body)),
  "GET /villages": async ({ query }) => ok(await Catalog.listVillages(query)),
  "GET /villages/{villageId}": async ({ params }) => ok(await Catalog.getVillage(params.villageId)),
  "POST /suppliers": async ({ body }) => created(await Catalog.createSupplier(body)),
  "GET /suppliers": async ({ query, actor }) => ok(await Catalog.listSuppliers(query, { actor })),
  "GET /suppliers/{supplierId}": async ({ params }) => ok(await Catalog.getSupplier(params.supplierId)),
  "GET /suppliers/{supplierId}/products": async ({ params, query, actor }) =>
    ok(await Catalog.listSupplierProducts({ supplierId: params.supplierId, ...query }, { actor })),
  "POST /products": async ({ body, actor }) => created(await Catalog.createProduct(body, { actor })),
  "PUT /products/{productId}/certification": async ({ params, body }) =>
    ok(await Catalog.certifyProduct({ productId: params.productId, certification: body })),
  "PATCH /products/{productId}": async ({ params, body, actor }) =>
    ok(await Catalog.patchProduct({ productId: params.productId, patch: body }, { actor })),
  "GET /products": async ({ query }) => ok(await Catalog.listProducts(query)),
  "GET /products/pending": async ({ query }) => ok(await Catalog.listPendingProducts(query)),
  "GET /products/expiring": async ({ query }) => ok(await Catalog.listExpiringProducts(query)),
  "GET /products/{productId}": async ({ params, actor }) => ok(await Catalog.getProduct(params.productId, { actor })),
};

export const handler = contextHandler("catalog", catalogHandlers);
