import type { Actor } from "../../platform/actor";
import { withinArea } from "../../platform/area";
import type { ActorCtx } from "../../platform/context";
import { db, type Db } from "../../platform/db";
import { conflict, type ErrorDetail, ruleViolated } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Page, PageRequest } from "../../platform/pagination";
import { runTransaction } from "../../platform/transact";
import { invalidState, ruleFor } from "../rules";
import { type ClaimRecord, type ClaimStatus, DOCUMENT_KIND_LABELS, type DocumentKind } from "../schemas";
import { requireScheme } from "../schemes";
import { documentEventParts, loadClaim } from "../storage";
import { missingKinds } from "./checklist";
import { sha256Hex, uploadMismatches } from "./files";
import { type EvidenceStore, evidenceStore } from "./object-store";
import {
  type ClaimDocument,
  type DocumentList,
  type DocumentRecord,
  type DocumentUpload,
  type DocumentViewRecord,
  type DocumentViewUrl,
  type RequestUpload,
  UPLOAD_URL_SECONDS,
  VIEW_URL_SECONDS,
} from "./schemas";
import {
  claimDocuments,
  claimStillPart,
  DocumentViews,
  Documents,
  documentViewsPage,
  newDocumentParts,
  settleDocumentPart,
} from "./storage";

/**
 * Claim evidence: declared, uploaded by the browser straight to the bucket through a pre-signed
 * URL, confirmed once the platform has read the object back and found the declared size, type and
 * SHA-256, then kept under a key no URL ever writes to. Staff work within their area (404 outside);
 * every view URL issued is logged first. A confirmation and every view are events of the claim's
 * audit history, written in the same transaction as the document's own record.
 */

/** Evidence is added while the claim is undecided; after a decision it is what the decision rested on. */
const OPEN: readonly ClaimStatus[] = ["submitted", "reviewed"];

/** Where the browser uploads (a pre-signed URL may write here until it expires). */
const uploadKey = (d: Pick<DocumentRecord, "claimId" | "documentId">) => `incoming/${d.claimId}/${d.documentId}`;
/** Where a confirmed document is kept: written once by the platform with the bytes it verified. */
const documentKey = (d: Pick<DocumentRecord, "claimId" | "documentId">) => `documents/${d.claimId}/${d.documentId}`;

const view = (d: DocumentRecord): ClaimDocument => ({ ...d, kindLabel: DOCUMENT_KIND_LABELS[d.kind] });

/**
 * The claim when it lies in the actor's area (404 outside, as for an unknown claim); to act on it,
 * a county's or township's staff. The same check as claims.ts's loadClaimToAct and getClaim, which
 * this module does not import: the review step imports this one for its checklist.
 */
const claimInArea = async (store: Db, claimId: string, actor: Actor, mode: "read" | "act") =>
  withinArea(actor, await loadClaim(store, claimId), "Claim", claimId, mode);

const documentOf = (store: Db, ids: { claimId: string; documentId: string }) =>
  Documents.get(store, ids, "Document", ids.documentId, { consistent: true });

const notPending = (d: DocumentRecord) =>
  conflict("DOCUMENT_NOT_PENDING", `Document ${d.documentId} is ${d.status}; only a pending document is confirmed, once`, [
    { path: "status", message: `is ${d.status}`, documentId: d.documentId, status: d.status },
  ]);

/** The claim was decided between the check and the write: refused as the check would have been. */
const decidedMeanwhile = (store: Db, claimId: string, action: string) => async () =>
  invalidState(await loadClaim(store, claimId), action, OPEN);

/** A settle that finds the document no longer pending: someone else confirmed or rejected it meanwhile. */
const settledMeanwhile = (store: Db, d: DocumentRecord) => async () => notPending(await documentOf(store, d));

/**
 * Declares a document and answers the URL to upload it to: a PUT of exactly the declared bytes
 * (length and SHA-256) and type, for 15 minutes.
 */
