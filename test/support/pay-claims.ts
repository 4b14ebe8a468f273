import { expect } from "vitest";
import type { Area } from "@fupin/core/platform/area";
import { api, unique } from "./api";
import { staffToken } from "./fixtures/accounts";

/** A payment account number no other test uses: 18 digits, obviously not a real card's (6217 00…). */
const accountNumber = () => `621700${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}`;

/**
 * Pays approved claims the one way the platform pays them (issue 12): a finance officer of the
 * county, who took no step on the claims, puts them into one payment batch, and the bank's slip
 * confirms every line (succeeded, with the bank's reference). A household with no account on file
 * gets one first, set by `staff.clerk` (a clerk of the claims' county, who also reads them back).
 * The batch, the officer, and the claims as they stand once paid.
 */
export async function payClaims(
  staff: { clerk: string; area: Area },
  schemeId: string,
  claimIds: string[],
  opts: { bankReference?: (claimId: string, i: number) => string; accountNumber?: string } = {},
) {
  for (const claimId of claimIds) {
    const claim = await api("GET /claims/{claimId}", { token: staff.clerk, params: { claimId } });
    expect(claim.status, claim.text).toBe(200);
    const { householdId } = claim.body;
    const onFile = await api("GET /households/{householdId}/payment-account", { token: staff.clerk, params: { householdId } });
    if (onFile.status === 200) continue;
    expect(onFile.status, onFile.text).toBe(404);
    const put = await api("PUT /households/{householdId}/payment-account", {
      token: staff.clerk,
      params: { householdId },
      body: {
        holderName: claim.body.household.headName,
        bankName: "县农村商业银行",
        accountNumber: opts.accountNumber ?? accountNumber(),
        kind: "social_security_card",
      },
    });
    expect(put.status, put.text).toBe(200);
  }

  const finance = `finance-${unique()}`;
  const token = await staffToken(finance, ["finance"], staff.area);
  const batch = await api("POST /payment-batches", { token, body: { schemeId, claimIds } });
  expect(batch.status, batch.text).toBe(201);
  const { batchId } = batch.body;
  for (const [i, claimId] of claimIds.entries()) {
    const line = await api("POST /payment-batches/{batchId}/lines/{claimId}", {
      token,
      params: { batchId, claimId },
      body: { outcome: "succeeded", bankReference: opts.bankReference?.(claimId, i) ?? `BANK-${unique()}` },
    });
    expect(line.status, line.text).toBe(200);
    expect(line.body.outcome).toBe("succeeded");
  }

  const claims = [];
  for (const claimId of claimIds) {
    const paid = await api("GET /claims/{claimId}", { token: staff.clerk, params: { claimId } });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.status).toBe("paid");
    claims.push(paid.body);
  }
  return { batchId, finance, financeToken: token, claims };
}
