import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { missingKinds } from "./checklist";
import { contentDisposition, hexToBase64, sha256Hex, uploadMismatches } from "./files";
import { MAX_DOCUMENT_BYTES, RequestUpload } from "./schemas";

const bytes = Buffer.from("%PDF-1.4 住院发票");
const declared = { contentType: "application/pdf", sizeBytes: bytes.length, sha256: sha256Hex(bytes) } as const;

describe("uploadMismatches", () => {
  it("finds nothing when the object is the declared file, whatever the case or parameters of its type", () => {
    expect(uploadMismatches(declared, { size: bytes.length, contentType: "application/pdf", sha256: sha256Hex(bytes) })).toEqual([]);
    expect(
      uploadMismatches(declared, { size: bytes.length, contentType: "Application/PDF; charset=binary", sha256: sha256Hex(bytes) }),
    ).toEqual([]);
  });

  it("names every difference: size, digest, type (an unread, longer object has no digest)", () => {
    const other = Buffer.from("%PDF-1.4 forged!!");
    expect(uploadMismatches(declared, { size: other.length, contentType: "application/pdf", sha256: sha256Hex(other) })).toEqual([
      "size",
      "sha256",
    ]);
    expect(uploadMismatches(declared, { size: bytes.length, contentType: "image/png", sha256: sha256Hex(bytes) })).toEqual([
      "content_type",
    ]);
    expect(uploadMismatches(declared, { size: bytes.length, contentType: null, sha256: sha256Hex(bytes) })).toEqual(["content_type"]);
    expect(uploadMismatches(declared, { size: MAX_DOCUMENT_BYTES * 2, contentType: "application/pdf", sha256: null })).toEqual([
      "size",
      "sha256",
    ]);
  });
});

describe("digests", () => {
  it("are hex for clients and base64 for S3, of the same 32 bytes", () => {
    expect(sha256Hex(Buffer.from(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hexToBase64(sha256Hex(bytes))).toBe(createHash("sha256").update(bytes).digest("base64"));
  });
});

describe("contentDisposition", () => {
  it("shows the file inline under its own name, with an ASCII fallback no name can break", () => {
    expect(contentDisposition("invoice.pdf")).toBe(`inline; filename="invoice.pdf"; filename*=UTF-8''invoice.pdf`);
    expect(contentDisposition('诊断"证明"(1).pdf')).toBe(
      `inline; filename="______(1).pdf"; filename*=UTF-8''%E8%AF%8A%E6%96%AD%22%E8%AF%81%E6%98%8E%22%281%29.pdf`,
    );
  });
});

describe("missingKinds", () => {
  it("keeps the rule's order and counts only confirmed documents", () => {
    const docs = [
      { kind: "invoice", status: "pending" },
      { kind: "diagnosis", status: "confirmed" },
      { kind: "photo", status: "rejected" },
      { kind: "consent", status: "confirmed" },
    ] as const;
    expect(missingKinds(["photo", "invoice", "diagnosis"], docs)).toEqual(["photo", "invoice"]);
    expect(missingKinds([], docs)).toEqual([]);
    expect(missingKinds(["consent", "consent"], docs)).toEqual([]);
    expect(missingKinds(["invoice"], [])).toEqual(["invoice"]);
  });
});

describe("RequestUpload", () => {
  const valid = { kind: "invoice", fileName: "住院发票.pdf", contentType: "application/pdf", sizeBytes: 1024, sha256: "AB".repeat(32) };

  it("takes a declaration and keeps the digest in lower case", () => {
    expect(RequestUpload.parse(valid).sha256).toBe("ab".repeat(32));
  });

  it.each([
    ["contentType", "text/html"],
    ["contentType", "application/x-msdownload"],
    ["sizeBytes", 0],
    ["sizeBytes", MAX_DOCUMENT_BYTES + 1],
    ["sizeBytes", 10.5],
    ["sha256", "ab".repeat(31)],
    ["sha256", "zz".repeat(32)],
    ["fileName", "a/b.pdf"],
    ["fileName", "a\\b.pdf"],
    ["fileName", "   "],
    ["fileName", "发票\u202e.pdf"],
    ["kind", "receipt"],
  ])("refuses %s = %j", (field, value) => {
    const result = RequestUpload.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("takes exactly the largest file allowed, and no unknown field", () => {
    expect(RequestUpload.safeParse({ ...valid, sizeBytes: MAX_DOCUMENT_BYTES }).success).toBe(true);
    expect(RequestUpload.safeParse({ ...valid, url: "https://example.com" }).success).toBe(false);
  });
});
