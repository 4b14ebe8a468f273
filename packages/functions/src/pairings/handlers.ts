import { addContribution, listContributions } from "@fupin/core/pairings/contributions";
import { createEnterprise, getEnterprise, publicEnterprise } from "@fupin/core/pairings/enterprises";
import { createPairing, endPairing, getPairing, listPairings } from "@fupin/core/pairings/pairings";
import { pairingsReport, pairingsReportTable } from "@fupin/core/pairings/report";
import { reportResponse } from "../http/csv";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";

export const pairingsHandlers: ContextHandlers<"pairings"> = {
  "POST /enterprises": async ({ body, actor }) => created(publicEnterprise(await createEnterprise(body, actor))),
  "GET /enterprises/{enterpriseId}": async ({ params }) => ok(publicEnterprise(await getEnterprise(params.enterpriseId))),
  "POST /pairings": async ({ body, actor }) => created(await createPairing(body, actor)),
  "GET /pairings": async ({ query }) => ok(await listPairings(query)),
  "GET /pairings/{pairingId}": async ({ params }) => ok(await getPairing(params.pairingId)),
  "POST /pairings/{pairingId}/end": async ({ params, body, actor }) => ok(await endPairing(params.pairingId, body, actor)),
  "POST /pairings/{pairingId}/contributions": async ({ params, body, actor }) =>
    created(await addContribution(params.pairingId, body, actor)),
  "GET /pairings/{pairingId}/contributions": async ({ params, query }) => ok(await listContributions(params.pairingId, query)),
  "GET /reports/pairings": async ({ query, headers }) => {
    const report = await pairingsReport(query);
    return reportResponse(headers, report, pairingsReportTable, "pairings-report.csv");
  },
};

export const handler = contextHandler("pairings", pairingsHandlers);
