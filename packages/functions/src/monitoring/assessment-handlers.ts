import { Monitoring } from "@fupin/core/monitoring";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { assessmentRoutes } from "./assessment-routes";

export const assessmentHandlers: HandlersOf<typeof assessmentRoutes> = {
  "POST /assessments": async ({ body, actor }) => created(await Monitoring.openAssessment(body, { actor })),
  "GET /assessments": async ({ query, actor }) => ok(await Monitoring.listAssessments(query, { actor })),
  "GET /assessments/{assessmentId}": async ({ params, actor }) => ok(await Monitoring.getAssessment(params.assessmentId, { actor })),
  "POST /assessments/{assessmentId}/visit": async ({ params, body, actor }) =>
    ok(await Monitoring.recordVisit({ assessmentId: params.assessmentId, visit: body }, { actor })),
  "POST /assessments/{assessmentId}/village-review": async ({ params, body, actor }) =>
    ok(await Monitoring.recordVillageReview({ assessmentId: params.assessmentId, review: body }, { actor })),
  "POST /assessments/{assessmentId}/notice": async ({ params, body, actor }) =>
    ok(await Monitoring.recordNotice({ assessmentId: params.assessmentId, notice: body }, { actor })),
  "POST /assessments/{assessmentId}/township-review": async ({ params, body, actor }) =>
    ok(await Monitoring.recordTownshipReview({ assessmentId: params.assessmentId, review: body }, { actor })),
  "POST /assessments/{assessmentId}/county-decision": async ({ params, body, actor }) =>
    ok(await Monitoring.recordCountyDecision({ assessmentId: params.assessmentId, decision: body }, { actor })),
  "POST /assessments/{assessmentId}/withdraw": async ({ params, body, actor }) =>
    ok(await Monitoring.withdrawAssessment({ assessmentId: params.assessmentId, withdrawal: body }, { actor })),
  "POST /assessments/{assessmentId}/objections": async ({ params, body, actor }) =>
    created(await Monitoring.recordObjection({ assessmentId: params.assessmentId, objection: body }, { actor })),
  "POST /assessments/{assessmentId}/objections/{objectionId}/finding": async ({ params, body, actor }) =>
    ok(await Monitoring.recordObjectionFinding({ ...params, finding: body }, { actor })),
};
