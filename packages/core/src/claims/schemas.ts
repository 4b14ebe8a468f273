import { z } from "zod";
import { HOUSEHOLD_CATEGORIES, type HouseholdCategory } from "../monitoring/households/schemas";
import { fen, positiveFen, bps } from "../platform/money";
import { pageQuery } from "../platform/pagination";
import { chinaToday } from "../platform/clock";
import { calendarDate, id, note, text } from "../platform/schema";
import { BASES, validateRule } from "./payout";
import {
  CLAIM_STAGES,
  CLAIM_STATUSES,
  type ClaimStatus,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  INCOME_TESTS,
  type IncomeTest,
  KNOWN_CAUSE_LABELS,
  SCHEME_KINDS,
} from "./labels";

// The claims' enum values and their Chinese names are written once, in ./labels; the console takes them from there.
export * from "./labels";
export type Cause = string;

/** The label of a cause: the well-known one, else the id itself (a rule's own label wins where there is one). */
export const causeLabelOf = (cause: string, label?: string | null) =>
  label ?? (Object.hasOwn(KNOWN_CAUSE_LABELS, cause) ? KNOWN_CAUSE_LABELS[cause]! : cause);

/** A cause id: lower-case letters, digits and underscores, never a name an object already has ("constructor"). */
export const causeId = () =>
  z
    .string({ error: "must be a cause id" })
    .regex(/^[a-z][a-z0-9_]{1,31}$/, { error: "must be a cause id: lower-case letters, digits and _ (2 to 32), e.g. housing" })
    .refine((c) => !(c in Object.prototype), { error: "is a reserved name", params: { issue: "reserved" } });

/**
 * The steps a scheme's claims go through before the county's approval (DOMAIN.md §4): home visit,
 * village review, public notice, then the township's review. Insurance schemes often skip the
 * village steps and go from review straight to approval.
 */
export const ChainSteps = z
  .strictObject({
    homeVisit: z.boolean().default(true).describe("入户核查: at least two visitors and their findings"),
    villageReview: z.boolean().default(true).describe("村级评议"),
    publicNotice: z.boolean().default(true).describe("公示 for the county's minimum days, objections answered"),
  })
  .default({ homeVisit: true, villageReview: true, publicNotice: true });
export type ChainSteps = z.infer<typeof ChainSteps>;

/** sudden_hardship is judged after the expense by definition (Qinan); others on income alone unless a scheme says otherwise. */
export const DEFAULT_INCOME_TESTS: Readonly<Partial<Record<HouseholdCategory, IncomeTest>>> = { sudden_hardship: "after_expense" };

const nullableFen = () => fen().nullable();

const Tier = z.strictObject({
  upToFen: nullableFen().describe("upper end of the band in x (the amount above the deductible); null for the last"),
  ratioBps: bps(),
});

/** validateRule's problems start with the path they are about, e.g. "tiers[1].upToFen must be …". */
function problemPath(problem: string): (string | number)[] {
  const head = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?)\s/.exec(problem)?.[1];
  if (!head) return [];
  return head
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const categoryFen = () =>
  z
    .partialRecord(z.enum(HOUSEHOLD_CATEGORIES), fen())
    .default({})
    .describe("by household category: unstable_out_of_poverty, marginal_at_risk, sudden_hardship");

export const CauseRule = z
  .strictObject({
    label: text(20).optional().describe("the cause as people call it (因住房); required for a cause that is not well known"),
    basis: z
      .enum(BASES)
      .default("per_claim")
      .describe(
        "per_claim: each claim's self-paid cost; household_year / person_year: the burden accumulated over the coverage year, each claim paid the increment",
      ),
    entryThresholdFen: nullableFen()
      .default(null)
      .describe("the burden must reach it for anything to be paid (an entry threshold, not a deductible); null: none"),
    entryThresholdByCategoryFen: categoryFen().describe("thresholds for particular categories, in place of entryThresholdFen (Handan)"),
    deductibleFen: fen().describe("taken from the burden before the bands (免赔额)"),
    tiers: z.array(Tier).min(1).max(20),
    perClaimCapFen: nullableFen().describe("per claim; only on the per_claim basis"),
    perPersonYearCapFen: nullableFen()
      .default(null)
      .describe("per person per coverage year across the scheme's causes; claims must then name the member"),
    perHouseholdYearCapFen: nullableFen().describe("per household per coverage year across the scheme's causes"),
    requiredDocuments: z
      .array(z.enum(DOCUMENT_KINDS))
      .max(DOCUMENT_KINDS.length)
      .default([])
      .refine((a) => new Set(a).size === a.length, { error: "must not repeat a kind", params: { issue: "repeated" } })
      .describe("the document kinds a claim must carry before it can be reviewed (else 422 DOCUMENTS_MISSING)"),
  })
  .superRefine((rule, ctx) => {
    for (const problem of validateRule(rule)) ctx.addIssue({ code: "custom", message: problem, path: problemPath(problem) });
  });