export async function requestUpload(
  claimId: string,
  input: RequestUpload,
  actor: Actor,
  store: Db = db(),
  objects: EvidenceStore = evidenceStore(),
): Promise<DocumentUpload> {
  const claim = await claimInArea(store, claimId, actor, "act");
  if (!OPEN.includes(claim.status)) throw invalidState(claim, "add_document", OPEN);
  const now = new Date();
  const document: DocumentRecord = {
    documentId: newId("doc", now.getTime()),
    claimId,
    kind: input.kind,
    fileName: input.fileName,
    contentType: input.contentType,
    sizeBytes: input.sizeBytes,
    sha256: input.sha256,
    status: "pending",
    uploadedBy: actor.id,
    uploadedAt: now.toISOString(),
    uploadExpiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
    confirmedBy: null,
    confirmedAt: null,
    rejection: null,
  };
  // Signing is local; a URL whose document was then not recorded writes where nothing is ever confirmed from.
  const upload = await objects.uploadUrl(uploadKey(document), document, UPLOAD_URL_SECONDS);
  await runTransaction(store, {
    operation: `document-declare:${document.documentId}`,
    plan: () => ({
      parts: {
        claim: claimStillPart(store, claimId, OPEN, decidedMeanwhile(store, claimId, "add_document")),
        ...newDocumentParts(store, document),
      },
    }),
  });
  return { document: view(document), upload: { method: "PUT", ...upload, expiresAt: document.uploadExpiresAt } };
}

function mismatch(d: DocumentRecord, reasons: string[], found: { size: number; contentType: string | null; sha256: string | null }) {
  const details: ErrorDetail[] = reasons.map((reason) => {
    switch (reason) {
      case "size":
        return { message: `is ${found.size} bytes, not the ${d.sizeBytes} declared`, reason, declared: d.sizeBytes, actual: found.size };
      case "sha256":
        return { message: "has another SHA-256 than the one declared", reason, declared: d.sha256, actual: found.sha256 };
      default:
        return {
          message: `is ${found.contentType ?? "of no type"}, not ${d.contentType}`,
          reason,
          declared: d.contentType,
          actual: found.contentType,
        };
    }
  });
  return ruleViolated(
    "DOCUMENT_MISMATCH",
    `The uploaded file is not the one declared (${reasons.join(", ")}); it was discarded: declare the file again`,
    details,
  );
}

/**
 * Reads the uploaded object back and checks it against the declaration. A match is stored for good
 * (the verified bytes, under a key no URL writes to) and the document confirmed; a mismatch deletes
 * the upload, marks the document rejected and answers 422 DOCUMENT_MISMATCH.
 */
