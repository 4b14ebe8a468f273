import type { ConsoleConfig } from "../app/config-schema";
import { standinPayments } from "./standin";
import { stripePayments } from "./stripe";
import type { Payments } from "./types";

export type { CardFields, PaymentTarget, PayOutcome, Payments, WalletMethod } from "./types";

/** The configured way to pay: the stand-in locally, Stripe.js where a publishable key is configured; null when neither. */
export function paymentsFor(config: ConsoleConfig): Payments | null {
  if (config.mode === "local" && config.payments === "standin") return standinPayments;
  return config.stripePublishableKey ? stripePayments(config.stripePublishableKey) : null;
}
