import * as monitoring from "@fupin/core/monitoring";
import { page, type RouteSpec } from "../route-spec";
import { measureRoutes } from "./measure-routes";
import { reportRoutes } from "./report-routes";
import { assessmentRoutes } from "./assessment-routes";
import { noticeRoutes } from "./notice-routes";
import { leadRoutes } from "./lead-routes";

/** Staff of the county's and townships' offices; administrators (national unless given an area). */
const staff = ["clerk", "approver", "admin"] as const;
const registrars = ["clerk", "admin"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const householdRoutes = [
  { method: "POST", path: "/households", context: "monitoring", access: registrars, summary: "Register a household in the clerk's area (resident ids are kept only as keyed hashes and masked)", body: monitoring.CreateHousehold, response: monitoring.Household, status: 201 },
  { method: "GET", path: "/households", context: "monitoring", access: staff, summary: "Households of the caller's area by county, township, village, monitoring status and category, page by page", query: monitoring.HouseholdsQuery, response: page(monitoring.Household) },
  { method: "GET", path: "/households/{householdId}", context: "monitoring", access: staff, summary: "One household with its members (ids masked); 404 outside the caller's area", params: monitoring.HouseholdIdParams, response: monitoring.Household },
  { method: "PATCH", path: "/households/{householdId}", context: "monitoring", access: registrars, summary: "Change the registry record with a reason: a new version keeps who, when and why", params: monitoring.HouseholdIdParams, body: monitoring.UpdateHousehold, response: monitoring.Household },
  { method: "GET", path: "/households/{householdId}/versions", context: "monitoring", access: staff, summary: "Every version of the household's record, newest first", params: monitoring.HouseholdIdParams, query: monitoring.HouseholdVersionsQuery, response: page(monitoring.HouseholdVersion) },
] as const satisfies readonly RouteSpec[];

// biome-ignore format: one route per row, so the table reads as a table
export const settingsRoutes = [
  { method: "GET", path: "/monitoring/settings/{county}", context: "monitoring", access: staff, summary: "The county's monitoring rules: its monitoring line by year, early-warning thresholds, lead deadline, notice period and measure deadline (defaults until it sets its own)", params: monitoring.CountyParams, response: monitoring.CountySettings },
  { method: "PUT", path: "/monitoring/settings/{county}", context: "monitoring", access: registrars, summary: "Replace the county's monitoring rules (its own county staff or a national administrator)", params: monitoring.CountyParams, body: monitoring.CountySettingsInput, response: monitoring.CountySettings },
] as const satisfies readonly RouteSpec[];

/** The monitoring context's routes, one list per part. */
export const monitoringRoutes = [
  ...householdRoutes,
  ...settingsRoutes,
  ...measureRoutes,
  ...reportRoutes,
  ...assessmentRoutes,
  ...noticeRoutes,
  ...leadRoutes,
] as const satisfies readonly RouteSpec[];
