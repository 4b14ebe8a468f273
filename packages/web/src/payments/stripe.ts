import type { Stripe, StripeCardElement } from "@stripe/stripe-js";
import type { PaymentTarget, PayOutcome, Payments, WalletMethod } from "./types";

/**
 * Payments through Stripe itself, with Stripe.js and the stage's publishable key: the card in
 * Stripe's card element (the console never sees the number), Alipay by redirect (back to the
 * order's result page), WeChat Pay by Stripe's QR-code dialog. Stripe.js is loaded from Stripe
 * when first needed, in a chunk of its own.
 *
 * Not exercised here: it needs Stripe's network and a real test account. Locally the stand-in
 * (standin.ts) takes the same path through the platform: PaymentIntent, webhook, order paid.
 */
let stripePromise: Promise<Stripe | null> | undefined;
let cardElement: StripeCardElement | undefined;

export function loadStripeOnce(publishableKey: string): Promise<Stripe | null> {
  stripePromise ??= import("@stripe/stripe-js").then(({ loadStripe }) => loadStripe(publishableKey, { locale: "zh" }));
  return stripePromise;
}

/** Mounts Stripe's card element into `el` (the pay page's card field); returns the unmount. */
export async function mountStripeCard(publishableKey: string, el: HTMLElement): Promise<() => void> {
  const stripe = await loadStripeOnce(publishableKey);
  if (!stripe) throw new Error("Stripe.js did not load");
  const card = stripe.elements({ locale: "zh" }).create("card", { hidePostalCode: true });
  card.mount(el);
  cardElement = card;
  return () => {
    card.destroy();
    if (cardElement === card) cardElement = undefined;
  };
}

const outcomeOf = (result: {
  error?: { code?: string; decline_code?: string; message?: string };
  paymentIntent?: { status: string };
}): PayOutcome => {
  if (result.error) {
    return {
      status: "failed",
      code: result.error.decline_code ?? result.error.code ?? "payment_failed",
      ...(result.error.message ? { message: result.error.message } : {}),
    };
  }
  return result.paymentIntent?.status === "succeeded" || result.paymentIntent?.status === "processing"
    ? { status: "succeeded" }
    : { status: "failed", code: result.paymentIntent?.status ?? "payment_failed" };
};

export function stripePayments(publishableKey: string): Payments {
  const stripe = async () => {
    const s = await loadStripeOnce(publishableKey);
    if (!s) throw new Error("Stripe.js did not load");
    return s;
  };
  return {
    provider: "stripe",
    async confirmCard(target: PaymentTarget) {
      if (!cardElement) throw new Error("the Stripe card element is not mounted");
      return outcomeOf(await (await stripe()).confirmCardPayment(target.clientSecret, { payment_method: { card: cardElement } }));
    },
    async confirmWallet(target: PaymentTarget, method: WalletMethod) {
      const s = await stripe();
      if (method === "alipay") {
        const returnUrl = new URL(`/console/orders/${target.orderId}/result`, window.location.origin).toString();
        // Redirects to Alipay; the buyer comes back to the result page, which waits for the webhook.
        return outcomeOf(await s.confirmAlipayPayment(target.clientSecret, { return_url: returnUrl }));
      }
      return outcomeOf(await s.confirmWechatPayPayment(target.clientSecret, { payment_method_options: { wechat_pay: { client: "web" } } }));
    },
  };
}
