/**
 * The 防贫保险 / 防贫救助 payout rule (API.md "Payout rule", DOMAIN.md §4).
 *
 * Pure and dependency-free: all money is integer fen, all ratios integer basis
 * points, and the only rounding is one floor of the exact sum of band products,
 * so a payout is never rounded up and never drifts with the number of tiers.
 */

export interface PayoutTier {
  /** Upper end of the band, measured in x (the burden above the deductible); null = unbounded. */
  upToFen: number | null;
  /** Share of the band paid, in basis points (10000 = 100%). */
  ratioBps: number;
}

/**
 * What a rule measures (DOMAIN.md §6): each claim's own self-paid cost, or the burden accumulated
 * over the coverage year by the household or by the person, of which each claim is paid only the
 * increment over what the same burden was already paid. On an annual basis splitting a burden into
 * any number of claims never changes the year's total.
 */
export const BASES = ["per_claim", "household_year", "person_year"] as const;
export type Basis = (typeof BASES)[number];

export interface CauseRule {
  /** Default per_claim. */
  basis?: Basis;
  /**
   * Entry threshold (起付标准 as a trigger): the burden must reach it for anything to be paid; once it
   * does, the bands apply from the deductible, not from the threshold (Wei county pays 50% of the
   * whole self-paid amount). Null or absent: no threshold.
   */
  entryThresholdFen?: number | null;
  /** Thresholds for particular household categories, in place of entryThresholdFen (Handan). */
  entryThresholdByCategoryFen?: Readonly<Record<string, number>>;
  /** Taken from the burden before the bands (免赔额). */
  deductibleFen: number;
  tiers: readonly PayoutTier[];
  /** Per claim; only on the per_claim basis (an annual basis is capped by year, or splitting would pay more). */
  perClaimCapFen: number | null;
  /** Per person per coverage year, across the scheme's causes (Jiaozuo 80,000 yuan); needs the claim to name the member. */
  perPersonYearCapFen?: number | null;
  /** Per household per coverage year, across the scheme's causes. */
  perHouseholdYearCapFen: number | null;
}

export interface ClaimExpenses {
  /** Compliant self-paid cost before other policies (合规费用). */
  totalFen: number;
  /** What basic medical insurance, serious-illness insurance, assistance, charity already paid. */
  reimbursedFen: number;
}

/** What was received and borne before this claim, in the scheme's coverage year. */
export interface PayoutUsage {
  /** The household's category, for category thresholds. */
  category?: string;
  /** The basis's burden accumulated by earlier approved claims (annual bases; 0 for per_claim). */
  burdenBeforeFen?: number;
  /** What the basis's earlier approved claims were paid (annual bases; 0 for per_claim). */
  paidBeforeFen?: number;
  /** What the person received from the scheme in the year (per-person cap). */
  personYearPaidFen?: number;
  /** What the household received from the scheme in the year (per-household cap). */
  householdYearPaidFen?: number;
}

export type CapApplied = "none" | "per_claim" | "person_year" | "household_year";

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
  basis: Basis;
  /** This claim's max(0, total − reimbursed): the self-paid cost other policies left (合规自付). */
  selfPaidFen: number;
  /** The basis's burden before this claim (0 on the per_claim basis). */
  burdenBeforeFen: number;
  /** The burden the rule measures: this claim's self-paid cost, plus burdenBeforeFen on an annual basis. */
  burdenFen: number;
  /** The threshold that applied to the household's category; null without one. */
  entryThresholdFen: number | null;
  /** Whether the burden reached the threshold (true without one). */
  meetsThreshold: boolean;
  /** max(0, burden − deductible) when the threshold is met, else 0: the amount the bands split. */
  eligibleFen: number;
  /** The rounded sum of the bands: what the whole burden is worth under the rule. */
  entitledFen: number;
  /** What the basis was paid before (annual bases). */
  paidBeforeFen: number;
  /** max(0, entitled − paidBefore): this claim's amount before the caps. */
  uncappedFen: number;
  /** What may be paid: uncappedFen after every cap. */
  payoutFen: number;
  /** The last cap that actually lowered the amount. */
  capApplied: CapApplied;
  /** What was left of the person's yearly cap before this claim; null without one. */
  personYearRemainingFen: number | null;
  /** What was left of the household's yearly cap before this claim; null without one. */
  householdYearRemainingFen: number | null;
  /** Only bands x reaches, with positive width; the excess beyond a bounded last tier is in none. */
  bands: PayoutBand[];
}

