import { Monitoring } from "@fupin/core/monitoring";
import { contextHandler, type HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { householdRoutes, settingsRoutes } from "./routes";
import { measureHandlers } from "./measure-handlers";
import { reportHandlers } from "./report-handlers";
import { assessmentHandlers } from "./assessment-handlers";
import { noticeHandlers } from "./notice-handlers";
import { leadHandlers } from "./lead-handlers";

export const householdHandlers: HandlersOf<typeof householdRoutes> = {
  "POST /households": async ({ body, actor }) => created(await Monitoring.registerHousehold(body, { actor })),
  "GET /households": async ({ query, actor }) => ok(await Monitoring.listHouseholds(query, { actor })),
  "GET /households/{householdId}": async ({ params, actor }) => ok(await Monitoring.getHousehold(params.householdId, { actor })),
  "PATCH /households/{householdId}": async ({ params, body, actor }) =>
    ok(await Monitoring.updateHousehold({ householdId: params.householdId, change: body }, { actor })),
  "GET /households/{householdId}/versions": async ({ params, query, actor }) =>
    ok(await Monitoring.householdVersions({ householdId: params.householdId, ...query }, { actor })),
};

export const settingsHandlers: HandlersOf<typeof settingsRoutes> = {
  "GET /monitoring/settings/{county}": async ({ params, actor }) => ok(await Monitoring.getCountySettings(params.county, { actor })),
  "PUT /monitoring/settings/{county}": async ({ params, body, actor }) =>
    ok(await Monitoring.putCountySettings({ county: params.county, settings: body }, { actor })),
};

export const handler = contextHandler("monitoring", {
  ...householdHandlers,
  ...settingsHandlers,
  ...measureHandlers,
  ...reportHandlers,
  ...assessmentHandlers,
  ...noticeHandlers,
  ...leadHandlers,
});
