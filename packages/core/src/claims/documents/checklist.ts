import type { DocumentKind } from "../schemas";
import type { DocumentStatus } from "./schemas";

/**
 * The required-document checklist (a cause's `requiredDocuments`): the kinds, in the rule's order,
 * for which the claim has no confirmed document. Pending and rejected uploads do not count.
 */
export function missingKinds(
  required: readonly DocumentKind[],
  documents: readonly { kind: DocumentKind; status: DocumentStatus }[],
): DocumentKind[] {
  const confirmed = new Set(documents.filter((d) => d.status === "confirmed").map((d) => d.kind));
  return [...new Set(required)].filter((kind) => !confirmed.has(kind));
}
