import { Claims } from "../../claims";
import { chinaToday, type Clock, shiftDays, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { ruleViolated, validationFailed } from "../../platform/errors";
import type { Page, PageRequest } from "../../platform/pagination";
import { fileObjectionOn } from "../assessments/assessments";
import { noticeEndsOn, withinNotice } from "../assessments/workflow";
import { HOUSEHOLD_CATEGORY_LABELS } from "../households/schemas";
import { countySettings } from "../settings/settings";
import { sealContact, sourceHash } from "./contact";
import { maskContact, maskName } from "./mask";
import {
  type FiledObjection,
  type FileObjection,
  NOTICE_KIND_LABELS,
  type NoticeRecord,
  type PublicNotice,
  type PublicNoticesQuery,
} from "./schemas";
import { loadNotice, Notices, objectionSourcePart } from "./storage";

/** Objections one client address may file on one notice in a day (the route is public). */
export const MAX_OBJECTIONS_PER_SOURCE_PER_DAY = 10;

const boardView = (n: NoticeRecord, today: string): PublicNotice => ({
  noticeId: n.noticeId,
  kind: n.kind,
  kindLabel: NOTICE_KIND_LABELS[n.kind],
  name: n.maskedName,
  county: n.county,
  township: n.township,
  villageName: n.villageName,
  category: n.category,
  categoryLabel: HOUSEHOLD_CATEGORY_LABELS[n.category],
  cause: null,
  causeLabel: null,
  amountFen: null,
  startsOn: n.startsOn,
  endsOn: n.endsOn,
  acceptsObjections: withinNotice(n, today),
});

/** A claim as the board shows it: before the township's review it takes objections; once approved, no longer. */
const claimOnBoard = (
  kind: "claim" | "claim_proposal",
  c: { claimId: string; headName: string; county: string; township: string; villageName: string; cause: string; causeLabel: string },
  amountFen: number,
  dates: { startsOn: string; endsOn: string },
): PublicNotice => ({
  noticeId: c.claimId,
  kind,
  kindLabel: NOTICE_KIND_LABELS[kind],
  name: maskName(c.headName),
  county: c.county,
  township: c.township,
  villageName: c.villageName,
  category: null,
  categoryLabel: null,
  cause: c.cause,
  causeLabel: c.causeLabel,
  amountFen,
  startsOn: dates.startsOn,
  endsOn: dates.endsOn,
  acceptsObjections: kind === "claim_proposal",
});

/** The first instant of a China civil date, as an ISO instant (UTC). */
const chinaDayStarts = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

type Source = (page: PageRequest) => Promise<Page<PublicNotice>>;

/** A cursor over several lists read one after the other: which list, and the cursor within it. */
interface ChainCursor {
  s: number;
  c?: string;
}

const badCursor = () =>
  validationFailed("The cursor is not valid for this list (any more): start again from the first page", [
    { path: "query.cursor", message: "pass back the nextCursor of the previous page of the same list, unchanged", issue: "invalid_cursor" },
  ]);

function decodeCursor(cursor: string | undefined, sources: number): ChainCursor {
  if (!cursor) return { s: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as ChainCursor;
    if (Number.isInteger(parsed.s) && parsed.s >= 0 && parsed.s < sources && (parsed.c === undefined || typeof parsed.c === "string"))
      return parsed;
  } catch {
    // Falls through to the refusal.
  }
  throw badCursor();
}

const encodeCursor = (cursor: ChainCursor) => Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");

/** Pages of several lists, one after the other, as one list. */
async function chained(sources: Source[], page: PageRequest): Promise<Page<PublicNotice>> {
  let { s, c } = decodeCursor(page.cursor, sources.length);
  const items: PublicNotice[] = [];
  // Each round is one page of one source; a few rounds fill a page even when a source's filter drops items.
  for (let round = 0; round < 8 && s < sources.length && items.length < page.limit; round++) {
    const got = await sources[s]!({ limit: page.limit - items.length, ...(c ? { cursor: c } : {}) });
    items.push(...got.items);
    if (got.nextCursor) c = got.nextCursor;
    else {
      s++;
      c = undefined;
    }
  }
  return { items, nextCursor: s < sources.length ? encodeCursor({ s, ...(c ? { c } : {}) }) : null };
}

/**
 * The county's notices up today (public: no token): identifications and risk removals in their
 * notice period, claims in their notice before the township's review, then claims approved within
 * the county's notice period (noticeMinDays from the day of approval). Names masked; nothing about the people beyond what a village notice shows.
 */
export async function listPublicNotices(
  query: PublicNoticesQuery,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<Page<PublicNotice>> {
  const today = chinaToday(clock);
  const { county, township } = query;
  const { noticeMinDays } = await countySettings(county, store);
  const assessments: Source = async (page) => {
    const got = await Notices.query.byCounty(store, { county }, page, {
      // Sorted by last day: those ending today or later are up (none starts in the future).
      sortCondition: { expression: "#sk >= :today", values: { ":today": today } },
      ...(township
        ? { filter: { expression: "#township = :township", names: { "#township": "township" }, values: { ":township": township } } }
        : {}),
    });
    return { items: got.items.map((n) => boardView(n, today)), nextCursor: got.nextCursor };
  };
  const claims: Source = async (page) => {
    const firstDay = shiftDays(today, -(noticeMinDays - 1));
    const got = await Claims.onNotice({ county, township, approvedSince: chinaDayStarts(firstDay), ...page }, { store });
    return {
      items: got.items.map((c) => {
        const startsOn = chinaToday(() => new Date(c.approvedAt));
        return claimOnBoard("claim", c, c.payoutFen, { startsOn, endsOn: noticeEndsOn(startsOn, noticeMinDays) });
      }),
      nextCursor: got.nextCursor,
    };
  };
  const proposals: Source = async (page) => {
    const got = await Claims.proposalsOnNotice({ county, township, today, ...page }, { store });
    return { items: got.items.map((c) => claimOnBoard("claim_proposal", c, c.proposedFen, c)), nextCursor: got.nextCursor };
  };
  return chained([assessments, proposals, claims], query);
}

/**
 * An objection filed on the public board: only while the notice is up (422 otherwise), at most
 * MAX_OBJECTIONS_PER_SOURCE_PER_DAY a day from one address and 200 on one notice. The receipt
 * echoes nothing of what was filed; the contact is kept encrypted and shown to staff masked.
 */
export async function fileObjection(
  input: { noticeId: string; objection: FileObjection; sourceAddress: string },
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<FiledObjection> {
  const { noticeId, objection, sourceAddress } = input;
  if (isClaimId(noticeId)) return fileClaimObjection(input, store, clock);
  const notice = await loadNotice(store, noticeId);
  const today = chinaToday(clock);
  if (notice.withdrawn || !withinNotice(notice, today)) {
    throw ruleViolated("OUTSIDE_NOTICE_PERIOD", `Objections to this notice are heard from ${notice.startsOn} to ${notice.endsOn}`, [
      {
        message: notice.withdrawn ? "the notice was taken down" : "outside the notice period",
        startsOn: notice.startsOn,
        endsOn: notice.endsOn,
        date: today,
      },
    ]);
  }
  const limit = await sourceLimit(noticeId, sourceAddress, store);
  const filed = await fileObjectionOn(notice.assessmentId, objection, (now) => ({ source: limit(now.today) }), store, clock);
  return { ...filed, noticeId };
}

/** A claim's notice on the board is known by the claim's id. */
const isClaimId = (noticeId: string) => noticeId.startsWith("clm_");

/** The rate limit of one client address on one notice: a part counting one more objection today, refused past the day's limit. */
async function sourceLimit(noticeId: string, sourceAddress: string, store: Db) {
  const source = await sourceHash(sourceAddress);
  const tooMany = ruleViolated(
    "OBJECTION_LIMIT_REACHED",
    `At most ${MAX_OBJECTIONS_PER_SOURCE_PER_DAY} objections a day on one notice from one address`,
    [{ message: "try again tomorrow", limit: MAX_OBJECTIONS_PER_SOURCE_PER_DAY, scope: "source" }],
  );
  return (day: string) => objectionSourcePart(store, { noticeId, source, day }, MAX_OBJECTIONS_PER_SOURCE_PER_DAY, tooMany);
}

/** An objection to a claim under notice: the claims context keeps it with the claim; the board seals the contact and limits the rate. */
async function fileClaimObjection(
  input: { noticeId: string; objection: FileObjection; sourceAddress: string },
  store: Db,
  clock: Clock,
): Promise<FiledObjection> {
  const { noticeId, objection, sourceAddress } = input;
  const limit = await sourceLimit(noticeId, sourceAddress, store);
  const contact = objection.contact ? { sealed: await sealContact(objection.contact), masked: maskContact(objection.contact) } : null;
  const filed = await Claims.filePublicObjection(
    { claimId: noticeId, summary: objection.note, contact },
    (today) => ({ source: limit(today) }),
    { store, clock },
  );
  return { ...filed, noticeId };
}
