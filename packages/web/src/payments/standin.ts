import { currentLanguage } from "../app/i18n";
import { ApiError, errorFromResponse } from "../api/errors";
import { getSession } from "../auth/session";
import type { CardFields, PaymentTarget, PayOutcome, Payments } from "./types";

/**
 * Payments through the local runtime's Stripe stand-in. The gateway's local-only endpoints map the
 * test card to Stripe's test PaymentMethods and confirm through the stand-in, whose signed webhook
 * then marks the order paid, as Stripe's does in production.
 */
async function post(path: string, body: unknown): Promise<PayOutcome> {
  const session = getSession();
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": currentLanguage(),
        ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(null, null);
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) throw errorFromResponse(res.status, json);
  return json as PayOutcome;
}

const base = (t: PaymentTarget) => `/local/payments/${encodeURIComponent(t.paymentIntentId)}`;

export const standinPayments: Payments = {
  provider: "standin",
  confirmCard: (target, card: CardFields | null) => post(`${base(target)}/confirm`, { paymentMethod: "card", card }),
  confirmWallet: (target, method) => post(`${base(target)}/confirm`, { paymentMethod: method }),
  authorizeWallet: (target, approve) => post(`${base(target)}/authorize`, { outcome: approve ? "succeed" : "fail" }),
};
