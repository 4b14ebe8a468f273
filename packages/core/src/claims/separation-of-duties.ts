import type { Actor } from "../platform/actor";
import { forbidden } from "../platform/errors";
import type { ClaimRecord } from "./schemas";

/**
 * Maker-checker (DESIGN decision 9): each step of a claim is checked by someone who did not take
 * the step before it, so no one person can file and pass a claim, nor pass and pay it.
 */
const SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES";

export function assertMayReview(claim: ClaimRecord, actor: Actor): void {
  if (actor.id === claim.submittedBy) {
    throw forbidden("The reviewer of a claim may not be its submitter", SEPARATION_OF_DUTIES);
  }
}

export function assertMayApprove(claim: ClaimRecord, actor: Actor): void {
  if (actor.id === claim.submittedBy || actor.id === claim.reviewedBy) {
    throw forbidden("The approver of a claim may be neither its submitter nor its reviewer", SEPARATION_OF_DUTIES);
  }
}
