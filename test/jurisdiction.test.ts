import { execFile } from "node:child_process";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Area } from "@fupin/core/platform/area";
import { routeKey, routes } from "@fupin/functions/routes";
import { allPages, api, type ApiResult, baseUrl, call, expectError, tokenFor, unique } from "./support/api";
import {
  adminToken,
  claimInput,
  claimsStaff,
  countyOf,
  createVillage,
  householdInput,
  incidentSlot,
  schemeInput,
  staffToken,
  townshipOf,
  yuan,
} from "./support/fixtures";

/**
 * Jurisdiction (DESIGN 16, issue 11 item 1), over HTTP: staff see and act only within their area. A
 * county's clerk gets 404, never 403, for another county's household, claim or lead (so nothing
 * leaks), and never sees them in a list or report; a township's clerk sees only the township;
 * province and city staff read their whole area one county at a time and change nothing; staff
 * without an area see nothing; a national administrator reads any county.
 */

const hasRoute = (key: string) => routes.some((r) => routeKey(r) === key);
const householdIds = (items: { householdId: string }[]) => items.map((h) => h.householdId).sort();
const claimIds = (items: { claimId: string }[]) => items.map((c) => c.claimId).sort();

/** Two counties in two provinces, 夏津县-like (two townships) and 江口县-like, each with its staff, a scheme, households and claims. */
async function twoCounties() {
  const tag = unique();
  const xjVillage = await createVillage({ province: "山东省", city: "德州市", county: `夏津县${tag}`, township: "苏留庄镇" });
  const xjOtherVillage = await createVillage({ province: "山东省", city: "德州市", county: xjVillage.county, township: "香赵庄镇" });
  const jkVillage = await createVillage({ province: "贵州省", city: "铜仁市", county: `江口县${tag}`, township: "太平镇" });
  const xj = await claimsStaff(countyOf(xjVillage));
  const jk = await claimsStaff(countyOf(jkVillage));
  const admin = await adminToken();

  const scheme = async (county: string) => {
    const schemeId = `sch-jur-${unique()}`;
    expect((await api("PUT /schemes/{schemeId}", { token: admin, params: { schemeId }, body: schemeInput(county) })).status).toBe(200);
    const top = await api("POST /schemes/{schemeId}/top-ups", {
      token: admin,
      params: { schemeId },
      body: { amountFen: yuan(1_000_000), source: "县财政" },
    });
    expect(top.status, top.text).toBe(201);
    return schemeId;
  };
  const household = async (token: string, villageId: string) => {
    const res = await api("POST /households", { token, body: householdInput(villageId) });
    expect(res.status, res.text).toBe(201);
    return res.body.householdId;
  };
  // A household's claims lie on separate incident slots: the same cause within 30 days is a possible duplicate.
  const claim = async (token: string, householdId: string, schemeId: string, slot = 0) => {
    const res = await api("POST /claims", { token, body: claimInput(householdId, schemeId, { incidentDate: incidentSlot(slot) }) });
    expect(res.status, res.text).toBe(201);
    return res.body.claimId;
  };
  const review = async (token: string, claimId: string) => {
    const res = await api("POST /claims/{claimId}/review", { token, params: { claimId }, body: { decision: "pass", note: "属实" } });
    expect(res.status, res.text).toBe(200);
  };

  const xjScheme = await scheme(xjVillage.county);
  const jkScheme = await scheme(jkVillage.county);
  const xjHome = await household(xj.clerk, xjVillage.villageId);
  const xjOtherHome = await household(xj.clerk, xjOtherVillage.villageId);
  const jkHome = await household(jk.clerk, jkVillage.villageId);
  const xjClaim = await claim(xj.clerk, xjHome, xjScheme);
  const xjOtherClaim = await claim(xj.clerk, xjOtherHome, xjScheme);
  const jkSubmitted = await claim(jk.clerk, jkHome, jkScheme);
  const jkReviewed = await claim(jk.clerk, jkHome, jkScheme, 1);
  await review(jk.reviewer, jkReviewed);
  const jkApproved = await claim(jk.clerk, jkHome, jkScheme, 2);
  await review(jk.reviewer, jkApproved);
  expect((await api("POST /claims/{claimId}/approve", { token: jk.approver, params: { claimId: jkApproved } })).status).toBe(200);

  return {
    tag,
    admin,
    xj,
    jk,
    villages: { xj: xjVillage, xjOther: xjOtherVillage, jk: jkVillage },
    schemes: { xj: xjScheme, jk: jkScheme },
    households: { xj: xjHome, xjOther: xjOtherHome, jk: jkHome },
    /** Households the tests below register in 苏留庄镇. */
    added: [] as string[],
    claims: { xj: xjClaim, xjOther: xjOtherClaim, jkSubmitted, jkReviewed, jkApproved, jk: [jkSubmitted, jkReviewed, jkApproved] },
    staff: (sub: string, roles: ("clerk" | "approver" | "admin")[], area: Area) => staffToken(`${sub}-${tag}`, roles, area),
  };
}

