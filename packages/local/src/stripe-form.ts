import { invalid } from "./stripe-errors";

/** What Stripe's form encoding decodes to: strings, nested in objects (`a[b]`) and arrays (`a[0]`). */
export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

/**
 * Keys that would walk from a parsed object to Object.prototype (`metadata[__proto__][x]=…`,
 * `constructor[prototype][x]=…`) and change every object of the process. The parsed objects have
 * no prototype anyway; the keys are refused too, so that nothing downstream meets them.
 */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d+$/;

const newObject = (): FormObject => Object.create(null) as FormObject;

/**
 * Stripe's form encoding, for request bodies and query strings alike: `metadata[orderId]=…`,
 * `allowed_payment_method_types[0]=card`. Malformed keys answer Stripe's 400 invalid_request_error.
 */
export function parseForm(encoded: string): FormObject {
  const out = newObject();
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.replace(/\]/g, "").split("[");
    if (path.some((segment) => UNSAFE_KEYS.has(segment))) {
      throw invalid(
        `Received unknown parameter: ${key} (the local Stripe stand-in refuses the keys __proto__, constructor and prototype)`,
        { code: "parameter_unknown", param: key },
      );
    }
    let node: FormObject | FormValue[] = out;
    for (const [i, segment] of path.entries()) {
      // Arrays fill in order: an index past the end would make a sparse array of any length.
      if (Array.isArray(node) && !(INDEX.test(segment) && Number(segment) <= node.length)) {
        throw invalid(`Invalid array index in ${key}: arrays take indexes 0, 1, 2… in order`, { param: key });
      }
      const slot = node as Record<string, FormValue | undefined>;
      const existing = slot[segment];
      // `a=x&a[b]=y`: one name given both as a string and as a hash or array.
      const conflict = () => invalid(`Invalid parameter ${key}: another parameter gives ${path[0]} a different shape`, { param: key });
      if (i === path.length - 1) {
        if (existing !== undefined && typeof existing !== "string") throw conflict();
        slot[segment] = value;
      } else {
        if (typeof existing === "string") throw conflict();
        node = existing ?? (slot[segment] = INDEX.test(path[i + 1]!) ? [] : newObject());
      }
    }
  }
  return out;
}
