import type { Certification } from "./schemas";

export type ProductStatus = "pending_certification" | "listed" | "expired" | "not_yet_valid";

/**
 * A product is sold only while its certificate is valid today (China's calendar). The status is
 * derived on every read, so an expired certificate delists a product without anyone touching it.
 */
export function productStatus(certification: Certification | undefined | null, today: string): ProductStatus {
  if (!certification) return "pending_certification";
  if (today < certification.issuedOn) return "not_yet_valid";
  if (today > certification.validUntil) return "expired";
  return "listed";
}

export const isListed = (certification: Certification | undefined | null, today: string) =>
  productStatus(certification, today) === "listed";
