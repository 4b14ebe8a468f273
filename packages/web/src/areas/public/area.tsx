import { HomeOutlined } from "@ant-design/icons";
import { lazy } from "react";
import { defineArea } from "../../app/area";
import { texts } from "./i18n";

/** The landing page anyone sees, signed in or not: the figures the platform publishes. */
export const publicArea = defineArea({
  id: "public",
  texts,
  menu: [{ path: "/", label: "menu.home", icon: <HomeOutlined /> }],
  routes: [{ path: "/", page: lazy(() => import("./HomePage")) }],
});
