/**
 * The 防贫保险 / 防贫救助 payout rule (API.md "Payout rule", DOMAIN.md §4).
 *
 * Pure and dependency-free: all money is integer fen, all ratios integer basis
 * points, and the only rounding is one floor of the exact sum of band products,
 * so a payout is never rounded up and never drifts with the number of tiers.
 */

export interface PayoutTier {
  /** Upper end of the band, measured in x (the amount above the deductible); null = unbounded. */
  upToFen: number | null;
  /** Share of the band paid, in basis points (10000 = 100%). */
  ratioBps: number;
}

export interface CauseRule {
  deductibleFen: number;
  tiers: readonly PayoutTier[];
  perClaimCapFen: number | null;
  perHouseholdYearCapFen: number | null;
}

export interface ClaimExpenses {
  /** Compliant self-paid cost before other policies (合规费用). */
  totalFen: number;
  /** What basic medical insurance, serious-illness insurance, assistance, charity already paid. */
  reimbursedFen: number;
}

export type CapApplied = "none" | "per_claim" | "household_year";

export interface PayoutBand {
  /** Lower end of the band in x, inclusive. */
  fromFen: number;
  /** Upper end of the band in x, clipped to x. */
  toFen: number;
  ratioBps: number;
  /** The part of x that falls in this band (toFen − fromFen): the base the ratio applies to. */
  amountFen: number;
}

export interface PayoutResult {
  /** What may be paid: the rounded amount after both caps. */
  payoutFen: number;
  /** The rounded amount before the caps. */
  uncappedFen: number;
  /** max(0, total − reimbursed − deductible); may exceed what the tiers cover. */
  eligibleFen: number;
  /** The last cap that actually lowered the amount. */
  capApplied: CapApplied;
  /** What was left of the household's yearly cap before this claim; null when there is no yearly cap. */
  householdYearRemainingFen: number | null;
  /** Only bands x reaches, with positive width; the excess beyond a bounded last tier is in none. */
  bands: PayoutBand[];
}

const BPS_SCALE = 10_000n;

