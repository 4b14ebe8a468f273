import ExcelJS from "exceljs";
import { shiftDays } from "@fupin/core/platform/clock";
import { describe, expect, it } from "vitest";
import { baseUrl, call, expectError, unique } from "./support/api";
import { checkExchange } from "./support/contract";
import { payClaims } from "./support/pay-claims";
import {
  countyOf,
  createVillage,
  inSchemeYear,
  newHousehold,
  residentId,
  reviewed,
  SCHEME_YEAR,
  staffToken,
  type World,
  world,
  yuan,
} from "./support/fixtures";

/**
 * The forms counties file (issue 12 item 7): 防贫保险金发放明细表 and the 公示名单, as CSV and XLSX,
 * read back here as a county clerk's spreadsheet would (the XLSX with exceljs).
 */

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const straight = { chain: { homeVisit: false, villageReview: false, publicNotice: false } };

/** An export as bytes, held to the route table like every other answer. */
async function download(path: string, token: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  const verdict = checkExchange({
    method: "GET",
    pathname: new URL(path, "http://x").pathname,
    status: res.status,
    contentType: res.headers.get("content-type"),
    text: res.headers.get("content-type")?.startsWith("application/json") ? bytes.toString("utf8") : "",
  });
  expect(verdict.problems).toEqual([]);
  return { res, bytes };
}

async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return { ws, rows };
}

/** Numbers as the sheet holds them: a total's formula gives its cached result. */
const cellValue = (v: unknown) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);

async function approve(w: World, claimId: string) {
  const res = await call("POST", `/claims/${claimId}/approve`, { token: w.t.approver });
  expect(res.status, res.text).toBe(200);
}

/** Two claims of one scheme: 李秀兰's approved and paid by a finance batch (14,000), 张建国's approved (7,000: 15,000 self-paid). */
async function twoPayouts() {
  const idNumber = residentId();
  const w = await world({ scheme: { name: `夏津县防贫保险${unique()}`, ...straight }, household: { headName: "李秀兰", idNumber } });
  const first = await reviewed(w);
  await approve(w, first);
  const { batchId } = await payClaims(w.t, w.schemeId, [first], { bankReference: () => "NS2026-0001" });
  const other = await newHousehold(w.t.clerk, w.village.villageId, { headName: "张建国" });
  const second = await reviewed(
    w,
    { expenses: { totalFen: yuan(30_000), reimbursedFen: yuan(15_000) }, incidentDate: inSchemeYear("03-02"), cause: "illness" },
    other.householdId,
  );
  await approve(w, second);
  return { w, idNumber, first, second, batchId };
}

