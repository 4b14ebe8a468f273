import type { ActorCtx, Ctx } from "./platform/context";
import type { PageRequest } from "./platform/pagination";
import {
  createHousehold,
  getHousehold,
  householdInArea,
  householdVersions,
  listHouseholds,
  updateHousehold,
} from "./monitoring/households/households";
import type { CreateHousehold, HouseholdsQuery, UpdateHousehold } from "./monitoring/households/schemas";
import type { CountySettingsInput } from "./monitoring/settings/schemas";
import { getCountySettings, putCountySettings } from "./monitoring/settings/settings";
import type { DepartmentBatchInput } from "./monitoring/leads/department-batch";
import { createLead, dismissLead, getLead, importDepartmentBatch, listLeads } from "./monitoring/leads/leads";
import type { CreateLead, LeadsQuery } from "./monitoring/leads/schemas";
import { measureFlags } from "./monitoring/measures/flags";
import { endMeasure, listMeasures, recordMeasure } from "./monitoring/measures/measures";
import type { CreateMeasure, EndMeasure, FlagsQuery } from "./monitoring/measures/schemas";
import { monitoringReport, monitoringReportRows } from "./monitoring/reports/reports";
import type { MonitoringReportQuery } from "./monitoring/reports/schemas";

import * as assessments from "./monitoring/assessments/assessments";
import type * as assessment from "./monitoring/assessments/schemas";
import { fileObjection, listPublicNotices } from "./monitoring/notices/notices";
import type { FileObjection, PublicNoticesQuery } from "./monitoring/notices/schemas";
export * from "./monitoring/households/schemas";
export * from "./monitoring/assessments/schemas";
export * from "./monitoring/notices/schemas";
export { STEP_ROLES } from "./monitoring/assessments/workflow";
export * from "./monitoring/settings/schemas";
export * from "./monitoring/leads/schemas";
export { DepartmentBatchInput, MAX_BATCH_ROWS } from "./monitoring/leads/department-batch";
export * from "./monitoring/measures/schemas";
export * from "./monitoring/reports/schemas";
/** The check character of a resident id (households are registered by it). */
export { residentIdCheckChar } from "./identity/resident-id";

/**
 * The monitoring context's public module (防止返贫监测和帮扶): the household registry, and how
 * households at risk are found, confirmed, helped and let out again. Every function acts for a
 * staff member within their area: a record outside it is answered as one that does not exist.
 */