export async function confirmDocument(
  ids: { claimId: string; documentId: string },
  actor: Actor,
  store: Db = db(),
  objects: EvidenceStore = evidenceStore(),
): Promise<ClaimDocument> {
  const claim = await claimInArea(store, ids.claimId, actor, "act");
  const document = await documentOf(store, ids);
  if (document.status !== "pending") throw notPending(document);
  if (!OPEN.includes(claim.status)) throw invalidState(claim, "confirm_document", OPEN);

  const upload = await objects.read(uploadKey(document), document.sizeBytes);
  if (!upload) {
    throw ruleViolated(
      "DOCUMENT_NOT_UPLOADED",
      `Nothing was uploaded for document ${document.documentId}: PUT the file to its upload URL first`,
      [{ message: "no upload yet", documentId: document.documentId, uploadExpiresAt: document.uploadExpiresAt }],
    );
  }
  const found = { size: upload.size, contentType: upload.contentType, sha256: upload.bytes ? sha256Hex(upload.bytes) : null };
  const reasons = uploadMismatches(document, found);
  const at = new Date().toISOString();

  if (reasons.length > 0) {
    await objects.remove(uploadKey(document));
    const rejected: DocumentRecord = { ...document, status: "rejected", rejection: { reasons, by: actor.id, at } };
    await runTransaction(store, {
      operation: `document-reject:${document.documentId}`,
      plan: () => ({ parts: { document: settleDocumentPart(store, rejected, settledMeanwhile(store, document)) } }),
    });
    throw mismatch(document, reasons, found);
  }

  if ((await objects.putNew(documentKey(document), upload.bytes!, document)) === "exists") {
    // An earlier confirmation stored it and stopped before recording it: only the declared bytes are ever stored there.
    const kept = await objects.read(documentKey(document), document.sizeBytes);
    const keptSha = kept?.bytes ? sha256Hex(kept.bytes) : null;
    if (!kept || uploadMismatches(document, { ...kept, sha256: keptSha }).length > 0) {
      throw new Error(`The stored object of document ${document.documentId} is not the declared file`);
    }
  }
  const confirmed: DocumentRecord = { ...document, status: "confirmed", confirmedBy: actor.id, confirmedAt: at };
  let current = claim;
  await runTransaction(store, {
    operation: `document-confirm:${document.documentId}`,
    plan: async (attempt) => {
      // The claim moved on meanwhile (its event's version condition failed): confirmed still only while undecided.
      if (attempt > 0) current = await loadClaim(store, claim.claimId);
      if (!OPEN.includes(current.status)) throw invalidState(current, "confirm_document", OPEN);
      return {
        parts: {
          document: settleDocumentPart(store, confirmed, settledMeanwhile(store, document)),
          ...documentEventParts(store, current, {
            actor: actor.id,
            action: "document_confirmed",
            time: at,
            document: { documentId: document.documentId, kind: document.kind, fileName: document.fileName, viewId: null },
          }),
        },
      };
    },
  });
  // The upload's copy is no longer needed; if this fails, the bucket's lifecycle rule expires it.
  await objects.remove(uploadKey(document)).catch(() => undefined);
  return view(confirmed);
}

/** The claim's documents, oldest first, with the checklist of its cause under the scheme's current version. */
export async function listDocuments(claimId: string, actor: Actor, store: Db = db()): Promise<DocumentList> {
  const claim = await claimInArea(store, claimId, actor, "read");
  const [documents, scheme] = await Promise.all([claimDocuments(store, claimId), requireScheme(claim.schemeId, store)]);
  const required = ruleFor(scheme, claim.cause)?.requiredDocuments ?? [];
  return { items: documents.map(view), requiredKinds: [...required], missingKinds: missingKinds(required, documents) };
}

/**
 * A short-lived URL to view a confirmed document. The view is logged (who, when, which) before the
 * URL exists, in one transaction with its event in the claim's history: neither is ever without the other.
 */
export async function viewDocument(
  ids: { claimId: string; documentId: string },
  actor: Actor,
  store: Db = db(),
  objects: EvidenceStore = evidenceStore(),
): Promise<DocumentViewUrl> {
  let claim = await claimInArea(store, ids.claimId, actor, "read");
  const document = await documentOf(store, ids);
  if (document.status !== "confirmed") {
    throw conflict("DOCUMENT_NOT_CONFIRMED", `Document ${document.documentId} is ${document.status}: only confirmed documents are viewed`, [
      { path: "status", message: `is ${document.status}`, documentId: document.documentId, status: document.status },
    ]);
  }
  const viewId = newId("view");
  // Set by the plan, which runs at least once before the transaction commits.
  let record!: DocumentViewRecord;
  await runTransaction(store, {
    operation: `document-view:${viewId}`,
    plan: async (attempt) => {
      // A transition meanwhile (the event's version condition failed): file the view after it.
      if (attempt > 0) claim = await loadClaim(store, claim.claimId);
      const now = new Date();
      record = {
        viewId,
        claimId: document.claimId,
        documentId: document.documentId,
        kind: document.kind,
        fileName: document.fileName,
        viewedBy: actor.id,
        viewedAt: now.toISOString(),
        urlExpiresAt: new Date(now.getTime() + VIEW_URL_SECONDS * 1000).toISOString(),
      };
      const { claimAt, event } = documentEventParts(store, claim, {
        actor: actor.id,
        action: "document_viewed",
        time: record.viewedAt,
        document: { documentId: document.documentId, kind: document.kind, fileName: document.fileName, viewId },
      });
      // The claim's check first: a stale version is what a failure then means.
      return { parts: { claimAt, view: DocumentViews.create(store, record, "already_done"), event } };
    },
  });
  const url = await objects.viewUrl(documentKey(document), document, VIEW_URL_SECONDS);
  return { url, expiresAt: record.urlExpiresAt, view: record };
}

