import { z } from "zod";
import { HOUSEHOLD_CATEGORIES } from "../monitoring/households/schemas";
import { fen, positiveFen, bps } from "../platform/money";
import { pageQuery } from "../platform/pagination";
import { calendarDate, id, note, text } from "../platform/schema";
import { validateRule } from "./payout";

/** Claim causes (DOMAIN.md §4); counties may add more later, as data here. */
export const CAUSES = ["illness", "education", "disaster", "accident"] as const;
export type Cause = (typeof CAUSES)[number];
export const CAUSE_LABELS: Record<Cause, string> = { illness: "因病", education: "因学", disaster: "因灾", accident: "因意外" };

export const SCHEME_KINDS = ["insurance", "relief"] as const;
export const SCHEME_KIND_LABELS = { insurance: "防贫保险", relief: "防贫救助" } as const;

export const CLAIM_STATUSES = ["submitted", "reviewed", "approved", "rejected", "paid"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

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

export const CauseRule = z
  .strictObject({
    deductibleFen: fen(),
    tiers: z.array(Tier).min(1).max(20),
    perClaimCapFen: nullableFen(),
    perHouseholdYearCapFen: nullableFen().describe(
      "per household per scheme per coverage year (the scheme's year, which every covered incident falls in)",
    ),
  })
  .superRefine((rule, ctx) => {
    for (const problem of validateRule(rule)) ctx.addIssue({ code: "custom", message: problem, path: problemPath(problem) });
  });

export const PutScheme = z.strictObject({
  kind: z.enum(SCHEME_KINDS).describe("insurance 防贫保险, relief 防贫救助"),
  name: text(100),
  county: text(30).describe("县/区 the scheme covers, e.g. 江口县"),
  year: z.number().int().min(2000).max(2100).describe("the coverage year: claims are for incidents from its 1 January to its 31 December"),
  incomeLineFen: positiveFen().describe("防贫线: per-person yearly income must be below it"),
  eligibleCategories: z
    .array(z.enum(HOUSEHOLD_CATEGORIES))
    .min(1)
    .max(HOUSEHOLD_CATEGORIES.length)
    .refine((a) => new Set(a).size === a.length, { error: "must not repeat a category", params: { issue: "repeated" } }),
  rules: z
    .partialRecord(z.enum(CAUSES), CauseRule)
    .refine((r) => Object.keys(r).length > 0, { error: "must contain a rule for at least one cause" })
    .describe("one rule per cause: illness 因病, education 因学, disaster 因灾, accident 因意外"),
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

export const CreateClaim = z.strictObject({
  householdId: id(),
  schemeId: id(),
  cause: z.enum(CAUSES),
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
  documents: z.array(Document).max(50),
  note: note(1000).optional(),
});
export type CreateClaim = z.infer<typeof CreateClaim>;

export const ClaimIdParams = z.strictObject({ claimId: id() });
export const ClaimsQuery = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  schemeId: id().optional(),
  county: text(30).optional().describe("required for province and city staff without a schemeId; county and township staff list their own"),
  ...pageQuery,
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

export const ReviewClaim = z.strictObject({ decision: z.enum(["pass", "reject"]), note: note(1000) });
export const RejectClaim = z.strictObject({ reason: note(1000) });
export const DisburseClaim = z.strictObject({ reference: text(100).describe("bank transfer or voucher reference") });
export const ClaimsReportQuery = z.strictObject({ schemeId: id() });

// Response shapes, for the OpenAPI document.
const Rule = z.object({
  deductibleFen: fen(),
  tiers: z.array(z.object({ upToFen: fen().nullable(), ratioBps: bps() })),
  perClaimCapFen: fen().nullable(),
  perHouseholdYearCapFen: fen().nullable(),
});
export const Scheme = z.object({
  schemeId: z.string(),
  version: z.number().int(),
  currentVersion: z.number().int(),
  kind: z.enum(SCHEME_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  county: z.string(),
  year: z.number().int(),
  incomeLineFen: fen(),
  eligibleCategories: z.array(z.enum(HOUSEHOLD_CATEGORIES)),
  rules: z.partialRecord(z.enum(CAUSES), Rule),
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
/** A payout step by step (payout.ts explainPayout): what a person checks a payout against. */
export const PayoutBreakdown = z.object({
  selfPaidFen: fen().describe("total − reimbursed: the self-paid cost other policies left (合规自付)"),
  deductibleFen: fen().describe("the rule's deductible (起付线)"),
  eligibleFen: fen().describe("max(0, self-paid − deductible): the amount the bands split"),
  bands: z.array(
    z.object({
      fromFen: fen(),
      toFen: fen(),
      ratioBps: bps(),
      amountFen: fen().describe("the part of the eligible amount in this band"),
      paidFen: fen().describe("what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum)"),
    }),
  ),
  beyondTiersFen: fen().describe("the part of the eligible amount beyond a bounded last tier, which pays nothing"),
  uncappedFen: fen(),
  perClaimCapFen: fen().nullable(),
  perHouseholdYearCapFen: fen().nullable(),
  householdYearPaidFen: fen().describe("what the household had received from the scheme in the coverage year before this claim"),
  householdYearRemainingFen: fen().nullable().describe("what was left of the yearly cap before this claim; null without one"),
  capApplied: z.enum(["none", "per_claim", "household_year"]),
  payoutFen: fen(),
});
export type PayoutBreakdown = z.infer<typeof PayoutBreakdown>;

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
  cause: z.enum(CAUSES),
  causeLabel: z.string(),
  coveragePeriod: z.object({ from: z.string(), to: z.string() }),
  payoutFen: fen(),
  breakdown: PayoutBreakdown,
  poolBalanceFen: z.number().int().describe("the scheme's pool now"),
  poolCovers: z.boolean().describe("whether the pool holds the payout now (an approval needs it to)"),
});
export type PayoutPreview = z.infer<typeof PayoutPreview>;

export const ClaimEvent = z.object({
  actor: z.string(),
  action: z.string(),
  from: z.enum(CLAIM_STATUSES).nullable(),
  to: z.enum(CLAIM_STATUSES),
  time: z.string(),
  note: z.string().nullable(),
});
export type ClaimEvent = z.infer<typeof ClaimEvent>;
export const Claim = z.object({
  claimId: z.string(),
  householdId: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string().describe("the household's county: the claim lies in its staff's area"),
  township: z.string(),
  schemeId: z.string(),
  cause: z.enum(CAUSES),
  causeLabel: z.string(),
  incidentDate: z.string(),
  expenses: z.object({ totalFen: fen(), reimbursedFen: fen() }),
  household: ClaimHousehold.nullable().describe("the household as filed (null for claims filed before it was recorded)"),
  documents: z.array(z.object({ kind: z.string(), ref: z.string() })),
  note: z.string().nullable(),
  status: z.enum(CLAIM_STATUSES),
  payoutPreviewFen: fen(),
  previewSchemeVersion: z.number().int(),
  approvedPayoutFen: fen().nullable(),
  schemeVersion: z.number().int().nullable().describe("the scheme version the approval used"),
  capApplied: z.enum(["none", "per_claim", "household_year"]).nullable(),
  caps: z
    .object({
      perClaimCapFen: fen().nullable(),
      perHouseholdYearCapFen: fen().nullable(),
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
  disbursement: z.object({ reference: z.string(), by: z.string(), at: z.string() }).nullable(),
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
  byCause: z
    .object(Object.fromEntries(CAUSES.map((c) => [c, CauseFigures])) as Record<Cause, typeof CauseFigures>)
    .describe("per cause: claims filed (every status) and money approved"),
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
export const ClaimRecord = Claim.omit({ causeLabel: true, history: true }).extend({
  version: z.number().int().describe("bumped by every transition; transitions are conditioned on it"),
  // Absent from claims stored before these were recorded.
  household: ClaimHousehold.nullable().default(null),
  payoutBreakdown: PayoutBreakdown.nullable().default(null),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;
/** Audit event `seq` is written by the transition that makes the claim version `seq`. */
export const ClaimEventRecord = ClaimEvent.extend({ claimId: z.string(), seq: z.number().int() });
export type ClaimEventRecord = z.infer<typeof ClaimEventRecord>;

/** What a response shows: the claim without its version, the cause's label, and the history when read one by one. */
export function claimView({ version: _version, ...claim }: ClaimRecord, history?: ClaimEventRecord[]): Claim {
  return {
    ...claim,
    causeLabel: CAUSE_LABELS[claim.cause],
    ...(history ? { history: history.map(({ claimId: _claimId, seq: _seq, ...event }) => event) } : {}),
  };
}
