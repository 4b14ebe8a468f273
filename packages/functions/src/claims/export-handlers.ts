import { ClaimExports, type ExportFile, XLSX_TYPE } from "@fupin/core/claims";
import { encodeCsv } from "../http/csv";
import type { HandlersOf } from "../http/lambda";
import { csv, file } from "../http/response";
import type { exportRoutes } from "./export-routes";

/** CSV as every report's (UTF-8 with a byte-order mark, formulas defused), XLSX as base64 for API Gateway. */
const answer = (f: ExportFile) => (f.format === "csv" ? csv(encodeCsv(f.rows), f.filename) : file(f.body, XLSX_TYPE, f.filename));

export const exportHandlers: HandlersOf<typeof exportRoutes> = {
  "GET /reports/claims/payouts": async ({ query, actor }) => answer(await ClaimExports.payouts(query, { actor })),
  "GET /reports/claims/notices": async ({ query, actor }) => answer(await ClaimExports.notices(query, { actor })),
};