/** Who viewed a document and when, newest first. */
export async function documentViews(
  ids: { claimId: string; documentId: string },
  page: PageRequest,
  actor: Actor,
  store: Db = db(),
): Promise<Page<DocumentViewRecord>> {
  await claimInArea(store, ids.claimId, actor, "read");
  await documentOf(store, ids);
  return documentViewsPage(store, ids, page);
}

/**
 * The required kinds (a cause's `requiredDocuments`) the claim has no confirmed document of, in
 * the order given.
 */
export async function missingDocuments(
  store: Db,
  claim: Pick<ClaimRecord, "claimId">,
  requiredKinds: readonly DocumentKind[],
): Promise<DocumentKind[]> {
  if (requiredKinds.length === 0) return [];
  return missingKinds(requiredKinds, await claimDocuments(store, claim.claimId));
}

/** Refuses (422 DOCUMENTS_MISSING, one detail per missing kind) unless every required kind has a confirmed document. */
export async function assertDocumentsComplete(
  store: Db,
  claim: Pick<ClaimRecord, "claimId">,
  requiredKinds: readonly DocumentKind[],
): Promise<void> {
  const missing = await missingDocuments(store, claim, requiredKinds);
  if (missing.length === 0) return;
  throw ruleViolated(
    "DOCUMENTS_MISSING",
    `Claim ${claim.claimId} lacks confirmed documents of the kinds its cause requires: ${missing.join(", ")}`,
    missing.map((kind) => ({ message: `no confirmed ${kind} document`, kind, label: DOCUMENT_KIND_LABELS[kind] })),
  );
}

/**
 * The review's document check (chain.ts reviewClaim's `documents` hook): the kinds the scheme's
 * current rule for the claim's cause requires, each with a confirmed document, else 422 DOCUMENTS_MISSING.
 */
export const requireDocumentsForReview =
  (store: Db = db()) =>
  async (claim: Pick<ClaimRecord, "claimId" | "schemeId" | "cause">): Promise<void> => {
    const scheme = await requireScheme(claim.schemeId, store);
    await assertDocumentsComplete(store, claim, ruleFor(scheme, claim.cause)?.requiredDocuments ?? []);
  };

/** The documents part of the claims context's public module (Claims.documents). */
export const ClaimDocuments = {
  /** Declares a document of the claim and answers its pre-signed upload URL. */
  requestUpload: (input: { claimId: string; document: RequestUpload }, ctx: ActorCtx) =>
    requestUpload(input.claimId, input.document, ctx.actor, ctx.store),
  /** Checks the upload against its declaration and keeps it for good (or refuses it: DOCUMENT_MISMATCH). */
  confirm: (input: { claimId: string; documentId: string }, ctx: ActorCtx) => confirmDocument(input, ctx.actor, ctx.store),
  /** The claim's documents and its checklist. */
  list: (claimId: string, ctx: ActorCtx) => listDocuments(claimId, ctx.actor, ctx.store),
  /** A logged, short-lived URL to view a confirmed document. */
  viewUrl: (input: { claimId: string; documentId: string }, ctx: ActorCtx) => viewDocument(input, ctx.actor, ctx.store),
  /** Who viewed the document, newest first. */
  views: ({ claimId, documentId, ...page }: { claimId: string; documentId: string } & PageRequest, ctx: ActorCtx) =>
    documentViews({ claimId, documentId }, page, ctx.actor, ctx.store),
};
