import { describe, expect, it } from "vitest";
import { LOCAL_DEVELOPMENT_PII_HASH_KEY, piiHashKey, residentIdHash } from "./pii";
import { CreateHousehold } from "./schemas";

const ID = "11010519491231002X";

describe("resident id protection", () => {
  it("hashes one person's id the same however it is spelt, and differently under another key", () => {
    const h = residentIdHash(ID, "k1");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(residentIdHash(` ${ID.toLowerCase()} `, "k1")).toBe(h);
    expect(residentIdHash(ID, "k2")).not.toBe(h);
    expect(h).not.toContain(ID);
  });

  it("takes the key from PII_HASH_KEY and falls back to the clearly named development key, but never in Lambda", async () => {
    const none = { PII_HASH_KEY: undefined, PII_HASH_KEY_SECRET_ARN: undefined, AWS_LAMBDA_FUNCTION_NAME: undefined };
    expect(await piiHashKey({ ...none, PII_HASH_KEY: "from-env" })).toBe("from-env");
    expect(await piiHashKey(none)).toBe(LOCAL_DEVELOPMENT_PII_HASH_KEY);
    await expect(piiHashKey({ ...none, AWS_LAMBDA_FUNCTION_NAME: "fupin-claims" })).rejects.toThrow(/No PII hash key/);
  });

  it("accepts a valid id in canonical form and refuses a wrong check character without echoing the id", () => {
    const base = { villageId: "v", headName: "张", members: 1, category: "sudden_hardship", perCapitaIncomeFen: 0, incomeYear: 2025 };
    expect(CreateHousehold.parse({ ...base, idNumber: ID.toLowerCase() }).idNumber).toBe(ID);
    const bad = CreateHousehold.safeParse({ ...base, idNumber: "110105194912310021" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["idNumber"]);
    expect(JSON.stringify(bad.error?.issues.map((i) => i.message))).not.toContain("110105194912310021");
  });
});