const BPS_SCALE = 10_000n;

function isFen(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

const nullableFenProblem = (name: string, value: unknown) =>
  value !== null && value !== undefined && !isFen(value) ? [`${name} must be null or a non-negative safe integer`] : [];

/**
 * Problems with a cause rule, as human-readable strings (empty when valid).
 * Kept free of zod so a schema can call it from a refinement and map the strings to issues.
 */
export function validateRule(rule: CauseRule): string[] {
  const problems: string[] = [];
  const basis = rule.basis ?? "per_claim";
  if (!(BASES as readonly string[]).includes(basis)) problems.push(`basis must be one of ${BASES.join(", ")}`);
  if (!isFen(rule.deductibleFen)) problems.push("deductibleFen must be a non-negative safe integer");
  problems.push(
    ...nullableFenProblem("perClaimCapFen", rule.perClaimCapFen),
    ...nullableFenProblem("perPersonYearCapFen", rule.perPersonYearCapFen),
    ...nullableFenProblem("perHouseholdYearCapFen", rule.perHouseholdYearCapFen),
    ...nullableFenProblem("entryThresholdFen", rule.entryThresholdFen),
  );
  for (const [category, threshold] of Object.entries(rule.entryThresholdByCategoryFen ?? {})) {
    if (!isFen(threshold)) problems.push(`entryThresholdByCategoryFen.${category} must be a non-negative safe integer`);
  }
  if (basis !== "per_claim" && rule.perClaimCapFen !== null) {
    problems.push(
      `perClaimCapFen must be null on the ${basis} basis: an annual burden is capped by year, or splitting it into claims would pay more`,
    );
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

/** The threshold a household of this category must reach: its category's own, else the rule's. */
export function entryThresholdFor(rule: CauseRule, category: string | undefined): number | null {
  const byCategory = rule.entryThresholdByCategoryFen ?? {};
  // Own keys only: a category named like an Object.prototype member finds nothing.
  if (category !== undefined && Object.hasOwn(byCategory, category)) return byCategory[category] ?? null;
  return rule.entryThresholdFen ?? null;
}

/** The rounded worth of a burden above the deductible under the tiers, and the bands it fills. */
function bandsOf(tiers: readonly PayoutTier[], eligibleFen: number): { bands: PayoutBand[]; entitledFen: number } {
  const bands: PayoutBand[] = [];
  // BigInt because band × ratio can pass 2^53 for large amounts (10^13 fen × 10^4 bps).
  let exactBpsFen = 0n;
  let from = 0;
  for (const tier of tiers) {
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
  return { bands, entitledFen: Number(exactBpsFen / BPS_SCALE) };
}

/**
 * Applies a scheme's cause rule to a claim's expenses, given what was borne and paid before.
 *
 * burden = this claim's self-paid cost (plus the basis's earlier burden on an annual basis); below
 * the entry threshold nothing is owed; x = burden − deductible is split into bands by the tiers;
 * the exact sum of band × ratio is floored to the fen once (entitled); the claim is owed the
 * increment over what the basis was paid already, cut to the per-claim cap, then to what remains
 * of the person's and then the household's yearly cap.
 *
 * Total and monotone: for any valid rule and amounts it returns, and a larger burden never owes
 * less, which is what makes the annual increments add up to the whole burden's worth.
 *
 * @throws RangeError when the rule is invalid or an amount is not a non-negative safe integer
 *   (callers validate input first; reaching this with bad data is a programming error).
 */
export function computePayout(rule: CauseRule, expenses: ClaimExpenses, usage: PayoutUsage = {}): PayoutResult {
  const problems = validateRule(rule);
  if (problems.length > 0) throw new RangeError(`invalid payout rule: ${problems.join("; ")}`);
  const basis = rule.basis ?? "per_claim";
  const annual = basis !== "per_claim";
  const before = {
    burden: annual ? (usage.burdenBeforeFen ?? 0) : 0,
    paid: annual ? (usage.paidBeforeFen ?? 0) : 0,
    person: usage.personYearPaidFen ?? 0,
    household: usage.householdYearPaidFen ?? 0,
  };
  for (const [name, value] of [
    ["totalFen", expenses.totalFen],
    ["reimbursedFen", expenses.reimbursedFen],
    ["burdenBeforeFen", before.burden],
    ["paidBeforeFen", before.paid],
    ["personYearPaidFen", before.person],
    ["householdYearPaidFen", before.household],
  ] as const) {
    if (!isFen(value)) throw new RangeError(`${name} must be a non-negative safe integer, got ${String(value)}`);
  }

  // Differences of safe non-negative integers stay exact as numbers; sums are checked.
  const selfPaidFen = Math.max(0, expenses.totalFen - expenses.reimbursedFen);
  const burdenFen = before.burden + selfPaidFen;
  if (!Number.isSafeInteger(burdenFen)) throw new RangeError("burden passed the safe integer range");
  const entryThresholdFen = entryThresholdFor(rule, usage.category);
  const meetsThreshold = entryThresholdFen === null || burdenFen >= entryThresholdFen;
  const eligibleFen = meetsThreshold ? Math.max(0, burdenFen - rule.deductibleFen) : 0;
  const { bands, entitledFen } = bandsOf(rule.tiers, eligibleFen);
  const uncappedFen = Math.max(0, entitledFen - before.paid);

  let payoutFen = uncappedFen;
  let capApplied: CapApplied = "none";
  const cut = (limit: number, cap: CapApplied) => {
    if (payoutFen > limit) {
      payoutFen = limit;
      capApplied = cap;
    }
  };
  if (rule.perClaimCapFen !== null) cut(rule.perClaimCapFen, "per_claim");
  // Usage may already exceed a cap (e.g. the cap was lowered mid-year): remaining is then 0, never negative.
  const remaining = (cap: number | null | undefined, used: number) => (cap === null || cap === undefined ? null : Math.max(0, cap - used));
  const personYearRemainingFen = remaining(rule.perPersonYearCapFen, before.person);
  if (personYearRemainingFen !== null) cut(personYearRemainingFen, "person_year");
  const householdYearRemainingFen = remaining(rule.perHouseholdYearCapFen, before.household);
  if (householdYearRemainingFen !== null) cut(householdYearRemainingFen, "household_year");

  return {
    basis,
    selfPaidFen,
    burdenBeforeFen: before.burden,
    burdenFen,
    entryThresholdFen,
    meetsThreshold,
    eligibleFen,
    entitledFen,
    paidBeforeFen: before.paid,
    uncappedFen,
    payoutFen,
    capApplied,
    personYearRemainingFen,
    householdYearRemainingFen,
    bands,
  };
}

/** A band as a breakdown shows it: its part of x and what that part pays. */
export interface ExplainedBand extends PayoutBand {
  /**
   * What the band pays, in fen. The total is floored once (computePayout), so each band is given
   * floor(exact sum up to its end) − floor(exact sum up to its start): every band is within one fen
   * of its exact share, never above the running exact sum, and the bands add up to `entitledFen`.
   */
  paidFen: number;
}

/**
 * The payout step by step, for a person to check: from the expenses through the threshold, the
 * deductible and each band to the caps. Every figure of computePayout's result is here unchanged.
 */
export interface PayoutBreakdown extends Omit<PayoutResult, "bands"> {
  /** The rule's deductible (起付线), taken from the burden before any band. */
  deductibleFen: number;
  bands: ExplainedBand[];
  /** The part of eligibleFen beyond a bounded last tier, which pays nothing. */
  beyondTiersFen: number;
  /** The rule's caps, as applied. */
  perClaimCapFen: number | null;
  perPersonYearCapFen: number | null;
  perHouseholdYearCapFen: number | null;
  /** What the person had already received from the scheme in the coverage year. */
  personYearPaidFen: number;
  /** What the household had already received from the scheme in the coverage year. */
  householdYearPaidFen: number;
}

/**
 * computePayout with its working shown. Pure; the result's figures are computePayout's own, so
 * what is shown is what is paid.
 *
 * @throws RangeError as computePayout does.
 */
export function explainPayout(rule: CauseRule, expenses: ClaimExpenses, usage: PayoutUsage = {}): PayoutBreakdown {
  const result = computePayout(rule, expenses, usage);
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
    deductibleFen: rule.deductibleFen,
    bands,
    beyondTiersFen: result.eligibleFen - covered,
    perClaimCapFen: rule.perClaimCapFen,
    perPersonYearCapFen: rule.perPersonYearCapFen ?? null,
    perHouseholdYearCapFen: rule.perHouseholdYearCapFen,
    personYearPaidFen: usage.personYearPaidFen ?? 0,
    householdYearPaidFen: usage.householdYearPaidFen ?? 0,
  };
}
