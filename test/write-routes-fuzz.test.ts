import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ROLES } from "@fupin/core/platform/actor";
import { routes } from "@fupin/functions/routes";
import { call } from "./support/api";
import {
  certificationInput,
  claimInput,
  contributionInput,
  countyOf,
  createSupplier,
  createVillage,
  enterpriseInput,
  householdInput,
  pairingInput,
  productInput,
  schemeInput,
  staffToken,
  supplierInput,
  villageInput,
} from "./support/fixtures";

/**
 * Generated junk at every write route of the route table, with a token holding every role so
 * that the input itself is what gets judged: the answer is never a 5xx, and every refusal
 * carries the error body.
 */
const writeRoutes = routes.filter((r) => r.method !== "GET");

const junkValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.double(),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom(null, true, [], {}, "", -1, 0.5, 1e300, "9".repeat(400), "__proto__"),
);

/** A valid-looking body with one field replaced by junk, or with junk added. */
function mutated(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: junkValue }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.record({ key: fc.string({ maxLength: 20 }), value: junkValue }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
  );
}

const rawBodies = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom("{", "[1,", "nul", '{"a":1}}', "\u0000", '{"name": "\\ud800"}', "", "   "),
  fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b).toString("latin1")),
);

/** An enterprise to pair, registered only for the route that needs one. */
async function fuzzEnterpriseId(path: string, token: string): Promise<string> {
  if (path !== "/pairings") return "ent_missing";
  const res = await call("POST", "/enterprises", { token, body: enterpriseInput() });
  expect(res.status, res.text).toBe(201);
  return res.body.enterpriseId;
}

/** A path parameter naming a record that exists, so junk also meets the domain's checks, not only the 404. */
async function existingPathParam(path: string, token: string, village: { villageId: string; county: string }): Promise<string> {
  if (path.includes("{county}")) return village.county;
  if (!path.includes("{householdId}")) return "prd_missing";
  const res = await call("POST", "/households", { token, body: householdInput(village.villageId) });
  expect(res.status, res.text).toBe(201);
  return res.body.householdId;
}

describe("every write route", () => {
  it.each(writeRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "answers junk to %s with a 4xx error body, never a 5xx",
    async (_name, route) => {
      const village = await createVillage();
      // Every role, in the village's county: the area lets the input reach the domain (DESIGN 16).
      const token = await staffToken("fuzzer", ROLES, countyOf(village));
      const supplier = await createSupplier(village.villageId);
      const validBodies: Record<string, Record<string, unknown>> = {
        "/villages": villageInput(),
        "/suppliers": supplierInput(village.villageId),
        "/products": productInput(supplier.supplierId, village.villageId),
        "/enterprises": enterpriseInput(),
        "/pairings": pairingInput(await fuzzEnterpriseId(route.path, token), village.villageId),
        "/pairings/{pairingId}/end": { endedOn: "2026-12-31" },
        "/pairings/{pairingId}/contributions": contributionInput({ projects: ["项目"], note: "备注" }),
        "/households": householdInput(village.villageId),
        "/households/{householdId}": { reason: "入户核实后更正", address: "三组12号", expectedVersion: 1 },
        "/monitoring/settings/{county}": { incomeLines: [{ year: 2026, lineFen: 720_000 }], leadDeadlineDays: 15 },
        "/schemes/{schemeId}": schemeInput(village.county),
        "/schemes/{schemeId}/top-ups": { amountFen: 100, source: "县财政", note: "备注" },
        "/claims": claimInput("hh_missing", "sch_missing"),
        "/claims/{claimId}/review": { decision: "pass", note: "属实" },
        "/claims/{claimId}/reject": { reason: "材料不全" },
      };
      const valid = validBodies[route.path] ?? certificationInput();
      const pathParam = fc.oneof(
        fc.constant(await existingPathParam(route.path, token, village)),
        fc.constant("prd_missing"),
        fc.string({ minLength: 1, maxLength: 80 }),
      );

      await fc.assert(
        fc.asyncProperty(
          pathParam,
          fc.oneof(
            junkValue.map((v) => ({ body: v })),
            mutated(valid).map((v) => ({ body: v })),
            rawBodies.map((raw) => ({ raw })),
          ),
          async (param, input) => {
            const path = route.path.replace(/\{\w+\}/g, encodeURIComponent(param));
            const res = await call(
              route.method,
              path,
              "raw" in input ? { token, rawBody: input.raw, headers: { "content-type": "application/json" } } : { token, body: input.body },
            );
            expect(res.status, `${route.method} ${path} ${res.text}`).toBeLessThan(500);
            if (res.status >= 400) {
              expect(typeof res.body?.error?.code, res.text).toBe("string");
              expect(typeof res.body?.error?.message, res.text).toBe("string");
            }
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
