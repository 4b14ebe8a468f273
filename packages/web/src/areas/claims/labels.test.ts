import { residentIdCheckChar } from "@fupin/core/identity/resident-id";
import { MEMBER_RELATION_LABELS } from "@fupin/core/monitoring/households/schemas";
import { describe, expect, it } from "vitest";
import { texts } from "./i18n";
import { formatRatio, parsePercent, residentIdHint } from "./labels";

const valid = (first17: string) => first17 + residentIdCheckChar(first17);

describe("the resident id as a clerk types it", () => {
  const id = valid("11010519491231002");

  it("accepts a valid id, whatever the case of its X", () => {
    expect(residentIdHint(id)).toBeNull();
    expect(residentIdHint(valid("99000119010101105"))).toBeNull();
    const withX = ["1101051949123100", "9900011901010110"]
      .flatMap((p) => [...Array(10).keys()].map((d) => valid(`${p}${d}`)))
      .find((v) => v.endsWith("X"))!;
    expect(residentIdHint(withX.toLowerCase())).toBeNull();
  });

  it("names each fault the platform's own check finds, never falling back to a vague one", () => {
    const wrongCheck = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    const cases: [string, string][] = [
      [id.slice(0, 10), "length"],
      [`${id.slice(0, 5)}A${id.slice(6)}`, "digits"],
      [`${id.slice(0, 17)}Y`, "last"],
      [valid("11010519490230002"), "birthDate"],
      [valid("11010507991231002"), "birthEarly"],
      [valid("11010529991231002"), "birthFuture"],
      [wrongCheck, "check"],
    ];
    for (const [typed, key] of cases) {
      expect(residentIdHint(typed)?.key, typed).toBe(key);
      expect(texts["zh-CN"].idProblems).toHaveProperty(key);
    }
    expect(residentIdHint(id.slice(0, 10))?.count).toBe(10);
  });
});

describe("ratios", () => {
  it("shows basis points as an exact percentage", () => {
    expect([7000, 10_000, 0, 3333, 50, 5005].map(formatRatio)).toEqual(["70%", "100%", "0%", "33.33%", "0.5%", "50.05%"]);
  });

  it("reads a typed percentage back as basis points, refusing more than 100% or three decimals", () => {
    expect(["70", "70%", " 33.33 ", "0.5", "100"].map(parsePercent)).toEqual([7000, 7000, 3333, 50, 10_000]);
    expect(["100.01", "1.234", "-5", "", "七十"].map(parsePercent)).toEqual([null, null, null, null, null]);
    for (const bps of [0, 1, 50, 3333, 7000, 9999, 10_000]) expect(parsePercent(formatRatio(bps))).toBe(bps);
  });
});

// The claims' own values (causes, document kinds, stages, …) are named by the platform's tables, imported
// (@fupin/core/claims/labels); the monitoring context's member relations are still a copy, held equal here.
describe("the platform's words, in the console's Chinese", () => {
  it("names the member relations as the platform does", () => {
    expect(texts["zh-CN"].relation).toEqual(MEMBER_RELATION_LABELS);
  });
});
