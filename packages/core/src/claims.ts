import type { z } from "zod";
import { approveClaim, previewApproval } from "./claims/approval";
import { getClaim, listClaims, previewClaim, submitClaim } from "./claims/claims";
import {
  recordHomeVisit,
  recordObjection,
  recordVillageReview,
  rejectClaim,
  resolveObjection,
  reviewClaim,
  startNotice,
} from "./claims/chain";
import { getCalendar, type PutCalendar, putCalendar } from "./calendar/calendar";
import { claimProposalsOnNotice, claimsOnNotice, filePublicObjection } from "./claims/notices";
import { ClaimDocuments, requireDocumentsForReview } from "./claims/documents/documents";
import { claimsReport, claimsReportRows } from "./claims/reports";
import type {
  ClaimsQuery,
  CreateClaim,
  HomeVisit,
  PutScheme,
  RecordObjection,
  RejectClaim,
  ResolveObjection,
  ReviewClaim,
  SchemesQuery,
  StartNotice,
  TopUp,
  VillageReview,
} from "./claims/schemas";
import { getScheme, listSchemes, listTopUps, putScheme, topUpScheme } from "./claims/schemes";
import type { ActorCtx, Ctx } from "./platform/context";
import type { PageRequest } from "./platform/pagination";

export * from "./claims/schemas";
export { Calendar, CalendarYearParams, PutCalendar } from "./calendar/calendar";
export * from "./claims/payments/schemas";
/** Payment to the household: accounts, payment batches and their bank files, SMS notices. */
export { ClaimPayments } from "./claims/payments/payments";
export * from "./claims/documents/schemas";
export { type ClaimOnNotice, type ClaimProposalOnNotice, MAX_PUBLIC_OBJECTIONS_PER_CLAIM } from "./claims/notices";
/** Parts of this module: a scheme's fund (`ClaimFunds`: ledger, premiums, settlement) and the forms counties file (`ClaimExports`). */
export * from "./claims/funds";
export * from "./claims/exports";
/** The coverage period of a scheme (the dates its claims' incidents may fall on), and the calendar year a scheme written without one covers. */
export { calendarYear, coveragePeriod, type CoveragePeriod } from "./claims/rules";

/**
 * The context of a write a client may resend: an Idempotency-Key (the route's header) travels in
 * the context, beside the actor, never in the input, so the input is exactly the payload the key
 * is bound to.
 */
export type IdempotentCtx = ActorCtx & { idempotencyKey?: string | undefined };

/**
 * The claims context's public module (防贫保险 / 防贫救助): schemes and their pools, claims and
 * their maker-checker approval chain, within the staff member's area (households are the
 * monitoring context's). Handlers, jobs and seeds call
 * only this; every function takes its input, then the context (who acts, the store, and for
 * resendable writes the idempotency key). A route's path id and its body go in as
 * `{ <id>, <body name>: body }`.
 */