function isFen(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Problems with a cause rule, as human-readable strings (empty when valid).
 * Kept free of zod so a schema can call it from a refinement and map the strings to issues.
 */
export function validateRule(rule: CauseRule): string[] {
  const problems: string[] = [];
  if (!isFen(rule.deductibleFen)) problems.push("deductibleFen must be a non-negative safe integer");
  if (rule.perClaimCapFen !== null && !isFen(rule.perClaimCapFen)) {
    problems.push("perClaimCapFen must be null or a non-negative safe integer");
  }
  if (rule.perHouseholdYearCapFen !== null && !isFen(rule.perHouseholdYearCapFen)) {
    problems.push("perHouseholdYearCapFen must be null or a non-negative safe integer");
  }
  if (!Array.isArray(rule.tiers) || rule.tiers.length === 0) {
    // A rule without tiers always pays nothing, which is never what an administrator means.
    problems.push("tiers must contain at least one tier");
    return problems;
  }
  // Bands start at 0, so the first upper end must be above 0 for the band to have width.
  let previousUpTo = 0;
  rule.tiers.forEach((tier, i) => {
    const isLast = i === rule.tiers.length - 1;
    const { upToFen, ratioBps } = tier;
    if (!Number.isInteger(ratioBps) || ratioBps < 0 || ratioBps > 10_000) {
      problems.push(`tiers[${i}].ratioBps must be an integer from 0 to 10000`);
    }
    if (upToFen === null) {
      if (!isLast) problems.push(`tiers[${i}].upToFen may be null only in the last tier`);
      return;
    }
    if (!isFen(upToFen)) {
      problems.push(`tiers[${i}].upToFen must be null or a non-negative safe integer`);
      return;
    }
    if (upToFen <= previousUpTo) {
      problems.push(
        i === 0
          ? `tiers[0].upToFen must be greater than 0`
          : `tiers[${i}].upToFen must be greater than tiers[${i - 1}].upToFen (${previousUpTo})`,
      );
    }
    previousUpTo = Math.max(previousUpTo, upToFen);
  });
  return problems;
}

/**
 * Applies a scheme's cause rule to a claim's expenses.
 *
 * x = total − reimbursed − deductible (nothing when x ≤ 0) is split into bands by the
 * tiers; the exact sum of band × ratio is floored to the fen once, then cut to the
 * per-claim cap and then to what remains of the household's yearly cap.
 *
 * @throws RangeError when the rule is invalid or an amount is not a non-negative safe integer
 *   (callers validate input first; reaching this with bad data is a programming error).
 */
export function computePayout(rule: CauseRule, expenses: ClaimExpenses, householdYearPaidFen: number): PayoutResult {
  const problems = validateRule(rule);
  if (problems.length > 0) throw new RangeError(`invalid payout rule: ${problems.join("; ")}`);
  for (const [name, value] of [
    ["totalFen", expenses.totalFen],
    ["reimbursedFen", expenses.reimbursedFen],
    ["householdYearPaidFen", householdYearPaidFen],
  ] as const) {
    if (!isFen(value)) throw new RangeError(`${name} must be a non-negative safe integer, got ${String(value)}`);
  }

  // Differences of safe non-negative integers stay exact as numbers.
  const x = expenses.totalFen - expenses.reimbursedFen - rule.deductibleFen;
  const eligibleFen = Math.max(0, x);

  const bands: PayoutBand[] = [];
  // BigInt because band × ratio can pass 2^53 for large amounts (10^13 fen × 10^4 bps).
  let exactBpsFen = 0n;
  let from = 0;
  for (const tier of rule.tiers) {
    if (from >= eligibleFen) break;
    const upper = tier.upToFen === null ? eligibleFen : Math.min(tier.upToFen, eligibleFen);
    if (upper > from) {
      const amountFen = upper - from;
      bands.push({ fromFen: from, toFen: upper, ratioBps: tier.ratioBps, amountFen });
      exactBpsFen += BigInt(amountFen) * BigInt(tier.ratioBps);
    }
    from = upper;
  }

  // Floor division; exactBpsFen ≥ 0, so BigInt's truncation is a floor. The result is ≤ x, a safe integer.
  const uncappedFen = Number(exactBpsFen / BPS_SCALE);

  let payoutFen = uncappedFen;
  let capApplied: CapApplied = "none";
  if (rule.perClaimCapFen !== null && payoutFen > rule.perClaimCapFen) {
    payoutFen = rule.perClaimCapFen;
    capApplied = "per_claim";
  }
  let householdYearRemainingFen: number | null = null;
  if (rule.perHouseholdYearCapFen !== null) {
    // Usage may already exceed the cap (e.g. the cap was lowered mid-year): remaining is then 0, never negative.
    householdYearRemainingFen = Math.max(0, rule.perHouseholdYearCapFen - householdYearPaidFen);
    if (payoutFen > householdYearRemainingFen) {
      payoutFen = householdYearRemainingFen;
      capApplied = "household_year";
    }
  }

  return { payoutFen, uncappedFen, eligibleFen, capApplied, householdYearRemainingFen, bands };
}

/** A band as a breakdown shows it: its part of x and what that part pays. */
export interface ExplainedBand extends PayoutBand {
  /**
   * What the band pays, in fen. The total is floored once (computePayout), so each band is given
   * floor(exact sum up to its end) − floor(exact sum up to its start): every band is within one fen
   * of its exact share, never above the running exact sum, and the bands add up to `uncappedFen`.
   */
  paidFen: number;
}

/**
 * The payout step by step, for a person to check: from the expenses through the deductible and
 * each band to the caps. Every figure of computePayout's result is here unchanged.
 */
export interface PayoutBreakdown extends Omit<PayoutResult, "bands"> {
  /** max(0, total − reimbursed): the self-paid cost other policies left (合规自付). */
  selfPaidFen: number;
  /** The rule's deductible (起付线), taken from the self-paid cost before any band. */
  deductibleFen: number;
  bands: ExplainedBand[];
  /** The part of eligibleFen beyond a bounded last tier, which pays nothing. */
  beyondTiersFen: number;
  /** The rule's caps, as applied. */
  perClaimCapFen: number | null;
  perHouseholdYearCapFen: number | null;
  /** What the household had already received from the scheme in the coverage year. */
  householdYearPaidFen: number;
}

/**
 * computePayout with its working shown. Pure; the totals (payoutFen, uncappedFen, eligibleFen,
 * capApplied, householdYearRemainingFen) are computePayout's own, so what is shown is what is paid.
 *
 * @throws RangeError as computePayout does.
 */
export function explainPayout(rule: CauseRule, expenses: ClaimExpenses, householdYearPaidFen: number): PayoutBreakdown {
  const result = computePayout(rule, expenses, householdYearPaidFen);
  let runningBpsFen = 0n;
  let paidSoFar = 0;
  const bands = result.bands.map((band): ExplainedBand => {
    runningBpsFen += BigInt(band.amountFen) * BigInt(band.ratioBps);
    const flooredRunning = Number(runningBpsFen / BPS_SCALE);
    const paidFen = flooredRunning - paidSoFar;
    paidSoFar = flooredRunning;
    return { ...band, paidFen };
  });
  const covered = result.bands.reduce((sum, b) => sum + b.amountFen, 0);
  return {
    ...result,
    selfPaidFen: Math.max(0, expenses.totalFen - expenses.reimbursedFen),
    deductibleFen: rule.deductibleFen,
    bands,
    beyondTiersFen: result.eligibleFen - covered,
    perClaimCapFen: rule.perClaimCapFen,
    perHouseholdYearCapFen: rule.perHouseholdYearCapFen,
    householdYearPaidFen,
  };
}
