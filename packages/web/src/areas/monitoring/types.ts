import type { paths } from "../../api/schema";

/** The monitoring API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Body<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

export type Household = Json<paths["/households/{householdId}"]["get"]["responses"][200]>;
export type HouseholdCategory = Household["category"];
export type MonitoringStatus = Household["status"];
export type Member = Household["people"][number];
export type HouseholdVersion = Json<paths["/households/{householdId}/versions"]["get"]["responses"][200]>["items"][number];
export type CreateHousehold = Body<paths["/households"]["post"]>;
export type UpdateHousehold = Body<paths["/households/{householdId}"]["patch"]>;
export type MemberInput = Exclude<CreateHousehold["members"], number>[number];
export type HouseholdsQuery = NonNullable<paths["/households"]["get"]["parameters"]["query"]>;
export type CountySettings = Json<paths["/monitoring/settings/{county}"]["get"]["responses"][200]>;
export type CountySettingsInput = Body<paths["/monitoring/settings/{county}"]["put"]>;
export type EarlyWarningRule = CountySettings["earlyWarning"][number];

export const CATEGORIES = [
  "unstable_out_of_poverty",
  "marginal_at_risk",
  "sudden_hardship",
] as const satisfies readonly HouseholdCategory[];
export const STATUSES = ["registered", "identifying", "monitored", "removing", "removed"] as const satisfies readonly MonitoringStatus[];
export const RELATIONS = [
  "head",
  "spouse",
  "child",
  "child_in_law",
  "grandchild",
  "parent",
  "grandparent",
  "sibling",
  "other",
] as const satisfies readonly Member["relation"][];
export const AGE_BANDS = ["under_6", "6_to_15", "16_to_59", "60_plus"] as const satisfies readonly Member["ageBand"][];
export const HEALTH = ["healthy", "chronic_illness", "serious_illness", "long_term_illness"] as const satisfies readonly Member["health"][];
export const DISABILITY = ["none", "grade_1", "grade_2", "grade_3", "grade_4"] as const satisfies readonly Member["disability"][];
export const SCHOOL = [
  "not_applicable",
  "preschool",
  "compulsory",
  "high_school",
  "vocational",
  "higher_education",
  "out_of_school",
] as const satisfies readonly Member["schoolStatus"][];

export type Measure = Json<paths["/households/{householdId}/measures/{measureId}/end"]["post"]["responses"][200]>;
export type MeasureKind = Measure["kind"];
export type MeasurePeriod = Measure["period"];
export type CreateMeasure = Body<paths["/households/{householdId}/measures"]["post"]>;
export type MeasureFlag = Json<paths["/monitoring/flags"]["get"]["responses"][200]>["items"][number];
export type MonitoringReport = Json<paths["/reports/monitoring"]["get"]["responses"][200]>;

export const MEASURE_KINDS = [
  "industry",
  "employment",
  "public_welfare_post",
  "micro_credit",
  "dibao",
  "tekun",
  "medical_aid",
  "education_aid",
  "temporary_aid",
  "prevention_claim",
  "other",
] as const satisfies readonly MeasureKind[];
export const MEASURE_PERIODS = ["once", "monthly", "yearly"] as const satisfies readonly MeasurePeriod[];
/** Household statuses a measure may be recorded for (先行帮扶: help does not wait for the paperwork). */
export const MEASURABLE: readonly MonitoringStatus[] = ["identifying", "monitored", "removing"];

export type Lead = Json<paths["/risk-leads/{leadId}"]["get"]["responses"][200]>;
export type LeadStatus = Lead["status"];
export type LeadSource = Lead["source"];
export type CreateLead = Body<paths["/risk-leads"]["post"]>;
export type BatchInput = Body<paths["/department-batches"]["post"]>;
export type BatchSummary = Json<paths["/department-batches"]["post"]["responses"][201]>;
export type DepartmentSource = BatchInput["source"];
export type Assessment = Json<paths["/assessments/{assessmentId}"]["get"]["responses"][200]>;
export type AssessmentSummary = Json<paths["/assessments"]["get"]["responses"][200]>["items"][number];
export type AssessmentStatus = Assessment["status"];
export type AssessmentStep = Assessment["nextSteps"][number]["step"];
export type StepBlocker = NonNullable<Assessment["nextSteps"][number]["blockedBy"]>;
export type Objection = Assessment["objectionList"][number];
export type PublicNotice = Json<paths["/public/notices"]["get"]["responses"][200]>["items"][number];

export const LEAD_STATUSES = ["open", "assessing", "closed", "dismissed"] as const satisfies readonly LeadStatus[];
export const LEAD_SOURCES = [
  "self_report",
  "cadre_visit",
  "medical_insurance",
  "civil_affairs",
  "disabled_persons",
  "disaster",
  "income_monitoring",
] as const satisfies readonly LeadSource[];
export const DEPARTMENT_SOURCES = [
  "medical_insurance",
  "civil_affairs",
  "disabled_persons",
  "disaster",
  "income_monitoring",
] as const satisfies readonly DepartmentSource[];
export const ASSESSMENT_STATUSES = [
  "opened",
  "visited",
  "village_reviewed",
  "noticed",
  "township_reviewed",
  "confirmed",
  "rejected",
  "withdrawn",
] as const satisfies readonly AssessmentStatus[];
export const REMOVAL_GUARANTEES = [
  "foodAndClothing",
  "compulsoryEducation",
  "basicMedicalInsurance",
  "safeHousing",
  "safeDrinkingWater",
] as const;
