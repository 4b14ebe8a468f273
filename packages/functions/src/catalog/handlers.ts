import { ProductService } from "@fupin/core/catalog/products";
import { createSupplier, getSupplier, publicSupplier } from "@fupin/core/catalog/suppliers";
import { createVillage, getVillage, listVillages } from "@fupin/core/catalog/villages";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";

const products = () => new ProductService();

export const catalogHandlers: ContextHandlers<"catalog"> = {
  "POST /villages": async ({ body }) => created(await createVillage(body)),
  "GET /villages": async ({ query }) => ok(await listVillages(query)),
  "GET /villages/{villageId}": async ({ params }) => ok(await getVillage(params.villageId)),
  "POST /suppliers": async ({ body }) => created(publicSupplier(await createSupplier(body))),
  "GET /suppliers/{supplierId}": async ({ params }) => ok(publicSupplier(await getSupplier(params.supplierId))),
  "POST /products": async ({ body, actor }) => created(await products().create(body, actor)),
  "PUT /products/{productId}/certification": async ({ params, body }) => ok(await products().certify(params.productId, body)),
  "PATCH /products/{productId}": async ({ params, body, actor }) => ok(await products().patch(params.productId, body, actor)),
  "GET /products": async ({ query }) => ok(await products().list(query)),
  "GET /products/{productId}": async ({ params, actor }) => ok(await products().get(params.productId, actor)),
};

export const handler = contextHandler("catalog", catalogHandlers);
