import { z } from "zod";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import type { Part } from "../../platform/transact";
import { updateWrite } from "../../platform/update";
import { NoticeRecord } from "./schemas";

/**
 * The public board's storage seam. A county's running notices are a key range: sorted by their
 * last day, those ending today or later are the current ones; a notice taken down leaves the index.
 */
const partition = (noticeId: string) => `NOTICE#${noticeId}`;

export const Notices = entity(NoticeRecord, {
  type: "public_notice",
  key: ({ noticeId }: { noticeId: string }) => ({ pk: partition(noticeId), sk: "NOTICE" }),
  indexes: {
    byCounty: {
      index: "gsi1",
      partition: ({ county }: { county: string }) => `NOTICES#COUNTY#${county}`,
      partitionOf: (n) => ({ county: n.county }),
      sort: (n) => `${n.endsOn}#${n.noticeId}`,
      when: (n) => !n.withdrawn,
    },
  },
});

export const loadNotice = (store: Db, noticeId: string) => Notices.get(store, { noticeId }, "Notice", noticeId, { consistent: true });

/** Objections one source (a keyed hash of its address) filed on one notice in one day: the public route's rate limit. */
export const ObjectionSources = entity(z.object({ noticeId: z.string(), source: z.string(), day: z.string(), filed: z.number().int() }), {
  type: "notice_objection_source",
  key: ({ noticeId, source, day }: { noticeId: string; source: string; day: string }) => ({
    pk: partition(noticeId),
    sk: `SOURCE#${day}#${source}`,
  }),
});

/** Counts one more objection from the source today, refused once it has filed `max`. */
export function objectionSourcePart(
  store: Db,
  ids: { noticeId: string; source: string; day: string },
  max: number,
  rejected: Part["rejected"],
): Part {
  return {
    write: updateWrite(store, ObjectionSources.key(ids), {
      add: { filed: 1 },
      set: { ...ids, type: ObjectionSources.type },
      condition: { expression: "attribute_not_exists(pk) OR #filed < :max", names: { "#filed": "filed" }, values: { ":max": max } },
    }),
    rejected,
  };
}
