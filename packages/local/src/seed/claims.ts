import type { Actor } from "@fupin/core/platform/actor";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Db } from "@fupin/core/platform/db";
import { Claims, coveragePeriod, type CreateClaim, type PutScheme } from "@fupin/core/claims";
import type { Village } from "@fupin/core/catalog";
import { type CreateHousehold, type Household, Monitoring, residentIdCheckChar } from "@fupin/core/monitoring";
import type { DemoCatalog } from "./catalog";

const yuan = (n: number) => n * 100;
const admin: Actor = { id: "seed-admin", roles: ["admin"] };
// Distinct people for each step, as the maker-checker rule requires, each acting in the county of
// the household they work on.
const clerk: Actor = { id: "clerk-fangpinban", roles: ["clerk"] };
const reviewer: Actor = { id: "clerk-township-review", roles: ["clerk"] };
const approver: Actor = { id: "approver-county", roles: ["approver"] };
const inCounty = (actor: Actor, county: string): Actor => ({ ...actor, area: { county } });

/**
 * An obviously fictional resident id with a valid check character: area code 990000+n (no such
 * area exists) and a birth date in 1901.
 */
function demoResidentId(n: number): string {
  const first17 = `${990000 + n}1901${String((n % 12) + 1).padStart(2, "0")}01${String(100 + n).slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
}

/** Scheme rules modelled on the county settings in DOMAIN.md §4. */
function demoSchemes(year: number): Record<string, PutScheme> {
  const all = ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"] as const;
  return {
    // Chongzuo-like: illness 70% above a 5,000-yuan deductible, no cap; education above 6,000.
    "xiajin-fangpin-insurance": {
      kind: "insurance",
      name: "夏津县防贫保险",
      county: "夏津县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      rules: {
        illness: {
          deductibleFen: yuan(5000),
          tiers: [{ upToFen: null, ratioBps: 7000 }],
          perClaimCapFen: null,
          perHouseholdYearCapFen: null,
        },
        education: {
          deductibleFen: yuan(6000),
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: null,
          perHouseholdYearCapFen: null,
        },
      },
    },
    // Baihe-like: illness and disaster capped at 100,000 yuan, education at 20,000.
    "qihe-fangpin-insurance": {
      kind: "insurance",
      name: "齐河县防贫保险",
      county: "齐河县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk"],
      rules: {
        illness: {
          deductibleFen: yuan(3000),
          tiers: [
            { upToFen: yuan(50_000), ratioBps: 6000 },
            { upToFen: null, ratioBps: 8000 },
          ],
          perClaimCapFen: yuan(100_000),
          perHouseholdYearCapFen: null,
        },
        disaster: {
          deductibleFen: yuan(10_000),
          tiers: [{ upToFen: null, ratioBps: 8000 }],
          perClaimCapFen: yuan(100_000),
          perHouseholdYearCapFen: null,
        },
        education: {
          deductibleFen: 0,
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: yuan(20_000),
          perHouseholdYearCapFen: null,
        },
      },
    },
    // Jiangkou-like 防贫救助: a relief fund; progressive illness tiers and a yearly cap per household.
    "jiangkou-fangpin-relief": {
      kind: "relief",
      name: "江口县防贫救助基金",
      county: "江口县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      rules: {
        illness: {
          deductibleFen: yuan(3000),
          tiers: [
            { upToFen: yuan(20_000), ratioBps: 5000 },
            { upToFen: null, ratioBps: 7000 },
          ],
          perClaimCapFen: yuan(30_000),
          perHouseholdYearCapFen: yuan(50_000),
        },
        disaster: {
          deductibleFen: yuan(2000),
          tiers: [{ upToFen: null, ratioBps: 6000 }],
          perClaimCapFen: yuan(20_000),
          perHouseholdYearCapFen: yuan(50_000),
        },
        accident: {
          deductibleFen: yuan(2000),
          tiers: [{ upToFen: null, ratioBps: 6000 }],
          perClaimCapFen: yuan(20_000),
          perHouseholdYearCapFen: yuan(50_000),
        },
      },
    },
  };
}

/** Demo households, schemes and claims in every state in the seeded villages. */
export async function seedClaims(store: Db, catalog: DemoCatalog): Promise<void> {
  const today = chinaToday();
  const year = Number(today.slice(0, 4));
  const asAdmin = { actor: admin, store };
  for (const [schemeId, scheme] of Object.entries(demoSchemes(year))) await Claims.putScheme({ schemeId, scheme }, asAdmin);
  await Claims.topUp(
    {
      schemeId: "xiajin-fangpin-insurance",
      topUp: { amountFen: yuan(1_200_000), source: "保费（县财政代缴）", note: "覆盖全县约10%农村人口" },
    },
    asAdmin,
  );
  await Claims.topUp({ schemeId: "qihe-fangpin-insurance", topUp: { amountFen: yuan(2_000_000), source: "保费（县财政代缴）" } }, asAdmin);
  // Jiangkou raised 4.91 million yuan from social assistance money, the budget and donations.
  await Claims.topUp({ schemeId: "jiangkou-fangpin-relief", topUp: { amountFen: yuan(3_910_000), source: "县财政预算" } }, asAdmin);
  await Claims.topUp({ schemeId: "jiangkou-fangpin-relief", topUp: { amountFen: yuan(1_000_000), source: "社会捐赠" } }, asAdmin);

  const { xiaoshitang, qihe, yunshe } = catalog.villages;
  let n = 0;
  const household = (village: Village, rest: Omit<CreateHousehold, "villageId" | "idNumber" | "incomeYear">): Promise<Household> =>
    Monitoring.registerHousehold(
      { villageId: village.villageId, idNumber: demoResidentId(++n), incomeYear: year - 1, ...rest },
      { actor: inCounty(clerk, village.county), store },
    );
  const zhang = await household(xiaoshitang, {
    headName: "张建国",
    members: 4,
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(5200),
  });
  const li = await household(xiaoshitang, {
    headName: "李秀兰",
    members: 2,
    category: "marginal_at_risk",
    perCapitaIncomeFen: yuan(5800),
  });
  const wang = await household(qihe, {
    headName: "王德顺",
    members: 3,
    category: "marginal_at_risk",
    perCapitaIncomeFen: yuan(4900),
  });
  const yang = await household(yunshe, {
    headName: "杨光明",
    members: 5,
    category: "sudden_hardship",
    perCapitaIncomeFen: yuan(3600),
  });
  const wu = await household(yunshe, {
    headName: "吴春花",
    members: 1,
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(4100),
  });

  // Incidents lie within the schemes' coverage year: early in January, "60 days ago" is its first day.
  const coveredFrom = coveragePeriod({ year }).from;
  const incidentDaysAgo = (days: number) => {
    const date = shiftDays(today, -days);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
    return date < coveredFrom ? coveredFrom : date;
  };
  const file = async (
    h: Household,
    schemeId: string,
    cause: CreateClaim["cause"],
    daysAgo: number,
    totalYuan: number,
    reimbursedYuan: number,
    note: string,
  ) =>
    (
      await Claims.submit(
        {
          householdId: h.householdId,
          schemeId,
          cause,
          incidentDate: incidentDaysAgo(daysAgo),
          expenses: { totalFen: yuan(totalYuan), reimbursedFen: yuan(reimbursedYuan) },
          documents: [
            { kind: "住院发票", ref: `archive/${schemeId}/${h.householdId}/invoice.pdf` },
            { kind: "入户核查表", ref: `archive/${schemeId}/${h.householdId}/home-visit.pdf` },
          ],
          note,
        },
        { actor: inCounty(clerk, h.county), store },
      )
    ).claimId;
  const county = async (claimId: string) => (await Claims.get(claimId, { actor: admin, store })).county;
  const asReviewer = async (claimId: string) => ({ actor: inCounty(reviewer, await county(claimId)), store });
  const asApprover = async (claimId: string) => ({ actor: inCounty(approver, await county(claimId)), store });
  const pass = async (claimId: string) =>
    Claims.review({ claimId, review: { decision: "pass", note: "入户核查属实，村民评议无异议，已公示" } }, await asReviewer(claimId));
  const approve = async (claimId: string) => Claims.approve(claimId, await asApprover(claimId));
  const pay = async (claimId: string, reference: string) =>
    Claims.disburse({ claimId, disbursement: { reference } }, await asApprover(claimId));

  // 夏津县: paid, approved, reviewed, submitted, rejected.
  const x1 = await file(zhang, "xiajin-fangpin-insurance", "illness", 60, 62_000, 37_000, "脑梗住院，医保及大病保险报销后自付25,000元");
  await pass(x1);
  await approve(x1);
  await pay(x1, "XJ-PAY-0001");
  const x2 = await file(li, "xiajin-fangpin-insurance", "education", 40, 16_000, 2_000, "子女大学学费及住宿费");
  await pass(x2);
  await approve(x2);
  const x3 = await file(zhang, "xiajin-fangpin-insurance", "illness", 20, 18_000, 9_000, "复查及康复治疗");
  await pass(x3);
  await file(li, "xiajin-fangpin-insurance", "illness", 5, 9_000, 3_000, "门诊慢性病");
  const x5 = await file(li, "xiajin-fangpin-insurance", "illness", 30, 6_000, 5_500, "自付未达起付线");
  await Claims.review({ claimId: x5, review: { decision: "reject", note: "合规自付费用未超过起付线" } }, await asReviewer(x5));

  // 齐河县: one paid, one waiting for review.
  const q1 = await file(wang, "qihe-fangpin-insurance", "disaster", 50, 45_000, 5_000, "暴雨致房屋倒塌");
  await pass(q1);
  await approve(q1);
  await pay(q1, "QH-PAY-0001");
  await file(wang, "qihe-fangpin-insurance", "education", 10, 12_000, 0, "子女高职学费");

  // 江口县防贫救助: paid, approved, rejected after review.
  const j1 = await file(yang, "jiangkou-fangpin-relief", "accident", 45, 38_000, 12_000, "务工意外受伤");
  await pass(j1);
  await approve(j1);
  await pay(j1, "JK-PAY-0001");
  const j2 = await file(wu, "jiangkou-fangpin-relief", "illness", 25, 48_000, 20_000, "乳腺癌化疗");
  await pass(j2);
  await approve(j2);
  const j3 = await file(wu, "jiangkou-fangpin-relief", "disaster", 15, 8_000, 0, "冰雹损毁烤烟");
  await pass(j3);
  await Claims.reject({ claimId: j3, rejection: { reason: "已由农业保险全额理赔，不重复救助" } }, await asApprover(j3));
}
