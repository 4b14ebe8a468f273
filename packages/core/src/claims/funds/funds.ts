import type { Actor } from "../../platform/actor";
import { actArea } from "../../platform/area";
import { db, type Db } from "../../platform/db";
import { conflict, ruleViolated } from "../../platform/errors";
import { withIdempotencyKey } from "../../platform/idempotency";
import { newId } from "../../platform/ids";
import type { Part } from "../../platform/transact";
import { runTransaction } from "../../platform/transact";
import type { SchemeTotals, SchemeVersion } from "../schemas";
import { findSchemeTotals, schemeInArea } from "../schemes";
import { schemeTotalsPart } from "../storage";
import {
  type ContributionInput,
  ENTRY_KIND_LABELS,
  type EntryResult,
  FUND_SOURCE_KINDS,
  FUND_SOURCE_LABELS,
  type FundEntry,
  type FundEntryRecord,
  type FundSettingsInput,
  type FundsQuery,
  type FundStateRecord,
  type FundView,
  type PremiumInput,
  type Settlement,
  type SettlementResult,
  SURPLUS_POLICY_LABELS,
  type YearFigures,
} from "./schemas";
import { planSettlement, premiumFen, projectedFigures, type YearInflows } from "./settlement";
import { FundEntries, findFundState, findSettlement, fundStatePart, ledgerPage, Settlements } from "./storage";

/** A burst of ledger writes on one scheme queues on its fund state; enough rounds for a county office's. */
const MAX_ATTEMPTS = 15;

const busy = (schemeId: string) => () =>
  conflict("CONCURRENT_UPDATE", `The fund of scheme ${schemeId} is being changed by someone else; try again`);

/** The fund's state as stored, or as a scheme starts: no fee, surplus carried forward, its first year open. */
function stateOf(scheme: SchemeVersion, read: FundStateRecord | undefined): FundStateRecord {
  return (
    read ?? {
      schemeId: scheme.schemeId,
      version: 0,
      insurerFeeBps: 0,
      surplusPolicy: "carry_forward",
      openYear: scheme.year,
      open: { broughtForwardFen: 0, premiumsFen: 0, insuredHeadcount: 0, raisedFen: 0, bySource: {} },
      through: { paidFen: 0, toppedUpFen: 0 },
      insurerFeeFen: 0,
      countyTopUpFen: 0,
      returnedFen: 0,
      updatedAt: "",
      updatedBy: "",
    }
  );
}

const receivable = (poolBalanceFen: number) => Math.max(0, -poolBalanceFen);

const entryView = (e: FundEntryRecord): FundEntry => ({ ...e, kindLabel: ENTRY_KIND_LABELS[e.kind] });

/**
 * What the open year brought in and paid out so far. Payouts and general top-ups are what the
 * scheme's totals gained since the last settlement (approvals and POST /top-ups move the totals,
 * not the ledger); premiums and raised money are added to the topped-up total by their own writes.
 */
function openInflows(state: FundStateRecord, totals: SchemeTotals | undefined): YearInflows {
  const paid = totals?.paidFen ?? 0;
  const toppedUp = totals?.toppedUpFen ?? 0;
  const { open, through } = state;
  return {
    broughtForwardFen: open.broughtForwardFen,
    premiumsFen: open.premiumsFen,
    insuredHeadcount: open.insuredHeadcount,
    raisedFen: open.raisedFen,
    topUpsFen: toppedUp - through.toppedUpFen - open.premiumsFen - open.raisedFen,
    payoutsFen: paid - through.paidFen,
  };
}

/** A scheme of the actor's area that the actor may change (404 outside it; 403 for province and city staff). */
async function schemeToChange(schemeId: string, actor: Actor, store: Db): Promise<SchemeVersion> {
  const scheme = await schemeInArea(schemeId, actor, store);
  actArea(actor);
  return scheme;
}

function kindMismatch(scheme: SchemeVersion, what: string, path: string) {
  return ruleViolated("SCHEME_KIND_MISMATCH", `${what} applies to insurance schemes only; ${scheme.schemeId} is a relief fund`, [
    { path, message: `${what} applies to insurance schemes only`, kind: scheme.kind, expected: "insurance" },
  ]);
}

