import { addContribution, listContributions } from "./pairings/contributions";
import { createEnterprise, getEnterprise, listEnterprises, publicEnterprise } from "./pairings/enterprises";
import { createPairing, endPairing, getPairing, listPairings } from "./pairings/pairings";
import { pairingsRegions, pairingsReport } from "./pairings/report";
import type {
  CreateContribution,
  CreateEnterprise,
  CreatePairing,
  EndPairing,
  EnterprisesQuery,
  PairingsQuery,
  PairingsRegionsQuery,
  PairingsReportQuery,
} from "./pairings/schemas";
import type { ActorCtx, Ctx } from "./platform/context";
import { db } from "./platform/db";
import type { PageRequest } from "./platform/pagination";

export * from "./pairings/schemas";
/** The check character of a unified social credit code (GB 32100-2015), for making well-formed codes. */
export { creditCodeCheckChar } from "./enterprises/credit-code";
/** The reports as tables: a header row and rows of figures, for CSV. */
export { pairingsRegionsTable, pairingsReportTable } from "./pairings/report";

/**
 * The pairings context's public module: enterprises, their 千企帮千村 pairings with villages, the
 * ledger (台账) of help delivered, and the report over them. Handlers, jobs and seeds call only
 * this; every function takes its input, then the context.
 */
export const Pairings = {
  /** Registers an enterprise (an enterprise user registering it owns it); the public view, without owners. */
  registerEnterprise: async (input: CreateEnterprise, ctx: ActorCtx) =>
    publicEnterprise(await createEnterprise(input, ctx.actor, ctx.store ?? db())),
  getEnterprise: async (enterpriseId: string, ctx: Ctx = {}) => publicEnterprise(await getEnterprise(enterpriseId, ctx.store ?? db())),
  /** The enterprises an account manages (the caller's own; an administrator may name another account). */
  listEnterprises: (query: EnterprisesQuery, ctx: ActorCtx) => listEnterprises(query, ctx.actor, ctx.store ?? db()),
  /** Pairs an enterprise with a village (one active pairing per enterprise and village). */
  pair: (input: CreatePairing, ctx: ActorCtx) => createPairing(input, ctx.actor, ctx.store ?? db()),
  /** The pairings of one enterprise or of one village, oldest first. */
  list: (query: PairingsQuery, ctx: Ctx = {}) => listPairings(query, ctx.store ?? db()),
  get: (pairingId: string, ctx: Ctx = {}) => getPairing(pairingId, ctx.store ?? db()),
  /** Ends an active pairing. */
  end: ({ pairingId, ...input }: { pairingId: string } & EndPairing, ctx: ActorCtx) =>
    endPairing(pairingId, input, ctx.actor, ctx.store ?? db()),
  /** Records help delivered under an active pairing. */
  recordContribution: (input: { pairingId: string; contribution: CreateContribution }, ctx: ActorCtx) =>
    addContribution(input.pairingId, input.contribution, ctx.actor, ctx.store ?? db()),
  /** A pairing's ledger, by date of delivery. */
  contributions: ({ pairingId, ...page }: { pairingId: string } & PageRequest, ctx: Ctx = {}) =>
    listContributions(pairingId, page, ctx.store ?? db()),
  /** Platform-wide, per province, per county or per enterprise. */
  report: (query: PairingsReportQuery, ctx: Ctx = {}) => pairingsReport(query, ctx.store ?? db()),
  /** Every province's figures, or every county's of a province. */
  regions: (query: PairingsRegionsQuery, ctx: Ctx = {}) => pairingsRegions(query, ctx.store ?? db()),
};
