import * as monitoring from "@fupin/core/monitoring";
import { page, type RouteSpec } from "../route-spec";

// biome-ignore format: one route per row, so the table reads as a table
export const noticeRoutes = [
  { method: "GET", path: "/public/notices", context: "monitoring", access: "public", summary: "The county's public notice board (公示), no sign-in: identifications and risk removals in their notice period, claims in their 公示 before the township's review (claim_proposal, with the proposed amount; open to objections), then claims approved within the county's notice period; names masked (张*国), village, category or cause, amount for claims, never a resident id, phone, bank account, member list or health detail", query: monitoring.PublicNoticesQuery, response: page(monitoring.PublicNotice) },
  { method: "POST", path: "/public/notices/{noticeId}/objections", context: "monitoring", access: "public", summary: "File an objection to an identification, removal or claim (claim_proposal) notice while it is up (an objection to a claim joins the claim's objections and holds its township review until answered; 404 for an id that is no notice) (422 OUTSIDE_NOTICE_PERIOD otherwise; 422 OBJECTION_LIMIT_REACHED past 10 a day from one address or 200 on an identification/removal notice, 30 on a claim's); the optional contact is kept encrypted and never shown publicly; the receipt echoes nothing filed", params: monitoring.NoticeIdParams, body: monitoring.FileObjection, response: monitoring.FiledObjection, status: 201 },
] as const satisfies readonly RouteSpec[];
