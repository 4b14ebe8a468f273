import { AuditOutlined, EnvironmentOutlined, RollbackOutlined, ShopOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

const admin = ["admin"] as const;

/** Platform administrators: villages, suppliers, product certification and renewals, order refunds. */
export const adminArea = defineArea({
  id: "admin",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/admin/villages", label: "menu.villages", icon: <EnvironmentOutlined />, roles: admin },
    { path: "/admin/suppliers", label: "menu.suppliers", icon: <ShopOutlined />, roles: admin },
    { path: "/admin/certification", label: "menu.certification", icon: <AuditOutlined />, roles: admin },
    { path: "/admin/refunds", label: "menu.refunds", icon: <RollbackOutlined />, roles: admin },
  ],
  routes: [
    { path: "/admin/villages", roles: admin, page: lazy(() => import("./VillagesPage")) },
    { path: "/admin/suppliers", roles: admin, page: lazy(() => import("./SuppliersPage")) },
    { path: "/admin/certification", roles: admin, page: lazy(() => import("./CertificationPage")) },
    { path: "/admin/certification/:productId", roles: admin, page: lazy(() => import("./CertifyPage")) },
    { path: "/admin/refunds", roles: admin, page: lazy(() => import("./RefundsPage")) },
    { path: "/admin/refunds/:orderId", roles: admin, page: lazy(() => import("./RefundOrderPage")) },
  ],
});
