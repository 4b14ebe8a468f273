import * as monitoring from "@fupin/core/monitoring";
import { page, type RouteSpec } from "../route-spec";

/** Staff of the county's and townships' offices; administrators (national unless given an area). */
const staff = ["clerk", "approver", "admin"] as const;
const recorders = ["clerk", "admin"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const leadRoutes = [
  { method: "POST", path: "/risk-leads", context: "monitoring", access: recorders, summary: "Record a risk lead (风险线索) for a household of the caller's area: its own report, a cadre's visit (reportedOn may be a past day) or one department record; due the county's lead deadline after reportedOn", body: monitoring.CreateLead, response: monitoring.Lead, status: 201, replayStatus: 200, idempotencyKey: "optional" },
  { method: "GET", path: "/risk-leads", context: "monitoring", access: staff, summary: "The township's (or county's) inbox: unresolved leads soonest due first; ?status=, ?source=, ?overdue=true, ?township=, ?householdId=", query: monitoring.LeadsQuery, response: page(monitoring.Lead) },
  { method: "GET", path: "/risk-leads/{leadId}", context: "monitoring", access: staff, summary: "One lead; 404 outside the caller's area", params: monitoring.LeadIdParams, response: monitoring.Lead },
  { method: "POST", path: "/risk-leads/{leadId}/dismiss", context: "monitoring", access: recorders, summary: "Dismiss an open lead with the reason (409 INVALID_STATE once taken up or resolved)", params: monitoring.LeadIdParams, body: monitoring.DismissLead, response: monitoring.Lead },
  { method: "POST", path: "/department-batches", context: "monitoring", access: recorders, summary: "Import a department's batch (JSON rows, or a CSV file's text with amounts in yuan): rows matched to the county's households by resident-id hash, a lead raised for each household over the county's early-warning rules; the same batch again raises nothing (200)", body: monitoring.DepartmentBatchInput, response: monitoring.DepartmentBatchSummary, status: 201, replayStatus: 200, idempotencyKey: "optional" },
] as const satisfies readonly RouteSpec[];
