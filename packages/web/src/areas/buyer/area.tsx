import { ShopOutlined, ShoppingCartOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

const buyer = ["buyer"] as const;

/** The consumption-assistance marketplace: catalogue and cart for anyone, checkout, payment and orders for buyers. */
export const buyerArea = defineArea({
  id: "buyer",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/products", label: "menu.catalog", icon: <ShopOutlined /> },
    { path: "/cart", label: "menu.cart", icon: <ShoppingCartOutlined /> },
    { path: "/orders", label: "menu.orders", icon: <UnorderedListOutlined />, roles: buyer },
  ],
  routes: [
    { path: "/products", page: lazy(() => import("./CatalogPage")) },
    { path: "/products/:productId", page: lazy(() => import("./ProductPage")) },
    { path: "/cart", page: lazy(() => import("./CartPage")) },
    { path: "/checkout", roles: buyer, page: lazy(() => import("./CheckoutPage")) },
    { path: "/orders", roles: buyer, page: lazy(() => import("./OrdersPage")) },
    { path: "/orders/:orderId", roles: buyer, page: lazy(() => import("./OrderPage")) },
    { path: "/orders/:orderId/pay", roles: buyer, page: lazy(() => import("./PayPage")) },
    { path: "/orders/:orderId/result", roles: buyer, page: lazy(() => import("./ResultPage")) },
  ],
});