export type CauseRule = z.infer<typeof CauseRule>;

/** Whether a claim under this rule must name the member it is for. */
export const needsMember = (rule: Pick<CauseRule, "basis" | "perPersonYearCapFen">) =>
  rule.basis === "person_year" || rule.perPersonYearCapFen !== null;

const coveragePeriodInput = z.strictObject({ from: calendarDate(), to: calendarDate() }).refine((p) => p.from <= p.to, {
  error: "must not end before it starts",
  path: ["to"],
  params: { issue: "before_other", other: "from" },
});

export const PutScheme = z
  .strictObject({
    kind: z.enum(SCHEME_KINDS).describe("insurance 防贫保险, relief 防贫救助"),
    name: text(100),
    county: text(30).describe("县/区 the scheme covers, e.g. 江口县"),
    year: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .describe("the coverage year: yearly caps and burdens count in it; the coverage period starts in it"),
    coveragePeriod: coveragePeriodInput
      .optional()
      .describe("first and last covered day (保险期间), at most a year; by default the calendar year"),
    incomeLineFen: positiveFen().describe("防贫线: per-person yearly income must be below it"),
    incomeTest: z
      .partialRecord(z.enum(HOUSEHOLD_CATEGORIES), z.enum(INCOME_TESTS))
      .default({})
      .describe(
        "by category: before_expense (income alone) or after_expense (income less the burden); sudden_hardship defaults to after_expense",
      ),
    eligibleCategories: z
      .array(z.enum(HOUSEHOLD_CATEGORIES))
      .min(1)
      .max(HOUSEHOLD_CATEGORIES.length)
      .refine((a) => new Set(a).size === a.length, { error: "must not repeat a category", params: { issue: "repeated" } }),
    chain: ChainSteps.describe("which steps before the township's review the scheme's claims take"),
    rules: z
      .record(causeId(), CauseRule)
      .refine((r) => Object.keys(r).length > 0, { error: "must contain a rule for at least one cause" })
      .refine((r) => Object.keys(r).length <= 20, { error: "must contain at most 20 causes" })
      .describe(
        "one rule per cause id: illness 因病, education 因学, disaster 因灾, accident 因意外, housing 因住房, or a county's own with a label",
      ),
  })
  .superRefine((scheme, ctx) => {
    for (const [cause, rule] of Object.entries(scheme.rules)) {
      if (!rule.label && !Object.hasOwn(KNOWN_CAUSE_LABELS, cause)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", cause, "label"],
          message: "is required for a cause that is not well known",
          params: { issue: "required" },
        });
      }
    }
    const period = scheme.coveragePeriod;
    if (period) {
      // It starts in the scheme's year and lasts at most a year, so a year's caps cover one period.
      const yearLater = `${scheme.year + 1}${period.from.slice(4)}`;
      if (!period.from.startsWith(`${scheme.year}-`)) {
        ctx.addIssue({ code: "custom", path: ["coveragePeriod", "from"], message: `must be in ${scheme.year}, the scheme's year` });
      } else if (period.to >= yearLater) {
        ctx.addIssue({
          code: "custom",
          path: ["coveragePeriod", "to"],
          message: `must be before ${yearLater}: a period lasts at most a year`,
        });
      }
    }
  });
export type PutScheme = z.infer<typeof PutScheme>;

