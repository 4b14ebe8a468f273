import { assertDatabaseReachable } from "@fupin/core/platform/availability";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { ok } from "../http/response";
import { openApiDocument } from "./openapi";

export const platformHandlers: ContextHandlers<"platform"> = {
  "GET /health": async () => ok({ status: "ok" }),
  "GET /health/ready": async () => {
    await assertDatabaseReachable();
    return ok({ status: "ready", database: "reachable" });
  },
  "GET /openapi.json": async () => ok(openApiDocument()),
};

export const handler = contextHandler("platform", platformHandlers);
