import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import type { Role } from "@fupin/core/platform/actor";
import { type Area, areaClaims } from "@fupin/core/platform/area";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Db } from "@fupin/core/platform/db";
import { runTransaction } from "@fupin/core/platform/transact";
import type { HouseholdRecord } from "@fupin/core/monitoring/households/schemas";
import { householdChangeParts, loadHousehold } from "@fupin/core/monitoring/households/storage";
import { counter, countyAndTownship, householdCounterMove, monitoringTotalsPart } from "@fupin/core/monitoring/totals/storage";
import { localIdp, type LocalIdp } from "@fupin/local/local-idp";

/**
 * State the HTTP API cannot make in a test run because it takes time to come about: a household
 * confirmed as 监测对象 weeks ago. It is written through the core's own storage seam (the same
 * version-conditioned household change and totals counters a county confirmation writes), against
 * the test platform's table.
 */

let idp: Promise<LocalIdp> | undefined;

/** A staff token bound to an area (custom:province … custom:township), as sign-in issues them. */
export async function areaToken(sub: string, roles: Role[], area: Area): Promise<string> {
  idp ??= localIdp(inject("dataDir"));
  return (await idp).sign(sub, roles, undefined, areaClaims(area));
}

let store: Db | undefined;

/** The test platform's table, written as the platform writes it (undefined attributes left out). */
export function testStore(): Db {
  store ??= {
    client: DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: inject("dynamodbEndpoint"),
        region: "cn-north-1",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
      { marshallOptions: { removeUndefinedValues: true } },
    ),
    tableName: inject("tableName"),
  };
  return store;
}

export const daysAgo = (days: number) => shiftDays(chinaToday(), -days);

/**
 * What the county's confirmation does to a household, dated `from`: it becomes a 监测对象 with a
 * monitoring period from that day, its status counter moves and the month's `identified` count rises.
 */
export async function confirmedOn(householdId: string, from: string, by = "county-approver-e2e"): Promise<HouseholdRecord> {
  const db = testStore();
  let next: HouseholdRecord | undefined;
  await runTransaction(db, {
    operation: `test-confirm:${householdId}`,
    plan: async () => {
      const read = await loadHousehold(db, householdId);
      next = {
        ...read,
        status: "monitored",
        monitoringPeriods: [...read.monitoringPeriods, { from, to: null, category: read.category }],
        version: read.version + 1,
        updatedAt: new Date().toISOString(),
        updatedBy: by,
      };
      return {
        parts: {
          ...householdChangeParts(db, read, next, { reason: "县级确认为监测对象", changed: ["status", "monitoringPeriods"] }),
          totals: monitoringTotalsPart(db, read.county, {
            ...householdCounterMove(read, next),
            ...countyAndTownship(counter.identified(from.slice(0, 7)), read.township),
          }),
        },
      };
    },
  });
  return next!;
}
