import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { creditCodeCheckChar } from "../enterprises/credit-code";
import { CreateEnterprise, CreatePairing, PairingsQuery, SUPPORT_TYPE_IDS, SUPPORT_TYPES } from "./schemas";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const validCode = fc
  .record({
    division: fc.stringMatching(/^\d{6}$/),
    organisation: fc.array(fc.constantFrom(...CHARSET), { minLength: 9, maxLength: 9 }).map((cs) => cs.join("")),
  })
  .map(({ division, organisation }) => {
    const first17 = `91${division}${organisation}`;
    return first17 + creditCodeCheckChar(first17);
  });

const enterprise = (creditCode: string) => ({ name: "企业", creditCode, province: "山东省", city: "德州市" });

describe("CreateEnterprise", () => {
  it("accepts every code with the right check character, trimmed and uppercased", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const parsed = CreateEnterprise.parse(enterprise(`  ${code.toLowerCase()} `));
        expect(parsed.creditCode).toBe(code);
      }),
    );
  });

  it("refuses every code whose check character was changed, naming creditCode", () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 1, max: 30 }), (code, shift) => {
        const wrong = code.slice(0, 17) + CHARSET[(CHARSET.indexOf(code.charAt(17)) + shift) % 31];
        const result = CreateEnterprise.safeParse(enterprise(wrong));
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["creditCode"]);
      }),
    );
  });
});

describe("support types", () => {
  it("keeps a Chinese label for every stable id", () => {
    expect(SUPPORT_TYPE_IDS).toEqual(["industry", "employment", "consumption", "public_welfare", "skills", "trade"]);
    for (const id of SUPPORT_TYPE_IDS) expect(SUPPORT_TYPES[id]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses a pairing that repeats a support type", () => {
    const input = { enterpriseId: "ent_a", villageId: "vil_b", supportTypes: ["trade", "trade"], committedFen: 0, startedOn: "2026-01-01" };
    expect(CreatePairing.safeParse(input).success).toBe(false);
    expect(CreatePairing.safeParse({ ...input, supportTypes: ["trade", "skills"] }).success).toBe(true);
  });
});

describe("PairingsQuery", () => {
  it("needs exactly one of enterpriseId and villageId", () => {
    expect(PairingsQuery.safeParse({}).success).toBe(false);
    expect(PairingsQuery.safeParse({ enterpriseId: "e", villageId: "v" }).success).toBe(false);
    expect(PairingsQuery.safeParse({ villageId: "v" }).success).toBe(true);
    expect(PairingsQuery.parse({ enterpriseId: "e" }).limit).toBe(20);
  });
});
