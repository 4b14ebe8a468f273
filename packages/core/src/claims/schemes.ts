import { countyWithinArea, listCounty } from "../monitoring/households/households";
import type { Actor } from "../platform/actor";
import { areaLevel, readArea } from "../platform/area";
import { db, type Db } from "../platform/db";
import { conflict, notFound, referenceNotFound } from "../platform/errors";
import { withIdempotencyKey } from "../platform/idempotency";
import { newId } from "../platform/ids";
import type { Page, PageRequest } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import { calendarYear } from "./rules";
import {
  causeLabelOf,
  CLAIM_STATUSES,
  SCHEME_KIND_LABELS,
  type PutScheme,
  type Scheme,
  type SchemesQuery,
  type SchemeTotals,
  type SchemeVersion,
  type StoredTopUp,
  type TopUp,
  type TopUpRecord,
} from "./schemas";
import { currentScheme, SchemeHeads, SchemeVersions, schemeCausesPart, schemeHeadPart, schemeTotalsPart, TopUps, Totals } from "./storage";

export type { SchemeTotals, SchemeVersion } from "./schemas";

// Scheme items are read consistently: approvals condition on what they read.
const consistent = { consistent: true };

/** The current version (the head's copy), or undefined for an unknown scheme. */
export const findCurrentScheme = (schemeId: string, store: Db = db()) => currentScheme(store, schemeId);

export const findSchemeTotals = (schemeId: string, store: Db = db()) => Totals.find(store, { schemeId }, consistent);

const emptyTotals = (schemeId: string, causes: readonly string[]): SchemeTotals => ({
  schemeId,
  byStatus: Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as SchemeTotals["byStatus"],
  byCause: Object.fromEntries(causes.map((c) => [c, { claims: 0, paidFen: 0 }])),
  householdsPaid: 0,
  peopleCovered: 0,
  paidFen: 0,
  poolBalanceFen: 0,
  toppedUpFen: 0,
});

/**
 * Each PUT writes a new immutable version n+1 and moves the head to it, on the condition that the
 * head is still at n (two concurrent PUTs cannot both become version n+1). The first version also
 * creates the scheme's totals item, with an empty pool; every version gives the totals a figure
 * for each cause it adds. Stored complete: each rule with its label, the coverage period.
 */
export async function putScheme(schemeId: string, input: PutScheme, actor: Actor, store: Db = db()): Promise<Scheme> {
  await runTransaction(store, {
    operation: `put-scheme:${schemeId}`,
    maxAttempts: 5,
    exhausted: () => conflict("CONCURRENT_UPDATE", `Scheme ${schemeId} is being changed by someone else; try again`),
    // Every part rests on the head read: another PUT that moved it first means read again.
    plan: async () => {
      const head = await findCurrentScheme(schemeId, store);
      const { coveragePeriod, rules, ...rest } = input;
      const version: SchemeVersion = {
        schemeId,
        version: (head?.version ?? 0) + 1,
        ...rest,
        coveragePeriod: coveragePeriod ?? calendarYear(input.year),
        rules: Object.fromEntries(
          Object.entries(rules).map(([cause, rule]) => [cause, { ...rule, label: causeLabelOf(cause, rule.label) }]),
        ),
        createdAt: new Date().toISOString(),
        createdBy: actor.id,
      };
      const causes = Object.keys(rules);
      return {
        parts: {
          version: SchemeVersions.create(store, version),
          head: schemeHeadPart(store, version),
          totals: head ? schemeCausesPart(store, schemeId, causes) : Totals.create(store, emptyTotals(schemeId, causes)),
        },
      };
    },
  });
  return getScheme(schemeId, {}, actor, store);
}

/** The current version (or an earlier one asked for) with the live pool figures. */
export async function getScheme(
  schemeId: string,
  query: { version?: number | undefined },
  actor: Actor,
  store: Db = db(),
): Promise<Scheme> {
  const [head, totals] = await Promise.all([schemeInArea(schemeId, actor, store), findSchemeTotals(schemeId, store)]);
  const shown =
    query.version === undefined || query.version === head.version
      ? head
      : await SchemeVersions.get(store, { schemeId, version: query.version }, "Scheme version", `${schemeId}@${query.version}`, consistent);
  return schemeView(shown, head.version, totals);
}

