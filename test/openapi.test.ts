import { describe, expect, it } from "vitest";
import { routes } from "@fupin/functions/routes";
import { call } from "./support/api";

describe("GET /openapi.json", () => {
  it("documents exactly the routes of the route table, as OpenAPI 3.1", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const documented = Object.entries<Record<string, unknown>>(res.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it("describes request bodies from the same schemas the handlers parse with", async () => {
    const doc = (await call("GET", "/openapi.json")).body;
    const schema = doc.paths["/products"].post.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["supplierId", "villageId", "name", "priceFen", "stock", "povertyLink"]));
    expect(schema.properties.priceFen).toMatchObject({ type: "integer", minimum: 1 });
    expect(schema.additionalProperties).toBe(false);
    expect(doc.paths["/products"].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths["/products"].get.security).toBeUndefined();
    const params = doc.paths["/products"].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(["category", "county", "villageId", "q", "limit", "cursor"]));
  });

  it("documents the household registry's filters and its change with a required reason", async () => {
    const doc = (await call("GET", "/openapi.json")).body;
    const list = doc.paths["/households"].get.parameters.map((p: any) => p.name);
    expect(list).toEqual(expect.arrayContaining(["county", "township", "villageId", "status", "category", "limit", "cursor"]));
    const change = doc.paths["/households/{householdId}"].patch.requestBody.content["application/json"].schema;
    expect(change.required).toContain("reason");
    expect(Object.keys(change.properties)).toEqual(expect.arrayContaining(["expectedVersion", "members", "income", "category", "address"]));
    const household = doc.paths["/households/{householdId}"].get.responses["200"].content["application/json"].schema;
    // Still the number of people, beside each person.
    const props = household.properties ?? doc.components?.schemas?.[household.$ref?.split("/").pop()]?.properties;
    expect(props.members).toMatchObject({ type: "integer" });
    expect(props.people).toMatchObject({ type: "array" });
  });

  it("documents the claims rule model: bases, thresholds by category, per-person caps, the coverage period, a claim's member and invoices", async () => {
    const doc = (await call("GET", "/openapi.json")).body;
    const resolve = (schema: any) => (schema?.$ref ? doc.components.schemas[schema.$ref.split("/").pop()] : schema);
    const scheme = resolve(doc.paths["/schemes/{schemeId}"].put.requestBody.content["application/json"].schema);
    expect(Object.keys(scheme.properties)).toEqual(expect.arrayContaining(["coveragePeriod", "incomeTest", "chain", "rules"]));
    const rule = resolve(scheme.properties.rules.additionalProperties);
    expect(rule.properties.basis.enum).toEqual(["per_claim", "household_year", "person_year"]);
    expect(Object.keys(rule.properties)).toEqual(
      expect.arrayContaining(["label", "entryThresholdFen", "entryThresholdByCategoryFen", "perPersonYearCapFen", "requiredDocuments"]),
    );
    const claim = resolve(doc.paths["/claims"].post.requestBody.content["application/json"].schema);
    expect(Object.keys(claim.properties)).toEqual(expect.arrayContaining(["memberId", "invoices", "duplicateExplanation"]));
    expect(claim.required).not.toContain("memberId");
    const invoice = resolve(claim.properties.invoices.items);
    expect(invoice.required).toEqual(expect.arrayContaining(["number", "issuer", "date", "amountFen"]));
    const review = resolve(doc.paths["/claims/{claimId}/review"].post.requestBody.content["application/json"].schema);
    expect(Object.keys(review.properties)).toContain("duplicateOverride");
  });

  it("documents the retired POST /claims/{claimId}/disburse as deprecated, answering only refusals with 410, and no other route with 410", async () => {
    const doc = (await call("GET", "/openapi.json")).body;
    const retired = doc.paths["/claims/{claimId}/disburse"].post;
    expect(retired.deprecated).toBe(true);
    expect(retired.requestBody).toBeUndefined();
    expect(Object.keys(retired.responses)).toContain("410");
    expect(Object.keys(retired.responses).filter((s) => s.startsWith("2"))).toEqual([]);
    const with410 = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => "410" in op.responses)
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(with410).toEqual(["POST /claims/{claimId}/disburse"]);
  });

  it("answers GET /health", async () => {
    const res = await call("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });
});