let w: Awaited<ReturnType<typeof twoCounties>>;
/** The households of 夏津县's 苏留庄镇, and of the whole county. */
const inTownship = () => [w.households.xj, ...w.added].sort();
const inCounty = () => [...inTownship(), w.households.xjOther].sort();
const xjClaims = () => [w.claims.xj, w.claims.xjOther].sort();
beforeAll(async () => {
  w = await twoCounties();
});

/** The refusal for a record that does not exist: the one for a record outside the area must be the same. */
function expectNotFound(res: ApiResult, resource: string, id: string) {
  expectError(res, 404, "NOT_FOUND");
  expect(res.body.error.details, res.text).toEqual([{ message: "not found", resource, id }]);
}

describe("another county's records", () => {
  it("are answered 404, exactly as records that do not exist, to read and to act, and stay as they were", async () => {
    const { xj, jk } = w;
    const householdBefore = (await api("GET /households/{householdId}", { token: jk.clerk, params: { householdId: w.households.jk } }))
      .body;
    const claimsBefore = await Promise.all(
      w.claims.jk.map((claimId) => api("GET /claims/{claimId}", { token: jk.approver, params: { claimId } })),
    );

    for (const householdId of [w.households.jk, `hh_missing_${w.tag}`]) {
      expectNotFound(await call("GET", `/households/${householdId}`, { token: xj.clerk }), "household", householdId);
      expectNotFound(await call("GET", `/households/${householdId}`, { token: xj.approver }), "household", householdId);
      expectNotFound(await call("GET", `/households/${householdId}/versions`, { token: xj.clerk }), "household", householdId);
      expectNotFound(
        await call("PATCH", `/households/${householdId}`, { token: xj.clerk, body: { reason: "核实", address: "一组" } }),
        "household",
        householdId,
      );
    }
    for (const claimId of [...w.claims.jk, `clm_missing_${w.tag}`]) {
      expectNotFound(await call("GET", `/claims/${claimId}`, { token: xj.clerk }), "claim", claimId);
      expectNotFound(await call("GET", `/claims/${claimId}`, { token: xj.approver }), "claim", claimId);
    }
    const { jkSubmitted, jkReviewed, jkApproved } = w.claims;
    expectNotFound(
      await call("POST", `/claims/${jkSubmitted}/review`, { token: xj.reviewer, body: { decision: "pass", note: "x" } }),
      "claim",
      jkSubmitted,
    );
    expectNotFound(await call("POST", `/claims/${jkSubmitted}/reject`, { token: xj.clerk, body: { reason: "x" } }), "claim", jkSubmitted);
    expectNotFound(await call("POST", `/claims/${jkReviewed}/approve`, { token: xj.approver }), "claim", jkReviewed);
    expectNotFound(await call("POST", `/claims/${jkReviewed}/reject`, { token: xj.approver, body: { reason: "x" } }), "claim", jkReviewed);
    // Paying it: a batch of 夏津's finance refuses another county's approved claim exactly as a claim that does not exist.
    const xjFinance = await staffToken(`finance-xj-${w.tag}`, ["finance"], xj.area);
    const batchOf = (claimId: string) =>
      call("POST", "/payment-batches", { token: xjFinance, body: { schemeId: w.schemes.xj, claimIds: [claimId] } });
    const [outsideBatch, missingBatch] = [await batchOf(jkApproved), await batchOf(`clm_missing_${w.tag}`)];
    expectError(outsideBatch, 422, "CLAIMS_NOT_PAYABLE");
    expect(outsideBatch.body.error.details).toEqual([expect.objectContaining({ claimId: jkApproved, reason: "not_found" })]);
    expect(outsideBatch.body.error.details).toEqual(
      missingBatch.body.error.details.map((d: Record<string, unknown>) => ({ ...d, claimId: jkApproved })),
    );

    // Filing or previewing a claim for the household: the answer for a household that does not exist.
    const unknown = `hh_missing_${w.tag}`;
    for (const path of ["/claims", "/claims/preview"]) {
      const outside = await call("POST", path, { token: xj.clerk, body: claimInput(w.households.jk, w.schemes.jk) });
      const missing = await call("POST", path, { token: xj.clerk, body: claimInput(unknown, w.schemes.jk) });
      expectError(outside, 422, "REFERENCE_NOT_FOUND");
      expect(outside.body.error.details).toEqual(
        missing.body.error.details.map((d: Record<string, unknown>) => ({ ...d, id: w.households.jk })),
      );
    }
    // Registering a household in the other county's village: the answer for a village that does not exist.
    const village = await call("POST", "/households", { token: xj.clerk, body: householdInput(w.villages.jk.villageId) });
    expectError(village, 422, "REFERENCE_NOT_FOUND");
    expect(village.body.error.details[0]).toMatchObject({ path: "villageId", resource: "village", id: w.villages.jk.villageId });

    // Nothing changed.
    expect((await api("GET /households/{householdId}", { token: jk.clerk, params: { householdId: w.households.jk } })).body).toEqual(
      householdBefore,
    );
    const claimsAfter = await Promise.all(
      w.claims.jk.map((claimId) => api("GET /claims/{claimId}", { token: jk.approver, params: { claimId } })),
    );
    expect(claimsAfter.map((r) => r.body)).toEqual(claimsBefore.map((r) => r.body));
  });

  it("never show in the household or claim lists, nor in the claims report", async () => {
    const { xj, jk } = w;
    const households = await allPages<any>("/households", { token: xj.clerk, limit: 1 });
    expect(householdIds(households.items)).toEqual(inCounty());
    expect((await api("GET /households", { token: xj.clerk, query: { county: w.villages.jk.county } })).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(householdIds((await allPages<any>("/households", { token: jk.clerk })).items)).toEqual([w.households.jk]);

    const claims = await allPages<any>("/claims", { token: xj.approver, limit: 1 });
    expect(claimIds(claims.items)).toEqual(xjClaims());
    for (const query of [
      { schemeId: w.schemes.jk },
      { schemeId: w.schemes.jk, status: "submitted" as const },
      { county: w.villages.jk.county },
      { county: w.villages.jk.county, status: "approved" as const },
    ]) {
      expect((await api("GET /claims", { token: xj.clerk, query })).body.items, JSON.stringify(query)).toEqual([]);
    }
    expect(claimIds((await allPages<any>("/claims?status=submitted", { token: xj.clerk })).items)).toEqual(xjClaims());
    expect(claimIds((await allPages<any>("/claims", { token: jk.clerk })).items)).toEqual([...w.claims.jk].sort());

    expectNotFound(await call("GET", `/reports/claims?schemeId=${w.schemes.jk}`, { token: xj.approver }), "scheme", w.schemes.jk);
    expectNotFound(
      await call("GET", `/reports/claims?schemeId=${w.schemes.jk}`, { token: xj.clerk, headers: { accept: "text/csv" } }),
      "scheme",
      w.schemes.jk,
    );
    expect((await api("GET /reports/claims", { token: jk.approver, query: { schemeId: w.schemes.jk } })).body).toMatchObject({
      byStatus: { submitted: 1, reviewed: 1, approved: 1 },
    });
    expect((await api("GET /reports/claims", { token: xj.approver, query: { schemeId: w.schemes.xj } })).status).toBe(200);
  });
});

describe("a township's clerk", () => {
  it("sees and acts on only their township's households and claims", async () => {
    const town = await w.staff("clerk-town", ["clerk"], townshipOf(w.villages.xj));
    expect(householdIds((await allPages<any>("/households", { token: town })).items)).toEqual(inTownship());
    expect((await api("GET /households", { token: town, query: { township: "香赵庄镇" } })).body.items).toEqual([]);
    expect(householdIds((await api("GET /households", { token: town, query: { township: "苏留庄镇" } })).body.items)).toEqual(inTownship());
    expect((await api("GET /households", { token: town, query: { villageId: w.villages.xjOther.villageId } })).body.items).toEqual([]);
    expectNotFound(await call("GET", `/households/${w.households.xjOther}`, { token: town }), "household", w.households.xjOther);
    expectNotFound(
      await call("PATCH", `/households/${w.households.xjOther}`, { token: town, body: { reason: "核实", address: "一组" } }),
      "household",
      w.households.xjOther,
    );
    const own = await call("PATCH", `/households/${w.households.xj}`, { token: town, body: { reason: "入户核实", address: "二组3号" } });
    expect(own.status, own.text).toBe(200);
    expectError(
      await call("POST", "/households", { token: town, body: householdInput(w.villages.xjOther.villageId) }),
      422,
      "REFERENCE_NOT_FOUND",
    );
    const registered = await api("POST /households", { token: town, body: householdInput(w.villages.xj.villageId) });
    expect(registered.status, registered.text).toBe(201);
    w.added.push(registered.body.householdId);
    expect(householdIds((await allPages<any>("/households", { token: town })).items)).toEqual(inTownship());

    expect(claimIds((await allPages<any>("/claims", { token: town })).items)).toEqual([w.claims.xj]);
    expect(claimIds((await api("GET /claims", { token: town, query: { schemeId: w.schemes.xj } })).body.items)).toEqual([w.claims.xj]);
    expectNotFound(await call("GET", `/claims/${w.claims.xjOther}`, { token: town }), "claim", w.claims.xjOther);
    expectNotFound(
      await call("POST", `/claims/${w.claims.xjOther}/reject`, { token: town, body: { reason: "x" } }),
      "claim",
      w.claims.xjOther,
    );
    expectError(
      await call("POST", "/claims", { token: town, body: claimInput(w.households.xjOther, w.schemes.xj) }),
      422,
      "REFERENCE_NOT_FOUND",
    );
    // The county's scheme report is the township's too.
    expect((await api("GET /reports/claims", { token: town, query: { schemeId: w.schemes.xj } })).status).toBe(200);
  });
});

describe("province and city staff", () => {
  it("read their whole area one county at a time, and are refused every change with 403 READ_ONLY_AREA", async () => {
    for (const area of [{ province: "山东省" }, { province: "山东省", city: "德州市" }]) {
      const clerk = await w.staff("clerk-above", ["clerk"], area);
      const approver = await w.staff("approver-above", ["approver"], area);
      const county = w.villages.xj.county;
      const why = JSON.stringify(area);

      const noCounty = await call("GET", "/households", { token: clerk });
      expectError(noCounty, 400, "VALIDATION_FAILED");
      expect(noCounty.body.error.details[0]).toMatchObject({ path: "query.county", issue: "required" });
      expectError(await call("GET", "/claims", { token: clerk }), 400, "VALIDATION_FAILED");
      expect(
        householdIds((await allPages<any>(`/households?county=${encodeURIComponent(county)}`, { token: clerk, limit: 1 })).items),
        why,
      ).toEqual(inCounty());
      expect(claimIds((await allPages<any>(`/claims?county=${encodeURIComponent(county)}`, { token: approver })).items), why).toEqual(
        xjClaims(),
      );
      expect((await api("GET /households/{householdId}", { token: clerk, params: { householdId: w.households.xjOther } })).status).toBe(
        200,
      );
      expect((await api("GET /claims/{claimId}", { token: approver, params: { claimId: w.claims.xj } })).status).toBe(200);
      expect((await api("GET /households/{householdId}/versions", { token: clerk, params: { householdId: w.households.xj } })).status).toBe(
        200,
      );
      const preview = await call("POST", "/claims/preview", { token: clerk, body: claimInput(w.households.xj, w.schemes.xj) });
      expect(preview.status, preview.text).toBe(200);

      // Another province's county is outside the area: empty lists, 404 records.
      expect((await api("GET /households", { token: clerk, query: { county: w.villages.jk.county } })).body.items, why).toEqual([]);
      expect((await api("GET /claims", { token: clerk, query: { county: w.villages.jk.county } })).body.items, why).toEqual([]);
      expectNotFound(await call("GET", `/households/${w.households.jk}`, { token: clerk }), "household", w.households.jk);
      expectNotFound(await call("GET", `/claims/${w.claims.jkSubmitted}`, { token: approver }), "claim", w.claims.jkSubmitted);
      expectNotFound(
        await call("PATCH", `/households/${w.households.jk}`, { token: clerk, body: { reason: "核实", address: "一组" } }),
        "household",
        w.households.jk,
      );

      // Inside it, every change is refused as read-only.
      const before = (await api("GET /households/{householdId}", { token: clerk, params: { householdId: w.households.xj } })).body;
      const claimBefore = (await api("GET /claims/{claimId}", { token: clerk, params: { claimId: w.claims.xj } })).body;
      const refusals = [
        await call("PATCH", `/households/${w.households.xj}`, { token: clerk, body: { reason: "核实", address: "一组" } }),
        await call("POST", "/households", { token: clerk, body: householdInput(w.villages.xj.villageId) }),
        await call("POST", "/claims", { token: clerk, body: claimInput(w.households.xj, w.schemes.xj) }),
        await call("POST", `/claims/${w.claims.xj}/review`, { token: clerk, body: { decision: "pass", note: "x" } }),
        await call("POST", `/claims/${w.claims.xj}/reject`, { token: clerk, body: { reason: "x" } }),
        await call("POST", `/claims/${w.claims.xj}/approve`, { token: approver }),
        await call("POST", "/payment-batches", {
          token: await staffToken(`finance-above-${w.tag}`, ["finance"], area),
          body: { schemeId: w.schemes.xj, claimIds: [w.claims.xj] },
        }),
      ];
      for (const res of refusals) {
        expectError(res, 403, "READ_ONLY_AREA");
        expect(res.body.error.details[0]).toMatchObject({ rule: "area", level: area.city ? "city" : "province" });
      }
      const zh = await call("PATCH", `/households/${w.households.xj}`, {
        token: clerk,
        body: { reason: "核实", address: "一组" },
        headers: { "accept-language": "zh-CN" },
      });
      expect(zh.body.error.message).toBe(
        `${area.city ? "市级" : "省级"}工作人员可以查看本区域的记录，但不能办理；请由所在县或乡镇的工作人员办理。`,
      );
      expect((await api("GET /households/{householdId}", { token: clerk, params: { householdId: w.households.xj } })).body).toEqual(before);
      expect((await api("GET /claims/{claimId}", { token: clerk, params: { claimId: w.claims.xj } })).body).toEqual(claimBefore);
    }
  });
});

describe("staff without an area", () => {
  it("see nothing and do nothing: 403 AREA_REQUIRED", async () => {
    const clerk = await tokenFor(`clerk-noarea-${w.tag}`, "clerk");
    const approver = await tokenFor(`approver-noarea-${w.tag}`, "approver");
    const refusals = [
      await call("GET", "/households", { token: clerk }),
      await call("GET", `/households?county=${encodeURIComponent(w.villages.xj.county)}`, { token: clerk }),
      await call("GET", `/households/${w.households.xj}`, { token: clerk }),
      await call("GET", `/households/${w.households.xj}/versions`, { token: approver }),
      await call("PATCH", `/households/${w.households.xj}`, { token: clerk, body: { reason: "核实", address: "一组" } }),
      await call("POST", "/households", { token: clerk, body: householdInput(w.villages.xj.villageId) }),
      await call("GET", "/claims", { token: clerk }),
      await call("GET", `/claims?schemeId=${w.schemes.xj}`, { token: approver }),
      await call("GET", `/claims/${w.claims.xj}`, { token: approver }),
      await call("POST", `/claims/${w.claims.xj}/review`, { token: clerk, body: { decision: "pass", note: "x" } }),
      await call("POST", `/claims/${w.claims.xj}/reject`, { token: clerk, body: { reason: "x" } }),
      await call("POST", `/claims/${w.claims.jkReviewed}/approve`, { token: approver }),
      await call("GET", `/reports/claims?schemeId=${w.schemes.xj}`, { token: approver }),
    ];
    for (const res of refusals) expectError(res, 403, "AREA_REQUIRED");
    const zh = await call("GET", "/households", { token: clerk, headers: { "accept-language": "zh-CN" } });
    expect(zh.body.error.message).toBe("您的账号尚未设置管辖区域（省、市、县或乡镇），不能查看或办理农户与申请，请联系管理员设置。");
  });

  it("are refused filing or previewing a claim with 403 AREA_REQUIRED, not told the household is unknown", async () => {
    const clerk = await tokenFor(`clerk-noarea-${w.tag}`, "clerk");
    for (const path of ["/claims", "/claims/preview"]) {
      expectError(await call("POST", path, { token: clerk, body: claimInput(w.households.xj, w.schemes.xj) }), 403, "AREA_REQUIRED");
    }
  });

  it("include a token naming a township without its county: township names repeat, so it is no area at all", async () => {
    const clerk = await staffToken(`clerk-township-only-${w.tag}`, ["clerk"], { township: "苏留庄镇" });
    expectError(await call("GET", "/households", { token: clerk }), 403, "AREA_REQUIRED");
    expectError(await call("GET", `/households/${w.households.xj}`, { token: clerk }), 403, "AREA_REQUIRED");
    // With a province it is that province's (read-only) staff: the township narrows nothing.
    const above = await staffToken(`clerk-province-township-${w.tag}`, ["clerk"], { province: "山东省", township: "苏留庄镇" });
    expect(
      householdIds((await allPages<any>(`/households?county=${encodeURIComponent(w.villages.xj.county)}`, { token: above })).items),
    ).toEqual(inCounty());
    expectError(
      await call("PATCH", `/households/${w.households.xj}`, { token: above, body: { reason: "核实", address: "一组" } }),
      403,
      "READ_ONLY_AREA",
    );
  });
});

describe("a national administrator", () => {
  it("reads any county, naming it, and acts on its records", async () => {
    const admin = w.admin;
    expectError(await call("GET", "/households", { token: admin }), 400, "VALIDATION_FAILED");
    expect(householdIds((await api("GET /households", { token: admin, query: { county: w.villages.jk.county } })).body.items)).toEqual([
      w.households.jk,
    ]);
    expect(claimIds((await allPages<any>(`/claims?county=${encodeURIComponent(w.villages.jk.county)}`, { token: admin })).items)).toEqual(
      [...w.claims.jk].sort(),
    );
    expect((await api("GET /households/{householdId}", { token: admin, params: { householdId: w.households.jk } })).status).toBe(200);
    expect((await api("GET /claims/{claimId}", { token: admin, params: { claimId: w.claims.jkSubmitted } })).status).toBe(200);
    expect((await api("GET /reports/claims", { token: admin, query: { schemeId: w.schemes.jk } })).status).toBe(200);
    const changed = await call("PATCH", `/households/${w.households.jk}`, {
      token: admin,
      body: { reason: "县里委托更正", headName: "杨光明" },
    });
    expect(changed.status, changed.text).toBe(200);
    // An administrator with an area is bound to it like other staff.
    const countyAdmin = await w.staff("admin-county", ["admin"], countyOf(w.villages.xj));
    expectNotFound(await call("GET", `/households/${w.households.jk}`, { token: countyAdmin }), "household", w.households.jk);
  });
});

describe("risk leads", () => {
  // Leads are a part of monitoring built beside this one: checked here once their routes exist.
  const built = hasRoute("POST /risk-leads") && hasRoute("GET /risk-leads/{leadId}") && hasRoute("GET /risk-leads");

  it.skipIf(!built)("of another county are 404 and never listed", async () => {
    const made = await call("POST", "/risk-leads", {
      token: w.jk.clerk,
      body: { householdId: w.households.jk, source: "cadre_visit", description: "走访发现家中主要劳动力因病无法务工" },
    });
    expect(made.status, made.text).toBe(201);
    const leadId = made.body.leadId as string;
    expectNotFound(await call("GET", `/risk-leads/${leadId}`, { token: w.xj.clerk }), "risk lead", leadId);
    expect((await call("GET", `/risk-leads/${leadId}`, { token: w.jk.clerk })).status).toBe(200);
    const listed = await allPages<{ leadId: string }>("/risk-leads", { token: w.xj.clerk });
    expect(listed.items.map((l) => l.leadId)).not.toContain(leadId);
    const outside = await call("POST", "/risk-leads", {
      token: w.xj.clerk,
      body: { householdId: w.households.jk, source: "cadre_visit", description: "走访" },
    });
    expect(outside.status, outside.text).toBeGreaterThanOrEqual(404);
    expect(outside.body.error.code).toMatch(/^(NOT_FOUND|REFERENCE_NOT_FOUND)$/);
  });
});

describe("the demo data", () => {
  it("shows a 夏津县 clerk only 夏津县's households and claims, and hides 江口县's", async () => {
    const xiajin = await staffToken(`clerk-xiajin-${w.tag}`, ["clerk"], { province: "山东省", city: "德州市", county: "夏津县" });
    const jiangkou = await staffToken(`clerk-jiangkou-${w.tag}`, ["clerk"], { province: "贵州省", city: "铜仁市", county: "江口县" });
    const xjHouseholds = (await allPages<any>("/households", { token: xiajin, limit: 100 })).items;
    const xjClaims = (await allPages<any>("/claims", { token: xiajin, limit: 100 })).items;
    const jkClaims = (await allPages<any>("/claims", { token: jiangkou, limit: 100 })).items;
    expect(xjHouseholds.length).toBeGreaterThan(0);
    expect(xjClaims.length).toBeGreaterThan(0);
    expect(jkClaims.length).toBeGreaterThan(0);
    for (const h of xjHouseholds) expect(h.county).toBe("夏津县");
    for (const c of xjClaims) expect(c.county).toBe("夏津县");
    for (const c of jkClaims) {
      expect(c.county).toBe("江口县");
      expectNotFound(await call("GET", `/claims/${c.claimId}`, { token: xiajin }), "claim", c.claimId);
      expectNotFound(await call("GET", `/households/${c.householdId}`, { token: xiajin }), "household", c.householdId);
    }
    expectNotFound(
      await call("GET", "/reports/claims?schemeId=jiangkou-fangpin-relief", { token: xiajin }),
      "scheme",
      "jiangkou-fangpin-relief",
    );
    expect((await call("GET", "/reports/claims?schemeId=xiajin-fangpin-insurance", { token: xiajin })).status).toBe(200);
  });
});

describe("local tokens", () => {
  it("carry the area from the local sign-in, and refuse a township without its county", async () => {
    const signIn = async (body: unknown) => {
      const res = await fetch(`${baseUrl()}/local/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": "zh-CN" },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const place = w.villages.xj;
    const res = await signIn({ sub: `clerk-dev-${w.tag}`, roles: ["clerk"], ...townshipOf(place) });
    expect(res.status).toBe(200);
    const claims = JSON.parse(Buffer.from(res.body.accessToken.split(".")[1], "base64url").toString("utf8"));
    expect(claims).toMatchObject({
      "custom:province": "山东省",
      "custom:city": "德州市",
      "custom:county": place.county,
      "custom:township": "苏留庄镇",
    });
    expect(householdIds((await allPages<any>("/households", { token: res.body.accessToken })).items)).toEqual(inTownship());

    const lone = await signIn({ sub: `clerk-dev-${w.tag}`, roles: ["clerk"], township: "苏留庄镇" });
    expect(lone.status).toBe(400);
    expect(lone.body.error.details).toEqual([{ path: "body.township", message: "填写乡镇时须同时填写所属区县" }]);
  });

  it("carry the area from `npm run token -- --county …`, and refuse --township without --county", async () => {
    // Asynchronously: a blocked event loop would let the platform close this worker's idle connections under it.
    const token = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", "packages/local/src/token-cli.ts", ...args],
          { env: { ...process.env, DATA_DIR: inject("dataDir") }, encoding: "utf8" },
          (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
        );
      });
    const ok = await token("--sub", `clerk-cli-${w.tag}`, "--roles", "clerk", "--county", w.villages.jk.county);
    expect(ok.status, ok.stderr).toBe(0);
    const claims = JSON.parse(Buffer.from(ok.stdout.trim().split(".")[1]!, "base64url").toString("utf8"));
    expect(claims).toMatchObject({ sub: `clerk-cli-${w.tag}`, "cognito:groups": ["clerk"], "custom:county": w.villages.jk.county });
    expect(claims).not.toHaveProperty("custom:township");
    const lone = await token("--sub", "x", "--roles", "clerk", "--township", "苏留庄镇");
    expect(lone.status).toBe(2);
    expect(lone.stderr).toContain("--township needs --county");
    expect(lone.stdout).toBe("");
    const listed = await api("GET /households", { token: ok.stdout.trim() });
    expect(listed.status, listed.text).toBe(200);
    expect(householdIds(listed.body.items)).toEqual([w.households.jk]);
  });
});
