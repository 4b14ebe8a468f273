import { z } from "zod";
import { pageQuery } from "../../platform/pagination";
import { id, text } from "../../platform/schema";
import { DOCUMENT_KINDS } from "../schemas";

/**
 * Claim evidence (issue 12 item 4, DESIGN decision 17): a document is declared (kind, name, type,
 * size, SHA-256), uploaded straight to the evidence bucket through a short-lived pre-signed URL,
 * then confirmed once the platform has read it back and found exactly what was declared. A
 * confirmed document never changes; a new version is a new document.
 */

/** What counties scan or photograph: PDF, JPEG and PNG only (nothing a browser would run). */
export const DOCUMENT_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];
/** A phone photo or a scanned hospital bill fits; the platform reads an upload whole to check it. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** A pre-signed upload URL lives this long: enough for a slow village connection, short if it leaks. */
export const UPLOAD_URL_SECONDS = 15 * 60;
/** A pre-signed view URL lives this long; each one issued is a logged view. */
export const VIEW_URL_SECONDS = 5 * 60;
/** Pending, confirmed and rejected together: a claim's documents are listed in one read. */
export const MAX_DOCUMENTS_PER_CLAIM = 100;

/** pending: declared, upload URL issued; confirmed: read back and matching; rejected: the upload did not match. */
export const DOCUMENT_STATUSES = ["pending", "confirmed", "rejected"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** How an upload can differ from its declaration (422 DOCUMENT_MISMATCH details' `reason`). */
export const MISMATCH_REASONS = ["size", "sha256", "content_type"] as const;
export type MismatchReason = (typeof MISMATCH_REASONS)[number];

const sha256Hex = () =>
  z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, { error: "must be the file's SHA-256 as 64 hexadecimal digits" })
    .transform((s) => s.toLowerCase());

export const RequestUpload = z.strictObject({
  kind: z
    .enum(DOCUMENT_KINDS)
    .describe(
      "invoice 发票, expense_list 费用清单, insurance_settlement 医保结算单, diagnosis 诊断证明, admission 入院证明, photo 现场照片, consent 授权承诺书, other 其他材料",
    ),
  fileName: text(200)
    .refine((n) => !/[/\\]/.test(n), { error: "must be a file name without folders", params: { issue: "invalid" } })
    .describe("the file's name as the uploader has it, e.g. 住院发票.pdf"),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES).describe("the file's type; the upload must send exactly this Content-Type"),
  sizeBytes: z.number().int().min(1).max(MAX_DOCUMENT_BYTES).describe("the file's exact length in bytes (at most 20 MB)"),
  sha256: sha256Hex().describe("the file's SHA-256, hex: the upload and the confirmation are checked against it"),
});
export type RequestUpload = z.infer<typeof RequestUpload>;

export const DocumentParams = z.strictObject({ claimId: id(), documentId: id() });
export const DocumentViewsQuery = z.strictObject({ ...pageQuery });

/** A document as stored: without its label, which a response adds. */
export const DocumentRecord = z.object({
  documentId: z.string(),
  claimId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string(),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string().describe("hex, as declared and verified"),
  status: z.enum(DOCUMENT_STATUSES),
  uploadedBy: z.string().describe("who declared the document and was given its upload URL"),
  uploadedAt: z.string().describe("when the upload URL was issued"),
  uploadExpiresAt: z.string().describe("the upload URL works until then"),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  rejection: z
    .object({ reasons: z.array(z.enum(MISMATCH_REASONS)), by: z.string(), at: z.string() })
    .nullable()
    .describe("why the upload was refused on confirmation; the object was deleted"),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const ClaimDocument = DocumentRecord.extend({ kindLabel: z.string().describe("发票, 费用清单, …") });
export type ClaimDocument = z.infer<typeof ClaimDocument>;

export const DocumentUpload = z.object({
  document: ClaimDocument,
  upload: z.object({
    method: z.literal("PUT"),
    url: z.string().describe("pre-signed: PUT the file's bytes here, once, before expiresAt"),
    headers: z
      .record(z.string(), z.string())
      .describe("send exactly these headers with the PUT (Content-Type and the base64 SHA-256 the storage checks the bytes against)"),
    expiresAt: z.string(),
  }),
});
export type DocumentUpload = z.infer<typeof DocumentUpload>;

export const DocumentList = z.object({
  items: z.array(ClaimDocument).describe("oldest first: pending, confirmed and rejected"),
  requiredKinds: z.array(z.enum(DOCUMENT_KINDS)).describe("what the scheme's current rule for the claim's cause requires before review"),
  missingKinds: z
    .array(z.enum(DOCUMENT_KINDS))
    .describe("required kinds without a confirmed document: review is refused (422 DOCUMENTS_MISSING) until none is left"),
});
export type DocumentList = z.infer<typeof DocumentList>;

/** One issued view URL: the audit record of who looked at which document, when. */
export const DocumentViewRecord = z.object({
  viewId: z.string(),
  claimId: z.string(),
  documentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string(),
  viewedBy: z.string(),
  viewedAt: z.string(),
  urlExpiresAt: z.string(),
});
export type DocumentViewRecord = z.infer<typeof DocumentViewRecord>;

export const DocumentViewUrl = z.object({
  url: z.string().describe("pre-signed GET of the confirmed file, for a few minutes"),
  expiresAt: z.string(),
  view: DocumentViewRecord.describe("the view this URL was logged as"),
});
export type DocumentViewUrl = z.infer<typeof DocumentViewUrl>;
