import { describe, expect, it } from "vitest";
import { StripeError } from "./stripe-errors";
import { parseForm } from "./stripe-form";

const refusal = (encoded: string) => {
  try {
    parseForm(encoded);
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("parseForm", () => {
  it("decodes Stripe's form encoding into objects without a prototype and in-order arrays", () => {
    const parsed = parseForm(
      "amount=100&metadata[orderId]=ord_1&metadata[village]=%E5%B0%8F%E7%9F%B3%E5%A0%82%E6%9D%91&allowed_payment_method_types[0]=card&allowed_payment_method_types[1]=alipay",
    );
    expect(parsed).toEqual({
      amount: "100",
      metadata: { orderId: "ord_1", village: "小石堂村" },
      allowed_payment_method_types: ["card", "alipay"],
    });
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed.metadata)).toBeNull();
    expect(parseForm("?limit=3")).toEqual({ limit: "3" });
  });

  it.each([
    "__proto__[limit]=x",
    "metadata[__proto__][limit]=x",
    "constructor[prototype][limit]=x",
    "metadata[constructor][prototype][limit]=x",
    "metadata[prototype]=x",
    "items[0][__proto__]=x",
  ])("refuses %s with a 400 invalid_request_error, leaving Object.prototype alone", (encoded) => {
    try {
      const e = refusal(encoded);
      expect(e).toBeInstanceOf(StripeError);
      expect(e).toMatchObject({
        status: 400,
        body: { type: "invalid_request_error", code: "parameter_unknown", param: encoded.split("=")[0] },
      });
      expect(({} as Record<string, unknown>).limit).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>).limit;
    }
  });

  it.each([
    ["a sparse array index", "allowed_payment_method_types[99999999]=card"],
    ["a name given as a string and as a hash", "metadata=x&metadata[orderId]=ord_1"],
    ["a name given as a hash and as a string", "metadata[orderId]=ord_1&metadata=x"],
    ["a named key on an array", "allowed_payment_method_types[0]=card&allowed_payment_method_types[x]=y"],
  ])("answers %s with a 400 rather than a crash", (_what, encoded) => {
    expect(refusal(encoded)).toMatchObject({ status: 400, body: { type: "invalid_request_error" } });
  });
});
