import { describe, expect, it } from "vitest";
import { openContact, sealContact, sourceHash } from "./contact";
import { maskContact, maskName } from "./mask";

describe("names on a public notice", () => {
  it("show the first and last character, the middle masked", () => {
    expect(maskName("张建国")).toBe("张*国");
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧*娜");
    expect(maskName("阿卜杜热合曼·买买提")).toBe("阿*提");
    expect(maskName("李")).toBe("*");
  });

  it("count characters, not UTF-16 units", () => {
    expect(maskName("𠮷野家")).toBe("𠮷*家");
    expect(maskName("王𠮷")).toBe("王*");
  });
});

describe("an objector's contact", () => {
  it("is shown masked: a phone number keeps three and four digits, anything else its first character", () => {
    expect(maskContact("13812345678")).toBe("138****5678");
    expect(maskContact("138 1234 5678")).toBe("138****5678");
    expect(maskContact("村东头老王家")).toBe("村*****");
  });

  it("is sealed so that only the key opens it, and a tampered seal does not open", async () => {
    const sealed = await sealContact("13812345678", "key-a");
    expect(sealed).not.toContain("13812345678");
    expect(await openContact(sealed, "key-a")).toBe("13812345678");
    await expect(openContact(sealed, "key-b")).rejects.toThrow();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = `${body!.slice(0, -1)}${body!.endsWith("A") ? "B" : "A"}`;
    await expect(openContact([v, iv, tag, flipped].join("."), "key-a")).rejects.toThrow();
    // Two seals of one contact differ (a fresh IV each time).
    expect(await sealContact("13812345678", "key-a")).not.toBe(sealed);
  });

  it("keeps the client's address only as a keyed hash", async () => {
    const a = await sourceHash("203.0.113.7", "key-a");
    expect(a).toBe(await sourceHash("203.0.113.7", "key-a"));
    expect(a).not.toBe(await sourceHash("203.0.113.8", "key-a"));
    expect(a).not.toBe(await sourceHash("203.0.113.7", "key-b"));
    expect(a).not.toContain("203");
  });
});