export const SchemeIdParams = z.strictObject({ schemeId: id() });
export const SchemeQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(1_000_000).optional().describe("an earlier version; the current one by default"),
});

export const SchemesQuery = z.strictObject({
  county: text(30).optional().describe("only the schemes of this 县/区"),
  ...pageQuery,
});
export type SchemesQuery = z.infer<typeof SchemesQuery>;
export const TopUpsQuery = z.strictObject({ ...pageQuery });

export const TopUp = z.strictObject({
  amountFen: positiveFen(),
  source: text(100).describe("e.g. 县财政, 社会捐赠, 保费"),
  note: note(500).optional(),
});
export type TopUp = z.infer<typeof TopUp>;

export const Document = z.strictObject({
  kind: text(50).describe("e.g. 住院发票, 费用清单, 入户核查表"),
  ref: text(300).describe("where the document is kept (file key, archive number)"),
});

/**
 * An invoice number as issued, compared without spaces, dashes and case: a number typed as
 * "No. 3700-1234 5678" and as "37001234 5678" is the same invoice.
 */
export const invoiceKey = (n: string) =>
  n
    .normalize("NFKC")
    .toUpperCase()
    .replace(/^NO\.?/, "")
    .replace(/[\s\-_.·]/g, "");

export const Invoice = z.strictObject({
  number: text(60)
    .refine((n) => invoiceKey(n).length >= 4, { error: "must be an invoice number", params: { issue: "invoice_number" } })
    .describe("票据号码 (with the 票据代码 when it has one)"),
  issuer: text(100).describe("开票单位, e.g. 夏津县人民医院"),
  date: calendarDate().describe("开票日期"),
  amountFen: positiveFen().describe("票面金额"),
});
export type Invoice = z.infer<typeof Invoice>;

export const CreateClaim = z
  .strictObject({
    householdId: id(),
    schemeId: id(),
    memberId: id().optional().describe("the member the claim is for (from the household's registry); required by per-person rules"),
    cause: causeId().describe("one of the scheme's causes"),
    incidentDate: calendarDate(),
    expenses: z
      .strictObject({
        totalFen: fen().describe("compliant cost (合规费用)"),
        reimbursedFen: fen().describe("paid already by other policies (basic and serious-illness insurance, assistance, charity)"),
      })
      .refine((e) => e.reimbursedFen <= e.totalFen, {
        error: "must not exceed totalFen",
        path: ["reimbursedFen"],
        params: { issue: "exceeds_other", other: "totalFen" },
      }),
    invoices: z
      .array(Invoice)
      .max(50)
      .default([])
      .describe("the invoices the expenses rest on; a number already claimed is a possible duplicate"),
    documents: z.array(Document).max(50),
    note: note(1000).optional(),
    duplicateExplanation: note(500)
      .optional()
      .describe("why a possible duplicate is not one: files it flagged, for the reviewer to override or reject"),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.invoices.forEach((inv, i) => {
      const key = invoiceKey(inv.number);
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["invoices", i, "number"], message: "is listed twice", params: { issue: "repeated" } });
      seen.add(key);
    });
    const invoiced = c.invoices.reduce((sum, inv) => sum + inv.amountFen, 0);
    if (c.invoices.length > 0 && c.expenses.totalFen > invoiced) {
      ctx.addIssue({
        code: "custom",
        path: ["expenses", "totalFen"],
        message: `must not exceed the invoices' total of ${invoiced} fen`,
        params: { issue: "exceeds_other", other: "invoices" },
      });
    }
  });
export type CreateClaim = z.infer<typeof CreateClaim>;

export const ClaimIdParams = z.strictObject({ claimId: id() });
export const ClaimsQuery = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  overdue: z
    .enum(["true", "false"])
    .optional()
    .describe("true: only open claims past their working-day deadline, the longest overdue first (of the caller's county, or ?county=)"),
  schemeId: id().optional(),
  county: text(30).optional().describe("required for province and city staff without a schemeId; county and township staff list their own"),
  ...pageQuery,
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