/** Sets the insurer's fee and what a surplus becomes; a relief fund has no insurer (422 SCHEME_KIND_MISMATCH for a fee). */
export async function putFundSettings(schemeId: string, input: FundSettingsInput, actor: Actor, store: Db = db()): Promise<FundView> {
  const scheme = await schemeToChange(schemeId, actor, store);
  if (scheme.kind === "relief" && input.insurerFeeBps > 0) throw kindMismatch(scheme, "An insurer's fee", "insurerFeeBps");
  await runTransaction(store, {
    operation: `fund-settings:${schemeId}`,
    maxAttempts: MAX_ATTEMPTS,
    exhausted: busy(schemeId),
    plan: async () => {
      const read = await findFundState(store, schemeId);
      const state = stateOf(scheme, read);
      const next = { ...state, ...input, version: state.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id };
      return { parts: { state: fundStatePart(store, next, read) } };
    },
  });
  return fundView(schemeId, { limit: 20 }, actor, store);
}

/**
 * Writes one entry into the open year with the pool's move and the fund's running figures, all
 * in one transaction conditioned on the fund state read. Under an Idempotency-Key the entry's id
 * is reserved, so a retry finds the entry written and answers it.
 */
async function writeEntry(
  scheme: SchemeVersion,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined; payload: unknown; scope: string },
  build: (state: FundStateRecord) => {
    entry: Omit<FundEntryRecord, "entryId" | "schemeId" | "year" | "at" | "by">;
    next: (s: FundStateRecord) => FundStateRecord;
  },
  store: Db,
): Promise<EntryResult> {
  const { schemeId } = scheme;
  return withIdempotencyKey(
    store,
    { scope: `${opts.scope}#${schemeId}`, key: opts.idempotencyKey, payload: opts.payload, newId: () => newId("fe") },
    async (entryId) => {
      let year = 0;
      await runTransaction(store, {
        operation: `fund-entry:${entryId}`,
        maxAttempts: MAX_ATTEMPTS,
        exhausted: busy(schemeId),
        plan: async () => {
          const read = await findFundState(store, schemeId);
          const state = stateOf(scheme, read);
          const at = new Date().toISOString();
          year = state.openYear;
          const { entry, next } = build(state);
          const record: FundEntryRecord = { ...entry, entryId, schemeId, year, at, by: actor.id };
          return {
            parts: {
              // Taken: this request's earlier attempt wrote it.
              entry: FundEntries.create(store, record, "already_done"),
              totals: schemeTotalsPart(store, schemeId, {
                add: { poolBalanceFen: entry.poolFen, toppedUpFen: Math.max(0, entry.poolFen) },
                rejected: conflict("INVALID_STATE", `Scheme ${schemeId} has no totals`),
              }),
              state: fundStatePart(store, { ...next(state), version: state.version + 1, updatedAt: at, updatedBy: actor.id }, read),
            },
          };
        },
      });
      const [stored, totals] = await Promise.all([
        FundEntries.get(store, { schemeId, year, entryId }, "Fund entry", entryId, { consistent: true }),
        findSchemeTotals(schemeId, store),
      ]);
      const pool = totals?.poolBalanceFen ?? 0;
      return { ...entryView(stored), poolBalanceFen: pool, receivableFen: receivable(pool) };
    },
  );
}