function schemeView(shown: SchemeVersion, currentVersion: number, totals: SchemeTotals | undefined): Scheme {
  const { poolBalanceFen, paidFen, toppedUpFen } = totals ?? emptyTotals(shown.schemeId, []);
  return { ...shown, currentVersion, kindLabel: SCHEME_KIND_LABELS[shown.kind], poolBalanceFen, paidFen, toppedUpFen };
}

/**
 * The schemes by id (of one county when asked), each in its current version with its pool: one
 * Query of the heads' index, then the page's totals items (at most `limit` reads, in parallel).
 */
export async function listSchemes(query: SchemesQuery, actor: Actor, store: Db = db()): Promise<Page<Scheme>> {
  const area = readArea(actor);
  // County and township staff list their county's schemes; province and city staff name a county of their area.
  const national = areaLevel(area) === "national";
  const county = national ? query.county : listCounty(area, query.county);
  if (county === null || (county !== undefined && !(await countyWithinArea(area, county, store)))) return { items: [], nextCursor: null };
  const page = county ? await SchemeHeads.query.byCounty(store, { county }, query) : await SchemeHeads.query.all(store, {}, query);
  const totals = await Promise.all(page.items.map((head) => findSchemeTotals(head.schemeId, store)));
  return { items: page.items.map((head, i) => schemeView(head, head.version, totals[i])), nextCursor: page.nextCursor };
}

/** A scheme's top-ups, newest first (404 for an unknown scheme). */
export async function listTopUps(schemeId: string, query: PageRequest, actor: Actor, store: Db = db()): Promise<Page<StoredTopUp>> {
  await schemeInArea(schemeId, actor, store);
  return TopUps.query.byScheme(store, { schemeId }, query, { forward: false });
}

/**
 * Adds money to the pool (ADD, atomic) and records where it came from, in one transaction. Under an
 * Idempotency-Key a retried request answers the same top-up; without one, the SDK's own resend of a
 * write whose response was lost still commits once (the transaction token).
 */
export async function topUpScheme(
  schemeId: string,
  input: TopUp,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<TopUpRecord> {
  return withIdempotencyKey(
    store,
    { scope: `top-ups#${schemeId}`, key: opts.idempotencyKey, payload: input, newId: () => newId("top") },
    async (topUpId) => {
      const record: StoredTopUp = { topUpId, schemeId, ...input, createdAt: new Date().toISOString(), createdBy: actor.id };
      await runTransaction(store, {
        operation: `top-up:${topUpId}`,
        plan: () => ({
          parts: {
            totals: schemeTotalsPart(store, schemeId, {
              add: { poolBalanceFen: input.amountFen, toppedUpFen: input.amountFen },
              rejected: notFound("Scheme", schemeId),
            }),
            // A top-up with this id exists: this request's earlier attempt made it.
            record: TopUps.create(store, record, "already_done"),
          },
        }),
      });
      const [stored, totals] = await Promise.all([
        TopUps.find(store, { schemeId, topUpId }, consistent),
        findSchemeTotals(schemeId, store),
      ]);
      return { ...(stored ?? record), poolBalanceFen: totals?.poolBalanceFen ?? 0 };
    },
  );
}

/** The scheme's current version when its county lies in the actor's area; 404 otherwise, as for an unknown scheme. */
export async function schemeInArea(schemeId: string, actor: Actor, store: Db): Promise<SchemeVersion> {
  const scheme = await findCurrentScheme(schemeId, store);
  if (!scheme || !(await countyWithinArea(readArea(actor), scheme.county, store))) throw notFound("Scheme", schemeId);
  return scheme;
}

export async function requireScheme(schemeId: string, store: Db): Promise<SchemeVersion> {
  const scheme = await findCurrentScheme(schemeId, store);
  if (!scheme) throw referenceNotFound("schemeId", "Scheme", schemeId);
  return scheme;
}
