import * as monitoring from "@fupin/core/monitoring";
import type { RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const reportRoutes = [
  { method: "GET", path: "/reports/monitoring", context: "monitoring", access: ["clerk", "approver", "admin"], summary: "Monitoring figures of a county or township: households by status, category and township; households identified and removed, leads raised and overdue by month; measures by kind with their money", query: monitoring.MonitoringReportQuery, response: monitoring.MonitoringReport, csv: true },
] as const satisfies readonly RouteSpec[];
