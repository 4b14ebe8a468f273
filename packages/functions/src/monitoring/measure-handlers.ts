import { Monitoring } from "@fupin/core/monitoring";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { measureRoutes } from "./measure-routes";

export const measureHandlers: HandlersOf<typeof measureRoutes> = {
  "POST /households/{householdId}/measures": async ({ params, body, actor }) =>
    created(await Monitoring.recordMeasure({ householdId: params.householdId, measure: body }, { actor })),
  "GET /households/{householdId}/measures": async ({ params, query, actor }) =>
    ok(await Monitoring.listMeasures({ householdId: params.householdId, ...query }, { actor })),
  "POST /households/{householdId}/measures/{measureId}/end": async ({ params, body, actor }) =>
    ok(await Monitoring.endMeasure({ householdId: params.householdId, measureId: params.measureId, end: body }, { actor })),
  "GET /monitoring/flags": async ({ query, actor }) => ok(await Monitoring.measureFlags(query, { actor })),
};
