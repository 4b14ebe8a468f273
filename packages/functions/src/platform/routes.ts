import { z } from "zod";
import type { RouteSpec } from "../route-spec";

export const platformRoutes = [
  { method: "GET", path: "/health", context: "platform", access: "public", summary: "Liveness", response: z.object({ status: z.literal("ok") }) },
  { method: "GET", path: "/openapi.json", context: "platform", access: "public", summary: "This OpenAPI 3.1 document" },

] as const satisfies readonly RouteSpec[];
