/** Basis points as a percentage people read: 1500 → "15%", 1250 → "12.5%", 5 → "0.05%". */
export function formatRate(bps: number): string {
  const whole = Math.floor(bps / 100);
  const frac = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}%`;
}

/** A percentage typed by a person ("15", "12.5", "0.05") as basis points, or null when it is not one from 0 to 100. */
export function parseRate(input: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(input);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bps <= 10_000 ? bps : null;
}
