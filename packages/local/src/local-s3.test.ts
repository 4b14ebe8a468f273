import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EvidenceStore, s3EvidenceStore } from "@fupin/core/claims/documents/object-store";
import { type LocalS3, startLocalS3 } from "./local-s3";
import { verifyPresigned } from "./presigned-url";

/**
 * The local S3 server holds pre-signed requests to what S3 holds them to, through the platform's
 * own S3 code (core's evidence store): these are the refusals the console would meet in AWS.
 */
const ORIGIN = "http://localhost:3999";
let dir: string;
let s3: LocalS3;
let store: EvidenceStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fupin-s3-"));
  s3 = await startLocalS3({ port: 0, directory: dir, bucket: "evidence-test", allowedOrigins: [ORIGIN] });
  store = s3EvidenceStore({ S3_ENDPOINT: s3.endpoint, EVIDENCE_BUCKET: s3.bucket, AWS_REGION: "cn-north-1" });
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF`);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const declared = (b: Buffer, contentType = "application/pdf") => ({ contentType, sizeBytes: b.length, sha256: sha(b) });
let n = 0;
const key = () => `incoming/test/${++n}`;

async function put(url: string, headers: Record<string, string>, body: Buffer) {
  const res = await fetch(url, { method: "PUT", headers, body });
  return { status: res.status, text: await res.text() };
}

describe("a pre-signed upload URL on the local S3 server", () => {
  it("takes exactly the declared file, which then reads back", async () => {
    const file = pdf("住院发票");
    const k = key();
    const { url, headers } = await store.uploadUrl(k, declared(file), 900);
    expect(new URL(url).origin).toBe(s3.endpoint);
    expect((await put(url, headers, file)).status).toBe(200);
    const read = await store.read(k, file.length);
    expect(read?.bytes?.equals(file)).toBe(true);
    expect(read?.contentType).toBe("application/pdf");
  });

  it("refuses other bytes of the same length (BadDigest), another length or type (SignatureDoesNotMatch)", async () => {
    const file = pdf("original");
    const k = key();
    const { url, headers } = await store.uploadUrl(k, declared(file), 900);
    const forged = pdf("forgery!");
    expect(forged.length).toBe(file.length);
    const digest = await put(url, headers, forged);
    expect(digest.status).toBe(400);
    expect(digest.text).toContain("BadDigest");
    const longer = await put(url, headers, Buffer.concat([file, Buffer.from("x")]));
    expect(longer.status).toBe(403);
    expect(longer.text).toContain("SignatureDoesNotMatch");
    const retyped = await put(url, { ...headers, "content-type": "image/png" }, file);
    expect(retyped.status).toBe(403);
    expect(retyped.text).toContain("SignatureDoesNotMatch");
    // Nothing of those was stored.
    expect(await store.read(k, 1024)).toBeNull();
  });

  it("refuses a URL moved to another key, and requests without a signature", async () => {
    const file = pdf("moved");
    const { url, headers } = await store.uploadUrl(key(), declared(file), 900);
    const moved = url.replace(/incoming\/test\/\d+/, "documents/test/1");
    expect((await put(moved, headers, file)).status).toBe(403);
    const anonymous = await fetch(`${s3.endpoint}/${s3.bucket}/incoming/test/1`);
    expect(anonymous.status).toBe(403);
  });

  it("answers a refusal with the bucket's CORS header for the console's origin, so the page can read it", async () => {
    const file = pdf("cors");
    const { url, headers } = await store.uploadUrl(key(), declared(file), 900);
    const res = await fetch(url, { method: "PUT", headers: { ...headers, origin: ORIGIN, "content-type": "image/png" }, body: file });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const preflight = await fetch(url, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "PUT",
        "access-control-request-headers": "content-type,x-amz-checksum-sha256",
      },
    });
    expect(preflight.status).toBe(200);
  });
});

describe("the platform's own writes", () => {
  it("store verified bytes once: a second write under the same key is refused (If-None-Match)", async () => {
    const file = pdf("kept");
    const k = `documents/test/${++n}`;
    expect(await store.putNew(k, file, declared(file))).toBe("created");
    expect(await store.putNew(k, pdf("other"), declared(pdf("other")))).toBe("exists");
    expect((await store.read(k, 1024))?.bytes?.equals(file)).toBe(true);
  });

  it("read at most the limit: a longer object comes back without its bytes", async () => {
    const file = pdf("x".repeat(500));
    const k = `documents/test/${++n}`;
    await store.putNew(k, file, declared(file));
    const read = await store.read(k, 100);
    expect(read).toMatchObject({ size: file.length, bytes: null });
  });

  it("give a view URL that shows the file inline under its Chinese name, and only that file", async () => {
    const file = pdf("view");
    const k = `documents/test/${++n}`;
    await store.putNew(k, file, declared(file));
    const url = await store.viewUrl(k, { fileName: "诊断证明 (1).pdf", contentType: "application/pdf" }, 300);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(file)).toBe(true);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="____ (1).pdf"; filename*=UTF-8''%E8%AF%8A%E6%96%AD%E8%AF%81%E6%98%8E%20%281%29.pdf`,
    );
    expect((await fetch(url.replace(k, "documents/test/0"))).status).toBe(403);
  });
});

describe("verifyPresigned", () => {
  const secret = () => "S3RVER";

  it("checks the validity window: not before it is signed (15 minutes' skew), not after it expires", async () => {
    const { url, headers } = await store.uploadUrl("incoming/window", declared(pdf("w")), 60);
    const u = new URL(url);
    const request = {
      method: "PUT",
      url: `${u.pathname}${u.search}`,
      headers: { ...headers, host: u.host, "content-length": String(pdf("w").length) } as Record<string, string>,
    };
    const signedAt = Date.now();
    expect(verifyPresigned(request, secret, signedAt + 30_000)).toMatchObject({ ok: true });
    expect(verifyPresigned(request, secret, signedAt + 61_000 + 1000)).toMatchObject({
      ok: false,
      code: "AccessDenied",
      message: "Request has expired",
    });
    expect(verifyPresigned(request, secret, signedAt - 16 * 60_000)).toMatchObject({ ok: false, message: "Request is not valid yet" });
    expect(verifyPresigned({ ...request, method: "GET" }, secret, signedAt)).toMatchObject({ ok: false, code: "SignatureDoesNotMatch" });
    expect(verifyPresigned(request, () => undefined, signedAt)).toMatchObject({ ok: false, code: "InvalidAccessKeyId" });
    const { "x-amz-checksum-sha256": _dropped, ...withoutChecksum } = request.headers;
    expect(verifyPresigned({ ...request, headers: withoutChecksum }, secret, signedAt)).toMatchObject({
      ok: false,
      code: "SignatureDoesNotMatch",
    });
  });
});