export const Monitoring = {
  /** Registers a household; resident ids are kept only as keyed hashes and masked. */
  registerHousehold: (input: CreateHousehold, ctx: ActorCtx) => createHousehold(input, ctx.actor, ctx.store, ctx.clock),
  getHousehold: (householdId: string, ctx: ActorCtx) => getHousehold(householdId, ctx.actor, ctx.store),
  listHouseholds: (query: HouseholdsQuery, ctx: ActorCtx) => listHouseholds(query, ctx.actor, ctx.store),
  /** A new version of the registry record, with its reason. */
  updateHousehold: (input: { householdId: string; change: UpdateHousehold }, ctx: ActorCtx) =>
    updateHousehold(input.householdId, input.change, ctx.actor, ctx.store, ctx.clock),
  householdVersions: ({ householdId, ...page }: { householdId: string } & PageRequest, ctx: ActorCtx) =>
    householdVersions(householdId, page, ctx.actor, ctx.store),
  /** For other contexts acting on a household (claims): the record, if inside the actor's area. */
  householdInArea: (input: { householdId: string; mode: "read" | "act" }, ctx: ActorCtx) =>
    householdInArea(input.householdId, ctx.actor, input.mode, ctx.store),

  /** The county's monitoring rules (defaults until it sets its own). */
  getCountySettings: (county: string, ctx: ActorCtx) => getCountySettings(county, ctx.actor, ctx.store),
  putCountySettings: (input: { county: string; settings: CountySettingsInput }, ctx: ActorCtx) =>
    putCountySettings(input.county, input.settings, ctx.actor, ctx.store, ctx.clock),

  /** Records a lead by hand (a household's report, a cadre's visit, one department record) for a household of the area. */
  createLead: (input: { lead: CreateLead; idempotencyKey?: string | undefined }, ctx: ActorCtx) =>
    createLead(input.lead, ctx.actor, ctx.store, ctx.clock, input.idempotencyKey),
  /** The inbox: a county's or township's leads by due date (unresolved by default; overdue ones on request). */
  listLeads: (query: LeadsQuery, ctx: ActorCtx) => listLeads(query, ctx.actor, ctx.store, ctx.clock),
  getLead: (leadId: string, ctx: ActorCtx) => getLead(leadId, ctx.actor, ctx.store, ctx.clock),
  /** Dismisses an open lead with the reason. */
  dismissLead: (input: { leadId: string; reason: string }, ctx: ActorCtx) =>
    dismissLead(input.leadId, input.reason, ctx.actor, ctx.store, ctx.clock),
  /** Imports a department's batch: rows matched by resident-id hash, a lead per household over the county's rules. */
  importDepartmentBatch: (input: { batch: DepartmentBatchInput; idempotencyKey?: string | undefined }, ctx: ActorCtx) =>
    importDepartmentBatch(input.batch, ctx.actor, ctx.store, ctx.clock, input.idempotencyKey),

  /** Records a support measure (帮扶措施) for a household being identified or monitored. */
  recordMeasure: (input: { householdId: string; measure: CreateMeasure }, ctx: ActorCtx) =>
    recordMeasure(input.householdId, input.measure, ctx.actor, ctx.store, ctx.clock),
  listMeasures: ({ householdId, ...page }: { householdId: string } & PageRequest, ctx: ActorCtx) =>
    listMeasures(householdId, page, ctx.actor, ctx.store),
  /** Ends a measure in effect, with its last day and the reason. */
  endMeasure: (input: { householdId: string; measureId: string; end: EndMeasure }, ctx: ActorCtx) =>
    endMeasure({ householdId: input.householdId, measureId: input.measureId }, input.end, ctx.actor, ctx.store, ctx.clock),
  /** Monitored households with no measure in effect past the county's deadline after confirmation. */
  measureFlags: (query: FlagsQuery, ctx: ActorCtx) => measureFlags(query, ctx.actor, ctx.store, ctx.clock),

  /** The county's (or a township's) monitoring figures, from its totals item. */
  report: (query: MonitoringReportQuery, ctx: ActorCtx) => monitoringReport(query, ctx.actor, ctx.store, ctx.clock),
  /** The report as CSV rows, amounts in yuan, Chinese headers. */
  reportRows: monitoringReportRows,

  /** Opens an identification (from an open lead) or a risk removal (of a monitored household). */
  openAssessment: (input: assessment.OpenAssessment, ctx: ActorCtx) => assessments.openAssessment(input, ctx.actor, ctx.store, ctx.clock),
  /** One assessment with its timeline, objections and the next steps the viewer may take. */
  getAssessment: (assessmentId: string, ctx: ActorCtx) => assessments.getAssessment(assessmentId, ctx.actor, ctx.store, ctx.clock),
  listAssessments: (query: assessment.AssessmentsQuery, ctx: ActorCtx) => assessments.listAssessments(query, ctx.actor, ctx.store),
  recordVisit: (input: { assessmentId: string; visit: assessment.RecordVisit }, ctx: ActorCtx) =>
    assessments.recordVisit(input.assessmentId, input.visit, ctx.actor, ctx.store, ctx.clock),
  recordVillageReview: (input: { assessmentId: string; review: assessment.RecordVillageReview }, ctx: ActorCtx) =>
    assessments.recordVillageReview(input.assessmentId, input.review, ctx.actor, ctx.store, ctx.clock),
  recordNotice: (input: { assessmentId: string; notice: assessment.RecordNotice }, ctx: ActorCtx) =>
    assessments.recordNotice(input.assessmentId, input.notice, ctx.actor, ctx.store, ctx.clock),
  recordTownshipReview: (input: { assessmentId: string; review: assessment.RecordTownshipReview }, ctx: ActorCtx) =>
    assessments.recordTownshipReview(input.assessmentId, input.review, ctx.actor, ctx.store, ctx.clock),
  recordCountyDecision: (input: { assessmentId: string; decision: assessment.RecordCountyDecision }, ctx: ActorCtx) =>
    assessments.recordCountyDecision(input.assessmentId, input.decision, ctx.actor, ctx.store, ctx.clock),
  withdrawAssessment: (input: { assessmentId: string; withdrawal: assessment.WithdrawAssessment }, ctx: ActorCtx) =>
    assessments.withdrawAssessment(input.assessmentId, input.withdrawal, ctx.actor, ctx.store, ctx.clock),
  /** An objection heard in the village during the notice, recorded by staff. */
  recordObjection: (input: { assessmentId: string; objection: assessment.RecordObjection }, ctx: ActorCtx) =>
    assessments.recordObjection(input.assessmentId, input.objection, ctx.actor, ctx.store, ctx.clock),
  /** The township's finding on an objection. */
  recordObjectionFinding: (
    input: { assessmentId: string; objectionId: string; finding: assessment.RecordObjectionFinding },
    ctx: ActorCtx,
  ) => assessments.recordObjectionFinding(input, ctx.actor, ctx.store, ctx.clock),

  /** The public notice board of a county (no actor: anyone may read it). */
  publicNotices: (query: PublicNoticesQuery, ctx: Ctx = {}) => listPublicNotices(query, ctx.store, ctx.clock),
  /** An objection filed on the public board while the notice is up. */
  fileObjection: (input: { noticeId: string; objection: FileObjection; sourceAddress: string }, ctx: Ctx = {}) =>
    fileObjection(input, ctx.store, ctx.clock),
};
