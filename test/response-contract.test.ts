import { describe, expect, it } from "vitest";
import { z } from "zod";
import { routes, routeKey, type RouteKey } from "@fupin/functions/routes";
import { allPages, api, call } from "./support/api";
import { checkExchange, routeOf, strictProblems, type Exchange } from "./support/contract";
import {
  adminToken,
  certificationInput,
  claimInput,
  contributionInput,
  enterpriseInput,
  householdInput,
  pairingInput,
  productInput,
  schemeInput,
  supplierInput,
  villageInput,
} from "./support/fixtures";

/** The checks every answer of the platform meets in these tests (support/contract.ts), fed answers made up here, and the demo data read through them. */

const JSON_TYPE = "application/json; charset=utf-8";

/** A village as the platform sends it. */
const village = {
  villageId: "vil_1",
  name: "小石堂村",
  province: "山东省",
  city: "德州市",
  county: "夏津县",
  township: "苏留庄镇",
  createdAt: "2026-01-01T00:00:00.000Z",
};

/** An order as the platform sends it while it awaits payment. */
const pendingOrder = () => ({
  orderId: "ord_1",
  buyerId: "buyer-1",
  status: "pending_payment",
  totalFen: 3980,
  currency: "cny",
  items: [
    {
      productId: "prd_1",
      name: "桑椹干",
      unit: "250g/袋",
      quantity: 1,
      unitPriceFen: 3980,
      lineFen: 3980,
      villageId: "vil_1",
      village: "小石堂村",
      county: "夏津县",
      province: "山东省",
    },
  ],
  paidFen: 0,
  refundedFen: 0,
  refundRequestedFen: 0,
  payment: { provider: "stripe", paymentIntentId: "pi_1", clientSecret: "pi_1_secret_x" },
  creditMonth: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});

const answer = (method: string, pathname: string, status: number, body: unknown, contentType = JSON_TYPE): Exchange => ({
  method,
  pathname,
  status,
  contentType,
  text: typeof body === "string" ? body : JSON.stringify(body),
});

const problemsOf = (ex: Exchange) => checkExchange(ex).problems;

