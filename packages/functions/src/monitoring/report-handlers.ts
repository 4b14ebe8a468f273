import { Monitoring } from "@fupin/core/monitoring";
import { reportResponse } from "../http/csv";
import type { HandlersOf } from "../http/lambda";
import type { reportRoutes } from "./report-routes";

export const reportHandlers: HandlersOf<typeof reportRoutes> = {
  "GET /reports/monitoring": async ({ query, headers, actor }) => {
    const report = await Monitoring.report(query, { actor });
    // Header values are ASCII: the county's and township's names are in the file, not its name.
    return reportResponse(headers, report, Monitoring.reportRows, `monitoring-report-${report.from}-${report.to}.csv`);
  },
};
