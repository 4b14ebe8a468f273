import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { assertDocumentsComplete, missingDocuments, requireDocumentsForReview, viewDocument } from "@fupin/core/claims/documents/documents";
import { type EvidenceStore, s3EvidenceStore } from "@fupin/core/claims/documents/object-store";
import type { Db } from "@fupin/core/platform/db";
import { isDomainError } from "@fupin/core/platform/errors";
import { routeKey, routes } from "@fupin/functions/routes";
import { api, expectError, unique } from "./support/api";
import { chongzuoIllness, countyOf, staffToken, submit, world, type World } from "./support/fixtures";
import { testTable } from "./support/table";

/**
 * Claim evidence end to end: real HTTP to the gateway, real pre-signed URLs to the local S3 server
 * (s3rver behind its signature-checking front), real DynamoDB Local.
 */

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const png = (text: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** A scheme whose illness claims need an invoice and a diagnosis before review. */
const scheme = { rules: { illness: { ...chongzuoIllness, requiredDocuments: ["invoice", "diagnosis"] } } };

type Kind = "invoice" | "diagnosis" | "photo" | "consent";
async function declare(token: string, claimId: string, kind: Kind, file: Buffer, overrides: Record<string, unknown> = {}) {
  const res = await api("POST /claims/{claimId}/documents", {
    token,
    params: { claimId },
    body: {
      kind,
      fileName: kind === "photo" ? "现场照片.png" : `${kind}.pdf`,
      contentType: kind === "photo" ? "image/png" : "application/pdf",
      sizeBytes: file.length,
      sha256: sha(file),
      ...overrides,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const put = (upload: { url: string; headers: Record<string, string> }, body: Buffer) =>
  fetch(upload.url, { method: "PUT", headers: upload.headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));

async function confirm(token: string, claimId: string, documentId: string) {
  return api("POST /claims/{claimId}/documents/{documentId}/confirm", { token, params: { claimId, documentId } });
}

/** Declared, uploaded through its URL and confirmed; the document. */
async function evidence(token: string, claimId: string, kind: Kind, file: Buffer) {
  const { document, upload } = await declare(token, claimId, kind, file);
  expect((await put(upload, file)).status).toBe(200);
  const res = await confirm(token, claimId, document.documentId);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** The bucket and key a pre-signed URL writes, and the platform's own S3 access to them (what a misbehaving client or a bucket without checks would let through). */
function storageOf(url: string) {
  const u = new URL(url);
  const [, bucket, ...key] = u.pathname.split("/");
  return {
    key: key.map(decodeURIComponent).join("/"),
    store: s3EvidenceStore({ S3_ENDPOINT: u.origin, EVIDENCE_BUCKET: bucket!, AWS_REGION: "cn-north-1" }),
  };
}

/** A refusal's error body (the typed client types a route's success). */
const errorOf = (res: { body: unknown }) => (res.body as { error: { code: string; details: any[] } }).error;

let w: World;
beforeAll(async () => {
  w = await world({ scheme });
});

describe("uploading a document through its pre-signed URL", () => {
  it("declares, uploads straight to storage, confirms against the SHA-256, and lists it with its label", async () => {
    const claimId = await submit(w);
    const file = pdf(`住院发票 ${unique()}`);
    const before = Date.now();
    const { document, upload } = await declare(w.t.clerk, claimId, "invoice", file);
    expect(document).toMatchObject({
      claimId,
      kind: "invoice",
      kindLabel: "发票",
      fileName: "invoice.pdf",
      contentType: "application/pdf",
      sizeBytes: file.length,
      sha256: sha(file),
      status: "pending",
      uploadedBy: w.t.ids.submitter,
      confirmedBy: null,
      rejection: null,
    });
    // Straight to storage, not through the API: a short-lived URL signed over the file's type, length and checksum.
    const url = new URL(upload.url);
    expect(url.pathname).toMatch(new RegExp(`/incoming/${claimId}/${document.documentId}$`));
    expect(url.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;content-type;host;x-amz-checksum-sha256");
    expect(upload).toMatchObject({
      method: "PUT",
      headers: { "content-type": "application/pdf", "x-amz-checksum-sha256": createHash("sha256").update(file).digest("base64") },
    });
    const expires = Date.parse(upload.expiresAt) - before;
    expect(expires).toBeGreaterThan(14 * 60_000);
    expect(expires).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    expect((await put(upload, file)).status).toBe(200);
    const confirmed = await confirm(w.t.clerk, claimId, document.documentId);
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body).toMatchObject({ status: "confirmed", confirmedBy: w.t.ids.submitter, sha256: sha(file) });

    const list = await api("GET /claims/{claimId}/documents", { token: w.t.approver, params: { claimId } });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toEqual([confirmed.body]);
    expect(list.body.requiredKinds).toEqual(["invoice", "diagnosis"]);
    expect(list.body.missingKinds).toEqual(["diagnosis"]);
    // What storage keeps is the confirmed copy; the upload's own object is gone.
    const { store, key } = storageOf(upload.url);
    expect(await store.read(key, file.length)).toBeNull();
  });

  it("is refused by storage itself for other bytes, another type or length: nothing arrives, nothing is confirmed", async () => {
    const claimId = await submit(w);
    const file = pdf(`诊断证明 ${unique()}`);
    const { document, upload } = await declare(w.t.clerk, claimId, "diagnosis", file);
    const forged = Buffer.from(file);
    forged[10] = forged[10]! ^ 1;
    const digest = await put(upload, forged);
    expect(digest.status).toBe(400);
    expect(digest.text).toContain("BadDigest");
    expect((await put({ ...upload, headers: { ...upload.headers, "content-type": "image/png" } }, file)).status).toBe(403);
    expect((await put(upload, Buffer.concat([file, Buffer.from("!")]))).status).toBe(403);
    expectError(await confirm(w.t.clerk, claimId, document.documentId), 422, "DOCUMENT_NOT_UPLOADED");
    // The declared file still goes through afterwards.
    expect((await put(upload, file)).status).toBe(200);
    expect((await confirm(w.t.clerk, claimId, document.documentId)).body).toMatchObject({ status: "confirmed" });
  });

  it("refuses an object that is not the declared file on confirmation (422 DOCUMENT_MISMATCH), deletes it and marks the document rejected", async () => {
    const claimId = await submit(w);
    const file = png(`现场 ${unique()} ${"-".repeat(200)}`);
    const { document, upload } = await declare(w.t.clerk, claimId, "photo", file);
    // An object that got past the URL's checks (a storage that does not enforce them): other bytes, shorter, another type.
    const { store, key } = storageOf(upload.url);
    const other = pdf(`not the photo ${unique()}`);
    expect(await store.putNew(key, other, { contentType: "application/pdf", sha256: sha(other) })).toBe("created");

    const res = await confirm(w.t.clerk, claimId, document.documentId);
    expectError(res, 422, "DOCUMENT_MISMATCH");
    const reasons = errorOf(res).details.map((d: { reason: string }) => d.reason);
    expect(reasons).toEqual(["size", "sha256", "content_type"]);
    expect(errorOf(res).details[1]).toMatchObject({ declared: sha(file), actual: sha(other) });
    expect(await store.read(key, 1024)).toBeNull();

    const list = await api("GET /claims/{claimId}/documents", { token: w.t.clerk, params: { claimId } });
    expect(list.body.items).toEqual([
      expect.objectContaining({
        documentId: document.documentId,
        status: "rejected",
        rejection: expect.objectContaining({ reasons, by: w.t.ids.submitter }),
      }),
    ]);
    // A rejected document stays rejected: its URL cannot bring it back, and it is never viewed.
    expect((await put(upload, file)).status).toBe(200);
    const again = await confirm(w.t.clerk, claimId, document.documentId);
    expectError(again, 409, "DOCUMENT_NOT_PENDING");
    expect(errorOf(again).details[0].status).toBe("rejected");
    expectError(
      await api("GET /claims/{claimId}/documents/{documentId}/url", {
        token: w.t.clerk,
        params: { claimId, documentId: document.documentId },
      }),
      409,
      "DOCUMENT_NOT_CONFIRMED",
    );
  });

  it("refuses bad declarations with 400 naming the field, and documents for a decided claim with 409", async () => {
    const claimId = await submit(w);
    const file = pdf("x");
    const valid = {
      kind: "invoice",
      fileName: "发票.pdf",
      contentType: "application/pdf",
      sizeBytes: file.length,
      sha256: sha(file),
    } as const;
    for (const [field, value] of [
      ["contentType", "text/html"],
      ["sizeBytes", 20 * 1024 * 1024 + 1],
      ["sizeBytes", 0],
      ["sha256", "abc"],
      ["fileName", "../etc/发票.pdf"],
      ["kind", "receipt"],
    ] as const) {
      const res = await api("POST /claims/{claimId}/documents", {
        token: w.t.clerk,
        params: { claimId },
        body: { ...valid, [field]: value } as never,
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(errorOf(res).details.map((d: { path: string }) => d.path)).toContain(`body.${field}`);
    }
    const rejected = await api("POST /claims/{claimId}/reject", { token: w.t.reviewer, params: { claimId }, body: { reason: "材料不全" } });
    expect(rejected.status, rejected.text).toBe(200);
    const closed = await api("POST /claims/{claimId}/documents", { token: w.t.clerk, params: { claimId }, body: valid });
    expectError(closed, 409, "INVALID_STATE");
    const list = await api("GET /claims/{claimId}/documents", { token: w.t.clerk, params: { claimId } });
    expect(list.body.items).toEqual([]);
  });
});

describe("a confirmed document", () => {
  it("never changes: a second confirmation is refused, and a later upload to its URL leaves the kept file as it was", async () => {
    const claimId = await submit(w);
    const file = pdf(`费用 ${unique()}`);
    const { document, upload } = await declare(w.t.clerk, claimId, "invoice", file);
    expect((await put(upload, file)).status).toBe(200);
    expect((await confirm(w.t.clerk, claimId, document.documentId)).status).toBe(200);

    const second = await confirm(w.t.reviewer, claimId, document.documentId);
    expectError(second, 409, "DOCUMENT_NOT_PENDING");
    expect(errorOf(second).details[0].status).toBe("confirmed");
    // The URL still works for its 15 minutes: other bytes are refused by storage, the same bytes land beside the kept copy.
    expect((await put(upload, pdf("other bytes of any length"))).status).toBe(403);
    expect((await put(upload, file)).status).toBe(200);
    // Even the platform's own credentials cannot write over a kept document.
    const { store, key } = storageOf(upload.url);
    const kept = key.replace(/^incoming\//, "documents/");
    const forged = pdf("forged");
    expect(await store.putNew(kept, forged, { contentType: "application/pdf", sha256: sha(forged) })).toBe("exists");

    const view = await api("GET /claims/{claimId}/documents/{documentId}/url", {
      token: w.t.approver,
      params: { claimId, documentId: document.documentId },
    });
    expect(view.status, view.text).toBe(200);
    const got = await fetch(view.body.url);
    expect(got.status).toBe(200);
    expect(sha(Buffer.from(await got.arrayBuffer()))).toBe(sha(file));
    expect(got.headers.get("content-disposition")).toBe(`inline; filename="invoice.pdf"; filename*=UTF-8''invoice.pdf`);

    // No route replaces or deletes a document: only declaring, confirming and reading exist.
    const documentRoutes = routes
      .filter((r) => r.path.startsWith("/claims/{claimId}/documents"))
      .map(routeKey)
      .sort();
    expect(documentRoutes).toEqual([
      "GET /claims/{claimId}/documents",
      "GET /claims/{claimId}/documents/{documentId}/url",
      "GET /claims/{claimId}/documents/{documentId}/views",
      "POST /claims/{claimId}/documents",
      "POST /claims/{claimId}/documents/{documentId}/confirm",
    ]);
  });

  it("is viewed only through logged, short-lived URLs: who, when, which document, newest first", async () => {
    const claimId = await submit(w);
    const doc = await evidence(w.t.clerk, claimId, "invoice", pdf(`查看 ${unique()}`));
    const params = { claimId, documentId: doc.documentId };
    const views = () => api("GET /claims/{claimId}/documents/{documentId}/views", { token: w.t.clerk, params });
    expect((await views()).body.items).toEqual([]);

    const before = new Date().toISOString();
    const first = await api("GET /claims/{claimId}/documents/{documentId}/url", { token: w.t.approver, params });
    expect(first.status, first.text).toBe(200);
    const second = await api("GET /claims/{claimId}/documents/{documentId}/url", { token: w.t.admin, params });
    expect(second.status, second.text).toBe(200);
    const after = new Date().toISOString();
    expect(first.body.view).toMatchObject({ claimId, documentId: doc.documentId, kind: "invoice", viewedBy: w.t.ids.approver });
    const lifetime = Date.parse(first.body.expiresAt) - Date.parse(first.body.view.viewedAt);
    expect(lifetime).toBe(5 * 60_000);
    expect(new URL(first.body.url).searchParams.get("X-Amz-Expires")).toBe("300");

    const logged = await views();
    expect(logged.status, logged.text).toBe(200);
    expect(logged.body.items).toEqual([second.body.view, first.body.view]);
    for (const v of logged.body.items) {
      expect(v.viewedAt >= before && v.viewedAt <= after, v.viewedAt).toBe(true);
    }
    expect(logged.body.items.map((v: { viewedBy: string }) => v.viewedBy)).toEqual(["admin-e2e", w.t.ids.approver]);

    // A view URL opens that document only.
    const moved = first.body.url.replace(doc.documentId, "doc_other");
    expect((await fetch(moved)).status).toBe(403);
    // Paged like every list.
    const page = await api("GET /claims/{claimId}/documents/{documentId}/views", { token: w.t.clerk, params, query: { limit: 1 } });
    expect(page.body.items).toEqual([second.body.view]);
    expect(page.body.nextCursor).not.toBeNull();
  });
});

describe("the claim's audit history", () => {
  type Event = { actor: string; action: string; from: string | null; to: string; time: string; note: string | null; document?: any };
  const historyOf = async (token: string, claimId: string): Promise<Event[]> => {
    const res = await api("GET /claims/{claimId}", { token, params: { claimId } });
    expect(res.status, res.text).toBe(200);
    return res.body.history as Event[];
  };
  const viewOf = async (token: string, claimId: string, documentId: string) => {
    const res = await api("GET /claims/{claimId}/documents/{documentId}/url", { token, params: { claimId, documentId } });
    expect(res.status, res.text).toBe(200);
    return res.body.view;
  };

  it("holds every confirmation and every view, in order, with who, when and which document; the status stays", async () => {
    const claimId = await submit(w);
    const invoice = await evidence(w.t.clerk, claimId, "invoice", pdf(`住院发票 ${unique()}`));
    const diagnosis = await evidence(w.t.clerk, claimId, "diagnosis", pdf(`诊断 ${unique()}`));
    const first = await viewOf(w.t.approver, claimId, invoice.documentId);
    const second = await viewOf(w.t.admin, claimId, diagnosis.documentId);
    const review = await api("POST /claims/{claimId}/review", {
      token: w.t.reviewer,
      params: { claimId },
      body: { decision: "pass", note: "材料齐全" },
    });
    expect(review.status, review.text).toBe(200);
    const third = await viewOf(w.t.approver, claimId, invoice.documentId);

    const history = await historyOf(w.t.clerk, claimId);
    const doc = (d: { documentId: string; kind: string; fileName: string }, viewId: string | null, kindLabel: string) => ({
      documentId: d.documentId,
      kind: d.kind,
      kindLabel,
      fileName: d.fileName,
      viewId,
    });
    expect(history.map(({ actor, action, from, to, document }) => ({ actor, action, from, to, document }))).toEqual([
      { actor: w.t.ids.submitter, action: "submit", from: null, to: "submitted", document: undefined },
      { actor: w.t.ids.submitter, action: "document_confirmed", from: "submitted", to: "submitted", document: doc(invoice, null, "发票") },
      {
        actor: w.t.ids.submitter,
        action: "document_confirmed",
        from: "submitted",
        to: "submitted",
        document: doc(diagnosis, null, "诊断证明"),
      },
      {
        actor: w.t.ids.approver,
        action: "document_viewed",
        from: "submitted",
        to: "submitted",
        document: doc(invoice, first.viewId, "发票"),
      },
      {
        actor: "admin-e2e",
        action: "document_viewed",
        from: "submitted",
        to: "submitted",
        document: doc(diagnosis, second.viewId, "诊断证明"),
      },
      { actor: w.t.ids.reviewer, action: "review_pass", from: "submitted", to: "reviewed", document: undefined },
      {
        actor: w.t.ids.approver,
        action: "document_viewed",
        from: "reviewed",
        to: "reviewed",
        document: doc(invoice, third.viewId, "发票"),
      },
    ]);
    // When: the confirmation's and the view's own times, as the document and the view log record them.
    expect(history.map((e) => e.time).slice(1, 5)).toEqual([invoice.confirmedAt, diagnosis.confirmedAt, first.viewedAt, second.viewedAt]);
    expect(history[6]!.time).toBe(third.viewedAt);
    // The document's own view log lists the same views, newest first.
    const logged = await api("GET /claims/{claimId}/documents/{documentId}/views", {
      token: w.t.clerk,
      params: { claimId, documentId: invoice.documentId },
    });
    expect(logged.body.items).toEqual([third, first]);
  });

  it("files a view after a transition that commits between the view's read and its write", async () => {
    const claimId = await submit(w);
    const invoice = await evidence(w.t.clerk, claimId, "invoice", pdf(`发票 ${unique()}`));
    await evidence(w.t.clerk, claimId, "diagnosis", pdf(`诊断 ${unique()}`));
    // The view has read the claim as submitted; the review lands just before its write.
    const base = testTable();
    let reviewed = false;
    const racing = {
      tableName: base.tableName,
      client: {
        send: async (command: unknown) => {
          if (command instanceof TransactWriteCommand && !reviewed) {
            reviewed = true;
            const review = await api("POST /claims/{claimId}/review", {
              token: w.t.reviewer,
              params: { claimId },
              body: { decision: "pass", note: "材料齐全" },
            });
            expect(review.status, review.text).toBe(200);
          }
          return base.client.send(command as TransactWriteCommand);
        },
      },
    } as unknown as Db;
    const objects = { viewUrl: async () => "https://evidence.example/signed" } as unknown as EvidenceStore;
    const actor = { id: `viewer-${unique()}`, roles: ["approver"], area: w.t.area } as const;
    const issued = await viewDocument({ claimId, documentId: invoice.documentId }, actor, racing, objects);
    expect(reviewed).toBe(true);

    const history = await historyOf(w.t.clerk, claimId);
    expect(history.map((e) => [e.action, e.from, e.to])).toEqual([
      ["submit", null, "submitted"],
      ["document_confirmed", "submitted", "submitted"],
      ["document_confirmed", "submitted", "submitted"],
      ["review_pass", "submitted", "reviewed"],
      ["document_viewed", "reviewed", "reviewed"],
    ]);
    expect(history.at(-1)).toMatchObject({ actor: actor.id, time: issued.view.viewedAt, document: { viewId: issued.view.viewId } });
    const logged = await api("GET /claims/{claimId}/documents/{documentId}/views", {
      token: w.t.clerk,
      params: { claimId, documentId: invoice.documentId },
    });
    expect(logged.body.items).toEqual([issued.view]);
  });
});

describe("the area", () => {
  it("answers another county's clerk 404 for the claim's documents, as for a claim that does not exist, and logs no view", async () => {
    const claimId = await submit(w);
    const doc = await evidence(w.t.clerk, claimId, "invoice", pdf(`区域 ${unique()}`));
    const other = await world();
    const outsider = other.t.clerk;
    const params = { claimId, documentId: doc.documentId };
    const file = pdf("outsider");
    expectError(
      await api("POST /claims/{claimId}/documents", {
        token: outsider,
        params: { claimId },
        body: { kind: "invoice", fileName: "a.pdf", contentType: "application/pdf", sizeBytes: file.length, sha256: sha(file) },
      }),
      404,
      "NOT_FOUND",
    );
    expectError(await api("GET /claims/{claimId}/documents", { token: outsider, params: { claimId } }), 404, "NOT_FOUND");
    expectError(await confirm(outsider, claimId, doc.documentId), 404, "NOT_FOUND");
    expectError(await api("GET /claims/{claimId}/documents/{documentId}/url", { token: outsider, params }), 404, "NOT_FOUND");
    expectError(await api("GET /claims/{claimId}/documents/{documentId}/views", { token: other.t.approver, params }), 404, "NOT_FOUND");
    const logged = await api("GET /claims/{claimId}/documents/{documentId}/views", { token: w.t.clerk, params });
    expect(logged.body.items).toEqual([]);
    // Nor an event in the claim's history: filing and the confirmation only.
    const claim = await api("GET /claims/{claimId}", { token: w.t.clerk, params: { claimId } });
    expect(claim.body.history?.map((e) => e.action)).toEqual(["submit", "document_confirmed"]);
  });

  it("lets the province's staff read and view (logged) but not declare", async () => {
    const claimId = await submit(w);
    const doc = await evidence(w.t.clerk, claimId, "invoice", pdf(`省级 ${unique()}`));
    const { province } = countyOf(w.village);
    const provincial = await staffToken(`prov-${unique()}`, ["clerk"], { province: province! });
    const list = await api("GET /claims/{claimId}/documents", { token: provincial, params: { claimId } });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const view = await api("GET /claims/{claimId}/documents/{documentId}/url", {
      token: provincial,
      params: { claimId, documentId: doc.documentId },
    });
    expect(view.status, view.text).toBe(200);
    const file = pdf("p");
    expectError(
      await api("POST /claims/{claimId}/documents", {
        token: provincial,
        params: { claimId },
        body: { kind: "invoice", fileName: "a.pdf", contentType: "application/pdf", sizeBytes: file.length, sha256: sha(file) },
      }),
      403,
      "READ_ONLY_AREA",
    );
  });
});

describe("the required-document checklist", () => {
  it("counts only confirmed documents of the required kinds, in the rule's order", async () => {
    const claimId = await submit(w);
    const store = testTable();
    const required = ["invoice", "diagnosis", "consent"] as const;
    expect(await missingDocuments(store, { claimId }, required)).toEqual(["invoice", "diagnosis", "consent"]);
    expect(await missingDocuments(store, { claimId }, [])).toEqual([]);

    await evidence(w.t.clerk, claimId, "consent", pdf(`承诺 ${unique()}`));
    // Declared but not uploaded, and another kind: neither counts.
    await declare(w.t.clerk, claimId, "diagnosis", pdf("pending"));
    await evidence(w.t.clerk, claimId, "photo", png(`照片 ${unique()}`));
    expect(await missingDocuments(store, { claimId }, required)).toEqual(["invoice", "diagnosis"]);

    const refused = await assertDocumentsComplete(store, { claimId }, required).catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.kind).toBe("rule");
    expect(isDomainError(refused) && refused.code).toBe("DOCUMENTS_MISSING");
    expect(isDomainError(refused) && refused.details).toEqual([
      { message: "no confirmed invoice document", kind: "invoice", label: "发票" },
      { message: "no confirmed diagnosis document", kind: "diagnosis", label: "诊断证明" },
    ]);

    // The review's check reads the kinds from the scheme's rule for the claim's cause (invoice, diagnosis).
    const review = requireDocumentsForReview(store);
    const asFiled = { claimId, schemeId: w.schemeId, cause: "illness" };
    await expect(review(asFiled)).rejects.toMatchObject({
      code: "DOCUMENTS_MISSING",
      details: [{ kind: "invoice" }, { kind: "diagnosis" }],
    });

    await evidence(w.t.clerk, claimId, "invoice", pdf(`发票 ${unique()}`));
    await evidence(w.t.clerk, claimId, "diagnosis", pdf(`诊断 ${unique()}`));
    await expect(review(asFiled)).resolves.toBeUndefined();
    expect(await missingDocuments(store, { claimId }, required)).toEqual([]);
    await expect(assertDocumentsComplete(store, { claimId }, required)).resolves.toBeUndefined();
    const list = await api("GET /claims/{claimId}/documents", { token: w.t.clerk, params: { claimId } });
    expect(list.body.missingKinds).toEqual([]);
    expect(list.body.items.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`)).toEqual([
      "consent:confirmed",
      "diagnosis:pending",
      "photo:confirmed",
      "invoice:confirmed",
      "diagnosis:confirmed",
    ]);
  });

  it("is empty for a cause that requires nothing", async () => {
    const plain = await world();
    const claimId = await submit(plain);
    const list = await api("GET /claims/{claimId}/documents", { token: plain.t.clerk, params: { claimId } });
    expect(list.body).toEqual({ items: [], requiredKinds: [], missingKinds: [] });
  });
});