export const ReviewClaim = z.strictObject({
  decision: z.enum(["pass", "reject"]),
  note: note(1000),
  duplicateOverride: z
    .strictObject({ reason: note(500) })
    .optional()
    .describe("passing a claim flagged as a possible duplicate needs the reviewer's reason (else 409 POSSIBLE_DUPLICATE)"),
});
export const RejectClaim = z.strictObject({ reason: note(1000) });

export const HomeVisit = z.strictObject({
  visitors: z
    .array(text(50))
    .min(2, { error: "must name at least two visitors: a home visit is made by two people" })
    .max(10)
    .refine((a) => new Set(a).size === a.length, { error: "must not name a visitor twice", params: { issue: "repeated" } })
    .describe("the people who made the visit (入户核查人员), at least two"),
  visitedOn: calendarDate().describe("the day of the visit"),
  findings: note(2000).describe("what the visit found: living conditions, assets, the expense confirmed"),
});
export type HomeVisit = z.infer<typeof HomeVisit>;
export const VillageReview = z.strictObject({
  decision: z.enum(["pass", "reject"]),
  note: note(1000).describe("the 评议 record: who attended, the outcome"),
});
export const StartNotice = z.strictObject({
  startsOn: calendarDate().optional().describe("the first day of the 公示 (today by default; not in the past)"),
});
export const RecordObjection = z.strictObject({
  summary: note(1000).describe("what was objected (names of objectors stay off the record)"),
  receivedOn: calendarDate(),
});
export const ResolveObjection = z.strictObject({
  upheld: z.boolean().describe("true: the objection holds, and the claim can only be rejected"),
  finding: note(1000),
});
export const ObjectionParams = z.strictObject({ claimId: id(), objectionId: id() });
export const ClaimsReportQuery = z.strictObject({ schemeId: id() });