describe("the response check", () => {
  it("passes an order shaped exactly as its route's response schema declares", () => {
    expect(checkExchange(answer("GET", "/orders/ord_1", 200, pendingOrder()))).toEqual({ route: "GET /orders/{orderId}", problems: [] });
  });

  it("fails a field the schema does not declare, at the top and nested, naming each by its JSON path", () => {
    const order = pendingOrder();
    const body = { ...order, discountFen: 100, items: [{ ...order.items[0], sku: "x" }], payment: { ...order.payment, card: "4242" } };
    const verdict = checkExchange(answer("GET", "/orders/ord_1", 200, body));
    expect(verdict.route).toBe("GET /orders/{orderId}");
    expect(verdict.problems.sort()).toEqual(
      [
        "$.discountFen: not declared by the schema",
        "$.items[0].sku: not declared by the schema",
        "$.payment.card: not declared by the schema",
      ].sort(),
    );
  });

  it("fails a required field that is missing, and a value of the wrong type", () => {
    const { updatedAt: _missing, ...order } = pendingOrder();
    expect(problemsOf(answer("GET", "/orders/ord_1", 200, order))).toEqual(["$.updatedAt: missing, but the schema requires it"]);
    const wrong = { ...pendingOrder(), totalFen: "3980" };
    expect(problemsOf(answer("GET", "/orders/ord_1", 200, wrong))).toEqual(["$.totalFen: must be an amount in integer fen"]);
  });

  it("checks every item of a page, and the page itself", () => {
    const page = { items: [pendingOrder(), { ...pendingOrder(), orderId: "ord_2", secret: true }], nextCursor: null, total: 2 };
    expect(problemsOf(answer("GET", "/orders", 200, page)).sort()).toEqual([
      "$.items[1].secret: not declared by the schema",
      "$.total: not declared by the schema",
    ]);
  });

  it("does not let a schema's default stand in for a field the body lacks", () => {
    expect(strictProblems(z.object({ tags: z.array(z.string()).default([]) }), {})).toEqual([
      "$.tags: missing, but the schema requires it",
    ]);
  });

  it("fails a key a strict schema refuses as undeclared, by its path", () => {
    expect(problemsOf(answer("GET", "/villages/vil_1", 200, village))).toEqual([]);
    expect(problemsOf(answer("GET", "/villages/vil_1", 200, { ...village, pk: "VILLAGE#vil_1" }))).toEqual([
      "$.pk: not declared by the schema",
    ]);
  });

  it("holds a success to its route's declared status: 201 for a creation, 200 for an order's replay only", () => {
    expect(problemsOf(answer("POST", "/orders", 201, pendingOrder()))).toEqual([]);
    expect(problemsOf(answer("POST", "/orders", 200, pendingOrder()))).toEqual([]);
    expect(problemsOf(answer("POST", "/orders", 202, pendingOrder()))).toEqual(["answered 202, but the route declares 201 or 200"]);
    expect(problemsOf(answer("POST", "/villages", 200, village))).toEqual(["answered 200, but the route declares 201"]);
    expect(problemsOf(answer("GET", "/orders/ord_1", 201, pendingOrder()))).toEqual(["answered 201, but the route declares 200"]);
  });

  it("holds a refusal to the error body, strictly", () => {
    const refusal = { error: { code: "NOT_FOUND", message: "Order ord_1 not found" } };
    expect(problemsOf(answer("GET", "/orders/ord_1", 404, refusal))).toEqual([]);
    expect(problemsOf(answer("GET", "/orders/ord_1", 404, { error: { code: "NOT_FOUND" } }))).toEqual([
      "$.error.message: missing, but the schema requires it",
    ]);
    expect(problemsOf(answer("GET", "/orders/ord_1", 404, { ...refusal, order: null }))).toEqual(["$.order: not declared by the schema"]);
    expect(problemsOf(answer("GET", "/orders/ord_1", 500, "<html>oops</html>", "text/html"))).toEqual([
      "answered content-type text/html, not application/json",
    ]);
  });

  it("lets the details of a refusal name more than the field and the message", () => {
    const details = [
      { path: "body.incidentDate", message: "outside the coverage period", coveragePeriod: { from: "2026-01-01", to: "2026-12-31" } },
    ];
    expect(problemsOf(answer("POST", "/claims", 422, { error: { code: "OUTSIDE_COVERAGE_PERIOD", message: "m", details } }))).toEqual([]);
  });

  it("accepts API Gateway's own message beside the error body on the gateway's refusals, and nowhere else", () => {
    const unauthenticated = { message: "Unauthorized", error: { code: "UNAUTHENTICATED", message: "A valid bearer token is required" } };
    expect(problemsOf(answer("POST", "/villages", 401, unauthenticated))).toEqual([]);
    expect(
      problemsOf(
        answer("GET", "/nowhere", 404, { message: "Not Found", error: { code: "NOT_FOUND", message: "No route for GET /nowhere" } }),
      ),
    ).toEqual([]);
    expect(problemsOf(answer("POST", "/villages", 401, { ...unauthenticated, message: "Go away" }))).toEqual([
      expect.stringMatching(/^\$\.message: /),
    ]);
    expect(problemsOf(answer("POST", "/orders", 409, { message: "Conflict", error: { code: "OUT_OF_STOCK", message: "m" } }))).toEqual([
      "$.message: not declared by the schema",
    ]);
  });

  it("skips the CSV of a route that offers CSV, and fails CSV from a route that does not", () => {
    expect(problemsOf(answer("GET", "/reports/sales", 200, "\uFEFFkey,name\r\n", "text/csv; charset=utf-8"))).toEqual([]);
    expect(problemsOf(answer("GET", "/orders/ord_1", 200, "a,b\r\n", "text/csv; charset=utf-8"))).toEqual([
      "answered text/csv, but the route does not offer CSV",
    ]);
  });

  it("fails a success from a path no route matches", () => {
    expect(checkExchange(answer("GET", "/orders/ord_1/secrets", 200, {}))).toEqual({
      route: "GET /orders/ord_1/secrets",
      problems: ["answered 200, but no route of the route table matches the request"],
    });
  });
});

describe("route resolution", () => {
  it("finds a route as the gateway does, parameters filled by any one segment", () => {
    const key = (method: string, path: string) => {
      const r = routeOf(method, path);
      return r && routeKey(r);
    };
    expect(key("GET", "/health/ready")).toBe("GET /health/ready");
    expect(key("GET", "/health")).toBe("GET /health");
    expect(key("get", "/orders/ord_1")).toBe("GET /orders/{orderId}");
    expect(key("POST", "/orders/ord_1/cancel")).toBe("POST /orders/{orderId}/cancel");
    expect(key("GET", "/reports/villages/vil_1/sales")).toBe("GET /reports/villages/{villageId}/sales");
    expect(key("DELETE", "/orders/ord_1")).toBeUndefined();
    expect(key("GET", "/villages/%ZZ")).toBeUndefined();
  });
});

