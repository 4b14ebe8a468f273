import type { CartLine } from "./cart";

/**
 * The Idempotency-Key of one checkout attempt: kept (sessionStorage) for as long as the cart's
 * contents stay the same, so a double click, a retry after a lost answer or a reload places one
 * order; a changed cart is another attempt with a new key.
 */
const KEY = "fupin.checkout";

const fingerprint = (lines: CartLine[]) =>
  lines
    .map((l) => `${l.productId}:${l.quantity}`)
    .sort()
    .join(",");

export function checkoutKey(lines: CartLine[]): string {
  const cart = fingerprint(lines);
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { key: string; cart: string } | null;
    if (saved?.cart === cart) return saved.key;
  } catch {
    // a fresh key below
  }
  const key = crypto.randomUUID();
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ key, cart }));
  } catch {
    // storage disabled: one key per page load still guards double clicks
  }
  return key;
}

/** The attempt is over (the order exists): the next checkout is a new one. */
export function forgetCheckoutKey(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
