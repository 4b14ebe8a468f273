import { AppstoreOutlined, PlusSquareOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

const supplier = ["supplier"] as const;

/** A supplier's staff: their own products (any state), certificates and expiry warnings, restock and edits. */
export const supplierArea = defineArea({
  id: "supplier",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/supplier/products", label: "menu.products", icon: <AppstoreOutlined />, roles: supplier },
    { path: "/supplier/products/new", label: "menu.newProduct", icon: <PlusSquareOutlined />, roles: supplier },
  ],
  routes: [
    { path: "/supplier/products", roles: supplier, page: lazy(() => import("./ProductsPage")) },
    { path: "/supplier/products/new", roles: supplier, page: lazy(() => import("./NewProductPage")) },
    { path: "/supplier/products/:productId", roles: supplier, page: lazy(() => import("./ProductPage")) },
  ],
});
