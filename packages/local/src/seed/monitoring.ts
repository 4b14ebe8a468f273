import { residentIdCheckChar } from "@fupin/core/identity/resident-id";
import { type Household, type MemberInput, Monitoring } from "@fupin/core/monitoring";
import type { Actor } from "@fupin/core/platform/actor";
import type { Area } from "@fupin/core/platform/area";
import { chinaToday, type Clock } from "@fupin/core/platform/clock";
import type { Db } from "@fupin/core/platform/db";
import type { DemoCatalog } from "./catalog";

const yuan = (n: number) => n * 100;
const DAY = 86_400_000;

/** Demo people's resident ids: valid check characters, an address code no real county has (99xxxx). */
function personId(n: number, birthYear: number): string {
  const first17 = `${991000 + n}${birthYear}${String((n % 12) + 1).padStart(2, "0")}15${String(200 + n).slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * The monitoring demo (防止返贫监测): households in 夏津县 and 江口县 in every state — registered, with
 * open and overdue leads, being identified with a notice up in the village, monitored with measures
 * (and one without, flagged after the county's 30 days), being let out, and let out — each taken
 * through the real workflow at the dates it would have happened (the operations take a clock), by
 * different staff at each step as separation of duties requires.
 */
export async function seedMonitoring(store: Db, catalog: DemoCatalog): Promise<void> {
  const { xiaoshitang, yunshe } = catalog.villages;
  const today = chinaToday();
  const year = Number(today.slice(0, 4));
  const daysAgo =
    (days: number): Clock =>
    () =>
      new Date(Date.now() - days * DAY);
  const dateAgo = (days: number) => chinaToday(daysAgo(days));
  let people = 0;
  const person = (name: string, relation: MemberInput["relation"], birthYear: number, more: Partial<MemberInput> = {}): MemberInput => ({
    name,
    relation,
    idNumber: personId(++people, birthYear),
    health: "healthy",
    disability: "none",
    schoolStatus: "not_applicable",
    dibao: false,
    tekun: false,
    ...more,
  });

  // Each county's office: township clerks open, visit and post the notice, a village cadre records
  // the review, the township reviews, the county decides: six people, as the rule requires.
  const staff = (county: string, township: string) => {
    const as = (id: string, roles: Actor["roles"], area: Area) => ({ id, roles, area });
    return {
      opener: as(`clerk-${township}-1`, ["clerk"], { county, township }),
      visitor: as(`clerk-${township}-2`, ["clerk"], { county, township }),
      village: as(`cadre-${township}`, ["clerk"], { county, township }),
      notice: as(`clerk-${township}-3`, ["clerk"], { county, township }),
      township: as(`approver-${township}`, ["approver"], { county, township }),
      county: as(`approver-${county}`, ["approver"], { county }),
      countyClerk: as(`clerk-${county}`, ["clerk"], { county }),
    };
  };
  const xiajin = staff(xiaoshitang.county, xiaoshitang.township);
  const jiangkou = staff(yunshe.county, yunshe.township);
  const ctx = (actor: Actor, days = 0) => ({ actor, store, clock: daysAgo(days) });

  // Rules as the sources describe them: Xi'an's absolute medical thresholds for Xiajin, Yangyuan's
  // share of last year's rural per-capita disposable income for Jiangkou (Guizhou, 2025: about 15,000 yuan).
  await Monitoring.putCountySettings(
    {
      county: xiaoshitang.county,
      settings: {
        incomeLines: [
          { year: year - 1, lineFen: yuan(6_000) },
          { year, lineFen: yuan(6_200) },
        ],
        earlyWarning: [
          { kind: "medical_cost", threshold: { type: "absolute", lowIncomeFen: yuan(10_000), otherFen: yuan(26_000) } },
          { kind: "income_below_line" },
          { kind: "department_flag", sources: ["civil_affairs", "disabled_persons", "disaster"] },
        ],
        leadDeadlineDays: 15,
        noticeMinDays: 5,
        measureDeadlineDays: 30,
        claimDeadlineWorkingDays: 25,
      },
    },
    ctx(xiajin.county),
  );
  await Monitoring.putCountySettings(
    {
      county: yunshe.county,
      settings: {
        incomeLines: [
          { year: year - 1, lineFen: yuan(6_000) },
          { year, lineFen: yuan(6_300) },
        ],
        earlyWarning: [
          {
            kind: "medical_cost",
            threshold: { type: "share_of_income", referenceIncomeFen: yuan(15_000), lowIncomeBps: 5000, otherBps: 10_000 },
          },
          { kind: "income_below_line" },
        ],
        leadDeadlineDays: 15,
        noticeMinDays: 7,
        measureDeadlineDays: 30,
        claimDeadlineWorkingDays: 25,
      },
    },
    ctx(jiangkou.county),
  );

  // The resident id of each head, kept only here, in memory, to build a department's batch.
  const heads = new Map<string, string>();
  const personIdOf = (h: Household) => heads.get(h.householdId)!;
  const register = async (
    village: typeof xiaoshitang,
    s: typeof xiajin,
    headName: string,
    members: MemberInput[],
    category: Household["category"],
    incomeYuan: number,
    days: number,
  ): Promise<Household> =>
    Monitoring.registerHousehold(
      {
        villageId: village.villageId,
        address: `${village.name}${(people % 5) + 1}组`,
        headName,
        idNumber: members[0]!.idNumber,
        members,
        category,
        perCapitaIncomeFen: yuan(incomeYuan),
        incomeYear: year - 1,
      },
      ctx(s.opener, days),
    ).then((h) => {
      heads.set(h.householdId, members[0]!.idNumber);
      return h;
    });

  const lead = async (s: typeof xiajin, h: Household, days: number, source: "self_report" | "cadre_visit", description: string) =>
    (await Monitoring.createLead({ lead: { householdId: h.householdId, source, description } }, ctx(s.visitor, days))).lead.leadId;

  /** Takes a lead through identification up to `until`, each step a day or two after the last. */
  const identify = async (
    s: typeof xiajin,
    leadId: string,
    startDaysAgo: number,
    until: "visit" | "notice" | "confirmed",
    findings: string,
  ) => {
    let d = startDaysAgo;
    const { assessmentId } = await Monitoring.openAssessment({ kind: "identification", leadId }, ctx(s.opener, d));
    d -= 1;
    await Monitoring.recordVisit(
      {
        assessmentId,
        visit: {
          visitedOn: dateAgo(d),
          visitors: ["王书记（第一书记）", "刘会计（村两委）"],
          findings,
          consent: { signed: true, signedOn: dateAgo(d) },
        },
      },
      ctx(s.visitor, d),
    );
    if (until === "visit") return assessmentId;
    d -= 2;
    await Monitoring.recordVillageReview(
      { assessmentId, review: { heldOn: dateAgo(d), outcome: "pass", attendees: 23, note: "村民代表评议，一致同意纳入监测" } },
      ctx(s.village, d),
    );
    d -= 1;
    await Monitoring.recordNotice({ assessmentId, notice: { startsOn: dateAgo(d), note: "在村务公开栏公示" } }, ctx(s.notice, d));
    if (until === "notice") return assessmentId;
    d -= 8;
    await Monitoring.recordTownshipReview({ assessmentId, review: { outcome: "pass", note: "镇审核通过" } }, ctx(s.township, d));
    await Monitoring.recordCountyDecision(
      { assessmentId, decision: { decision: "confirm", note: "县级确认为监测对象" } },
      ctx(s.county, d),
    );
    return assessmentId;
  };

  /** Takes a monitored household through risk removal up to `until`. */
  const remove = async (s: typeof xiajin, h: Household, startDaysAgo: number, until: "notice" | "confirmed", incomeYuan: number) => {
    let d = startDaysAgo;
    const { assessmentId } = await Monitoring.openAssessment({ kind: "removal", householdId: h.householdId }, ctx(s.opener, d));
    d -= 1;
    await Monitoring.recordVisit(
      {
        assessmentId,
        visit: {
          visitedOn: dateAgo(d),
          visitors: ["王书记（第一书记）", "刘会计（村两委）"],
          findings: "务工收入稳定，两不愁三保障及饮水安全均已达标",
          consent: { signed: true, signedOn: dateAgo(d) },
          removalChecks: {
            year: year - 1,
            perCapitaIncomeFen: yuan(incomeYuan),
            incomeStable: true,
            foodAndClothing: true,
            compulsoryEducation: true,
            basicMedicalInsurance: true,
            safeHousing: true,
            safeDrinkingWater: true,
          },
        },
      },
      ctx(s.visitor, d),
    );
    d -= 2;
    await Monitoring.recordVillageReview(
      { assessmentId, review: { heldOn: dateAgo(d), outcome: "pass", attendees: 19, note: "评议同意风险消除" } },
      ctx(s.village, d),
    );
    d -= 1;
    await Monitoring.recordNotice({ assessmentId, notice: { startsOn: dateAgo(d), note: "风险消除公示" } }, ctx(s.notice, d));
    if (until === "notice") return;
    d -= 8;
    await Monitoring.recordTownshipReview({ assessmentId, review: { outcome: "pass", note: "镇审核通过" } }, ctx(s.township, d));
    await Monitoring.recordCountyDecision(
      { assessmentId, decision: { decision: "confirm", note: "风险已稳定消除，标注为风险消除" } },
      ctx(s.county, d),
    );
  };

  // —— 夏津县苏留庄镇小石堂村 ——
  const zhao = await register(
    xiaoshitang,
    xiajin,
    "赵玉田",
    [
      person("赵玉田", "head", 1968, { health: "serious_illness" }),
      person("王秀英", "spouse", 1970),
      person("赵小梅", "child", 2009, { schoolStatus: "compulsory" }),
      person("赵德福", "parent", 1942, { disability: "grade_2", dibao: true }),
    ],
    "unstable_out_of_poverty",
    5_400,
    70,
  );
  await identify(
    xiajin,
    await lead(xiajin, zhao, 62, "cadre_visit", "户主患尿毒症需长期透析，家庭收入骤降"),
    60,
    "confirmed",
    "户主透析费用高，配偶照料无法外出务工",
  );
  await Monitoring.recordMeasure(
    {
      householdId: zhao.householdId,
      measure: {
        kind: "public_welfare_post",
        content: "村级保洁员",
        amountFen: yuan(500),
        period: "monthly",
        startOn: dateAgo(38),
        responsibleCadre: "刘会计",
      },
    },
    ctx(xiajin.visitor, 38),
  );
  await Monitoring.recordMeasure(
    {
      householdId: zhao.householdId,
      measure: { kind: "medical_aid", amountFen: yuan(8_000), period: "once", startOn: dateAgo(35), responsibleCadre: "王书记" },
    },
    ctx(xiajin.visitor, 35),
  );

  // Confirmed 36 days ago and still without a measure: flagged.
  const sun = await register(
    xiaoshitang,
    xiajin,
    "孙桂芝",
    [person("孙桂芝", "head", 1959), person("李大牛", "child", 1988, { disability: "grade_1" })],
    "marginal_at_risk",
    5_900,
    60,
  );
  await identify(
    xiajin,
    await lead(xiajin, sun, 50, "self_report", "儿子重度残疾，本人年老体弱，申请纳入监测"),
    48,
    "confirmed",
    "家中仅一人有劳动能力",
  );

  // Being identified: the notice is up in the village now.
  const zhou = await register(
    xiaoshitang,
    xiajin,
    "周长海",
    [person("周长海", "head", 1975), person("周小宇", "child", 2012, { schoolStatus: "compulsory" })],
    "sudden_hardship",
    7_200,
    12,
  );
  await identify(
    xiajin,
    await lead(xiajin, zhou, 10, "cadre_visit", "房屋遭暴雨损毁，重建负债"),
    8,
    "notice",
    "暴雨致房屋倒塌，重建借款8万元",
  );

  // A lead past the county's 15 days, still open: overdue.
  const qian = await register(xiaoshitang, xiajin, "钱小军", [person("钱小军", "head", 1980)], "marginal_at_risk", 6_400, 30);
  await lead(xiajin, qian, 20, "self_report", "务工受伤，半年无收入");

  // Let out 5 days ago, after a year of monitoring.
  const liu = await register(
    xiaoshitang,
    xiajin,
    "刘凤英",
    [person("刘凤英", "head", 1972), person("刘强", "child", 1996)],
    "unstable_out_of_poverty",
    5_000,
    89,
  );
  await identify(xiajin, await lead(xiajin, liu, 85, "cadre_visit", "丈夫病故，收入下降"), 84, "confirmed", "主要劳动力去世");
  await Monitoring.recordMeasure(
    {
      householdId: liu.householdId,
      measure: { kind: "employment", content: "县城制衣厂就业", amountFen: 0, startOn: dateAgo(70), responsibleCadre: "刘会计" },
    },
    ctx(xiajin.visitor, 70),
  );
  await remove(xiajin, liu, 30, "confirmed", 11_800);

  // A department's batch from 医保: one row over Xiajin's 26,000 yuan for others, one under.
  const chen = await register(xiaoshitang, xiajin, "陈福来", [person("陈福来", "head", 1966)], "marginal_at_risk", 6_800, 3);
  const he = await register(xiaoshitang, xiajin, "何翠兰", [person("何翠兰", "head", 1963)], "marginal_at_risk", 7_100, 3);
  await Monitoring.importDepartmentBatch(
    {
      batch: {
        source: "medical_insurance",
        year,
        rows: [
          { idNumber: personIdOf(chen), medicalCostFen: yuan(31_500), note: "肺癌住院" },
          { idNumber: personIdOf(he), medicalCostFen: yuan(8_000), note: "门诊慢病" },
        ],
      },
    },
    ctx(xiajin.countyClerk, 1),
  );

  // —— 江口县太平镇云舍村 ——
  const long = await register(
    yunshe,
    jiangkou,
    "龙志强",
    [person("龙志强", "head", 1979), person("杨春燕", "spouse", 1981), person("龙思远", "child", 2007, { schoolStatus: "high_school" })],
    "marginal_at_risk",
    5_600,
    88,
  );
  await identify(
    jiangkou,
    await lead(jiangkou, long, 80, "cadre_visit", "茶叶受冻减产，收入低于监测线"),
    78,
    "confirmed",
    "茶园受灾，产业收入减少六成",
  );
  await Monitoring.recordMeasure(
    {
      householdId: long.householdId,
      measure: {
        kind: "industry",
        content: "茶园补植及技术指导",
        amountFen: yuan(3_000),
        startOn: dateAgo(60),
        responsibleCadre: "杨组长",
      },
    },
    ctx(jiangkou.visitor, 60),
  );
  await Monitoring.recordMeasure(
    {
      householdId: long.householdId,
      measure: {
        kind: "micro_credit",
        content: "脱贫人口小额信贷（3年期）",
        amountFen: yuan(50_000),
        startOn: dateAgo(58),
        endOn: `${year + 2}-12-31`,
        responsibleCadre: "杨组长",
      },
    },
    ctx(jiangkou.visitor, 58),
  );
  // Being let out: the removal's notice is up.
  await remove(jiangkou, long, 9, "notice", 12_600);

  const tian = await register(
    yunshe,
    jiangkou,
    "田大妹",
    [person("田大妹", "head", 1990), person("田小花", "child", 2016, { schoolStatus: "compulsory" })],
    "sudden_hardship",
    6_900,
    6,
  );
  await identify(jiangkou, await lead(jiangkou, tian, 5, "self_report", "丈夫意外身故"), 4, "visit", "丧偶，独自抚养女儿");

  const wuGuohua = await register(yunshe, jiangkou, "吴国华", [person("吴国华", "head", 1970)], "marginal_at_risk", 9_000, 25);
  const dismissed = await lead(jiangkou, wuGuohua, 24, "cadre_visit", "反映家庭收入下降");
  await Monitoring.dismissLead({ leadId: dismissed, reason: "核实后家庭收入稳定，高于监测线，无返贫风险" }, ctx(jiangkou.opener, 20));
}
