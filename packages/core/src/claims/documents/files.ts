import { createHash } from "node:crypto";
import type { DocumentContentType, MismatchReason } from "./schemas";

/** Pure helpers about uploaded files: their digests, how an upload compares with its declaration, their names in headers. */

export const sha256Hex = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** S3 takes a SHA-256 checksum as base64 of the digest; clients declare it in hex. */
export const hexToBase64 = (hex: string): string => Buffer.from(hex, "hex").toString("base64");

export interface Declared {
  contentType: DocumentContentType;
  sizeBytes: number;
  sha256: string;
}

export interface Found {
  size: number;
  contentType: string | null;
  /** Absent when the object was longer than declared and not read. */
  sha256: string | null;
}

/** Every way the stored object differs from what was declared; none: it is the declared file. */
export function uploadMismatches(declared: Declared, found: Found): MismatchReason[] {
  const reasons: MismatchReason[] = [];
  if (found.size !== declared.sizeBytes) reasons.push("size");
  if (found.sha256 !== declared.sha256) reasons.push("sha256");
  // Types compare without parameters and case ("image/PNG; x=y" is image/png).
  const type = found.contentType === null ? null : found.contentType.split(";")[0]!.trim().toLowerCase();
  if (type !== declared.contentType) reasons.push("content_type");
  return reasons;
}

/**
 * `inline` with the file's own name (RFC 6266): an ASCII fallback with anything unsafe replaced,
 * and the UTF-8 name for browsers, so 住院发票.pdf opens as itself and no name breaks the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