describe("fixtures", () => {
  const bodyOf = (key: RouteKey) => {
    const route = routes.find((r) => routeKey(r) === key);
    if (!route || !("body" in route)) throw new Error(`${key} takes no body`);
    return route.body;
  };

  it.each([
    ["POST /villages", () => villageInput()],
    ["POST /suppliers", () => supplierInput("vil_1")],
    ["POST /products", () => productInput("sup_1", "vil_1")],
    ["PUT /products/{productId}/certification", () => certificationInput()],
    ["POST /enterprises", () => enterpriseInput()],
    ["POST /pairings", () => pairingInput("ent_1", "vil_1")],
    ["POST /pairings/{pairingId}/contributions", () => contributionInput()],
    ["POST /households", () => householdInput("vil_1")],
    ["PATCH /households/{householdId}", () => ({ reason: "入户核实后更正", address: "三组12号", expectedVersion: 1 })],
    ["PUT /schemes/{schemeId}", () => schemeInput("夏津县")],
    ["POST /claims", () => claimInput("hh_1", "sch_1")],
  ] as const)("are valid bodies for %s by default", (key, make) => {
    const parsed = bodyOf(key).safeParse(make());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

describe("the demo data", () => {
  it("answers every read route in the shape the route declares", async () => {
    // Each `call` below is checked strictly; reading is the test.
    const admin = await adminToken();
    for (const county of ["夏津县", "齐河县", "江口县"]) {
      const villages = await allPages<{ villageId: string }>(`/villages?county=${encodeURIComponent(county)}`, { limit: 100 });
      expect(villages.items.length, county).toBeGreaterThan(0);
      for (const { villageId } of villages.items) {
        await api("GET /villages/{villageId}", { params: { villageId } });
        await api("GET /reports/villages/{villageId}/sales", { params: { villageId } });
        for (const pairing of (
          await allPages<{ pairingId: string; enterpriseId: string }>(`/pairings?villageId=${villageId}`, { limit: 100 })
        ).items) {
          await api("GET /pairings/{pairingId}", { params: { pairingId: pairing.pairingId } });
          await api("GET /enterprises/{enterpriseId}", { params: { enterpriseId: pairing.enterpriseId } });
          await allPages(`/pairings/${pairing.pairingId}/contributions`, { limit: 100 });
        }
      }
      for (const product of (
        await allPages<{ productId: string; supplierId: string }>(`/products?county=${encodeURIComponent(county)}`, { limit: 100 })
      ).items) {
        await api("GET /products/{productId}", { token: admin, params: { productId: product.productId } });
        await api("GET /suppliers/{supplierId}", { params: { supplierId: product.supplierId } });
      }
    }
    for (const schemeId of [
      "xiajin-fangpin-insurance",
      "qihe-fangpin-insurance",
      "jiangkou-fangpin-relief",
      "shexian-fangpin-insurance",
      "weixian-fangpin-insurance",
      "xiuwu-fangpin-insurance",
    ]) {
      await api("GET /schemes/{schemeId}", { token: admin, params: { schemeId } });
      await api("GET /reports/claims", { token: admin, query: { schemeId } });
      for (const claim of (
        await allPages<{ claimId: string; householdId: string }>(`/claims?schemeId=${schemeId}`, { token: admin, limit: 100 })
      ).items) {
        await api("GET /claims/{claimId}", { token: admin, params: { claimId: claim.claimId } });
        await api("GET /households/{householdId}", { token: admin, params: { householdId: claim.householdId } });
      }
    }
    // The registry and its rules, county by county (a national administrator names the county).
    for (const county of ["夏津县", "齐河县", "江口县"]) {
      const households = await allPages<{ householdId: string }>(`/households?county=${encodeURIComponent(county)}`, {
        token: admin,
        limit: 100,
      });
      expect(households.items.length, county).toBeGreaterThan(0);
      for (const { householdId } of households.items) {
        await api("GET /households/{householdId}", { token: admin, params: { householdId } });
        await allPages(`/households/${householdId}/versions`, { token: admin, limit: 100 });
      }
      await api("GET /monitoring/settings/{county}", { token: admin, params: { county } });
    }
    await call("GET", "/reports/sales?groupBy=village");
    await call("GET", "/reports/pairings");
    await call("GET", "/health/ready");
  });
});
