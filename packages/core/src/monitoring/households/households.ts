import { Catalog } from "../../catalog";
import { ageOn, maskResidentId } from "../../identity/resident-id";
import type { Actor } from "../../platform/actor";
import { actArea, type Area, covers, readArea, withinArea } from "../../platform/area";
import { chinaToday, systemClock, type Clock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { conflict, referenceNotFound, validationFailed } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Page, PageRequest } from "../../platform/pagination";
import { type Part, type Rejection, runTransaction } from "../../platform/transact";
import { piiHashKey, residentIdHash } from "./pii";
import {
  type AgeBand,
  type CreateHousehold,
  HOUSEHOLD_CATEGORY_LABELS,
  type Household,
  type HouseholdRecord,
  type HouseholdsQuery,
  type HouseholdVersion,
  type MemberInput,
  type MemberRecord,
  MONITORING_STATUS_LABELS,
  type UpdateHousehold,
} from "./schemas";
import { householdCounterMove, monitoringTotalsPart } from "../totals/storage";
import { householdChangeParts, Households, HouseholdVersions, loadHousehold, ResidentIds } from "./storage";

export type { Household, HouseholdRecord } from "./schemas";

/** What a response shows: masked ids and labels, never an id's hash. */
export const householdView = ({ idNumberHash: _hash, people, ...household }: HouseholdRecord): Household => ({
  ...household,
  people: people.map(({ idNumberHash: _h, ...member }) => member),
  categoryLabel: HOUSEHOLD_CATEGORY_LABELS[household.category],
  statusLabel: MONITORING_STATUS_LABELS[household.status],
});

function ageBand(idNumber: string, today: string): AgeBand {
  const age = ageOn(idNumber, today);
  return age < 6 ? "under_6" : age <= 15 ? "6_to_15" : age <= 59 ? "16_to_59" : "60_plus";
}

/** Only the keyed hash and the masked form of each id are stored; the id itself, plain or encrypted, is not. */
async function memberRecords(members: MemberInput[], keep: MemberRecord[], clock: Clock): Promise<MemberRecord[]> {
  const key = await piiHashKey();
  const today = chinaToday(clock);
  return members.map(({ idNumber, ...member }) => {
    const idNumberHash = residentIdHash(idNumber, key);
    return {
      ...member,
      // A person already listed keeps their member id (claims name members by it).
      memberId: keep.find((m) => m.idNumberHash === idNumberHash)?.memberId ?? newId("mbr"),
      idNumber: maskResidentId(idNumber),
      idNumberHash,
      ageBand: ageBand(idNumber, today),
    };
  });
}

/** A resident id to reserve for the household, with the request field it came from (for the refusal). */
interface Reservation {
  idNumberHash: string;
  path: string;
}

/**
 * Each person is registered in one household only: the resident-id items are created with the
 * household, refused when another household holds one (409 DUPLICATE, naming that household only
 * when it lies in the actor's area). An item this household already holds means `mine`: the
 * registration's earlier send committed ("already_done"), or a concurrent change of the household
 * added the person first ("retry": read again, so the change is not lost).
 */
function residentIdParts(store: Db, actor: Actor, householdId: string, reservations: Reservation[], mine: Rejection): Part[] {
  return reservations.map(({ idNumberHash, path }) => ({
    ...ResidentIds.create(store, { idNumberHash, householdId }),
    rejected: async () => {
      const existing = await ResidentIds.find(store, { idNumberHash }, { consistent: true });
      if (!existing) return "retry";
      if (existing.householdId === householdId) return mine;
      const other = await Households.find(store, { householdId: existing.householdId });
      const named = other && covers(readArea(actor), other) ? { householdId: existing.householdId } : {};
      return conflict("DUPLICATE", "A person in this household is already registered in another household", [
        { path, message: "already registered in another household", resource: "household", ...named },
      ]);
    },
  }));
}

/** Frees the resident ids of people no longer in the household, so they can be registered elsewhere; only while this household holds them. */
const releaseResidentIdParts = (store: Db, householdId: string, hashes: string[]): Part[] =>
  hashes.map((idNumberHash) => ({
    write: {
      Delete: {
        TableName: store.tableName,
        Key: ResidentIds.key({ idNumberHash }),
        ConditionExpression: "attribute_not_exists(pk) OR #householdId = :householdId",
        ExpressionAttributeNames: { "#householdId": "householdId" },
        ExpressionAttributeValues: { ":householdId": householdId },
      },
    },
  }));

