/**
 * How a refund is spread over an order's lines (so each village loses exactly its share):
 * in proportion to what remains unrefunded on each line, rounded down to the fen, with the fen
 * left over by rounding given one at a time to the lines in order, skipping lines with nothing
 * left. The parts always add up to the refund, and no line is ever refunded beyond its amount.
 */
export function allocateRefund(lineFen: readonly number[], refundedFen: readonly number[], amountFen: number): number[] {
  const remaining = lineFen.map((l, i) => l - (refundedFen[i] ?? 0));
  const totalRemaining = remaining.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(amountFen) || amountFen < 0 || amountFen > totalRemaining) {
    throw new RangeError(`cannot refund ${amountFen} fen of ${totalRemaining} fen remaining`);
  }
  if (amountFen === 0) return remaining.map(() => 0);
  const parts = remaining.map((r) => Number((BigInt(r) * BigInt(amountFen)) / BigInt(totalRemaining)));
  let left = amountFen - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts.length) {
    if (parts[i]! < remaining[i]!) {
      parts[i]! += 1;
      left -= 1;
    }
  }
  return parts;
}
