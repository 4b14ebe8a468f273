import * as monitoring from "@fupin/core/monitoring";
import { page, type RouteSpec } from "../route-spec";

/** Staff of the county's and townships' offices; administrators (national unless given an area). */
const staff = ["clerk", "approver", "admin"] as const;
const recorders = ["clerk", "admin"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const measureRoutes = [
  { method: "POST", path: "/households/{householdId}/measures", context: "monitoring", access: recorders, summary: "Record a support measure (帮扶措施) for a household being identified or monitored: its kind, money per period, dates, responsible cadre; a prevention_claim links the household's approved claim", params: monitoring.HouseholdIdParams, body: monitoring.CreateMeasure, response: monitoring.Measure, status: 201 },
  { method: "GET", path: "/households/{householdId}/measures", context: "monitoring", access: staff, summary: "The household's support measures in the order they were recorded", params: monitoring.HouseholdIdParams, query: monitoring.MeasuresQuery, response: page(monitoring.Measure) },
  { method: "POST", path: "/households/{householdId}/measures/{measureId}/end", context: "monitoring", access: recorders, summary: "End a measure in effect, with its last day and the reason", params: monitoring.MeasureParams, body: monitoring.EndMeasure, response: monitoring.Measure },
  { method: "GET", path: "/monitoring/flags", context: "monitoring", access: staff, summary: "Monitored households of the caller's area with no support measure in effect past the county's deadline after confirmation, longest overdue first", query: monitoring.FlagsQuery, response: page(monitoring.MeasureFlag) },
] as const satisfies readonly RouteSpec[];
