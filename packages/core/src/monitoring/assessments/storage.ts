import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import type { Part } from "../../platform/transact";
import { AssessmentEventRecord, AssessmentRecord, type AssessmentStatus, ObjectionRecord } from "./schemas";

/**
 * The assessments' storage seam. An assessment's partition holds its record, the immutable events
 * of its timeline (one per version) and its objections, so its page is one Query.
 */
const pad = (n: number) => String(n).padStart(6, "0");
const partition = (assessmentId: string) => `ASSESSMENT#${assessmentId}`;
const EVENT_PREFIX = "EVENT#";
const OBJECTION_PREFIX = "OBJECTION#";

/** Sorted by township and id (time-sortable), so a township's assessments are a key range. */
const placeSort = (a: AssessmentRecord) => `${a.township}#${a.assessmentId}`;

export const Assessments = entity(AssessmentRecord, {
  type: "assessment",
  key: ({ assessmentId }: { assessmentId: string }) => ({ pk: partition(assessmentId), sk: "ASSESSMENT" }),
  indexes: {
    byCountyStatus: {
      index: "gsi1",
      partition: ({ county, status }: { county: string; status: AssessmentStatus }) => `ASSESSMENTS#COUNTY#${county}#STATUS#${status}`,
      partitionOf: (a) => ({ county: a.county, status: a.status }),
      sort: placeSort,
    },
    byCounty: {
      index: "gsi2",
      partition: ({ county }: { county: string }) => `ASSESSMENTS#COUNTY#${county}`,
      partitionOf: (a) => ({ county: a.county }),
      sort: placeSort,
    },
    byHousehold: {
      index: "gsi3",
      partition: ({ householdId }: { householdId: string }) => `ASSESSMENTS#HOUSEHOLD#${householdId}`,
      partitionOf: (a) => ({ householdId: a.householdId }),
      sort: (a) => a.assessmentId,
    },
  },
});

export const AssessmentEvents = entity(AssessmentEventRecord, {
  type: "assessment_event",
  key: ({ assessmentId, seq }: { assessmentId: string; seq: number }) => ({
    pk: partition(assessmentId),
    sk: `${EVENT_PREFIX}${pad(seq)}`,
  }),
});

export const Objections = entity(ObjectionRecord, {
  type: "assessment_objection",
  key: ({ assessmentId, objectionId }: { assessmentId: string; objectionId: string }) => ({
    pk: partition(assessmentId),
    sk: `${OBJECTION_PREFIX}${objectionId}`,
  }),
});

/** The assessment as stored, read consistently (every change conditions on its version), or 404. */
export const loadAssessment = (store: Db, assessmentId: string) =>
  Assessments.get(store, { assessmentId }, "Assessment", assessmentId, { consistent: true });

/** Every item of a kind in the assessment's partition, oldest first. */
async function partitionItems<T>(
  store: Db,
  assessmentId: string,
  prefix: string,
  parse: (item: Record<string, unknown>) => T,
): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": partition(assessmentId), ":prefix": prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []).map(parse));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The timeline: every event, oldest first. */
export const assessmentEvents = (store: Db, assessmentId: string) =>
  partitionItems(store, assessmentId, EVENT_PREFIX, AssessmentEvents.parse);

/** The objections, in the order they were recorded (ids sort by time). */
export const assessmentObjections = (store: Db, assessmentId: string) =>
  partitionItems(store, assessmentId, OBJECTION_PREFIX, Objections.parse);

export type EventInput = Omit<AssessmentEventRecord, "assessmentId" | "seq">;

/**
 * A change of the assessment, for one transaction: the record moves on from the version read (a
 * concurrent change cancels it: read again) and the event of the new version is created, never to
 * be overwritten. New records are created instead (version 1).
 */
export function assessmentChangeParts(
  store: Db,
  read: AssessmentRecord | null,
  next: AssessmentRecord,
  event: EventInput,
): { assessment: Part; event: Part } {
  const assessment: Part = read ? Assessments.replaceVersion(store, next, read.version) : Assessments.create(store, next, "already_done");
  return {
    assessment,
    event: AssessmentEvents.create(store, { ...event, assessmentId: next.assessmentId, seq: next.version }),
  };
}

/** Records a township's finding once: refused when the objection already has one. */
export function objectionFindingPart(store: Db, next: ObjectionRecord): Part {
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item: Objections.item(next),
        ConditionExpression: "attribute_exists(pk) AND attribute_type(#finding, :null)",
        ExpressionAttributeNames: { "#finding": "finding" },
        ExpressionAttributeValues: { ":null": "NULL" },
      },
    },
  };
}
