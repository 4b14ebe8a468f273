import type { EntryKind, SurplusPolicy, YearFigures } from "./schemas";

/**
 * The fund arithmetic, pure and in integer fen. The one rounding is the insurer's fee: the exact
 * product payouts × bps / 10000 rounded down to the fen (DOMAIN.md: never up). Everything else is
 * sums and differences of whole fen.
 */

/** −n without a negative zero (which would compare unequal to 0 in tests and logs). */
const neg = (n: number) => (n === 0 ? 0 : -n);

/** Premium = per-person premium × insured headcount (Fengcheng: 45 yuan × 50,000 = 2,250,000 yuan). */
export function premiumFen(perPersonFen: number, headcount: number): number {
  const total = perPersonFen * headcount;
  if (!Number.isSafeInteger(total)) throw new RangeError("premium overflowed the safe integer range");
  return total;
}

/** floor(payouts × bps / 10000), exact for any payout (BigInt: the product can pass 2^53). */
export function insurerFeeFen(payoutsFen: number, feeBps: number): number {
  if (payoutsFen <= 0 || feeBps <= 0) return 0;
  return Number((BigInt(payoutsFen) * BigInt(feeBps)) / 10_000n);
}

/** What a year brought in and paid out before it is settled. */
export interface YearInflows {
  broughtForwardFen: number;
  premiumsFen: number;
  insuredHeadcount: number;
  raisedFen: number;
  topUpsFen: number;
  payoutsFen: number;
}

/** A ledger line the settlement writes: its amount in the year, and what it moves the pool by. */
export interface SettlementLine {
  kind: EntryKind;
  /** The year it is booked to: the settled year, or the next for the surplus brought forward. */
  year: number;
  amountFen: number;
  poolFen: number;
  basis: Record<string, number | string>;
}

export interface SettlementPlan {
  figures: YearFigures;
  lines: SettlementLine[];
  /** What the settlement moves the pool by (−fee, + the county's top-up, − the surplus returned). */
  poolChangeFen: number;
  /** Added to the scheme's topped-up total: the county's top-up is money put in. */
  toppedUpFen: number;
}

/**
 * The year-end settlement (多退少补): result = brought forward + premiums + raised + top-ups −
 * payouts − fee. A shortfall is topped up by the county (the pool back to what the year owes: 0);
 * a surplus is carried into the next year or returned to the treasury, as the scheme says.
 * With `includeFee` false (relief funds, which have no insurer) no fee line is written.
 */
export function planSettlement(
  year: number,
  inflows: YearInflows,
  settings: { insurerFeeBps: number; surplusPolicy: SurplusPolicy; includeFee: boolean },
): SettlementPlan {
  const fee = settings.includeFee ? insurerFeeFen(inflows.payoutsFen, settings.insurerFeeBps) : 0;
  const resultFen = inflows.broughtForwardFen + inflows.premiumsFen + inflows.raisedFen + inflows.topUpsFen - inflows.payoutsFen - fee;
  const shortfall = Math.max(0, -resultFen);
  const surplus = Math.max(0, resultFen);
  const carry = settings.surplusPolicy === "carry_forward";
  const lines: SettlementLine[] = [];
  const line = (kind: EntryKind, amountFen: number, poolFen: number, basis: SettlementLine["basis"], inYear = year) =>
    lines.push({ kind, year: inYear, amountFen, poolFen, basis });

  // Booked, not moved: approvals and the general top-up route moved the pool as they happened.
  line("payouts", neg(inflows.payoutsFen), 0, { payoutsFen: inflows.payoutsFen });
  if (inflows.topUpsFen !== 0) line("top_ups", inflows.topUpsFen, 0, { topUpsFen: inflows.topUpsFen });
  if (settings.includeFee)
    line("insurer_fee", neg(fee), neg(fee), { payoutsFen: inflows.payoutsFen, insurerFeeBps: settings.insurerFeeBps });
  const basis = { resultFen, surplusPolicy: settings.surplusPolicy };
  if (shortfall > 0) line("county_top_up", shortfall, shortfall, basis);
  if (surplus > 0 && !carry) line("returned", neg(surplus), neg(surplus), basis);
  if (surplus > 0 && carry) {
    line("carried_forward", neg(surplus), 0, basis);
    line("brought_forward", surplus, 0, { fromYear: year, resultFen }, year + 1);
  }
  return {
    figures: {
      ...inflows,
      insurerFeeFen: fee,
      resultFen,
      countyTopUpFen: shortfall,
      returnedFen: carry ? 0 : surplus,
      carriedForwardFen: carry ? surplus : 0,
    },
    lines,
    poolChangeFen: shortfall - fee - (carry ? 0 : surplus),
    toppedUpFen: shortfall,
  };
}

/** A year's figures before it is settled: the fee and the result as a settlement now would compute them. */
export function projectedFigures(inflows: YearInflows, insurerFeeBps: number): YearFigures {
  const fee = insurerFeeFen(inflows.payoutsFen, insurerFeeBps);
  return {
    ...inflows,
    insurerFeeFen: fee,
    resultFen: inflows.broughtForwardFen + inflows.premiumsFen + inflows.raisedFen + inflows.topUpsFen - inflows.payoutsFen - fee,
    countyTopUpFen: 0,
    returnedFen: 0,
    carriedForwardFen: 0,
  };
}
