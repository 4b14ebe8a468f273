import type { ActorCtx } from "../../platform/context";
import type { IdempotentCtx } from "../../claims";
import { fundView, putFundSettings, recordContribution, recordPremium, settleYear } from "./funds";
import type { ContributionInput, FundSettingsInput, FundsQuery, PremiumInput } from "./schemas";

export * from "./schemas";

/**
 * A scheme's fund (part of the claims context's public module): its ledger per year, premiums,
 * money raised by source, the insurer's fee and the year-end settlement. Input first, then the
 * context, as every function of `Claims`.
 */
export const ClaimFunds = {
  /** The insurer's fee (bps of payouts) and what a year-end surplus becomes. */
  putSettings: (input: { schemeId: string; settings: FundSettingsInput }, ctx: ActorCtx) =>
    putFundSettings(input.schemeId, input.settings, ctx.actor, ctx.store),
  /** An insurance scheme's premium (per person × headcount) into the pool; once per idempotency key. */
  recordPremium: (input: { schemeId: string; premium: PremiumInput }, ctx: IdempotentCtx) =>
    recordPremium(input.schemeId, input.premium, ctx.actor, { idempotencyKey: ctx.idempotencyKey }, ctx.store),
  /** Money raised from a source into the pool; once per idempotency key. */
  recordContribution: (input: { schemeId: string; contribution: ContributionInput }, ctx: IdempotentCtx) =>
    recordContribution(input.schemeId, input.contribution, ctx.actor, { idempotencyKey: ctx.idempotencyKey }, ctx.store),
  /** The year-end settlement (多退少补) of the open year, exactly once. */
  settle: (input: { schemeId: string; year: number }, ctx: ActorCtx) =>
    settleYear(input.schemeId, { year: input.year }, ctx.actor, ctx.store),
  /** The fund in a year: by source, the year's figures, the running totals with the receivable, the ledger. */
  view: ({ schemeId, ...query }: { schemeId: string } & FundsQuery, ctx: ActorCtx) => fundView(schemeId, query, ctx.actor, ctx.store),
};
