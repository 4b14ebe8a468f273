import * as claims from "@fupin/core/claims";
import { page, type RouteSpec } from "../route-spec";

/** Staff who file and decide claims handle their evidence; administrators (and province and city staff) read it. */
const handlers = ["clerk", "approver"] as const;
const readers = ["clerk", "approver", "admin"] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const documentRoutes = [
  { method: "POST", path: "/claims/{claimId}/documents", context: "claims", access: handlers, summary: "Declare a document of an undecided claim (kind, file name, PDF/JPEG/PNG, size up to 20 MB, SHA-256) and get a pre-signed URL to PUT exactly that file to, for 15 minutes", params: claims.ClaimIdParams, body: claims.RequestUpload, response: claims.DocumentUpload, status: 201 },
  { method: "POST", path: "/claims/{claimId}/documents/{documentId}/confirm", context: "claims", access: handlers, summary: "Check the uploaded file against its declaration and keep it for good, a document_confirmed event in the claim's history (422 DOCUMENT_MISMATCH discards a different file; 409 DOCUMENT_NOT_PENDING once confirmed: a new version is a new document)", params: claims.DocumentParams, response: claims.ClaimDocument },
  { method: "GET", path: "/claims/{claimId}/documents", context: "claims", access: readers, summary: "The claim's documents, oldest first, with the kinds its cause requires and those still missing before review", params: claims.ClaimIdParams, response: claims.DocumentList },
  { method: "GET", path: "/claims/{claimId}/documents/{documentId}/url", context: "claims", access: readers, summary: "A pre-signed URL to view a confirmed document for 5 minutes; each one issued is logged as a view (who, when, which document) and as a document_viewed event in the claim's history", params: claims.DocumentParams, response: claims.DocumentViewUrl },
  { method: "GET", path: "/claims/{claimId}/documents/{documentId}/views", context: "claims", access: readers, summary: "Who viewed the document and when, newest first", params: claims.DocumentParams, query: claims.DocumentViewsQuery, response: page(claims.DocumentViewRecord) },
] as const satisfies readonly RouteSpec[];
