import { z } from "zod";
import { bps, fen, positiveFen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { note, text } from "../../platform/schema";
import { SCHEME_KINDS } from "../schemas";

/**
 * A scheme's fund (DOMAIN.md §4, §6): a ledger per scheme and fund year of immutable entries, each
 * with the figures it rests on, written in the same transaction as the pool's balance moves.
 * Insurance schemes are bought with premiums (per-person premium × insured headcount), the insurer
 * keeps a service fee on payouts, and the year-end settlement squares the year (多退少补): the county
 * tops up a shortfall, a surplus is carried forward or returned to the treasury. Relief funds
 * (防贫救助) are raised from sources: the county budget, townships, donations, social assistance.
 */

export const FUND_SOURCE_KINDS = ["county_budget", "township", "donation", "social_assistance", "other"] as const;
export type FundSourceKind = (typeof FUND_SOURCE_KINDS)[number];
export const FUND_SOURCE_LABELS: Record<FundSourceKind, string> = {
  county_budget: "县财政",
  township: "乡镇",
  donation: "社会捐赠",
  social_assistance: "社会救助资金",
  other: "其他",
};

export const SURPLUS_POLICIES = ["carry_forward", "return_to_treasury"] as const;
export type SurplusPolicy = (typeof SURPLUS_POLICIES)[number];
export const SURPLUS_POLICY_LABELS: Record<SurplusPolicy, string> = { carry_forward: "结余结转下年", return_to_treasury: "结余退回财政" };

/**
 * What a ledger entry records. Signed amounts: what it adds to (or takes from) the fund year.
 * `payouts` and `top_ups` are booked by the settlement from the approvals and the general top-up
 * route, which moved the pool as they happened; `carried_forward` / `brought_forward` move a surplus
 * from one year to the next without moving the pool. The others move the pool by their amount.
 */
export const ENTRY_KINDS = [
  "premium",
  "raised",
  "top_ups",
  "payouts",
  "insurer_fee",
  "county_top_up",
  "returned",
  "carried_forward",
  "brought_forward",
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  premium: "保费",
  raised: "筹集资金",
  top_ups: "资金池充值",
  payouts: "赔付支出",
  insurer_fee: "保险公司服务费",
  county_top_up: "县级补足缺口",
  returned: "结余退回财政",
  carried_forward: "结余结转下年",
  brought_forward: "上年结余转入",
};

// Inputs.

export const FundSettingsInput = z.strictObject({
  insurerFeeBps: bps().describe("the insurer's service fee as a share of the year's payouts (1500 = 15%); 0 for relief funds"),
  surplusPolicy: z.enum(SURPLUS_POLICIES).describe("what the year-end settlement does with a surplus: carry_forward or return_to_treasury"),
});
export type FundSettingsInput = z.infer<typeof FundSettingsInput>;

/** Up to 100 million insured people: premium × headcount stays far inside the safe integer range. */
export const PremiumInput = z.strictObject({
  perPersonFen: positiveFen().describe("the premium per insured person for the year (e.g. 4500 = 45 yuan)"),
  headcount: z.number().int().min(1).max(100_000_000).describe("the insured headcount"),
  payer: text(100).describe("who pays the premium, e.g. 县财政局"),
  note: note(500).optional(),
});
export type PremiumInput = z.infer<typeof PremiumInput>;

export const ContributionInput = z.strictObject({
  sourceKind: z
    .enum(FUND_SOURCE_KINDS)
    .describe("county_budget 县财政, township 乡镇, donation 社会捐赠, social_assistance 社会救助资金, other"),
  amountFen: positiveFen(),
  source: text(100).optional().describe("who gave it, e.g. 县慈善总会"),
  note: note(500).optional(),
});
export type ContributionInput = z.infer<typeof ContributionInput>;

export const SettlementInput = z.strictObject({
  year: z.number().int().min(2000).max(2100).describe("the fund year to settle: the open one"),
});

export const FundsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("the fund year to show; the open one by default"),
  ...pageQuery,
});
export type FundsQuery = z.infer<typeof FundsQuery>;

// Records and responses.

export const FundSettings = z.object({
  insurerFeeBps: bps(),
  surplusPolicy: z.enum(SURPLUS_POLICIES),
  surplusPolicyLabel: z.string(),
});

export const FundEntry = z.object({
  entryId: z.string(),
  schemeId: z.string(),
  year: z.number().int(),
  kind: z.enum(ENTRY_KINDS),
  kindLabel: z.string(),
  amountFen: z.number().int().describe("signed: what the entry adds to (or takes from) the fund year"),
  poolFen: z.number().int().describe("what it moved the pool by, in the same transaction (0 for entries booking what moved earlier)"),
  at: z.string(),
  by: z.string(),
  note: z.string().nullable(),
  sourceKind: z.enum(FUND_SOURCE_KINDS).nullable(),
  source: z.string().nullable().describe("the payer of a premium, the giver of raised money"),
  basis: z
    .record(z.string(), z.union([z.number(), z.string()]))
    .describe("the figures the amount rests on, e.g. {perPersonFen, headcount} or {payoutsFen, insurerFeeBps}"),
});
export type FundEntry = z.infer<typeof FundEntry>;

