import { DOCUMENT_KINDS as CORE_DOCUMENT_KINDS } from "@fupin/core/claims/labels";
import type { paths } from "../../../api/schema";

/** The evidence API's shapes, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
export type DocumentList = Json<paths["/claims/{claimId}/documents"]["get"]["responses"][200]>;
export type ClaimDocument = DocumentList["items"][number];
export type DocumentKind = ClaimDocument["kind"];
export type Declaration = NonNullable<paths["/claims/{claimId}/documents"]["post"]["requestBody"]>["content"]["application/json"];
export type UploadTicket = Json<paths["/claims/{claimId}/documents"]["post"]["responses"][201]>["upload"];
export type DocumentView = Json<paths["/claims/{claimId}/documents/{documentId}/views"]["get"]["responses"][200]>["items"][number];

/** What the platform takes (claims/documents/schemas.ts): PDF, JPEG, PNG up to 20 MB. */
export const ACCEPTED_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const MAX_BYTES = 20 * 1024 * 1024;
/** The kinds the platform takes, in its order (claims/labels.ts). */
export const DOCUMENT_KINDS = CORE_DOCUMENT_KINDS satisfies readonly DocumentKind[];

type AcceptedType = (typeof ACCEPTED_TYPES)[number];

/** A file's type as the platform names it: the browser's, or by its extension when the browser gives none. */
export function contentTypeOf(file: { name: string; type: string }): AcceptedType | null {
  const given = file.type.toLowerCase();
  if ((ACCEPTED_TYPES as readonly string[]).includes(given)) return given as AcceptedType;
  if (given !== "") return null;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return ext === "pdf" ? "application/pdf" : ext === "jpg" || ext === "jpeg" ? "image/jpeg" : ext === "png" ? "image/png" : null;
}

/** The file's SHA-256 in hex, computed in the browser: the platform and the storage check the upload against it. */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export type Prepared = { ok: true; declaration: Declaration; bytes: ArrayBuffer } | { ok: false; problem: "type" | "size" | "empty" };

/** Reads a chosen file into what POST /claims/{claimId}/documents takes, or says why the platform would refuse it. */
export async function prepareUpload(kind: DocumentKind, file: File): Promise<Prepared> {
  const contentType = contentTypeOf(file);
  if (!contentType) return { ok: false, problem: "type" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  if (file.size > MAX_BYTES) return { ok: false, problem: "size" };
  const bytes = await file.arrayBuffer();
  // The name without folders (some browsers hand a path), at most 200 characters.
  const fileName = (file.name.split(/[/\\]/).pop() || "file").slice(-200);
  return { ok: true, bytes, declaration: { kind, fileName, contentType, sizeBytes: bytes.byteLength, sha256: await sha256Hex(bytes) } };
}

/** PUTs the bytes to the pre-signed URL with exactly the headers it was signed for; the storage's status, or null when nothing answered. */
export async function putToStorage(ticket: UploadTicket, bytes: ArrayBuffer): Promise<number | null> {
  try {
    const res = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body: bytes });
    return res.status;
  } catch {
    return null;
  }
}

/** 1536 → "1.5 KB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
