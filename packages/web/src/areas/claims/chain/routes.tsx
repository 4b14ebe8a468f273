import { CalendarOutlined, FieldTimeOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AreaMenuItem, AreaRoute } from "../../../app/area";
import { registerChainTexts } from "./texts";

registerChainTexts();

const staff = ["clerk", "approver", "admin"] as const;
const admin = ["admin"] as const;

/** The approval chain's pages (issue 12), spread into the claims area: overdue claims, and the holidays deadlines count. */
export const chainMenu: AreaMenuItem[] = [
  { path: "/claims/overdue", label: "approvalChain.menu.overdue", icon: <FieldTimeOutlined />, roles: staff },
  { path: "/work-calendar", label: "approvalChain.menu.calendar", icon: <CalendarOutlined />, roles: admin },
];

export const chainRoutes: AreaRoute[] = [
  { path: "/claims/overdue", roles: staff, page: lazy(() => import("./OverduePage")) },
  { path: "/work-calendar", roles: admin, page: lazy(() => import("./CalendarPage")) },
];
