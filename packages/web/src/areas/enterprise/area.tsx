import { ShopOutlined, TeamOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

const enterprise = ["enterprise"] as const;

/** 千企帮千村: an enterprise's accounts register it, pair it with villages and keep the ledger of help delivered. */
export const enterpriseArea = defineArea({
  id: "enterprise",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/enterprise", label: "menu.mine", icon: <TeamOutlined />, roles: enterprise },
    { path: "/enterprise/register", label: "menu.register", icon: <ShopOutlined />, roles: enterprise },
  ],
  routes: [
    { path: "/enterprise", roles: enterprise, page: lazy(() => import("./MyEnterprisesPage")) },
    { path: "/enterprise/register", roles: enterprise, page: lazy(() => import("./RegisterEnterprisePage")) },
    { path: "/enterprise/enterprises/:enterpriseId", roles: enterprise, page: lazy(() => import("./EnterprisePage")) },
    { path: "/enterprise/enterprises/:enterpriseId/pair", roles: enterprise, page: lazy(() => import("./NewPairingPage")) },
    { path: "/enterprise/pairings/:pairingId", roles: enterprise, page: lazy(() => import("./PairingPage")) },
  ],
});
