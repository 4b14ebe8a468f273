import { z } from "zod";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import { ruleViolated } from "../../platform/errors";
import { type Page, type PageRequest, queryPage } from "../../platform/pagination";
import type { Part } from "../../platform/transact";
import { updateWrite } from "../../platform/update";
import type { ClaimStatus } from "../schemas";
import { Claims, itemsUnder } from "../storage";
import { DocumentRecord, DocumentViewRecord, MAX_DOCUMENTS_PER_CLAIM } from "./schemas";

/**
 * Claim documents' storage seam: their entities and transaction parts. A claim's documents, its
 * document count and every logged view of them share one partition of their own beside the
 * claim's, so the checklist is one Query and a document's views another.
 */
const partition = (claimId: string) => `CLAIMDOCS#${claimId}`;
const DOCUMENT_PREFIX = "DOC#";
const VIEW_PREFIX = "VIEW#";

export const Documents = entity(DocumentRecord, {
  type: "claim_document",
  key: ({ claimId, documentId }: { claimId: string; documentId: string }) => ({
    pk: partition(claimId),
    sk: `${DOCUMENT_PREFIX}${documentId}`,
  }),
});

/**
 * The audit of views: one item per view URL issued, never changed, listed by document and time.
 * Written with the view's event in the claim's history (claims/storage documentEventParts), which
 * lists the claim's whole trail; this one pages a document's views on their own.
 */
export const DocumentViews = entity(DocumentViewRecord, {
  type: "claim_document_view",
  key: ({ claimId, documentId, viewId }: { claimId: string; documentId: string; viewId: string }) => ({
    pk: partition(claimId),
    sk: `${VIEW_PREFIX}${documentId}#${viewId}`,
  }),
});

/** How many documents a claim has, so it cannot grow past what one read lists. */
export const DocumentCounts = entity(z.object({ claimId: z.string(), documents: z.number().int() }), {
  type: "claim_document_count",
  key: ({ claimId }: { claimId: string }) => ({ pk: partition(claimId), sk: "COUNT" }),
});

const allUnder = (store: Db, claimId: string, prefix: string) => itemsUnder(store, partition(claimId), prefix);

/** The claim's documents, oldest first (ids sort by time). */
export const claimDocuments = async (store: Db, claimId: string) => (await allUnder(store, claimId, DOCUMENT_PREFIX)).map(Documents.parse);

/** One document's views, newest first, page by page. */
export async function documentViewsPage(
  store: Db,
  ids: { claimId: string; documentId: string },
  page: PageRequest,
): Promise<Page<DocumentViewRecord>> {
  const result = await queryPage(
    store,
    {
      partitionValue: partition(ids.claimId),
      sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": `${VIEW_PREFIX}${ids.documentId}#` } },
      forward: false,
    },
    page,
  );
  return { items: result.items.map(DocumentViews.parse), nextCursor: result.nextCursor };
}

/** A declared document and the claim's count, refused past the per-claim limit (422 DOCUMENT_LIMIT_REACHED). */
export function newDocumentParts(store: Db, document: DocumentRecord): { document: Part; count: Part } {
  return {
    // A document with this id exists: an earlier send of this very write committed.
    document: Documents.create(store, document, "already_done"),
    count: {
      write: updateWrite(store, DocumentCounts.key({ claimId: document.claimId }), {
        add: { documents: 1 },
        set: { claimId: document.claimId },
        condition: { expression: "attribute_not_exists(documents) OR documents < :max", values: { ":max": MAX_DOCUMENTS_PER_CLAIM } },
      }),
      rejected: ruleViolated("DOCUMENT_LIMIT_REACHED", `A claim holds at most ${MAX_DOCUMENTS_PER_CLAIM} documents`, [
        { message: "the claim has as many documents as it may hold", limit: MAX_DOCUMENTS_PER_CLAIM },
      ]),
    },
  };
}

/** Checks that the claim is still in one of these statuses (a decision made meanwhile refuses the document write). */
export function claimStillPart(store: Db, claimId: string, statuses: readonly ClaimStatus[], rejected: Part["rejected"]): Part {
  const values = Object.fromEntries(statuses.map((status, i) => [`:s${i}`, status]));
  return {
    write: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: Claims.key({ claimId }),
        ConditionExpression: `#status IN (${Object.keys(values).join(", ")})`,
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: values,
      },
    },
    ...(rejected ? { rejected } : {}),
  };
}

/** A pending document's one change (confirmed or rejected), refused once it is no longer pending. */
export function settleDocumentPart(store: Db, next: DocumentRecord, rejected: Part["rejected"]): Part {
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item: Documents.item(next),
        ConditionExpression: "#status = :pending",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":pending": "pending" },
      },
    },
    ...(rejected ? { rejected } : {}),
  };
}
