import { Claims } from "../../claims";
import type { Actor } from "../../platform/actor";
import { chinaToday, systemClock, type Clock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { conflict, type DomainError, isDomainError, referenceNotFound, ruleViolated, validationFailed } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Page, PageRequest } from "../../platform/pagination";
import { runTransaction } from "../../platform/transact";
import { householdInArea } from "../households/households";
import { type HouseholdRecord, placeOf } from "../households/schemas";
import { householdChangeParts } from "../households/storage";
import { monitoringTotalsPart } from "../totals/storage";
import {
  type CreateMeasure,
  type EndMeasure,
  MEASURABLE_STATUSES,
  MEASURE_PERIOD_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_KIND_LABELS,
  type Measure,
  type MeasureRecord,
} from "./schemas";
import { householdMeasures, loadMeasure, MeasureClaims, measureChangePart, measureCounts, Measures } from "./storage";

export const measureView = (m: MeasureRecord): Measure => ({
  ...m,
  kindLabel: MEASURE_KIND_LABELS[m.kind],
  periodLabel: MEASURE_PERIOD_LABELS[m.period],
  statusLabel: MEASURE_STATUS_LABELS[m.status],
});

const endedBeforeStart = (startOn: string, endOn: string) =>
  ruleViolated("ENDED_BEFORE_START", `A measure that starts on ${startOn} cannot end before it`, [
    { path: "body.endOn", message: `must be on or after ${startOn}`, resource: "measure", startedOn: startOn, endedOn: endOn },
  ]);

const householdNotMeasurable = (h: HouseholdRecord) =>
  conflict(
    "INVALID_STATE",
    `Household ${h.householdId} is ${h.status}: measures are recorded for households being identified or monitored`,
    [
      {
        path: "status",
        message: `is ${h.status}`,
        resource: "household",
        status: h.status,
        action: "record_measure",
        allowed: [...MEASURABLE_STATUSES],
      },
    ],
  );

/**
 * The claim a prevention_claim measure links: the household's own, visible to the actor (otherwise
 * answered as one that does not exist), approved or paid (a claim still under review is no help yet).
 */
async function linkedClaim(claimId: string, householdId: string, actor: Actor, store: Db) {
  const claim = await Claims.get(claimId, { actor, store }).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "NOT_FOUND") throw referenceNotFound("body.claimId", "Claim", claimId);
    throw e;
  });
  if (claim.householdId !== householdId) {
    throw ruleViolated("CLAIM_OF_OTHER_HOUSEHOLD", `Claim ${claimId} is another household's: a measure links the household's own claim`, [
      { path: "body.claimId", message: "is another household's claim", claimId, householdId },
    ]);
  }
  if (claim.approvedPayoutFen === null || (claim.status !== "approved" && claim.status !== "paid")) {
    throw conflict("INVALID_STATE", `Claim ${claimId} is ${claim.status}: only an approved or paid claim is a measure`, [
      {
        path: "body.claimId",
        message: `is ${claim.status}`,
        resource: "claim",
        status: claim.status,
        action: "link_measure",
        allowed: ["approved", "paid"],
      },
    ]);
  }
  return { claimId, amountFen: claim.approvedPayoutFen };
}

/**
 * Records a measure for a household of the actor's area (404 outside it, 403 for province and city
 * staff). In one transaction: the measure, the household's new version counting it as in effect
 * (which takes the household off the no-measure list), the claim's link, and the county's counters.
 */