/** An insurance scheme's premium for the open year: per-person premium × insured headcount, into the pool. */
export async function recordPremium(
  schemeId: string,
  input: PremiumInput,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<EntryResult> {
  const scheme = await schemeToChange(schemeId, actor, store);
  if (scheme.kind !== "insurance") throw kindMismatch(scheme, "A premium", "perPersonFen");
  const amount = premiumFen(input.perPersonFen, input.headcount);
  return writeEntry(
    scheme,
    actor,
    { idempotencyKey: opts.idempotencyKey, payload: input, scope: "fund-premiums" },
    () => ({
      entry: {
        kind: "premium",
        amountFen: amount,
        poolFen: amount,
        note: input.note ?? null,
        sourceKind: null,
        source: input.payer,
        basis: { perPersonFen: input.perPersonFen, headcount: input.headcount },
      },
      next: (s) => ({
        ...s,
        open: { ...s.open, premiumsFen: s.open.premiumsFen + amount, insuredHeadcount: s.open.insuredHeadcount + input.headcount },
      }),
    }),
    store,
  );
}

/** Money raised for the fund from a source (县财政, 乡镇, 社会捐赠, 社会救助资金), into the pool. */
export async function recordContribution(
  schemeId: string,
  input: ContributionInput,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<EntryResult> {
  const scheme = await schemeToChange(schemeId, actor, store);
  return writeEntry(
    scheme,
    actor,
    { idempotencyKey: opts.idempotencyKey, payload: input, scope: "fund-contributions" },
    () => ({
      entry: {
        kind: "raised",
        amountFen: input.amountFen,
        poolFen: input.amountFen,
        note: input.note ?? null,
        sourceKind: input.sourceKind,
        source: input.source ?? FUND_SOURCE_LABELS[input.sourceKind],
        basis: { sourceKind: input.sourceKind },
      },
      next: (s) => ({
        ...s,
        open: {
          ...s.open,
          raisedFen: s.open.raisedFen + input.amountFen,
          bySource: { ...s.open.bySource, [input.sourceKind]: (s.open.bySource[input.sourceKind] ?? 0) + input.amountFen },
        },
      }),
    }),
    store,
  );
}

const alreadySettled = (schemeId: string, year: number) =>
  conflict("ALREADY_SETTLED", `Scheme ${schemeId}'s fund year ${year} is already settled`, [
    { path: "year", message: "each fund year is settled once", year },
  ]);

/**
 * The year-end settlement of the open year, exactly once (the settlement item is created on the
 * condition that none exists: a second settlement of the year is 409 ALREADY_SETTLED). In one
 * transaction: the settlement, its ledger lines, the pool's move (− fee, + the county's top-up, −
 * a surplus returned) and the fund state, conditioned on the version read (a premium or raised
 * money written meanwhile makes it read again). Payouts approved after the totals were read belong
 * to the next year: the settlement records the paid total it closed the year at.
 */
export async function settleYear(schemeId: string, input: { year: number }, actor: Actor, store: Db = db()): Promise<SettlementResult> {
  const scheme = await schemeToChange(schemeId, actor, store);
  const settlementId = newId("stl");
  await runTransaction(store, {
    operation: `settle:${schemeId}:${input.year}`,
    maxAttempts: MAX_ATTEMPTS,
    exhausted: busy(schemeId),
    plan: async () => {
      // The state first, then the totals: a fund write between the two reads fails the state's condition.
      const read = await findFundState(store, schemeId);
      const state = stateOf(scheme, read);
      if (input.year < state.openYear) throw alreadySettled(schemeId, input.year);
      if (input.year > state.openYear) {
        throw ruleViolated("SETTLEMENT_OUT_OF_ORDER", `Settle ${state.openYear} before ${input.year}`, [
          { path: "year", message: "fund years are settled in order", year: input.year, openYear: state.openYear },
        ]);
      }
      const totals = await findSchemeTotals(schemeId, store);
      const plan = planSettlement(input.year, openInflows(state, totals), {
        insurerFeeBps: state.insurerFeeBps,
        surplusPolicy: state.surplusPolicy,
        includeFee: scheme.kind === "insurance",
      });
      const at = new Date().toISOString();
      const through = { paidFen: totals?.paidFen ?? 0, toppedUpFen: (totals?.toppedUpFen ?? 0) + plan.toppedUpFen };
      const settlement: Settlement = {
        settlementId,
        schemeId,
        year: input.year,
        insurerFeeBps: state.insurerFeeBps,
        surplusPolicy: state.surplusPolicy,
        figures: plan.figures,
        bySource: state.open.bySource,
        through,
        at,
        by: actor.id,
      };
      const lines: Part[] = plan.lines.map((line, i) =>
        FundEntries.create(store, {
          entryId: `${settlementId}-${String(i + 1).padStart(2, "0")}`,
          schemeId,
          year: line.year,
          kind: line.kind,
          amountFen: line.amountFen,
          poolFen: line.poolFen,
          at,
          by: actor.id,
          note: null,
          sourceKind: null,
          source: null,
          basis: line.basis,
        }),
      );
      const next: FundStateRecord = {
        ...state,
        version: state.version + 1,
        openYear: input.year + 1,
        open: { broughtForwardFen: plan.figures.carriedForwardFen, premiumsFen: 0, insuredHeadcount: 0, raisedFen: 0, bySource: {} },
        through,
        insurerFeeFen: state.insurerFeeFen + plan.figures.insurerFeeFen,
        countyTopUpFen: state.countyTopUpFen + plan.figures.countyTopUpFen,
        returnedFen: state.returnedFen + plan.figures.returnedFen,
        updatedAt: at,
        updatedBy: actor.id,
      };
      return {
        parts: {
          settlement: Settlements.create(store, settlement, alreadySettled(schemeId, input.year)),
          state: fundStatePart(store, next, read),
          lines,
          totals: schemeTotalsPart(store, schemeId, {
            add: { poolBalanceFen: plan.poolChangeFen, toppedUpFen: plan.toppedUpFen },
            rejected: conflict("INVALID_STATE", `Scheme ${schemeId} has no totals`),
          }),
        },
      };
    },
  });
  const [settlement, totals] = await Promise.all([findSettlement(store, schemeId, input.year), findSchemeTotals(schemeId, store)]);
  const pool = totals?.poolBalanceFen ?? 0;
  return { ...settlement!, poolBalanceFen: pool, receivableFen: receivable(pool) };
}

const NO_FIGURES: YearFigures = {
  broughtForwardFen: 0,
  premiumsFen: 0,
  insuredHeadcount: 0,
  raisedFen: 0,
  topUpsFen: 0,
  payoutsFen: 0,
  insurerFeeFen: 0,
  resultFen: 0,
  countyTopUpFen: 0,
  returnedFen: 0,
  carriedForwardFen: 0,
};

/**
 * The fund of a scheme in a year (the open one by default): money raised by source, the year's
 * figures (the settlement's once settled, else as they stand with the fee and result projected),
 * the scheme's running totals with what the county owes, and the year's ledger page by page.
 */
export async function fundView(schemeId: string, query: FundsQuery, actor: Actor, store: Db = db()): Promise<FundView> {
  const scheme = await schemeInArea(schemeId, actor, store);
  const read = await findFundState(store, schemeId);
  const state = stateOf(scheme, read);
  const year = query.year ?? state.openYear;
  const [totals, settlement, entries] = await Promise.all([
    findSchemeTotals(schemeId, store),
    year < state.openYear ? findSettlement(store, schemeId, year) : Promise.resolve(undefined),
    ledgerPage(store, schemeId, year, query),
  ]);
  const open = year === state.openYear;
  const figures = open
    ? projectedFigures(openInflows(state, totals), scheme.kind === "insurance" ? state.insurerFeeBps : 0)
    : (settlement?.figures ?? NO_FIGURES);
  const raisedBy = open ? state.open.bySource : (settlement?.bySource ?? {});
  const pool = totals?.poolBalanceFen ?? 0;
  return {
    schemeId,
    name: scheme.name,
    county: scheme.county,
    kind: scheme.kind,
    settings: {
      insurerFeeBps: state.insurerFeeBps,
      surplusPolicy: state.surplusPolicy,
      surplusPolicyLabel: SURPLUS_POLICY_LABELS[state.surplusPolicy],
    },
    openYear: state.openYear,
    year,
    status: open ? "open" : settlement ? "settled" : "none",
    bySource: FUND_SOURCE_KINDS.map((k) => ({ sourceKind: k, label: FUND_SOURCE_LABELS[k], raisedFen: raisedBy[k] ?? 0 })),
    figures,
    settlement: settlement ?? null,
    totals: {
      raisedFen: totals?.toppedUpFen ?? 0,
      paidFen: totals?.paidFen ?? 0,
      poolBalanceFen: pool,
      receivableFen: receivable(pool),
      insurerFeeFen: state.insurerFeeFen,
      countyTopUpFen: state.countyTopUpFen,
      returnedFen: state.returnedFen,
    },
    entries: { items: entries.items.map(entryView), nextCursor: entries.nextCursor },
  };
}
