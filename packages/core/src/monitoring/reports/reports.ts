import type { Actor } from "../../platform/actor";
import { readArea } from "../../platform/area";
import { chinaMonth, chinaToday, type Clock, systemClock } from "../../platform/clock";
import { db, type Db } from "../../platform/db";
import { notFound, validationFailed } from "../../platform/errors";
import { countyWithinArea, listCounty } from "../households/households";
import {
  HOUSEHOLD_CATEGORIES,
  HOUSEHOLD_CATEGORY_LABELS,
  type HouseholdCategory,
  MONITORING_STATUS_LABELS,
  MONITORING_STATUSES,
  type MonitoringStatus,
} from "../households/schemas";
import { Leads } from "../leads/storage";
import { MEASURE_KIND_LABELS, MEASURE_KINDS } from "../measures/schemas";
import { measureCounter } from "../measures/storage";
import { counter, MonitoringTotals } from "../totals/storage";
import type { HouseholdFigures, MeasureFigures, MonitoringReport, MonitoringReportQuery } from "./schemas";

/** The longest period one report covers. */
export const MAX_REPORT_MONTHS = 60;

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

const monthIndex = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return y * 12 + (m - 1);
};

export function shiftMonth(month: string, by: number): string {
  const index = monthIndex(month) + by;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Defaults to the twelve months up to this one (China's calendar); refuses reversed or overlong periods. */
export function reportPeriod(q: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const to = q.to ?? chinaMonth(now);
  const from = q.from ?? shiftMonth(to, -11);
  if (from > to)
    throw validationFailed("The period is reversed", [
      { path: "query.from", message: "must not be after `to`", issue: "after_other", other: "to" },
    ]);
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_REPORT_MONTHS)
    throw validationFailed(`A report covers at most ${MAX_REPORT_MONTHS} months`, [
      { path: "query.from", message: "period too long", issue: "too_big", origin: "months", maximum: MAX_REPORT_MONTHS },
    ]);
  return { from, to, months: monthsBetween(from, to) };
}

/**
 * The county (and township) a report covers, inside the actor's area: county and township staff
 * their own (another county or township is answered as not found); province and city staff name a
 * county, which must lie in their area (its villages say where it is).
 */
async function reportScope(q: MonitoringReportQuery, actor: Actor, store: Db): Promise<{ county: string; township: string | null }> {
  const area = readArea(actor);
  const county = listCounty(area, q.county);
  if (county === null) throw notFound("County", q.county!);
  if (area.township && q.township && q.township !== area.township) throw notFound("Township", q.township);
  if (!(await countyWithinArea(area, county, store))) throw notFound("County", county);
  return { county, township: area.township ?? q.township ?? null };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptyFigures = (): HouseholdFigures => ({
  byStatus: zeros(MONITORING_STATUSES),
  monitored: 0,
  monitoredByCategory: zeros(HOUSEHOLD_CATEGORIES),
});
const isMonitored = (status: MonitoringStatus) => status === "monitored" || status === "removing";

/** The household counters (`households#<status>#<category>#<township>`) of the totals item, summed per township and over the scope. */
function householdFigures(totals: Record<string, unknown>, township: string | null) {
  const byTownship = new Map<string, HouseholdFigures>();
  for (const [name, value] of Object.entries(totals)) {
    const [kind, status, category, ...rest] = name.split("#");
    if (kind !== "households" || typeof value !== "number" || value === 0) continue;
    if (!MONITORING_STATUSES.includes(status as MonitoringStatus) || !HOUSEHOLD_CATEGORIES.includes(category as HouseholdCategory))
      continue;
    const place = rest.join("#");
    if (township !== null && place !== township) continue;
    const figures = byTownship.get(place) ?? emptyFigures();
    figures.byStatus[status as MonitoringStatus] += value;
    if (isMonitored(status as MonitoringStatus)) {
      figures.monitored += value;
      figures.monitoredByCategory[category as HouseholdCategory] += value;
    }
    byTownship.set(place, figures);
  }
  const total = emptyFigures();
  for (const f of byTownship.values()) {
    for (const s of MONITORING_STATUSES) total.byStatus[s] += f.byStatus[s];
    for (const c of HOUSEHOLD_CATEGORIES) total.monitoredByCategory[c] += f.monitoredByCategory[c];
    total.monitored += f.monitored;
  }
  const rows = [...byTownship.entries()].sort(([a], [b]) => a.localeCompare(b, "zh-Hans-CN")).map(([t, f]) => ({ township: t, ...f }));
  return { total, rows };
}

/** At most this many pages of 100 overdue leads are counted; beyond, the overdue figures are lower bounds. */
const MAX_OVERDUE_PAGES = 20;

/**
 * Unresolved (open or assessing) leads past their due date, by the month they fell due: one key
 * range of the leads' unresolved index, the county's sorted `<dueOn>#…` (below today), a
 * township's `<township>#<dueOn>#…` (from the township's first up to today).
 */
async function overdueLeads(store: Db, county: string, township: string | null, today: string) {
  const [query, sortCondition] =
    township === null
      ? [Leads.query.byCountyPhaseDue, { expression: "#sk < :today", values: { ":today": today } }]
      : [
          Leads.query.byCountyPhase,
          { expression: "#sk BETWEEN :lo AND :hi", values: { ":lo": `${township}#`, ":hi": `${township}#${today}` } },
        ];
  const byDueMonth = new Map<string, number>();
  let total = 0;
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_OVERDUE_PAGES; pages++) {
    const page = await query(store, { county, phase: "unresolved" }, { limit: 100, cursor }, { sortCondition });
    for (const lead of page.items) {
      const dueMonth = lead.dueOn.slice(0, 7);
      byDueMonth.set(dueMonth, (byDueMonth.get(dueMonth) ?? 0) + 1);
      total++;
    }
    if (!page.nextCursor) return { byDueMonth, total, capped: false };
    cursor = page.nextCursor;
  }
  return { byDueMonth, total, capped: true };
}

/**
 * The county's (or a township's) monitoring figures: households by status, category and township,
 * households identified and removed, leads raised and overdue by month, measures by kind with
 * their money. Everything but the overdue leads is read from the county's one totals item, which
 * every write keeps in its own transaction (DESIGN decision 3); a township's figures are the
 * counters carrying its name.
 */
export async function monitoringReport(
  q: MonitoringReportQuery,
  actor: Actor,
  store: Db = db(),
  clock: Clock = systemClock,
): Promise<MonitoringReport> {
  const { county, township } = await reportScope(q, actor, store);
  const { from, to, months } = reportPeriod(q, clock());
  const today = chinaToday(clock);
  const [totals, overdue] = await Promise.all([
    MonitoringTotals.find(store, { county }, { consistent: true }),
    overdueLeads(store, county, township, today),
  ]);
  const figures: Record<string, unknown> = totals ?? {};
  const scoped = (name: string) => (township === null ? name : counter.inTownship(name, township));
  const read = (name: string) => {
    const v = figures[name];
    return typeof v === "number" ? v : 0;
  };
  const households = householdFigures(figures, township);
  const measures = MEASURE_KINDS.map((kind) => {
    const at = township ?? undefined;
    const recorded = read(measureCounter.recorded(kind, at));
    const ended = read(measureCounter.ended(kind, at));
    return {
      kind,
      kindLabel: MEASURE_KIND_LABELS[kind],
      recorded,
      active: recorded - ended,
      ended,
      onceFen: read(measureCounter.fen(kind, "once", at)),
      monthlyFen: read(measureCounter.fen(kind, "monthly", at)),
      yearlyFen: read(measureCounter.fen(kind, "yearly", at)),
    };
  });
  const measuresTotal: MeasureFigures = { recorded: 0, active: 0, ended: 0, onceFen: 0, monthlyFen: 0, yearlyFen: 0 };
  for (const m of measures) for (const k of Object.keys(measuresTotal) as (keyof MeasureFigures)[]) measuresTotal[k] += m[k];
  return {
    county,
    township,
    from,
    to,
    asOf: today,
    households: households.total,
    byTownship: households.rows,
    months: months.map((month) => ({
      month,
      identified: read(scoped(counter.identified(month))),
      removed: read(scoped(counter.removed(month))),
      leads: read(scoped(counter.leads(month))),
      leadsOverdue: read(scoped(counter.leadsResolvedLate(month))) + (overdue.byDueMonth.get(month) ?? 0),
    })),
    overdueLeadsNow: overdue.total,
    overdueLeadsCapped: overdue.capped,
    measures,
    measuresTotal,
  };
}

/** Fen as yuan with two decimals, in integer arithmetic so large amounts print exactly. */
const yuan = (fen: number) => `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;

/**
 * The report as a spreadsheet reads it: a title line, then one table per section (households by
 * township, months, measures by kind), each under its own Chinese header row and separated by an
 * empty line; every line has the same number of fields. Amounts are in yuan.
 */
export function monitoringReportRows(r: MonitoringReport): (string | number)[][] {
  const statusHeaders = MONITORING_STATUSES.map((s) => MONITORING_STATUS_LABELS[s]);
  const categoryHeaders = HOUSEHOLD_CATEGORIES.map((c) => `监测对象：${HOUSEHOLD_CATEGORY_LABELS[c]}`);
  const householdRow = (name: string, f: HouseholdFigures) => [
    name,
    ...MONITORING_STATUSES.map((s) => f.byStatus[s]),
    f.monitored,
    ...HOUSEHOLD_CATEGORIES.map((c) => f.monitoredByCategory[c]),
  ];
  const monthTotal = (k: "identified" | "removed" | "leads" | "leadsOverdue") => r.months.reduce((a, m) => a + m[k], 0);
  const measureRow = (name: string, m: MeasureFigures) => [
    name,
    m.recorded,
    m.active,
    m.ended,
    yuan(m.onceFen),
    yuan(m.monthlyFen),
    yuan(m.yearlyFen),
  ];
  const rows: (string | number)[][] = [
    ["防止返贫监测报表", r.county, r.township ?? "全县", `${r.from} 至 ${r.to}`, `截至 ${r.asOf}`],
    [],
    ["乡镇", ...statusHeaders, "监测对象合计", ...categoryHeaders],
    ...r.byTownship.map((t) => householdRow(t.township, t)),
    householdRow("合计", r.households),
    [],
    ["月份", "新识别监测对象", "风险消除", "新增风险线索", "逾期风险线索"],
    ...r.months.map((m) => [m.month, m.identified, m.removed, m.leads, m.leadsOverdue]),
    ["合计", monthTotal("identified"), monthTotal("removed"), monthTotal("leads"), monthTotal("leadsOverdue")],
    ["当前逾期未办结风险线索", r.overdueLeadsNow],
    [],
    ["帮扶措施类型", "已记录", "实施中", "已结束", "一次性金额（元）", "每月金额（元）", "每年金额（元）"],
    ...r.measures.map((m) => measureRow(m.kindLabel, m)),
    measureRow("合计", r.measuresTotal),
  ];
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}
