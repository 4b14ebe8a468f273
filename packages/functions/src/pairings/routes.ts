import * as pairings from "@fupin/core/pairings";
import { page, type RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const pairingRoutes = [
  // Enterprises
  { method: "POST", path: "/enterprises", context: "pairings", access: ["enterprise", "admin"], summary: "Register an enterprise by its unified social credit code (an enterprise user registering it owns it)", body: pairings.CreateEnterprise, response: pairings.Enterprise, status: 201 },
  { method: "GET", path: "/enterprises", context: "pairings", access: ["enterprise", "admin"], summary: "The enterprises an account manages, oldest first: the caller's own (administrators: any account's, by ownerId)", query: pairings.EnterprisesQuery, response: page(pairings.Enterprise) },
  { method: "GET", path: "/enterprises/{enterpriseId}", context: "pairings", access: "public", summary: "One enterprise", params: pairings.EnterpriseIdParams, response: pairings.Enterprise },

  // 千企帮千村 pairings and their ledger (台账)
  { method: "POST", path: "/pairings", context: "pairings", access: ["enterprise", "admin"], summary: "Pair an enterprise with a village (one active pairing per enterprise and village)", body: pairings.CreatePairing, response: pairings.Pairing, status: 201 },
  { method: "GET", path: "/pairings", context: "pairings", access: "public", summary: "List the pairings of an enterprise or of a village", query: pairings.PairingsQuery, response: page(pairings.Pairing) },
  { method: "GET", path: "/pairings/{pairingId}", context: "pairings", access: "public", summary: "One pairing with its committed and delivered totals", params: pairings.PairingIdParams, response: pairings.Pairing },
  { method: "POST", path: "/pairings/{pairingId}/end", context: "pairings", access: ["enterprise", "admin"], summary: "End an active pairing", params: pairings.PairingIdParams, body: pairings.EndPairing, response: pairings.Pairing },
  { method: "POST", path: "/pairings/{pairingId}/contributions", context: "pairings", access: ["enterprise", "admin"], summary: "Record help delivered under an active pairing", params: pairings.PairingIdParams, body: pairings.CreateContribution, response: pairings.Contribution, status: 201 },
  { method: "GET", path: "/pairings/{pairingId}/contributions", context: "pairings", access: "public", summary: "A pairing's ledger of contributions, by date", params: pairings.PairingIdParams, query: pairings.ContributionsQuery, response: page(pairings.Contribution) },

  // Reports
  { method: "GET", path: "/reports/pairings", context: "pairings", access: "public", summary: "Enterprises, villages, pairings, money committed and delivered, people helped: platform-wide, per province, per county or per enterprise", query: pairings.PairingsReportQuery, response: pairings.PairingsReport, csv: true },
  { method: "GET", path: "/reports/pairings/regions", context: "pairings", access: "public", summary: "The same figures for every province, or for every county of one province (?province=), by name", query: pairings.PairingsRegionsQuery, response: pairings.PairingsRegions, csv: true },
] as const satisfies readonly RouteSpec[];
