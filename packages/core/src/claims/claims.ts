import { Monitoring } from "../monitoring";
import { listCounty } from "../monitoring/households/households";
import type { Actor } from "../platform/actor";
import { actArea, readArea, withinArea } from "../platform/area";
import { chinaToday } from "../platform/clock";
import { db, type Db } from "../platform/db";
import { conflict, isDomainError, referenceNotFound, validationFailed } from "../platform/errors";
import { withIdempotencyKey } from "../platform/idempotency";
import { newId } from "../platform/ids";
import { countMetric } from "../platform/metrics";
import type { Page } from "../platform/pagination";
import { runTransaction } from "../platform/transact";
import { checkDuplicates, filingParts, possibleDuplicate } from "./duplicates";
import { type ClaimSubject, entitlement, readUsage } from "./entitlement";
import {
  type Claim,
  type ClaimHousehold,
  type ClaimRecord,
  type ClaimsQuery,
  causeLabelOf,
  claimView,
  type CreateClaim,
  needsMember,
  type PayoutPreview,
} from "./schemas";
import { findSchemeTotals, requireScheme } from "./schemes";
import { assertEligible, assertIncidentCovered, coveragePeriod, ruleFor } from "./rules";
import { ClaimDeadlines, Claims, loadClaim, newClaimParts, readClaim, schemeTotalsPart } from "./storage";
import { stageAfter } from "./chain";
import { addWorkingDays } from "../calendar/working-days";
import { workCalendar } from "../calendar/calendar";
import { countySettings } from "../monitoring/settings/settings";
import type { HouseholdRecord } from "../monitoring/households/schemas";

/** The member a claim names, from the household's registry; required when the cause's rule counts per person. */
export function claimMember(household: HouseholdRecord, memberId: string | undefined | null, required: boolean, path: string) {
  if (memberId === undefined || memberId === null) {
    if (!required) return null;
    throw validationFailed("The scheme's rule for this cause counts per person: name the member the claim is for", [
      { path, message: "is required: the rule has a per-person cap or counts each person's burden", issue: "required" },
    ]);
  }
  const member = household.people.find((p) => p.memberId === memberId);
  // Households registered by head count have no members to name.
  if (!member) throw referenceNotFound(path.replace(/^body\./, ""), "Household member", memberId);
  return { memberId: member.memberId, name: member.name, relation: member.relation };
}

/**
 * What filing the claim is held to and what it would be paid, checked against the scheme's current
 * version: the incident not in the future, the household and scheme found, the member named when
 * the rule counts per person, eligibility (with the burden, for income tested after the expense
 * and for entry thresholds), the incident in the coverage period; the payout given the usage so far.
 * Submission and its preview share it, so a preview refuses exactly what a submission would.
 */
async function assessClaim(input: CreateClaim, actor: Actor, mode: "read" | "act", store: Db) {
  if (input.incidentDate > chinaToday()) {
    throw validationFailed("The incident date is in the future", [
      { path: "body.incidentDate", message: "must not be after today", issue: "in_future" },
    ]);
  }
  const [household, scheme] = await Promise.all([
    // Unknown or outside the area alike; any other failure (no area, an outage) is not a missing household.
    Monitoring.householdInArea({ householdId: input.householdId, mode: "read" }, { actor, store }).catch((e: unknown) => {
      if (isDomainError(e) && e.code === "NOT_FOUND") return undefined;
      throw e;
    }),
    requireScheme(input.schemeId, store),
  ]);
  // A household outside the clerk's area is answered exactly as one that does not exist.
  if (!household) throw referenceNotFound("householdId", "Household", input.householdId);
  if (mode === "act") actArea(actor);
  const rule = ruleFor(scheme, input.cause);
  if (!rule) assertEligible(household, scheme, input.cause);
  const member = claimMember(household, input.memberId, needsMember(rule!), "body.memberId");
  const subject: ClaimSubject = {
    householdId: household.householdId,
    memberId: member?.memberId ?? null,
    cause: input.cause,
    expenses: input.expenses,
  };
  const usage = await readUsage(store, scheme, rule!, subject);
  const { breakdown, burden } = entitlement(rule!, household, subject, usage);
  assertEligible(household, scheme, input.cause, burden);
  assertIncidentCovered(scheme, input.incidentDate, "body.incidentDate");
  return { household, scheme, rule: rule!, member, breakdown };
}

/**
 * Files a claim: eligibility and the incident's coverage are checked against the scheme's current
 * version; the preview is what the rule would pay today given the usage so far (the approval checks
 * and recomputes both). A possible duplicate is refused unless explained (then flagged).
 */
