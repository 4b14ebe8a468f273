import type { paths } from "./schema";

/** Shorthands for the API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type Product = Json<paths["/products/{productId}"]["get"]["responses"][200]>;
export type ProductPage = Json<paths["/products"]["get"]["responses"][200]>;
export type ProductsQuery = NonNullable<paths["/products"]["get"]["parameters"]["query"]>;
export type Village = Json<paths["/villages/{villageId}"]["get"]["responses"][200]>;
export type Order = Json<paths["/orders/{orderId}"]["get"]["responses"][200]>;
export type OrderStatus = Order["status"];
export type OrderLine = Order["items"][number];
export type VillageSales = Json<paths["/reports/villages/{villageId}/sales"]["get"]["responses"][200]>;
export type SalesReport = Json<paths["/reports/sales"]["get"]["responses"][200]>;
export type PairingsReport = Json<paths["/reports/pairings"]["get"]["responses"][200]>;