export async function recordMeasure(
  householdId: string,
  input: CreateMeasure,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Measure> {
  if (input.endOn !== undefined && input.endOn < input.startOn) throw endedBeforeStart(input.startOn, input.endOn);
  const checked = await householdInArea(householdId, actor, "act", store);
  const claim = input.claimId === undefined ? null : await linkedClaim(input.claimId, householdId, actor, store);
  const measureId = newId("msr");
  let result: MeasureRecord | undefined;
  await runTransaction(store, {
    operation: `record-measure:${measureId}`,
    plan: async (attempt) => {
      const read = attempt === 0 ? checked : await householdInArea(householdId, actor, "act", store);
      if (!(MEASURABLE_STATUSES as readonly string[]).includes(read.status)) throw householdNotMeasurable(read);
      const member = input.memberId === undefined ? null : read.people.find((p) => p.memberId === input.memberId);
      if (member === undefined) throw referenceNotFound("body.memberId", "Member", input.memberId!);
      const at = clock().toISOString();
      const measure: MeasureRecord = {
        measureId,
        ...placeOf(read),
        kind: input.kind,
        content: input.content ?? null,
        amountFen: claim?.amountFen ?? input.amountFen ?? 0,
        period: input.period ?? "once",
        startOn: input.startOn,
        endOn: input.endOn ?? null,
        responsibleCadre: input.responsibleCadre,
        note: input.note ?? null,
        memberId: member?.memberId ?? null,
        memberName: member?.name ?? null,
        claimId: claim?.claimId ?? null,
        status: "active",
        ended: null,
        version: 1,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
        updatedBy: actor.id,
      };
      const next: HouseholdRecord = {
        ...read,
        activeMeasures: (read.activeMeasures ?? 0) + 1,
        version: read.version + 1,
        updatedAt: at,
        updatedBy: actor.id,
      };
      result = measure;
      return {
        parts: {
          measure: Measures.create(store, measure, "already_done"),
          claim: claim !== null && {
            ...MeasureClaims.create(store, { claimId: claim.claimId, householdId, measureId }),
            rejected: async () => {
              const linked = await MeasureClaims.find(store, { claimId: claim.claimId }, { consistent: true });
              if (linked?.measureId === measureId) return "already_done";
              return conflict("DUPLICATE", `Claim ${claim.claimId} is already recorded as a measure`, [
                {
                  path: "body.claimId",
                  message: "already linked",
                  resource: "measure",
                  claimId: claim.claimId,
                  ...(linked ? { measureId: linked.measureId } : {}),
                },
              ]);
            },
          },
          ...householdChangeParts(store, read, next, {
            reason: `记录帮扶措施：${MEASURE_KIND_LABELS[input.kind]}`,
            changed: ["activeMeasures"],
          }),
          totals: monitoringTotalsPart(store, read.county, measureCounts(measure, "recorded")),
        },
      };
    },
  });
  return measureView(result!);
}

/** The household's measures, when it lies in the actor's area (404 otherwise). */
export async function listMeasures(householdId: string, page: PageRequest, actor: Actor, store: Db = db()): Promise<Page<Measure>> {
  await householdInArea(householdId, actor, "read", store);
  const result = await householdMeasures(store, householdId, page);
  return { items: result.items.map(measureView), nextCursor: result.nextCursor };
}

const measureEnded = (m: MeasureRecord): DomainError =>
  conflict("INVALID_STATE", `Measure ${m.measureId} has already ended`, [
    { path: "status", message: `is ${m.status}`, resource: "measure", status: m.status, action: "end", allowed: ["active"] },
  ]);

/**
 * Ends a measure in effect on the day it last applied, with the reason. The household counts one
 * measure fewer in effect: with none left, a monitored household is back on the no-measure list.
 */
export async function endMeasure(
  ids: { householdId: string; measureId: string },
  input: EndMeasure,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Measure> {
  if (input.endOn > chinaToday(clock)) {
    throw validationFailed("A measure ends on a day that has come: its end date is in the future", [
      { path: "body.endOn", message: "must not be after today", issue: "in_future" },
    ]);
  }
  let result: MeasureRecord | undefined;
  await runTransaction(store, {
    operation: `end-measure:${ids.measureId}`,
    plan: async () => {
      const household = await householdInArea(ids.householdId, actor, "act", store);
      const read = await loadMeasure(store, ids.householdId, ids.measureId);
      if (read.status !== "active") throw measureEnded(read);
      if (input.endOn < read.startOn) throw endedBeforeStart(read.startOn, input.endOn);
      const at = clock().toISOString();
      const measure: MeasureRecord = {
        ...read,
        endOn: input.endOn,
        status: "ended",
        ended: { reason: input.reason, at, by: actor.id },
        version: read.version + 1,
        updatedAt: at,
        updatedBy: actor.id,
      };
      const next: HouseholdRecord = {
        ...household,
        activeMeasures: Math.max(0, (household.activeMeasures ?? 0) - 1),
        version: household.version + 1,
        updatedAt: at,
        updatedBy: actor.id,
      };
      result = measure;
      return {
        parts: {
          measure: measureChangePart(store, read, measure),
          ...householdChangeParts(store, household, next, {
            reason: `结束帮扶措施：${MEASURE_KIND_LABELS[read.kind]}`,
            changed: ["activeMeasures"],
          }),
          totals: monitoringTotalsPart(store, read.county, measureCounts(read, "ended")),
        },
      };
    },
  });
  return measureView(result!);
}