/** A year's figures: the settlement's own when settled, else as they stand (fee and result projected). */
export const YearFigures = z.object({
  broughtForwardFen: fen(),
  premiumsFen: fen(),
  insuredHeadcount: z.number().int(),
  raisedFen: fen().describe("raised from sources (POST /schemes/{schemeId}/contributions)"),
  topUpsFen: z.number().int().describe("through POST /schemes/{schemeId}/top-ups"),
  payoutsFen: z.number().int().describe("approved payouts booked to the year (those approved between the last settlement and this one)"),
  insurerFeeFen: fen().describe("floor(payouts × insurerFeeBps / 10000)"),
  resultFen: z.number().int().describe("brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall"),
  countyTopUpFen: fen(),
  returnedFen: fen(),
  carriedForwardFen: fen(),
});
export type YearFigures = z.infer<typeof YearFigures>;

export const Settlement = z.object({
  settlementId: z.string(),
  schemeId: z.string(),
  year: z.number().int(),
  insurerFeeBps: bps(),
  surplusPolicy: z.enum(SURPLUS_POLICIES),
  figures: YearFigures,
  bySource: z.partialRecord(z.enum(FUND_SOURCE_KINDS), fen()).describe("the year's money raised by source"),
  through: z
    .object({ paidFen: fen(), toppedUpFen: fen() })
    .describe("the scheme's paid and topped-up totals the settlement closed the year at"),
  at: z.string(),
  by: z.string(),
});
export type Settlement = z.infer<typeof Settlement>;

export const SettlementResult = Settlement.extend({ poolBalanceFen: z.number().int(), receivableFen: fen() });
export type SettlementResult = z.infer<typeof SettlementResult>;

export const EntryResult = FundEntry.extend({ poolBalanceFen: z.number().int(), receivableFen: fen() });
export type EntryResult = z.infer<typeof EntryResult>;

export const FUND_YEAR_STATUSES = ["open", "settled", "none"] as const;

export const FundView = z.object({
  schemeId: z.string(),
  name: z.string(),
  county: z.string(),
  kind: z.enum(SCHEME_KINDS),
  settings: FundSettings,
  openYear: z.number().int().describe("the fund year new entries go into: the year after the last settled one"),
  year: z.number().int(),
  status: z.enum(FUND_YEAR_STATUSES).describe("open (figures as they stand), settled, or none (no ledger that year)"),
  bySource: z.array(z.object({ sourceKind: z.enum(FUND_SOURCE_KINDS), label: z.string(), raisedFen: fen() })),
  figures: YearFigures,
  settlement: Settlement.nullable(),
  totals: z
    .object({
      raisedFen: fen().describe("everything put into the pool: top-ups, premiums, raised money, county top-ups"),
      paidFen: fen(),
      poolBalanceFen: z.number().int(),
      receivableFen: fen().describe("owed by the county: what payouts drew beyond the pool (insurance schemes)"),
      insurerFeeFen: fen(),
      countyTopUpFen: fen(),
      returnedFen: fen(),
    })
    .describe("the scheme's running figures over every year"),
  entries: z.object({ items: z.array(FundEntry), nextCursor: z.string().nullable() }).describe("the year's ledger, oldest first"),
});
export type FundView = z.infer<typeof FundView>;

/** What a fund keeps beside the ledger: settings, the open year and its running figures, the last settlement's totals. */
export const FundStateRecord = z.object({
  schemeId: z.string(),
  version: z.number().int().describe("bumped by every ledger write: writes are conditioned on it, so they queue"),
  insurerFeeBps: bps(),
  surplusPolicy: z.enum(SURPLUS_POLICIES),
  openYear: z.number().int(),
  open: z.object({
    broughtForwardFen: fen(),
    premiumsFen: fen(),
    insuredHeadcount: z.number().int(),
    raisedFen: fen(),
    bySource: z.partialRecord(z.enum(FUND_SOURCE_KINDS), fen()),
  }),
  through: z.object({ paidFen: fen(), toppedUpFen: fen() }),
  insurerFeeFen: fen(),
  countyTopUpFen: fen(),
  returnedFen: fen(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type FundStateRecord = z.infer<typeof FundStateRecord>;

export const FundEntryRecord = FundEntry.omit({ kindLabel: true });
export type FundEntryRecord = z.infer<typeof FundEntryRecord>;
