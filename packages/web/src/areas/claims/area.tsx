import { AuditOutlined, FileAddOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";
import { chainMenu, chainRoutes } from "./chain/routes";
import { paymentMenu, paymentRoutes } from "./payments/routes";

const staff = ["clerk", "approver", "admin"] as const;
const clerk = ["clerk"] as const;
const registrars = ["clerk", "admin"] as const;
const admin = ["admin"] as const;

/**
 * 防贫保险 / 防贫救助: claims and their maker-checker approval, schemes and their pools. Households
 * are registered from the monitoring area's menu; the quick registration here stays reachable from
 * the claims queue.
 */
export const claimsArea = defineArea({
  id: "claims",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/claims", label: "menu.queue", icon: <AuditOutlined />, roles: staff },
    { path: "/claims/new", label: "menu.newClaim", icon: <FileAddOutlined />, roles: clerk },
    { path: "/schemes", label: "menu.schemes", icon: <SafetyCertificateOutlined />, roles: staff },
    ...paymentMenu,
    ...chainMenu,
  ],
  routes: [
    { path: "/claims", roles: staff, page: lazy(() => import("./QueuePage")) },
    { path: "/claims/new", roles: clerk, page: lazy(() => import("./ClaimNewPage")) },
    { path: "/claims/:claimId", roles: staff, page: lazy(() => import("./ClaimPage")) },
    { path: "/households/new", roles: registrars, page: lazy(() => import("./HouseholdNewPage")) },
    { path: "/schemes", roles: staff, page: lazy(() => import("./SchemesPage")) },
    { path: "/schemes/new", roles: admin, page: lazy(() => import("./SchemeEditPage")) },
    { path: "/schemes/:schemeId", roles: staff, page: lazy(() => import("./SchemePage")) },
    { path: "/schemes/:schemeId/edit", roles: admin, page: lazy(() => import("./SchemeEditPage")) },
    { path: "/schemes/:schemeId/funds", roles: ["clerk", "approver", "finance", "admin"], page: lazy(() => import("./funds/FundPage")) },
    ...paymentRoutes,
    ...chainRoutes,
  ],
});
