import { Pairings, pairingsRegionsTable, pairingsReportTable } from "@fupin/core/pairings";
import { reportResponse } from "../http/csv";
import { contextHandler, type ContextHandlers } from "../http/lambda";
import { created, ok } from "../http/response";

export const pairingsHandlers: ContextHandlers<"pairings"> = {
  "POST /enterprises": async ({ body, actor }) => created(await Pairings.registerEnterprise(body, { actor })),
  "GET /enterprises": async ({ query, actor }) => ok(await Pairings.listEnterprises(query, { actor })),
  "GET /enterprises/{enterpriseId}": async ({ params }) => ok(await Pairings.getEnterprise(params.enterpriseId)),
  "POST /pairings": async ({ body, actor }) => created(await Pairings.pair(body, { actor })),
  "GET /pairings": async ({ query }) => ok(await Pairings.list(query)),
  "GET /pairings/{pairingId}": async ({ params }) => ok(await Pairings.get(params.pairingId)),
  "POST /pairings/{pairingId}/end": async ({ params, body, actor }) =>
    ok(await Pairings.end({ pairingId: params.pairingId, ...body }, { actor })),
  "POST /pairings/{pairingId}/contributions": async ({ params, body, actor }) =>
    created(await Pairings.recordContribution({ pairingId: params.pairingId, contribution: body }, { actor })),
  "GET /pairings/{pairingId}/contributions": async ({ params, query }) =>
    ok(await Pairings.contributions({ pairingId: params.pairingId, ...query })),
  "GET /reports/pairings": async ({ query, headers }) => {
    const report = await Pairings.report(query);
    return reportResponse(headers, report, pairingsReportTable, "pairings-report.csv");
  },
  "GET /reports/pairings/regions": async ({ query, headers }) => {
    const report = await Pairings.regions(query);
    return reportResponse(headers, report, pairingsRegionsTable, "pairings-regions.csv");
  },
};

export const handler = contextHandler("pairings", pairingsHandlers);
