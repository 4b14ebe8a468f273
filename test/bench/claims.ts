/**
 * `npm run bench:claims`: the claims path measured on the local runtime (DynamoDB Local).
 *  - DynamoDB round trips and consumed read/write capacity per filed claim, per township review and
 *    per county approval, on an annual (household-year) basis with a yearly cap: the approval's
 *    heaviest path (usage read for the year, one transaction with the usage, pool, payout marker,
 *    paid-household marker and SMS record);
 *  - approval latency, sequential, and throughput with concurrent approvers draining one pool.
 * Usage: npm run bench:claims [-- --claims 40 --concurrency 12]
 */
import { parseArgs } from "node:util";
import { areaClaims } from "@fupin/core/platform/area";
import { residentId } from "../support/fixtures/identity";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.DYNAMODB_METRICS = "1";

const { values } = parseArgs({ options: { claims: { type: "string", default: "40" }, concurrency: { type: "string", default: "12" } } });
const N = Number(values.claims);
const CONCURRENCY = Number(values.concurrency);

// Imported once the environment above is set: the platform reads it when it loads.
const { benchPlatform } = await import("./platform");
const { dbMetrics } = await import("@fupin/core/platform/db");

const { platform, stop } = await benchPlatform("none", "fupin-bench-claims");
const area = { province: "山东省", city: "德州市", county: "基准县" };
const token = (sub: string, role: "admin" | "clerk" | "approver") => platform.idp.sign(sub, [role], undefined, areaClaims(area));
const admin = await platform.idp.sign("bench-admin", ["admin"]);
const [submitter, reviewer, approver] = await Promise.all([
  token("bench-clerk", "clerk"),
  token("bench-reviewer", "clerk"),
  token("bench-approver", "approver"),
]);

async function api(method: string, path: string, auth: string, body?: unknown) {
  const res = await fetch(`${platform.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${auth}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as any;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

function perOp(label: string, n: number) {
  console.log(
    `${label.padEnd(30)} ${(dbMetrics.requests / n).toFixed(1)} DynamoDB round trips, ${(dbMetrics.writeUnits / n).toFixed(1)} WCU, ${(dbMetrics.readUnits / n).toFixed(1)} RCU per operation (n=${n})`,
  );
}

const village = await api("POST", "/villages", admin, { name: "基准村", ...area, township: "苏留庄镇" });
const schemeId = "bench-annual";
const year = 2026;
await api("PUT", `/schemes/${schemeId}`, admin, {
  kind: "relief",
  name: "基准县防贫救助",
  county: area.county,
  year,
  incomeLineFen: 600_000,
  eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"],
  chain: { homeVisit: false, villageReview: false, publicNotice: false },
  rules: {
    illness: {
      basis: "household_year",
      deductibleFen: 500_000,
      tiers: [{ upToFen: null, ratioBps: 7000 }],
      perClaimCapFen: null,
      perHouseholdYearCapFen: 8_000_000,
    },
  },
});
await api("POST", `/schemes/${schemeId}/top-ups`, admin, { amountFen: 1_000_000_000, source: "县财政" });

/** N households, each with one claim of 6,000 yuan self-paid, filed and passed by the township. */
async function reviewedClaims(n: number, measure: boolean) {
  const households = [];
  for (let i = 0; i < n; i++) {
    households.push(
      await api("POST", "/households", submitter, {
        villageId: village.villageId,
        headName: "张建国",
        idNumber: residentId(),
        members: 3,
        category: "unstable_out_of_poverty",
        perCapitaIncomeFen: 450_000,
        incomeYear: year - 1,
      }),
    );
  }
  if (measure) dbMetrics.reset();
  const claimIds: string[] = [];
  for (const h of households) {
    const claim = await api("POST", "/claims", submitter, {
      householdId: h.householdId,
      schemeId,
      cause: "illness",
      incidentDate: `${year}-01-15`,
      expenses: { totalFen: 1_000_000, reimbursedFen: 400_000 },
      documents: [],
    });
    claimIds.push(claim.claimId);
  }
  if (measure) perOp("filed claim", n);
  if (measure) dbMetrics.reset();
  for (const id of claimIds) await api("POST", `/claims/${id}/review`, reviewer, { decision: "pass", note: "属实" });
  if (measure) perOp("township review", n);
  return claimIds;
}

// 1. Per operation, sequential.
const sequential = await reviewedClaims(N, true);
dbMetrics.reset();
const t0 = performance.now();
for (const id of sequential) {
  const approved = await api("POST", `/claims/${id}/approve`, approver);
  if (approved.approvedPayoutFen !== 70_000) throw new Error(`payout ${approved.approvedPayoutFen}, expected 70000`);
}
const approveMs = (performance.now() - t0) / N;
perOp("county approval", N);
console.log(`approval latency               ${approveMs.toFixed(1)} ms mean, sequential, through HTTP and DynamoDB Local`);

// 2. Concurrent approvers on one pool: every approval conditions on the pool's balance.
const concurrent = await reviewedClaims(N, false);
let next = 0;
dbMetrics.reset();
const t1 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < concurrent.length) await api("POST", `/claims/${concurrent[next++]!}/approve`, approver);
  }),
);
const seconds = (performance.now() - t1) / 1000;
const scheme = await api("GET", `/schemes/${schemeId}`, admin);
if (scheme.paidFen !== 2 * N * 70_000) throw new Error(`paid ${scheme.paidFen}, expected ${2 * N * 70_000}`);
console.log(
  `concurrent approvals           ${N} in ${seconds.toFixed(2)} s (${(N / seconds).toFixed(0)}/s, ${CONCURRENCY} approvers, one pool), ${(dbMetrics.requests / N).toFixed(1)} round trips each (retries included)`,
);

await stop();
