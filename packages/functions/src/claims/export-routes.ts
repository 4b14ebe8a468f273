import * as claims from "@fupin/core/claims";
import type { RouteSpec } from "../route-spec";

const staff = ["clerk", "approver", "finance", "admin"] as const;
const files = ["text/csv", claims.XLSX_TYPE] as const;

// biome-ignore format: one route per row, so the table reads as a table
export const exportRoutes = [
  { method: "GET", path: "/reports/claims/payouts", context: "claims", access: staff, summary: "防贫保险金发放明细表 as counties file it, CSV or XLSX (?format=): one row per approved or paid claim of the scheme in the caller's area (序号, 乡镇, 村, 户主姓名, 身份证号 masked, 救助对象, 申请原因, 事发日期, 医疗总费用, 已报销, 自付, 赔付金额 in 元, 审批日期, 发放状态, 备注) and a total row; XLSX with a title row, widths and yuan as numbers; 422 EXPORT_TOO_LARGE past 20,000 rows", query: claims.PayoutExportQuery, download: files },
  { method: "GET", path: "/reports/claims/notices", context: "claims", access: staff, summary: "公示名单: the county's claims on public notice today (as GET /public/notices shows them: names masked, village, cause, amount, notice days), CSV or XLSX (?format=) with a total row; 404 for a county outside the caller's area", query: claims.NoticeExportQuery, download: files },
] as const satisfies readonly RouteSpec[];
