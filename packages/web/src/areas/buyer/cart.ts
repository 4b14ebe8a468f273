import { useSyncExternalStore } from "react";
import type { Product } from "../../api/types";

/**
 * The cart, in localStorage (it survives a reload and is shared by the tabs of this browser). It
 * keeps what the catalog showed, for display; the order itself takes the prices current when it is
 * placed.
 */
export interface CartLine {
  productId: string;
  quantity: number;
  name: string;
  unit: string;
  priceFen: number;
  village: string;
  county: string;
  stock: number;
}

/** The API's most per line and lines per order. */
export const MAX_QUANTITY = 10_000;
export const MAX_LINES = 20;

const KEY = "fupin.cart.v1";
const listeners = new Set<() => void>();
let lines: CartLine[] = read();

function read(): CartLine[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "[]") as CartLine[];
    return Array.isArray(parsed)
      ? parsed.filter((l) => typeof l.productId === "string" && Number.isInteger(l.quantity) && l.quantity > 0)
      : [];
  } catch {
    return [];
  }
}

function write(next: CartLine[]) {
  lines = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage disabled: the cart lives as long as the page
  }
  for (const l of listeners) l();
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (e) => {
    if (e.key !== KEY) return;
    lines = read();
    for (const l of listeners) l();
  });
}

const clamp = (n: number, max: number) => Math.max(1, Math.min(Math.floor(n), max, MAX_QUANTITY));

export const cart = {
  lines: () => lines,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  add(product: Product, quantity: number) {
    const existing = lines.find((l) => l.productId === product.productId);
    const line: CartLine = {
      productId: product.productId,
      quantity: clamp((existing?.quantity ?? 0) + quantity, product.stock),
      name: product.name,
      unit: product.unit,
      priceFen: product.priceFen,
      village: product.origin.village,
      county: product.origin.county,
      stock: product.stock,
    };
    write(existing ? lines.map((l) => (l.productId === line.productId ? line : l)) : [...lines, line].slice(-MAX_LINES));
  },
  /** Puts lines back (after a failed payment), as they were. */
  restore(restored: CartLine[]) {
    const byId = new Map(lines.map((l) => [l.productId, l]));
    for (const r of restored)
      byId.set(r.productId, { ...r, quantity: clamp((byId.get(r.productId)?.quantity ?? 0) + r.quantity, r.stock || MAX_QUANTITY) });
    write([...byId.values()].slice(-MAX_LINES));
  },
  setQuantity(productId: string, quantity: number) {
    write(lines.map((l) => (l.productId === productId ? { ...l, quantity: clamp(quantity, l.stock || MAX_QUANTITY) } : l)));
  },
  remove(productId: string) {
    write(lines.filter((l) => l.productId !== productId));
  },
  clear() {
    write([]);
  },
};

export const useCart = (): CartLine[] => useSyncExternalStore(cart.subscribe, cart.lines, () => []);

export const cartTotalFen = (cartLines: CartLine[]) => cartLines.reduce((sum, l) => sum + l.priceFen * l.quantity, 0);
