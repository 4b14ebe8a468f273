import { Monitoring } from "@fupin/core/monitoring";
import type { HandlersOf } from "../http/lambda";
import { json, ok } from "../http/response";
import type { leadRoutes } from "./lead-routes";

export const leadHandlers: HandlersOf<typeof leadRoutes> = {
  "POST /risk-leads": async ({ body, actor, idempotencyKey }) => {
    const { lead, replayed } = await Monitoring.createLead({ lead: body, idempotencyKey }, { actor });
    return json(replayed ? 200 : 201, lead);
  },
  "GET /risk-leads": async ({ query, actor }) => ok(await Monitoring.listLeads(query, { actor })),
  "GET /risk-leads/{leadId}": async ({ params, actor }) => ok(await Monitoring.getLead(params.leadId, { actor })),
  "POST /risk-leads/{leadId}/dismiss": async ({ params, body, actor }) =>
    ok(await Monitoring.dismissLead({ leadId: params.leadId, reason: body.reason }, { actor })),
  "POST /department-batches": async ({ body, actor, idempotencyKey }) => {
    const summary = await Monitoring.importDepartmentBatch({ batch: body, idempotencyKey }, { actor });
    return json(summary.replayed ? 200 : 201, summary);
  },
};