describe("防贫保险金发放明细表", () => {
  it("as XLSX: a title with county, scheme and year, Chinese headers, one row per payout with yuan as numbers, and a total row", async () => {
    const { w, idNumber, batchId } = await twoPayouts();
    const { res, bytes } = await download(`/reports/claims/payouts?schemeId=${w.schemeId}&format=xlsx`, w.t.clerk);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="payouts-${w.schemeId}-${SCHEME_YEAR}.xlsx"`);
    const { ws, rows } = await workbook(bytes);
    expect(ws.name).toBe("发放明细");
    expect(String(rows[0]![0])).toBe(`${w.village.county}${SCHEME_YEAR}年防贫保险金发放明细表`);
    expect(String(rows[1]![0])).toContain("方案：夏津县防贫保险");
    expect(rows[2]).toEqual([
      "序号",
      "乡镇",
      "村",
      "户主姓名",
      "身份证号",
      "救助对象",
      "申请原因",
      "事发日期",
      "医疗总费用(元)",
      "已报销(元)",
      "自付(元)",
      "赔付金额(元)",
      "审批日期",
      "发放状态",
      "备注",
    ]);
    const masked = `${idNumber.slice(0, 3)}***********${idNumber.slice(14)}`;
    // Same township and village: filing order.
    expect(rows[3]!.slice(0, 12)).toEqual([
      1,
      w.village.township,
      w.village.name,
      "李秀兰",
      masked,
      "李秀兰",
      "因病",
      inSchemeYear("01-15"),
      60_000,
      35_000,
      25_000,
      14_000,
    ]);
    // 备注: the payment batch that paid it and the bank's reference.
    expect(rows[3]!.slice(13)).toEqual(["已发放", `拨付批次 ${batchId}，银行流水号 NS2026-0001`]);
    expect(rows[3]![12]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows[4]!.slice(0, 12)).toEqual([
      2,
      w.village.township,
      w.village.name,
      "张建国",
      expect.stringMatching(/^\d{3}\*{11}[\dX]{4}$/),
      "张建国",
      "因病",
      inSchemeYear("03-02"),
      30_000,
      15_000,
      15_000,
      7000,
    ]);
    expect(rows[4]![13]).toBe("待发放");
    // The total row adds the money columns up (a SUM formula with its result).
    const total = rows[5]!.map(cellValue);
    expect(total[0]).toBe("合计（2 笔）");
    expect(total.slice(8, 12)).toEqual([90_000, 50_000, 40_000, 21_000]);
    expect((rows[5]![11] as { formula: string }).formula).toBe("SUM(L4:L5)");
    expect(rows).toHaveLength(6);
    expect(ws.getCell("L4").numFmt).toBe("#,##0.00");
    expect(ws.getColumn(5).width).toBeGreaterThanOrEqual(20);
    expect(bytes.includes(Buffer.from(idNumber))).toBe(false);
  });

  it("as CSV: the same header first, yuan with two decimals, and a total row", async () => {
    const { w } = await twoPayouts();
    const { res, bytes } = await download(`/reports/claims/payouts?schemeId=${w.schemeId}&format=csv`, w.t.approver);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "序号,乡镇,村,户主姓名,身份证号,救助对象,申请原因,事发日期,医疗总费用(元),已报销(元),自付(元),赔付金额(元),审批日期,发放状态,备注",
    );
    const row = lines[1]!.split(",");
    expect(row.slice(8, 12)).toEqual(["60000.00", "35000.00", "25000.00", "14000.00"]);
    expect(lines[3]!.split(",").slice(8, 12)).toEqual(["90000.00", "50000.00", "40000.00", "21000.00"]);
    expect(lines).toHaveLength(4);
    // Only paid claims when asked.
    const paidOnly = (await download(`/reports/claims/payouts?schemeId=${w.schemeId}&format=csv&status=paid`, w.t.approver)).bytes.toString(
      "utf8",
    );
    expect(paidOnly.trimEnd().split("\r\n")).toHaveLength(3);
  });

  it("is the caller's area only: another county's staff get 404; a clerk of the county reads it; bad input is 400", async () => {
    const { w } = await twoPayouts();
    const elsewhere = await staffToken(`clerk-${unique()}`, ["clerk"], countyOf(await createVillage()));
    const outside = await call("GET", `/reports/claims/payouts?schemeId=${w.schemeId}&format=csv`, { token: elsewhere });
    expectError(outside, 404, "NOT_FOUND");
    expectError(
      await call("GET", `/reports/claims/payouts?schemeId=${w.schemeId}&format=pdf`, { token: w.t.clerk }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(await call("GET", `/reports/claims/payouts?format=csv`, { token: w.t.clerk }), 400, "VALIDATION_FAILED");
    const buyer = await staffToken(`buyer-${unique()}`, ["buyer"], countyOf(w.village));
    expectError(await call("GET", `/reports/claims/payouts?schemeId=${w.schemeId}`, { token: buyer }), 403, "FORBIDDEN");
  });
});

describe("公示名单", () => {
  it("lists the county's claims on notice with masked names, as CSV and XLSX, with a total row", async () => {
    const { w } = await twoPayouts();
    const county = encodeURIComponent(w.village.county);
    const { res, bytes } = await download(`/reports/claims/notices?county=${county}&format=xlsx`, w.t.clerk);
    expect(res.status).toBe(200);
    const { ws, rows } = await workbook(bytes);
    expect(ws.name).toBe("公示名单");
    expect(String(rows[0]![0])).toBe(`${w.village.county}防贫保险/防贫救助赔付公示名单`);
    expect(rows[2]).toEqual(["序号", "乡镇", "村", "户主姓名", "申请原因", "赔付金额(元)", "公示开始", "公示截止"]);
    // Same village: in the order they were approved.
    expect(rows.slice(3, 5).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]])).toEqual([
      [1, w.village.township, w.village.name, "李*兰", "因病", 14_000],
      [2, w.village.township, w.village.name, "张*国", "因病", 7000],
    ]);
    expect(rows[3]![7]).toBe(shiftDays(String(rows[3]![6]), 4));
    expect(rows[5]!.map(cellValue).slice(0, 6)).toEqual(["合计（2 户次）", null, null, null, null, 21_000].map((v) => v ?? undefined));
    // The public board shows the same people the same way.
    const board = await call("GET", `/public/notices?county=${county}`);
    expect(
      board.body.items
        .filter((n: { kind: string }) => n.kind === "claim")
        .map((n: { name: string }) => n.name)
        .sort(),
    ).toEqual(["张*国", "李*兰"]);
    const csv = (await download(`/reports/claims/notices?county=${county}&format=csv`, w.t.clerk)).bytes.toString("utf8");
    expect(csv).not.toContain("李秀兰");
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("序号,乡镇,村,户主姓名,申请原因,赔付金额(元),公示开始,公示截止");
    expect(lines.at(-1)!.split(",")[5]).toBe("21000.00");
  });

  it("answers 404 for a county outside the caller's area", async () => {
    const { w } = await twoPayouts();
    const elsewhere = await staffToken(`clerk-${unique()}`, ["clerk"], countyOf(await createVillage()));
    expectError(
      await call("GET", `/reports/claims/notices?county=${encodeURIComponent(w.village.county)}`, { token: elsewhere }),
      404,
      "NOT_FOUND",
    );
  });
});
