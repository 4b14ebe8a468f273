import { describe, expect, it } from "vitest";
import { openText, sealText } from "./sealed";

const A = { salt: "fupin-claims", purpose: "payment-account" };
const B = { salt: "fupin-claims", purpose: "payment-phone" };

describe("sealed personal data (AES-256-GCM)", () => {
  it("opens with the same key and scope, and hides the value", () => {
    const sealed = sealText("6217001234567890123", "key-a", A);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("6217001234567890123");
    expect(openText(sealed, "key-a", A)).toBe("6217001234567890123");
  });

  it("refuses another key, another purpose and a tampered value; seals equal values differently", () => {
    const sealed = sealText("13812345678", "key-a", A);
    expect(() => openText(sealed, "key-b", A)).toThrow();
    expect(() => openText(sealed, "key-a", B)).toThrow();
    const [v, iv, tag, body] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openText([v, iv, tag, flipped.toString("base64url")].join("."), "key-a", A)).toThrow();
    expect(() => openText("not sealed", "key-a", A)).toThrow("not a sealed value");
    expect(sealText("13812345678", "key-a", A)).not.toBe(sealed);
  });
});
