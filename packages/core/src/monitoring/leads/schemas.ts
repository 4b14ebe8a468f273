import { householdPlace } from "../households/schemas";
import { z } from "zod";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { calendarDate, id, note, text } from "../../platform/schema";
import { LEAD_SOURCES } from "../settings/schemas";

/**
 * A risk lead (风险线索): a sign that a household may be returning to poverty, from its own report,
 * a cadre's visit or a department's data. It lands in the township's inbox and is open until an
 * identification takes it up (assessing), and closed when that ends, or dismissed with a reason.
 */
export const LEAD_STATUSES = ["open", "assessing", "closed", "dismissed"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  open: "待核实",
  assessing: "识别中",
  closed: "已办结",
  dismissed: "已排除",
};
/** Open and assessing leads still wait for a decision: they can become overdue. */
export const UNRESOLVED_LEAD_STATUSES = ["open", "assessing"] as const satisfies readonly LeadStatus[];
export const isUnresolved = (status: LeadStatus) => (UNRESOLVED_LEAD_STATUSES as readonly LeadStatus[]).includes(status);

/** How a lead ended: the identification confirmed the household, did not, or the lead was dismissed. */
export const LEAD_OUTCOMES = ["identified", "not_identified", "dismissed"] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];
export const LEAD_OUTCOME_LABELS: Record<LeadOutcome, string> = {
  identified: "已识别为监测对象",
  not_identified: "经识别未纳入",
  dismissed: "已排除",
};

/** The early-warning rules a figure can cross (the county's rules name them as `kind`). */
export const LEAD_RULES = ["medical_cost", "income_below_line", "department_flag"] as const;
export type LeadRule = (typeof LEAD_RULES)[number];

/** The departments that push batches of data (the other sources are people). */
export const DEPARTMENT_SOURCES = ["medical_insurance", "civil_affairs", "disabled_persons", "disaster", "income_monitoring"] as const;
export type DepartmentSource = (typeof DEPARTMENT_SOURCES)[number];
export const isDepartmentSource = (source: string): source is DepartmentSource =>
  (DEPARTMENT_SOURCES as readonly string[]).includes(source);

/** What the lead says, in figures where a department gave them. */
export const LeadFacts = z.object({
  medicalCostFen: fen()
    .nullable()
    .describe("annual out-of-pocket medical cost after basic insurance (a batch: summed over the household's people)"),
  perCapitaIncomeFen: fen().nullable(),
  year: z.number().int().nullable().describe("the year the figures are of"),
  kind: z.string().nullable().describe("the department's own kind of event, e.g. 新增低保, 临时救助, 一级残疾"),
  rule: z.enum(LEAD_RULES).nullable().describe("the early-warning rule the figures crossed, e.g. medical_cost"),
  thresholdFen: fen().nullable().describe("the threshold the figure crossed: above it for a cost, below it for an income"),
});
export type LeadFacts = z.infer<typeof LeadFacts>;

export const LeadResolution = z.object({
  outcome: z.enum(LEAD_OUTCOMES),
  at: z.string(),
  by: z.string(),
  note: z.string(),
  late: z.boolean().describe("resolved after its due date"),
});
export type LeadResolution = z.infer<typeof LeadResolution>;

