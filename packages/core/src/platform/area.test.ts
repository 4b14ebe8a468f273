import { describe, expect, it } from "vitest";
import type { Actor, Role } from "./actor";
import { actArea, type Area, areaClaims, areaLevel, covers, readArea, withinArea } from "./area";
import { DomainError } from "./errors";

const xiajin = { province: "山东省", city: "德州市", county: "夏津县" } as const;
const suliuzhuang = { ...xiajin, township: "苏留庄镇" } as const;
/** A household's place in 夏津县苏留庄镇, one in another township of the county, one in 江口县. */
const here = { ...suliuzhuang, householdId: "hh_1" };
const otherTownship = { ...xiajin, township: "香赵庄镇", householdId: "hh_2" };
const jiangkou = { province: "贵州省", city: "铜仁市", county: "江口县", township: "太平镇", householdId: "hh_3" };

const staff = (area: Area | undefined, ...roles: Role[]): Actor => ({ id: "s", roles: roles.length ? roles : ["clerk"], area });

const STATUS: Partial<Record<DomainError["kind"], number>> = { forbidden: 403, not_found: 404 };

/** The error a call throws: its code and HTTP status. */
function refusal(fn: () => unknown): { code: string; status: number | undefined } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, status: STATUS[e.kind] };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("areaLevel", () => {
  it("is the most specific level named, or national for none", () => {
    expect(areaLevel(suliuzhuang)).toBe("township");
    expect(areaLevel(xiajin)).toBe("county");
    expect(areaLevel({ county: "夏津县" })).toBe("county");
    expect(areaLevel({ province: "山东省", city: "德州市" })).toBe("city");
    expect(areaLevel({ province: "山东省" })).toBe("province");
    expect(areaLevel({})).toBe("national");
    expect(areaLevel(undefined)).toBe("national");
  });
});

describe("covers", () => {
  it("holds when every level the area names matches the place", () => {
    expect(covers(xiajin, here)).toBe(true);
    expect(covers(xiajin, otherTownship)).toBe(true);
    expect(covers(suliuzhuang, here)).toBe(true);
    expect(covers({ province: "山东省" }, here)).toBe(true);
    expect(covers({ county: "夏津县" }, here)).toBe(true);
  });

  it("fails for another county, another township, or a county of that name in another province", () => {
    expect(covers(xiajin, jiangkou)).toBe(false);
    expect(covers(suliuzhuang, otherTownship)).toBe(false);
    expect(covers({ province: "贵州省" }, here)).toBe(false);
    expect(covers({ province: "贵州省", county: "夏津县" }, here)).toBe(false);
  });

  it("covers everything for a national area", () => {
    expect(covers({}, jiangkou)).toBe(true);
    expect(covers(undefined, jiangkou)).toBe(true);
  });
});

describe("readArea and actArea", () => {
  it("give staff their own area", () => {
    expect(readArea(staff(xiajin))).toEqual(xiajin);
    expect(actArea(staff(suliuzhuang))).toEqual(suliuzhuang);
  });

  it("refuse staff without an area with 403 AREA_REQUIRED: a misconfigured account fails closed", () => {
    for (const roles of [["clerk"], ["approver"], ["clerk", "approver"]] as Role[][]) {
      expect(refusal(() => readArea(staff(undefined, ...roles)))).toEqual({ code: "AREA_REQUIRED", status: 403 });
      expect(refusal(() => readArea(staff({}, ...roles)))).toEqual({ code: "AREA_REQUIRED", status: 403 });
      expect(refusal(() => actArea(staff(undefined, ...roles)))).toEqual({ code: "AREA_REQUIRED", status: 403 });
    }
  });

  it("make an administrator without an area national, and one with an area as bound as other staff", () => {
    expect(readArea(staff(undefined, "admin"))).toEqual({});
    expect(actArea(staff(undefined, "admin"))).toEqual({});
    expect(readArea(staff(xiajin, "admin"))).toEqual(xiajin);
  });

  it("let province and city staff read their area but act on nothing (403 READ_ONLY_AREA)", () => {
    for (const area of [{ province: "山东省" }, { province: "山东省", city: "德州市" }]) {
      expect(readArea(staff(area))).toEqual(area);
      expect(refusal(() => actArea(staff(area)))).toEqual({ code: "READ_ONLY_AREA", status: 403 });
      expect(refusal(() => actArea(staff(area, "admin")))).toEqual({ code: "READ_ONLY_AREA", status: 403 });
    }
  });
});

describe("withinArea", () => {
  it("answers a record inside the area, to read and to act", () => {
    expect(withinArea(staff(xiajin), here, "Household", "hh_1")).toBe(here);
    expect(withinArea(staff(suliuzhuang), here, "Household", "hh_1", "act")).toBe(here);
    expect(withinArea(staff(undefined, "admin"), jiangkou, "Household", "hh_3", "act")).toBe(jiangkou);
  });

  it("answers a record outside the area exactly as one that does not exist: 404, to read and to act", () => {
    for (const mode of ["read", "act"] as const) {
      expect(refusal(() => withinArea(staff(xiajin), jiangkou, "Household", "hh_3", mode))).toEqual({ code: "NOT_FOUND", status: 404 });
      expect(refusal(() => withinArea(staff(suliuzhuang), otherTownship, "Household", "hh_2", mode))).toEqual({
        code: "NOT_FOUND",
        status: 404,
      });
      // Outside a read-only area too: 404 first, so a province's staff learn nothing of another province.
      expect(refusal(() => withinArea(staff({ province: "山东省" }), jiangkou, "Household", "hh_3", mode))).toEqual({
        code: "NOT_FOUND",
        status: 404,
      });
    }
    try {
      withinArea(staff(xiajin), jiangkou, "Household", "hh_3");
    } catch (e) {
      expect((e as DomainError).details).toEqual([{ message: "not found", resource: "household", id: "hh_3" }]);
    }
  });

  it("lets province and city staff read inside their area, and refuses them acting with 403 READ_ONLY_AREA", () => {
    const city = staff({ province: "山东省", city: "德州市" });
    expect(withinArea(city, here, "Household", "hh_1")).toBe(here);
    expect(refusal(() => withinArea(city, here, "Household", "hh_1", "act"))).toEqual({ code: "READ_ONLY_AREA", status: 403 });
  });

  it("refuses staff without an area with 403 AREA_REQUIRED, not 404", () => {
    expect(refusal(() => withinArea(staff(undefined), here, "Household", "hh_1"))).toEqual({ code: "AREA_REQUIRED", status: 403 });
  });
});

describe("areaClaims", () => {
  it("names each level in its token claim, leaving out those not given", () => {
    expect(areaClaims(suliuzhuang)).toEqual({
      "custom:province": "山东省",
      "custom:city": "德州市",
      "custom:county": "夏津县",
      "custom:township": "苏留庄镇",
    });
    expect(areaClaims({ county: "夏津县" })).toEqual({ "custom:county": "夏津县" });
    expect(areaClaims({})).toEqual({});
  });
});
