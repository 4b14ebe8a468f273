import { AreaChartOutlined, BarChartOutlined, FundOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

/** Claims figures are for the county offices' staff, as GET /reports/claims is. */
const claimsStaff = ["clerk", "approver", "admin"] as const;

/** Reports: public figures per village, sales and pairings dashboards, and the claims dashboard for staff. */
export const reportsArea = defineArea({
  id: "reports",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/reports/village-sales", label: "menu.villageSales", icon: <BarChartOutlined /> },
    { path: "/reports/sales", label: "dashboards.menu.sales", icon: <AreaChartOutlined /> },
    { path: "/reports/pairings", label: "dashboards.menu.pairings", icon: <FundOutlined /> },
    { path: "/reports/claims", label: "dashboards.menu.claims", icon: <SafetyCertificateOutlined />, roles: claimsStaff },
  ],
  routes: [
    { path: "/reports/village-sales", page: lazy(() => import("./VillageSalesPage")) },
    { path: "/reports/sales", page: lazy(() => import("./SalesDashboardPage")) },
    { path: "/reports/pairings", page: lazy(() => import("./PairingsDashboardPage")) },
    { path: "/reports/claims", roles: claimsStaff, page: lazy(() => import("./ClaimsDashboardPage")) },
  ],
});