export async function submitClaim(
  input: CreateClaim,
  actor: Actor,
  opts: { idempotencyKey?: string | undefined } = {},
  store: Db = db(),
): Promise<Claim> {
  const { household, scheme, rule, member, breakdown } = await assessClaim(input, actor, "act", store);
  const dueOn = await claimDeadline(household.county, chinaToday(), store);
  const filedFor: ClaimHousehold = {
    headName: household.headName,
    villageId: household.villageId,
    county: household.county,
    category: household.category,
    members: household.members,
  };
  return withIdempotencyKey(
    store,
    { scope: `claims#${actor.id}`, key: opts.idempotencyKey, payload: input, newId: () => newId("clm") },
    (claimId) =>
      recordClaim(store, actor, input, claimId, {
        payoutPreviewFen: breakdown.payoutFen,
        previewSchemeVersion: scheme.version,
        household: filedFor,
        member,
        causeLabel: causeLabelOf(input.cause, rule.label),
        chain: scheme.chain,
        stage: stageAfter(scheme.chain, null),
        dueOn,
        province: household.province,
        city: household.city,
        county: household.county,
        township: household.township,
      }),
  );
}

/**
 * What POST /claims would answer for this body, without writing anything: its refusals, or the
 * payout its approval would commit now, step by step, beside the pool that must cover it, and the
 * claims it may repeat.
 */
export async function previewClaim(input: CreateClaim, actor: Actor, store: Db = db()): Promise<PayoutPreview> {
  const [{ scheme, rule, member, breakdown }, totals, duplicates] = await Promise.all([
    assessClaim(input, actor, "read", store),
    findSchemeTotals(input.schemeId, store),
    checkDuplicates(store, { ...input, memberId: input.memberId ?? null, claimId: "" }),
  ]);
  const poolBalanceFen = totals?.poolBalanceFen ?? 0;
  return {
    schemeId: scheme.schemeId,
    schemeVersion: scheme.version,
    householdId: input.householdId,
    memberId: member?.memberId ?? null,
    cause: input.cause,
    causeLabel: causeLabelOf(input.cause, rule.label),
    coveragePeriod: coveragePeriod(scheme),
    payoutFen: breakdown.payoutFen,
    breakdown,
    possibleDuplicates: duplicates.matches,
    poolBalanceFen,
    poolCovers: poolBalanceFen >= breakdown.payoutFen,
  };
}

type Filed = Pick<
  ClaimRecord,
  | "payoutPreviewFen"
  | "previewSchemeVersion"
  | "household"
  | "member"
  | "causeLabel"
  | "chain"
  | "stage"
  | "dueOn"
  | "province"
  | "city"
  | "county"
  | "township"
>;

/** The county's working-day deadline from a filing day (25 by default), over the holidays the administrator entered. */
async function claimDeadline(county: string, filedOn: string, store: Db): Promise<string> {
  const days = (await countySettings(county, store)).claimDeadlineWorkingDays;
  const year = Number(filedOn.slice(0, 4));
  return addWorkingDays(filedOn, days, await workCalendar([year, year + 1], store));
}

/**
 * Writes a new claim, its first audit event, the scheme's submitted count and the filing's
 * duplicate markers: once, whatever is resent. The duplicate check is read inside the transaction's
 * plan, conditioned on the household's filing count, so two filings of one incident at once cannot
 * both pass it.
 */