export const LeadRecord = z.object({
  leadId: z.string(),
  ...householdPlace,
  source: z.enum(LEAD_SOURCES),
  description: z.string(),
  facts: LeadFacts,
  batchId: z.string().nullable().describe("the department batch that raised it"),
  batchRows: z.array(z.number().int()).describe("the rows of that batch about this household"),
  reportedOn: z.string().describe("the day the sign was seen: the visit, the household's report, the department's import"),
  status: z.enum(LEAD_STATUSES),
  dueOn: z.string().describe("the last day to resolve it (reportedOn + the county's lead deadline); overdue after"),
  assessmentId: z.string().nullable(),
  resolution: LeadResolution.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type LeadRecord = z.infer<typeof LeadRecord>;

/** A lead as the API shows it: with labels, and whether it is overdue today. */
export const Lead = LeadRecord.extend({
  sourceLabel: z.string(),
  statusLabel: z.string(),
  overdue: z.boolean().describe("unresolved (open or assessing) and its due date has passed (in China)"),
});
export type Lead = z.infer<typeof Lead>;

/** How far back a lead's reportedOn may lie: a cadre records a visit made days ago, never a future one. */
export const MAX_REPORTED_DAYS_AGO = 90;

const year = () => z.number({ error: "must be a year" }).int({ error: "must be a year" }).min(2000).max(2100);

export const CreateLead = z.strictObject({
  householdId: id().describe("a household registered in the caller's area"),
  source: z.enum(LEAD_SOURCES).describe("self_report 农户自主申报, cadre_visit 干部走访排查, or the department whose data it is"),
  description: note(1000).describe("what was seen or reported"),
  reportedOn: calendarDate()
    .optional()
    .describe(
      `the day of the visit or report (default today; not in the future, at most ${MAX_REPORTED_DAYS_AGO} days ago); the deadline runs from it`,
    ),
  year: year().optional().describe("the year the figures are of (a department's lead: default the year of reportedOn)"),
  medicalCostFen: fen().optional().describe("annual out-of-pocket medical cost after basic insurance, in fen"),
  perCapitaIncomeFen: fen().optional().describe("per-person income of the year, in fen"),
  kind: text(30).optional().describe("the department's kind of event, e.g. 新增低保"),
});
export type CreateLead = z.infer<typeof CreateLead>;

export const LeadIdParams = z.strictObject({ leadId: id() });

export const DismissLead = z.strictObject({
  reason: note(1000).describe("why the lead needs no identification (kept with the lead)"),
});
export type DismissLead = z.infer<typeof DismissLead>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const LeadsQuery = z
  .strictObject({
    county: text(30)
      .optional()
      .describe("required for province and city staff and national administrators; county and township staff list their own"),
    township: text(30).optional().describe("one township's inbox (township staff: always their own)"),
    status: z.enum(LEAD_STATUSES).optional().describe("default: the unresolved ones (open and assessing)"),
    overdue: flag.optional().describe("true: only unresolved leads past their due date"),
    source: z.enum(LEAD_SOURCES).optional(),
    householdId: id().optional().describe("one household's leads (all statuses unless status is given)"),
    ...pageQuery,
  })
  .superRefine((q, ctx) => {
    if (q.overdue && q.status && !isUnresolved(q.status))
      ctx.addIssue({
        code: "custom",
        path: ["overdue"],
        message: "only open and assessing leads can be overdue",
        params: { issue: "overdue_needs_unresolved" },
      });
  });
export type LeadsQuery = z.infer<typeof LeadsQuery>;

/** What a department batch import answers: counts, the rows it could not use (by number, never by id), and the leads raised. */
export const DepartmentBatchSummary = z.object({
  batchId: z.string().describe("named by the batch's content: the same batch imported again has the same id"),
  county: z.string(),
  source: z.enum(DEPARTMENT_SOURCES),
  importedAt: z.string().describe("when the batch was first imported"),
  rows: z.number().int().describe("data rows read, valid or not"),
  matched: z.number().int().describe("valid rows naming a person registered in a household of the county"),
  unmatched: z.number().int().describe("valid rows naming nobody registered in the county"),
  unmatchedRows: z.array(z.number().int()),
  invalid: z
    .array(
      z.object({
        row: z.number().int().describe("1 = the first data row"),
        line: z.number().int().optional().describe("the line in the CSV file (the header is line 1)"),
        field: z.string(),
        issue: z.string().describe("machine-readable, e.g. resident_id, not_an_amount, too_precise, duplicate"),
        problem: z.string(),
      }),
    )
    .describe("rows refused, by number and column; never with their resident id"),
  ignoredColumns: z.array(z.string()).describe("CSV columns not read (e.g. 姓名)"),
  households: z.number().int().describe("households (per year) the matched rows are about: a household's rows are taken together"),
  leadsRaised: z.number().int(),
  alreadyOpen: z.number().int().describe("households over a rule that already have an unresolved lead of this source and year"),
  belowThreshold: z.number().int().describe("households under every rule of the county"),
  leads: z.array(z.string()).describe("the leads this batch raised"),
  alreadyOpenLeads: z.array(z.string()).describe("the unresolved leads that kept it from raising another"),
  replayed: z.boolean().describe("this very batch was imported before: nothing new was raised"),
});
export type DepartmentBatchSummary = z.infer<typeof DepartmentBatchSummary>;
