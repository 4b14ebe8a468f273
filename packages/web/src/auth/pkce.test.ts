import { describe, expect, it } from "vitest";
import { challengeOf, createState, createVerifier } from "./pkce";

describe("PKCE", () => {
  it("derives RFC 7636's S256 challenge (the RFC's own example)", async () => {
    expect(await challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes a fresh verifier of 43 URL-safe characters each time", () => {
    const a = createVerifier();
    const b = createVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(createState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
