import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES, RequestUpload } from "@fupin/core/claims/documents/schemas";
import { documentTexts, fill } from "./texts";
import { ACCEPTED_TYPES, contentTypeOf, formatBytes, MAX_BYTES, prepareUpload, sha256Hex } from "./upload";

describe("preparing an upload in the browser", () => {
  // The kinds and their Chinese labels are the platform's own tables, imported (@fupin/core/claims/labels).
  it("declares what the platform takes: its types and limit", () => {
    expect([...ACCEPTED_TYPES]).toEqual([...DOCUMENT_CONTENT_TYPES]);
    expect(MAX_BYTES).toBe(MAX_DOCUMENT_BYTES);
  });

  it("computes the SHA-256 the platform will check, and a declaration its schema accepts", async () => {
    const body = "%PDF-1.4 住院发票";
    const file = new File([body], "C:\\fakepath\\住院发票.pdf", { type: "application/pdf" });
    const prepared = await prepareUpload("invoice", file);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const expected = createHash("sha256").update(body).digest("hex");
    expect(prepared.declaration).toEqual({
      kind: "invoice",
      fileName: "住院发票.pdf",
      contentType: "application/pdf",
      sizeBytes: Buffer.byteLength(body),
      sha256: expected,
    });
    expect(RequestUpload.safeParse(prepared.declaration).success).toBe(true);
    expect(await sha256Hex(new ArrayBuffer(0))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("refuses what the platform would refuse, before anything is sent", async () => {
    expect(await prepareUpload("photo", new File(["<html>"], "a.html", { type: "text/html" }))).toEqual({ ok: false, problem: "type" });
    expect(await prepareUpload("photo", new File([], "a.png", { type: "image/png" }))).toEqual({ ok: false, problem: "empty" });
    const huge = { name: "big.pdf", type: "application/pdf", size: MAX_BYTES + 1 } as File;
    expect(await prepareUpload("invoice", huge)).toEqual({ ok: false, problem: "size" });
  });

  it("names a file's type by its extension when the browser gives none", () => {
    expect(contentTypeOf({ name: "照片.JPG", type: "" })).toBe("image/jpeg");
    expect(contentTypeOf({ name: "scan.pdf", type: "" })).toBe("application/pdf");
    expect(contentTypeOf({ name: "scan.tiff", type: "" })).toBeNull();
    expect(contentTypeOf({ name: "scan.pdf", type: "application/x-pdf" })).toBeNull();
  });

  it("writes sizes as people read them", () => {
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});

describe("the panel's texts", () => {
  const keys = (o: object, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it("say the same things in both languages", () => {
    expect(keys(documentTexts.en).sort()).toEqual(keys(documentTexts["zh-CN"]).sort());
    expect(fill(documentTexts["zh-CN"].incomplete, { kinds: "发票、诊断证明" })).toBe("材料不齐全，审核前须上传并确认：发票、诊断证明。");
  });
});
