import { z } from "zod";
import type { RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const platformRoutes = [
  { method: "GET", path: "/health", context: "platform", access: "public", summary: "Liveness: the function answers (touches nothing else)", response: z.object({ status: z.literal("ok") }) },
  { method: "GET", path: "/health/ready", context: "platform", access: "public", summary: "Readiness: the database answers (503 SERVICE_UNAVAILABLE with Retry-After when it does not)", response: z.object({ status: z.literal("ready"), database: z.literal("reachable") }) },
  { method: "GET", path: "/openapi.json", context: "platform", access: "public", summary: "This OpenAPI 3.1 document" },

] as const satisfies readonly RouteSpec[];
