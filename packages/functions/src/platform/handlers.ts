import { contextHandler, type ContextHandlers } from "../http/lambda";
import { ok } from "../http/response";
import { openApiDocument } from "./openapi";

export const platformHandlers: ContextHandlers<"platform"> = {
  "GET /health": async () => ok({ status: "ok" }),
  "GET /openapi.json": async () => ok(openApiDocument()),
};

export const handler = contextHandler("platform", platformHandlers);
