import {
  AlertOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  HomeOutlined,
  InboxOutlined,
  NotificationOutlined,
  SettingOutlined,
  UserAddOutlined,
} from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

/** Staff of the county's and township's offices (and administrators), as the monitoring routes admit. */
const staff = ["clerk", "approver", "admin"] as const;
const registrars = ["clerk", "admin"] as const;

/**
 * 防返贫监测: the household registry with its people and history, the township's inbox of risk
 * leads, identification and risk removal, support measures, the public notice board and the
 * county's dashboard. Staff see only their own area (the API answers nothing else).
 */
export const monitoringArea = defineArea({
  id: "monitoring",
  texts,
  menuTitle: "menuTitle",
  menu: [
    { path: "/monitoring/inbox", label: "menu.inbox", icon: <InboxOutlined />, roles: staff },
    { path: "/monitoring/households", label: "menu.households", icon: <HomeOutlined />, roles: staff },
    { path: "/monitoring/households/new", label: "menu.register", icon: <UserAddOutlined />, roles: registrars },
    { path: "/monitoring/batches", label: "menu.batches", icon: <CloudUploadOutlined />, roles: registrars },
    { path: "/monitoring/flags", label: "menu.flags", icon: <AlertOutlined />, roles: staff },
    { path: "/monitoring/dashboard", label: "menu.dashboard", icon: <DashboardOutlined />, roles: staff },
    { path: "/monitoring/settings", label: "menu.settings", icon: <SettingOutlined />, roles: staff },
    // The notice board is public: anyone may read it and object.
    { path: "/notices", label: "menu.notices", icon: <NotificationOutlined /> },
  ],
  routes: [
    { path: "/monitoring/inbox", roles: staff, page: lazy(() => import("./InboxPage")) },
    { path: "/monitoring/batches", roles: registrars, page: lazy(() => import("./BatchPage")) },
    { path: "/monitoring/assessments/:assessmentId", roles: staff, page: lazy(() => import("./AssessmentPage")) },
    { path: "/notices", page: lazy(() => import("./NoticeBoardPage")) },
    { path: "/monitoring/households", roles: staff, page: lazy(() => import("./HouseholdsPage")) },
    { path: "/monitoring/households/new", roles: registrars, page: lazy(() => import("./HouseholdRegisterPage")) },
    { path: "/monitoring/households/:householdId", roles: staff, page: lazy(() => import("./HouseholdPage")) },
    { path: "/monitoring/households/:householdId/edit", roles: registrars, page: lazy(() => import("./HouseholdEditPage")) },
    { path: "/monitoring/flags", roles: staff, page: lazy(() => import("./FlagsPage")) },
    { path: "/monitoring/dashboard", roles: staff, page: lazy(() => import("./DashboardPage")) },
    { path: "/monitoring/settings", roles: staff, page: lazy(() => import("./SettingsPage")) },
  ],
});