export const Claims = {
  /** Writes a new immutable version of the scheme's rules and limits. */
  putScheme: (input: { schemeId: string; scheme: PutScheme }, ctx: ActorCtx) =>
    putScheme(input.schemeId, input.scheme, ctx.actor, ctx.store),
  /** The current version (or `version`) with its pool balance and paid total. */
  getScheme: ({ schemeId, ...query }: { schemeId: string; version?: number | undefined }, ctx: ActorCtx) =>
    getScheme(schemeId, query, ctx.actor, ctx.store),
  /** The schemes (of one county when asked), each current version with its pool, by id, page by page. */
  listSchemes: (query: SchemesQuery, ctx: ActorCtx) => listSchemes(query, ctx.actor, ctx.store),
  /** The scheme's top-ups, newest first. */
  listTopUps: ({ schemeId, ...page }: { schemeId: string } & PageRequest, ctx: ActorCtx) =>
    listTopUps(schemeId, page, ctx.actor, ctx.store),
  /** Adds money to the scheme's pool; once per idempotency key. */
  topUp: (input: { schemeId: string; topUp: TopUp }, ctx: IdempotentCtx) =>
    topUpScheme(input.schemeId, input.topUp, ctx.actor, { idempotencyKey: ctx.idempotencyKey }, ctx.store),

  /** Files a claim against the scheme's current version; once per idempotency key. */
  submit: (input: CreateClaim, ctx: IdempotentCtx) => submitClaim(input, ctx.actor, { idempotencyKey: ctx.idempotencyKey }, ctx.store),
  /** What submitting this claim would answer and pay now, step by step; writes nothing. */
  preview: (input: CreateClaim, ctx: ActorCtx) => previewClaim(input, ctx.actor, ctx.store),
  /** The claims of the actor's area (a scheme's, or one county's). */
  list: (query: ClaimsQuery, ctx: ActorCtx) => listClaims(query, ctx.actor, ctx.store),
  get: (claimId: string, ctx: ActorCtx) => getClaim(claimId, ctx.actor, ctx.store),
  /** What approving the open claim would pay now (the approval's own computation, usage as it stands), step by step; writes nothing. */
  previewApproval: (claimId: string, ctx: ActorCtx) => previewApproval(claimId, ctx.actor, ctx.store),
  /** 入户核查 (home_visit stage): at least two visitors and their findings. */
  homeVisit: (input: { claimId: string; visit: HomeVisit }, ctx: ActorCtx) =>
    recordHomeVisit(input.claimId, input.visit, ctx.actor, ctx.store),
  /** 村级评议 (village_review stage): pass moves on, reject ends the claim. */
  villageReview: (input: { claimId: string; review: z.infer<typeof VillageReview> }, ctx: ActorCtx) =>
    recordVillageReview(input.claimId, input.review, ctx.actor, ctx.store),
  /** 公示 (public_notice stage): starts the county's minimum days. */
  startNotice: (input: { claimId: string; notice: z.infer<typeof StartNotice> }, ctx: ActorCtx) =>
    startNotice(input.claimId, input.notice, ctx.actor, ctx.store),
  /** An objection received during the notice. */
  recordObjection: (input: { claimId: string; objection: z.infer<typeof RecordObjection> }, ctx: ActorCtx) =>
    recordObjection(input.claimId, input.objection, ctx.actor, ctx.store),
  /** The township's finding on an objection. */
  resolveObjection: (input: { claimId: string; objectionId: string; resolution: z.infer<typeof ResolveObjection> }, ctx: ActorCtx) =>
    resolveObjection(input, ctx.actor, ctx.store),
  /** The township's review: submitted → reviewed (pass) or rejected, once the notice is over and the cause's required documents are confirmed. */
  review: (input: { claimId: string; review: z.input<typeof ReviewClaim> }, ctx: ActorCtx) =>
    reviewClaim(input.claimId, input.review, ctx.actor, ctx.store, requireDocumentsForReview(ctx.store)),
  /** reviewed → approved, committing the payout within the caps and the pool (maker-checker). */
  approve: (claimId: string, ctx: ActorCtx) => approveClaim(claimId, ctx.actor, ctx.store),
  /** Any open claim before payment → rejected. */
  reject: (input: { claimId: string; rejection: z.infer<typeof RejectClaim> }, ctx: ActorCtx) =>
    rejectClaim(input.claimId, input.rejection, ctx.actor, ctx.store),

  /** A claim's evidence: declared, uploaded through pre-signed URLs, confirmed against its SHA-256, every view logged. */
  documents: ClaimDocuments,

  /** A year's public holidays and weekend working days, which working-day deadlines count. */
  putCalendar: (input: { year: number; calendar: PutCalendar }, ctx: ActorCtx) =>
    putCalendar(input.year, input.calendar, ctx.actor, ctx.store),
  getCalendar: (input: { year: number }, ctx: Ctx = {}) => getCalendar(input.year, ctx.store),

  /** The scheme's claims by status, households paid, people covered, money paid and left in the pool. */
  report: (query: { schemeId: string }, ctx: ActorCtx) => claimsReport(query.schemeId, ctx.actor, ctx.store),
  /** A report as CSV rows: one header row and one row of figures. */
  reportRows: claimsReportRows,

  /** For the public notice board (monitoring): a county's claims approved since an instant, with what their notice shows. */
  onNotice: (query: { county: string; township?: string | undefined; approvedSince: string } & PageRequest, ctx: Ctx = {}) =>
    claimsOnNotice(query, query, ctx.store),
  /** For the public notice board: a county's claims whose 公示 is up on `today`, before the township's review. */
  proposalsOnNotice: (query: { county: string; township?: string | undefined; today: string } & PageRequest, ctx: Ctx = {}) =>
    claimProposalsOnNotice(query, query, ctx.store),
  /**
   * For the public notice board: an objection from anyone to a claim under notice (its contact
   * already sealed and masked by the board), written with the board's `extra` parts (its rate limit).
   */
  filePublicObjection: (
    input: { claimId: string; summary: string; contact: { sealed: string; masked: string } | null },
    extra: Parameters<typeof filePublicObjection>[1],
    ctx: Ctx = {},
  ) => filePublicObjection(input, extra, ctx.store, ctx.clock),
};
