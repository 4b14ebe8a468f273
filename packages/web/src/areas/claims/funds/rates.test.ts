import { describe, expect, it } from "vitest";
import { formatRate, parseRate } from "./rates";

describe("fee rates", () => {
  it("show basis points as a percentage and read one back, exactly", () => {
    expect(formatRate(1500)).toBe("15%");
    expect(formatRate(1250)).toBe("12.5%");
    expect(formatRate(5)).toBe("0.05%");
    expect(formatRate(0)).toBe("0%");
    expect(parseRate("15")).toBe(1500);
    expect(parseRate("12.5")).toBe(1250);
    expect(parseRate("0.05 %")).toBe(5);
    expect(parseRate("100")).toBe(10_000);
    for (const bad of ["", "100.01", "-1", "1.234", "abc", "1e2"]) expect(parseRate(bad)).toBeNull();
    for (let bps = 0; bps <= 10_000; bps += 37) expect(parseRate(formatRate(bps))).toBe(bps);
  });
});