export async function createHousehold(
  input: CreateHousehold,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Household> {
  const village = await Catalog.findVillage(input.villageId, { store });
  // A village outside the clerk's area is answered as one that does not exist.
  if (!village || !covers(actArea(actor), village)) throw referenceNotFound("villageId", "Village", input.villageId);
  const { idNumber, members, villageId, address, incomeYear, perCapitaIncomeFen, ...rest } = input;
  const idNumberHash = residentIdHash(idNumber, await piiHashKey());
  const people = typeof members === "number" ? [] : await memberRecords(members, [], clock);
  const at = clock().toISOString();
  const household: HouseholdRecord = {
    ...rest,
    householdId: newId("hh"),
    villageId,
    villageName: village.name,
    province: village.province,
    city: village.city,
    county: village.county,
    township: village.township,
    address: address ?? null,
    idNumber: maskResidentId(idNumber),
    idNumberHash,
    members: typeof members === "number" ? members : members.length,
    people,
    perCapitaIncomeFen,
    incomeYear,
    incomes: [{ year: incomeYear, perCapitaIncomeFen }],
    status: "registered",
    monitoringPeriods: [],
    version: 1,
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
    updatedBy: actor.id,
  };
  // The head by the household's idNumber; each other member by their place in the list.
  const reservations: Reservation[] = [{ idNumberHash, path: "body.idNumber" }];
  people.forEach((p, i) => {
    if (!reservations.some((r) => r.idNumberHash === p.idNumberHash))
      reservations.push({ idNumberHash: p.idNumberHash, path: `body.members.${i}.idNumber` });
  });
  const { version } = householdChangeParts(store, household, household, { reason: "登记", changed: [] });
  await runTransaction(store, {
    operation: `register-household:${household.householdId}`,
    plan: () => ({
      parts: {
        residentIds: residentIdParts(store, actor, household.householdId, reservations, "already_done"),
        household: Households.create(store, household, "already_done"),
        version,
        totals: monitoringTotalsPart(store, household.county, householdCounterMove(null, household)),
      },
    }),
  });
  return householdView(household);
}

/** The household, when it lies in the actor's area (404 otherwise, exactly as for an unknown id). */
export async function getHousehold(householdId: string, actor: Actor, store: Db = db()): Promise<Household> {
  return householdView(withinArea(actor, await loadHousehold(store, householdId), "Household", householdId));
}

/** The household record for another part of the platform acting on it (claims, monitoring), checked against the actor's area. */
export async function householdInArea(householdId: string, actor: Actor, mode: "read" | "act", store: Db = db()): Promise<HouseholdRecord> {
  return withinArea(actor, await loadHousehold(store, householdId), "Household", householdId, mode);
}

/**
 * The county a list reads: a county or township clerk's own; province and city staff (and national
 * administrators) name one inside their area.
 */
export function listCounty(area: Area, county: string | undefined): string | null {
  if (area.county) return county === undefined || county === area.county ? area.county : null;
  if (!county) {
    throw validationFailed("Choose a county: staff above the county level list one county at a time", [
      { path: "query.county", message: "required for province and city staff", issue: "required" },
    ]);
  }
  return county;
}

/**
 * Whether a county lies in the area: for county and township staff, their own; for province and
 * city staff, where its villages are (a county with no village registered lies in no one's area);
 * for a national administrator, any.
 */
export async function countyWithinArea(area: Area, county: string, store: Db = db()): Promise<boolean> {
  if (area.county) return area.county === county;
  if (!area.province && !area.city) return true;
  const [village] = (await Catalog.listVillages({ county, limit: 1 }, { store })).items;
  return village !== undefined && covers(area, village);
}

/** Households of the actor's area by county (township, village), status and category, page by page. */
export async function listHouseholds(query: HouseholdsQuery, actor: Actor, store: Db = db()): Promise<Page<Household>> {
  const area = readArea(actor);
  const county = listCounty(area, query.county);
  const township = area.township ?? query.township;
  // Another county, or a township other than the clerk's own, lists nothing.
  if (county === null || (area.township && query.township && query.township !== area.township)) return { items: [], nextCursor: null };
  const prefix = township ? `${township}#${query.villageId ? `${query.villageId}#` : ""}` : undefined;
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (query.category) {
    filters.push("#category = :category");
    names["#category"] = "category";
    values[":category"] = query.category;
  }
  if (query.villageId && !prefix) {
    filters.push("#villageId = :villageId");
    names["#villageId"] = "villageId";
    values[":villageId"] = query.villageId;
  }
  // Province and city staff: the county must lie in their area too.
  for (const level of ["province", "city"] as const) {
    if (!area[level]) continue;
    filters.push(`#${level} = :${level}`);
    names[`#${level}`] = level;
    values[`:${level}`] = area[level];
  }
  const opts = {
    ...(prefix ? { sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": prefix } } } : {}),
    ...(filters.length ? { filter: { expression: filters.join(" AND "), names, values } } : {}),
  };
  const page = query.status
    ? await Households.query.byCountyStatus(store, { county, status: query.status }, query, opts)
    : await Households.query.byCounty(store, { county }, query, opts);
  return { items: page.items.map(householdView), nextCursor: page.nextCursor };
}

const CHANGEABLE = ["address", "headName", "category", "income", "members"] as const;

/** Applies a change to the registry record: a new version that keeps who, when and why. */
export async function updateHousehold(
  householdId: string,
  change: UpdateHousehold,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Household> {
  let result: HouseholdRecord | undefined;
  await runTransaction(store, {
    operation: `update-household:${householdId}`,
    plan: async () => {
      const read = withinArea(actor, await loadHousehold(store, householdId), "Household", householdId, "act");
      if (change.expectedVersion !== undefined && change.expectedVersion !== read.version) {
        throw conflict("VERSION_CONFLICT", "The household was changed since you read it: reload it and apply your change again", [
          {
            path: "body.expectedVersion",
            message: "stale",
            resource: "household",
            expectedVersion: change.expectedVersion,
            currentVersion: read.version,
          },
        ]);
      }
      const next: HouseholdRecord = { ...read, version: read.version + 1, updatedAt: clock().toISOString(), updatedBy: actor.id };
      if (change.address !== undefined) next.address = change.address;
      if (change.headName !== undefined) next.headName = change.headName;
      if (change.category !== undefined) next.category = change.category;
      if (change.income) {
        const incomes = [...read.incomes.filter((i) => i.year !== change.income!.year), change.income].sort((a, b) => a.year - b.year);
        const latest = incomes[incomes.length - 1]!;
        Object.assign(next, { incomes, incomeYear: latest.year, perCapitaIncomeFen: latest.perCapitaIncomeFen });
      }
      let added: Reservation[] = [];
      let removed: string[] = [];
      if (change.members) {
        const people = await memberRecords(change.members, read.people, clock);
        const head = people.find((p) => p.relation === "head")!;
        if (head.idNumberHash !== read.idNumberHash) {
          throw validationFailed("The head's resident id must be the household's", [
            { path: "body.members", message: "the member with the relation head must be the registered head", issue: "head_mismatch" },
          ]);
        }
        const before = new Set([read.idNumberHash, ...read.people.map((p) => p.idNumberHash)]);
        const after = new Set([read.idNumberHash, ...people.map((p) => p.idNumberHash)]);
        added = people.flatMap((p, i) =>
          before.has(p.idNumberHash) ? [] : [{ idNumberHash: p.idNumberHash, path: `body.members.${i}.idNumber` }],
        );
        removed = [...before].filter((h) => !after.has(h));
        Object.assign(next, { people, members: people.length });
      }
      const changed = CHANGEABLE.filter((f) => change[f] !== undefined);
      result = next;
      return {
        parts: {
          residentIds: residentIdParts(store, actor, householdId, added, "retry"),
          released: releaseResidentIdParts(store, householdId, removed),
          ...householdChangeParts(store, read, next, { reason: change.reason, changed }),
          totals: next.category !== read.category && monitoringTotalsPart(store, read.county, householdCounterMove(read, next)),
        },
      };
    },
  });
  return householdView(result!);
}

/** Every version of the household's record, newest first, with who changed it, when and why. */
export async function householdVersions(
  householdId: string,
  page: PageRequest,
  actor: Actor,
  store: Db = db(),
): Promise<Page<HouseholdVersion>> {
  await getHousehold(householdId, actor, store);
  return HouseholdVersions.query.byHousehold(store, { householdId }, page, { forward: false });
}
