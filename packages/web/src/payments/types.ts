/** What a payment is for: the order's PaymentIntent, as POST /orders and GET /orders/{id} (while unpaid) return it. */
export interface PaymentTarget {
  orderId: string;
  paymentIntentId: string;
  clientSecret: string;
}

export type WalletMethod = "alipay" | "wechat_pay";

/** Test card fields (the stand-in); in Stripe mode the card is Stripe's own element instead. */
export interface CardFields {
  number: string;
  expiry: string;
  cvc: string;
}

export type PayOutcome =
  | { status: "succeeded" }
  /** The buyer still has to approve in the wallet (a redirect for Alipay, a QR code for WeChat Pay). */
  | { status: "requires_action"; method: WalletMethod; qrData?: string }
  | { status: "failed"; code: string; message?: string };

/**
 * How the console pays an order, whoever takes the money: the local Stripe stand-in (through the
 * gateway's /local/payments endpoints) or Stripe itself (Stripe.js with the publishable key). In
 * both, the platform learns of the outcome from Stripe's webhook, never from the browser.
 */
export interface Payments {
  provider: "standin" | "stripe";
  /** Stand-in: the test card's fields. Stripe: null, the card being in the mounted Stripe card element. */
  confirmCard(target: PaymentTarget, card: CardFields | null): Promise<PayOutcome>;
  confirmWallet(target: PaymentTarget, method: WalletMethod): Promise<PayOutcome>;
  /** Stand-in only: the wallet's approval (or refusal), which a real wallet gives on the buyer's phone. */
  authorizeWallet?(target: PaymentTarget, approve: boolean): Promise<PayOutcome>;
}