async function recordClaim(store: Db, actor: Actor, input: CreateClaim, claimId: string, filed: Filed): Promise<Claim> {
  const now = new Date().toISOString();
  const base: ClaimRecord = {
    claimId,
    householdId: input.householdId,
    schemeId: input.schemeId,
    cause: input.cause,
    incidentDate: input.incidentDate,
    expenses: input.expenses,
    invoices: input.invoices,
    documents: input.documents,
    note: input.note ?? null,
    possibleDuplicate: null,
    homeVisit: null,
    villageReview: null,
    notice: null,
    objections: [],
    actors: [actor.id],
    status: "submitted",
    version: 1,
    ...filed,
    approvedPayoutFen: null,
    schemeVersion: null,
    capApplied: null,
    caps: null,
    payoutBreakdown: null,
    submittedBy: actor.id,
    reviewedBy: null,
    approvedBy: null,
    rejectedBy: null,
    rejectionReason: null,
    createdAt: now,
    updatedAt: now,
  };
  const filing = {
    claimId,
    householdId: input.householdId,
    memberId: filed.member?.memberId ?? null,
    cause: input.cause,
    incidentDate: input.incidentDate,
    invoices: input.invoices,
  };
  await runTransaction(store, {
    operation: `submit-claim:${claimId}`,
    exhausted: () => conflict("CONCURRENT_UPDATE", "The scheme is busy; submit the claim again"),
    plan: async () => {
      const check = await checkDuplicates(store, filing);
      if (check.matches.length > 0 && !input.duplicateExplanation) {
        throw possibleDuplicate(
          check.matches,
          `The claim may repeat ${[...new Set(check.matches.map((m) => m.claimId))].join(", ")}; explain why it does not (duplicateExplanation) to file it for review`,
        );
      }
      const claim: ClaimRecord =
        check.matches.length > 0 && input.duplicateExplanation
          ? {
              ...base,
              possibleDuplicate: { matches: check.matches, explanation: input.duplicateExplanation, by: actor.id, at: now, override: null },
            }
          : base;
      return {
        parts: {
          // A claim (or its first event) with this id exists: this request's earlier attempt filed it.
          ...newClaimParts(store, claim, { actor: actor.id, action: "submit" }),
          totals: schemeTotalsPart(store, claim.schemeId, {
            claim: { from: null, to: "submitted", cause: claim.cause },
            rejected: referenceNotFound("schemeId", "Scheme", claim.schemeId),
          }),
          ...filingParts(store, filing, check),
        },
        afterCommit: () => countMetric("ClaimsSubmitted"),
      };
    },
  });
  return readClaim(store, claimId);
}

/** The claim with its audit history, when it lies in the actor's area (404 otherwise, as for an unknown id). */
export async function getClaim(claimId: string, actor: Actor, store: Db = db()): Promise<Claim> {
  const claim = await readClaim(store, claimId);
  return withinArea(actor, claim, "Claim", claimId);
}

/** A claim as stored, when it lies in the actor's area and the actor may act on it. */
export async function loadClaimToAct(store: Db, claimId: string, actor: Actor): Promise<ClaimRecord> {
  return withinArea(actor, await loadClaim(store, claimId), "Claim", claimId, "act");
}

/**
 * Newest first, by the index that matches the filters (never a Scan), inside the actor's area: a
 * scheme's claims, or one county's. Claims of a scheme outside the area, of another county, or of
 * another township than a township clerk's, are filtered out, never shown.
 */
export async function listClaims(query: ClaimsQuery, actor: Actor, store: Db = db()): Promise<Page<Claim>> {
  const area = readArea(actor);
  const { status, schemeId } = query;
  const inArea = Object.entries(area).map(([level]) => `#${level} = :${level}`);
  const opts = {
    forward: false,
    ...(inArea.length
      ? {
          filter: {
            expression: inArea.join(" AND "),
            names: Object.fromEntries(Object.keys(area).map((level) => [`#${level}`, level])),
            values: Object.fromEntries(Object.entries(area).map(([level, name]) => [`:${level}`, name])),
          },
        }
      : {}),
  };
  let page: Page<ClaimRecord>;
  if (query.overdue === "true") {
    const county = listCounty(area, query.county);
    if (county === null) return { items: [], nextCursor: null };
    page = await overdueClaims(store, county, query, area.township);
  } else if (schemeId) {
    page = status
      ? await Claims.query.bySchemeStatus(store, { schemeId, status }, query, opts)
      : await Claims.query.byScheme(store, { schemeId }, query, opts);
  } else {
    const county = listCounty(area, query.county);
    if (county === null) return { items: [], nextCursor: null };
    page = status
      ? await Claims.query.byCountyStatus(store, { county, status }, query, opts)
      : await Claims.query.byCounty(store, { county }, query, opts);
  }
  return { items: page.items.map((c) => claimView(c)), nextCursor: page.nextCursor };
}

/**
 * The county's open claims past their deadline, longest overdue first: one Query of the deadlines'
 * index (sorted by due date, bounded by today), then the page's claims. A township clerk sees their
 * township's.
 */
async function overdueClaims(store: Db, county: string, page: ClaimsQuery, township: string | undefined): Promise<Page<ClaimRecord>> {
  const deadlines = await ClaimDeadlines.query.openByCounty(store, { county }, page, {
    sortCondition: { expression: "#sk < :today", values: { ":today": chinaToday() } },
    ...(township
      ? { filter: { expression: "#township = :township", names: { "#township": "township" }, values: { ":township": township } } }
      : {}),
  });
  const claims = await Promise.all(deadlines.items.map((d) => Claims.find(store, { claimId: d.claimId }, { consistent: true })));
  return { items: claims.filter((c): c is ClaimRecord => c !== undefined), nextCursor: deadlines.nextCursor };
}
