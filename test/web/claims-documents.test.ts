import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { api, unique } from "../support/api";
import { chongzuoIllness, submit, world } from "../support/fixtures";
import { captureBothSizes, settle, signIn, useBrowser, WAIT_MS } from "./support/browser";

const browser = useBrowser();

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const noToasts = (page: Page) => expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: WAIT_MS }).toBe(0);
const toTop = (page: Page) => page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
const confirmedRows = (page: Page) => page.getByTestId("documents-panel").locator('[data-testid="document-row"][data-status="confirmed"]');

/**
 * The documents panel on the claim page (issue 12 item 4): the clerk uploads the evidence the
 * checklist asks for straight to storage, an approver views a document, and the claim's timeline
 * shows both, in Chinese, as events of its audit history.
 */
describe("a claim's evidence in the console", () => {
  it("uploads what the checklist asks for, views a document, and shows the uploads and the view in the claim's timeline", async () => {
    const w = await world({ scheme: { rules: { illness: { ...chongzuoIllness, requiredDocuments: ["invoice", "diagnosis"] } } } });
    const claimId = await submit(w);

    const clerk = await browser.page();
    await signIn(clerk, w.t.ids.submitter, ["clerk"], `/claims/${claimId}`, w.t.area);
    const panel = clerk.getByTestId("documents-panel");
    await panel.getByTestId("required-invoice").waitFor();
    expect(await panel.getByTestId("required-diagnosis").getAttribute("data-missing")).toBe("true");
    // The kind offered is the checklist's first missing one: the invoice, then the diagnosis.
    const input = panel.getByTestId("document-upload-input");
    await input.setInputFiles({ name: "住院发票.pdf", mimeType: "application/pdf", buffer: pdf(`发票 ${unique()}`) });
    await expect.poll(() => confirmedRows(clerk).count(), { timeout: WAIT_MS }).toBe(1);
    await expect.poll(() => panel.getByTestId("required-invoice").getAttribute("data-missing")).toBe("false");
    await input.setInputFiles({ name: "诊断证明书.pdf", mimeType: "application/pdf", buffer: pdf(`诊断 ${unique()}`) });
    await expect.poll(() => confirmedRows(clerk).count(), { timeout: WAIT_MS }).toBe(2);
    await expect.poll(() => panel.getByTestId("required-diagnosis").getAttribute("data-missing")).toBe("false");
    const list = await api("GET /claims/{claimId}/documents", { token: w.t.clerk, params: { claimId } });
    expect(list.body.items.map((d) => [d.kind, d.fileName, d.status])).toEqual([
      ["invoice", "住院发票.pdf", "confirmed"],
      ["diagnosis", "诊断证明书.pdf", "confirmed"],
    ]);
    const diagnosis = list.body.items[1]!;
    // The uploads are in the clerk's timeline already: which document, not a status change.
    const clerkHistory = clerk.getByTestId("claim-history");
    await expect
      .poll(() => clerkHistory.getByTestId("history-document").allTextContents())
      .toEqual(["发票 住院发票.pdf", "诊断证明 诊断证明书.pdf"]);

    // An approver views the diagnosis: the view is logged before the file opens, and the timeline shows it.
    const page = await browser.page();
    await signIn(page, w.t.ids.approver, ["approver"], `/claims/${claimId}`, w.t.area);
    const row = page.getByTestId("documents-panel").locator(`[data-document-id="${diagnosis.documentId}"]`);
    const popup = page.waitForEvent("popup");
    await row.getByTestId("document-view").click();
    const opened = await popup;
    await expect.poll(() => opened.url(), { timeout: WAIT_MS }).toContain(`/documents/${claimId}/${diagnosis.documentId}`);
    await opened.close();

    const history = page.getByTestId("claim-history");
    await expect.poll(() => history.getByTestId("history-document").count(), { timeout: WAIT_MS }).toBe(3);
    const text = (await history.textContent()) ?? "";
    const uploaded = text.indexOf("上传材料 发票 住院发票.pdf");
    const viewed = text.indexOf("查看材料 诊断证明 诊断证明书.pdf");
    expect(uploaded, text).toBeGreaterThan(text.indexOf("提交申请"));
    expect(viewed, text).toBeGreaterThan(text.indexOf("上传材料 诊断证明 诊断证明书.pdf"));
    expect(text.slice(viewed)).toContain(w.t.ids.approver);
    // In Chinese, and a view names no status change.
    expect(text).not.toMatch(/document_|已提交 → 已提交/);

    const claim = await api("GET /claims/{claimId}", { token: w.t.approver, params: { claimId } });
    expect(claim.body.history?.at(-1)).toMatchObject({
      actor: w.t.ids.approver,
      action: "document_viewed",
      document: { documentId: diagnosis.documentId, kind: "diagnosis", kindLabel: "诊断证明", fileName: "诊断证明书.pdf" },
    });

    await noToasts(page);
    await settle(page);
    await history.scrollIntoViewIfNeeded();
    await toTop(page);
    await captureBothSizes(page, "claims-documents");
  });
});