// Response shapes, for the OpenAPI document.
const categoryRecord = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(HOUSEHOLD_CATEGORIES), value);
const Rule = z.object({
  label: z.string().describe("the cause as people call it"),
  basis: z.enum(BASES),
  entryThresholdFen: fen().nullable(),
  entryThresholdByCategoryFen: categoryRecord(fen()),
  deductibleFen: fen(),
  tiers: z.array(z.object({ upToFen: fen().nullable(), ratioBps: bps() })),
  perClaimCapFen: fen().nullable(),
  perPersonYearCapFen: fen().nullable(),
  perHouseholdYearCapFen: fen().nullable(),
  requiredDocuments: z.array(z.enum(DOCUMENT_KINDS)),
});
export const CoveragePeriod = z.object({ from: z.string(), to: z.string() }).describe("first and last covered day, inclusive");
export const Scheme = z.object({
  schemeId: z.string(),
  version: z.number().int(),
  currentVersion: z.number().int(),
  kind: z.enum(SCHEME_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  county: z.string(),
  year: z.number().int(),
  coveragePeriod: CoveragePeriod,
  incomeLineFen: fen(),
  incomeTest: categoryRecord(z.enum(INCOME_TESTS)).describe("as set; sudden_hardship is after_expense unless set"),
  eligibleCategories: z.array(z.enum(HOUSEHOLD_CATEGORIES)),
  chain: z.object({ homeVisit: z.boolean(), villageReview: z.boolean(), publicNotice: z.boolean() }),
  rules: z.record(z.string(), Rule),
  poolBalanceFen: z.number().int(),
  paidFen: fen(),
  toppedUpFen: fen(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Scheme = z.infer<typeof Scheme>;
export const TopUpRecord = z.object({
  topUpId: z.string(),
  schemeId: z.string(),
  amountFen: fen(),
  source: z.string(),
  note: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  poolBalanceFen: z.number().int(),
});
export type TopUpRecord = z.infer<typeof TopUpRecord>;
export const CAP_KINDS = ["none", "per_claim", "person_year", "household_year"] as const;

/** A payout step by step (payout.ts explainPayout): what a person checks a payout against. */
export const PayoutBreakdown = z.object({
  basis: z.enum(BASES).describe("per_claim, or the household's or person's burden over the coverage year"),
  selfPaidFen: fen().describe("this claim's total − reimbursed: the self-paid cost other policies left (合规自付)"),
  burdenBeforeFen: fen().describe("the basis's burden from earlier approved claims in the year (0 per claim)"),
  burdenFen: fen().describe("what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis"),
  entryThresholdFen: fen().nullable().describe("the entry threshold for the household's category; null without one"),
  meetsThreshold: z.boolean(),
  deductibleFen: fen().describe("the rule's deductible (免赔额)"),
  eligibleFen: fen().describe("max(0, burden − deductible) once the threshold is met: the amount the bands split"),
  bands: z.array(
    z.object({
      fromFen: fen(),
      toFen: fen(),
      ratioBps: bps(),
      amountFen: fen().describe("the part of the eligible amount in this band"),
      paidFen: fen().describe("what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum)"),
    }),
  ),
  beyondTiersFen: fen().describe("the part of the eligible amount beyond a bounded last tier, which pays nothing"),
  entitledFen: fen().describe("what the whole burden is worth under the rule"),
  paidBeforeFen: fen().describe("what the basis was paid by earlier claims in the year (0 per claim)"),
  uncappedFen: fen().describe("entitled − paid before: this claim's amount before the caps"),
  perClaimCapFen: fen().nullable(),
  perPersonYearCapFen: fen().nullable(),
  personYearPaidFen: fen().describe("what the member had received from the scheme in the coverage year before this claim"),
  personYearRemainingFen: fen().nullable().describe("what was left of the person's yearly cap before this claim; null without one"),
  perHouseholdYearCapFen: fen().nullable(),
  householdYearPaidFen: fen().describe("what the household had received from the scheme in the coverage year before this claim"),
  householdYearRemainingFen: fen().nullable().describe("what was left of the household's yearly cap before this claim; null without one"),
  capApplied: z.enum(CAP_KINDS),
  payoutFen: fen(),
});
export type PayoutBreakdown = z.infer<typeof PayoutBreakdown>;

/** A claim that may be the same as another: an invoice already claimed, or the same household, cause and incident within 30 days. */
export const DuplicateMatch = z.object({
  claimId: z.string(),
  reason: z.enum(["invoice_reused", "same_incident"]),
  invoiceNumber: z.string().nullable(),
  cause: z.string(),
  incidentDate: z.string(),
  status: z.enum(CLAIM_STATUSES),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;
export const DUPLICATE_WINDOW_DAYS = 30;

/** The household as it was when the claim was filed, so lists can name it without reading it. */
export const ClaimHousehold = z.object({
  headName: z.string(),
  villageId: z.string(),
  county: z.string(),
  category: z.enum(HOUSEHOLD_CATEGORIES),
  members: z.number().int(),
});
export type ClaimHousehold = z.infer<typeof ClaimHousehold>;

/** What POST /claims would file and what its approval would pay now: the scheme's current version, the household's usage so far. */
export const PayoutPreview = z.object({
  schemeId: z.string(),
  schemeVersion: z.number().int().describe("the scheme version the preview used (an approval uses the version current then)"),
  householdId: z.string(),
  memberId: z.string().nullable(),
  cause: z.string(),
  causeLabel: z.string(),
  coveragePeriod: CoveragePeriod,
  payoutFen: fen(),
  breakdown: PayoutBreakdown,
  possibleDuplicates: z
    .array(DuplicateMatch)
    .describe("claims this one may repeat: submitting it answers 409 POSSIBLE_DUPLICATE unless explained"),
  poolBalanceFen: z.number().int().describe("the scheme's pool now"),
  poolCovers: z.boolean().describe("whether the pool holds the payout now (an approval needs it to)"),
});
export type PayoutPreview = z.infer<typeof PayoutPreview>;
/**
 * What approving a filed, open claim would pay now (GET /claims/{claimId}/preview): the approval's
 * own computation over the claim as filed and the usage as it stands now. No duplicate check: the
 * claim's own flag (possibleDuplicate) says what filing found.
 */
export const ClaimPayoutPreview = PayoutPreview.omit({ possibleDuplicates: true }).extend({
  claimId: z.string(),
  status: z.enum(["submitted", "reviewed"]).describe("only an open claim has a payout to preview"),
});
export type ClaimPayoutPreview = z.infer<typeof ClaimPayoutPreview>;

/** The document a document event (document_confirmed, document_viewed) is about, as stored: a response adds its label. */
const EventDocument = z.object({
  documentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string(),
  viewId: z.string().nullable().describe("the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null"),
});
export const ClaimEvent = z.object({
  actor: z.string(),
  action: z.string(),
  from: z.enum(CLAIM_STATUSES).nullable(),
  to: z.enum(CLAIM_STATUSES),
  time: z.string(),
  note: z.string().nullable(),
  document: EventDocument.extend({ kindLabel: z.string().describe("发票, 诊断证明, …") })
    .optional()
    .describe("on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed"),
});
export type ClaimEvent = z.infer<typeof ClaimEvent>;
/**
 * An objection to a claim under notice: heard in the village and recorded by staff, or filed by
 * anyone on the public board (its contact shown to staff masked, kept sealed in the record).
 */
export const ClaimObjection = z.object({
  objectionId: z.string(),
  channel: z.enum(["village", "public"]).default("village").describe("recorded by staff (village) or filed on the public board"),
  summary: z.string(),
  receivedOn: z.string(),
  recordedBy: z.string().describe("the staff member who recorded it; `public` for the board"),
  contactMasked: z.string().nullable().default(null).describe("the objector's contact, masked (kept encrypted)"),
  at: z.string(),
  resolution: z.object({ upheld: z.boolean(), finding: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const Claim = z.object({
  claimId: z.string(),
  householdId: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string().describe("the household's county: the claim lies in its staff's area"),
  township: z.string(),
  schemeId: z.string(),
  cause: z.string(),
  causeLabel: z.string(),
  incidentDate: z.string(),
  expenses: z.object({ totalFen: fen(), reimbursedFen: fen() }),
  household: ClaimHousehold.describe("the household as filed"),
  member: z
    .object({ memberId: z.string(), name: z.string(), relation: z.string() })
    .nullable()
    .describe("the member the claim is for, as filed; null for a claim for the household"),
  invoices: z.array(z.object({ number: z.string(), issuer: z.string(), date: z.string(), amountFen: fen() })),
  possibleDuplicate: z
    .object({
      matches: z.array(DuplicateMatch),
      explanation: z.string(),
      by: z.string(),
      at: z.string(),
      override: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
    })
    .nullable()
    .describe("filed although it may repeat another claim: why, and the reviewer's override once given"),
  documents: z.array(z.object({ kind: z.string(), ref: z.string() })),
  note: z.string().nullable(),
  status: z.enum(CLAIM_STATUSES),
  stage: z.enum(CLAIM_STAGES).describe("the step the claim waits for"),
  chain: z
    .object({ homeVisit: z.boolean(), villageReview: z.boolean(), publicNotice: z.boolean() })
    .describe("the steps of its scheme when filed"),
  dueOn: z.string().describe("the last day to pay it: the county's working-day deadline from filing"),
  overdue: z.boolean().describe("open past dueOn"),
  homeVisit: z
    .object({ visitors: z.array(z.string()), visitedOn: z.string(), findings: z.string(), by: z.string(), at: z.string() })
    .nullable(),
  villageReview: z.object({ decision: z.enum(["pass", "reject"]), note: z.string(), by: z.string(), at: z.string() }).nullable(),
  notice: z.object({ startsOn: z.string(), endsOn: z.string(), by: z.string(), at: z.string() }).nullable(),
  objections: z.array(ClaimObjection),
  actors: z.array(z.string()).describe("everyone who took a step: no one takes two (separation of duties)"),
  payoutPreviewFen: fen(),
  previewSchemeVersion: z.number().int(),
  approvedPayoutFen: fen().nullable(),
  schemeVersion: z.number().int().nullable().describe("the scheme version the approval used"),
  capApplied: z.enum(CAP_KINDS).nullable(),
  caps: z
    .object({
      perClaimCapFen: fen().nullable(),
      perPersonYearCapFen: fen().nullable(),
      perHouseholdYearCapFen: fen().nullable(),
      personYearPaidBeforeFen: fen(),
      householdYearPaidBeforeFen: fen(),
      uncappedFen: fen(),
    })
    .nullable(),
  payoutBreakdown: PayoutBreakdown.nullable().describe(
    "the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored)",
  ),
  submittedBy: z.string(),
  reviewedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  rejectedBy: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  // Payment batches (claims/payments): absent until a batch line succeeds or is returned. (A `disbursement`
  // an approver once recorded by hand is no longer read: parsing drops it, leaving the item as it is.)
  payment: z
    .object({ batchId: z.string(), bankReference: z.string().nullable(), at: z.string(), by: z.string() })
    .optional()
    .describe("the bank's confirmation of the payment: the batch line that succeeded"),
  paymentReturns: z
    .array(z.object({ batchId: z.string(), reason: z.string(), at: z.string(), by: z.string() }))
    .optional()
    .describe("payments the bank returned, oldest first, with its reason: the claim goes into a new batch"),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(ClaimEvent).optional(),
});
export type Claim = z.infer<typeof Claim>;
const CauseFigures = z.object({ claims: z.number().int(), paidFen: fen() });
export const ClaimsReport = z.object({
  schemeId: z.string(),
  name: z.string(),
  county: z.string(),
  year: z.number().int(),
  byStatus: z.object(Object.fromEntries(CLAIM_STATUSES.map((s) => [s, z.number().int()])) as Record<ClaimStatus, z.ZodNumber>),
  byCause: z.record(z.string(), CauseFigures).describe("per cause id of the scheme: claims filed (every status) and money approved"),
  householdsPaid: z.number().int(),
  peopleCovered: z.number().int(),
  paidFen: fen(),
  poolBalanceFen: z.number().int(),
  toppedUpFen: fen(),
});
export type ClaimsReport = z.infer<typeof ClaimsReport>;

// Stored records, derived from the responses: without what a response adds (labels, live figures,
// history), with what only storage keeps (a claim's version).

/** One immutable version of a scheme's rules: the scheme as shown, without the pool's live figures. */
export const SchemeVersion = Scheme.omit({ currentVersion: true, kindLabel: true, poolBalanceFen: true, paidFen: true, toppedUpFen: true });
export type SchemeVersion = z.infer<typeof SchemeVersion>;
/** A scheme's running figures, kept by every claim write and top-up in its own transaction: the report without the scheme's name. */
export const SchemeTotals = ClaimsReport.omit({ name: true, county: true, year: true });
export type SchemeTotals = z.infer<typeof SchemeTotals>;
/** A top-up as recorded: without the pool balance a response reports beside it. */
export const StoredTopUp = TopUpRecord.omit({ poolBalanceFen: true });
export type StoredTopUp = z.infer<typeof StoredTopUp>;
export const ClaimRecord = Claim.omit({ history: true, overdue: true }).extend({
  version: z.number().int().describe("bumped by every transition; transitions are conditioned on it"),
  objections: z.array(ClaimObjection.extend({ contactSealed: z.string().nullable().default(null) })),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;
/**
 * Audit event `seq` is written by the transition that makes the claim version `seq`; a document
 * event, which changes nothing on the claim, carries the `seq` of the version it saw.
 */
export const ClaimEventRecord = ClaimEvent.extend({ claimId: z.string(), seq: z.number().int(), document: EventDocument.optional() });
export type ClaimEventRecord = z.infer<typeof ClaimEventRecord>;

const eventView = ({ claimId: _claimId, seq: _seq, document, ...event }: ClaimEventRecord): ClaimEvent => ({
  ...event,
  ...(document ? { document: { ...document, kindLabel: DOCUMENT_KIND_LABELS[document.kind] } } : {}),
});

/** What a response shows: the claim without its version, and the history when read one by one. */
export function claimView({ version: _version, ...claim }: ClaimRecord, history?: ClaimEventRecord[], today = chinaToday()): Claim {
  return {
    ...claim,
    objections: claim.objections.map(({ contactSealed: _sealed, ...objection }) => objection),
    overdue: claim.stage !== "closed" && claim.dueOn < today,
    ...(history ? { history: history.map(eventView) } : {}),
  };
}
