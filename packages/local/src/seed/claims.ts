import type { Actor } from "@fupin/core/platform/actor";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Db } from "@fupin/core/platform/db";
import { type Claim, ClaimPayments, Claims, CreateClaim, PutPaymentAccount, PutScheme } from "@fupin/core/claims";
import type { z } from "zod";
import type { Village } from "@fupin/core/catalog";
import { CreateHousehold, type Household, type MemberInput, Monitoring, residentIdCheckChar } from "@fupin/core/monitoring";
import type { DemoCatalog } from "./catalog";

const yuan = (n: number) => n * 100;
const admin: Actor = { id: "seed-admin", roles: ["admin"] };
// A different person for each step, as separation of duties requires (no one acts twice on a
// claim), each acting in the county of the household they work on.
const clerk: Actor = { id: "clerk-fangpinban", roles: ["clerk"] };
const visitor: Actor = { id: "clerk-home-visit", roles: ["clerk"] };
const villageCadre: Actor = { id: "cadre-village-review", roles: ["clerk"] };
const noticeClerk: Actor = { id: "clerk-notice", roles: ["clerk"] };
const reviewer: Actor = { id: "clerk-township-review", roles: ["clerk"] };
const approver: Actor = { id: "approver-county", roles: ["approver"] };
const payer: Actor = { id: "finance-county", roles: ["finance"] };
const inCounty = (actor: Actor, county: string): Actor => ({ ...actor, area: { county } });

/**
 * An obviously fictional resident id with a valid check character: area code 990000+n (no such
 * area exists) and a birth date in `birthYear`.
 */
function demoResidentId(n: number, birthYear = 1901): string {
  const first17 = `${990000 + n}${birthYear}${String((n % 12) + 1).padStart(2, "0")}01${String(100 + n).slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
}

const all = ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"] as const;
// Insurance schemes go from the township's review straight to the insurer's approval: no village review or notice.
const insuranceChain = { homeVisit: true, villageReview: false, publicNotice: false };

/**
 * Scheme rules as the counties in DOMAIN.md §4 and §6 write them. Where DOMAIN.md gives no figure
 * (a ratio, a cap, a threshold) the figure is a plausible pick, and the comment says so.
 */
function demoSchemes(year: number): Record<string, z.input<typeof PutScheme>> {
  return {
    // Xiajin: illness on the household's burden over the year (DOMAIN.md §6), 70% above 5,000 yuan
    // as in Chongzuo, so two 6,000-yuan stays pay 700 + 4,200 = 4,900, not 700 + 700; education
    // per claim above 6,000.
    "xiajin-fangpin-insurance": {
      kind: "insurance",
      name: "夏津县防贫保险",
      county: "夏津县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      chain: insuranceChain,
      rules: {
        illness: {
          basis: "household_year",
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
    // Baihe-like: illness and disaster up to 100,000 yuan a household a year, education 20,000 a claim.
    "qihe-fangpin-insurance": {
      kind: "insurance",
      name: "齐河县防贫保险",
      county: "齐河县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk"],
      chain: insuranceChain,
      rules: {
        illness: {
          basis: "household_year",
          deductibleFen: yuan(3000),
          tiers: [
            { upToFen: yuan(50_000), ratioBps: 6000 },
            { upToFen: null, ratioBps: 8000 },
          ],
          perClaimCapFen: null,
          perHouseholdYearCapFen: yuan(100_000),
        },
        disaster: {
          deductibleFen: yuan(10_000),
          tiers: [{ upToFen: null, ratioBps: 8000 }],
          perClaimCapFen: yuan(100_000),
          perHouseholdYearCapFen: yuan(100_000),
        },
        education: {
          deductibleFen: 0,
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: yuan(20_000),
          perHouseholdYearCapFen: null,
        },
      },
    },
    // Jiangkou-like 防贫救助: a relief fund with the village steps (visit, village review; 公示 from
    // version 2, below); progressive illness tiers, a yearly cap per household, and the causes the
    // county added (因住房, 因产业; their ratios and caps are plausible picks).
    "jiangkou-fangpin-relief": {
      kind: "relief",
      name: "江口县防贫救助基金",
      county: "江口县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      chain: { homeVisit: true, villageReview: true, publicNotice: false },
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
        housing: {
          deductibleFen: yuan(5000),
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: yuan(20_000),
          perHouseholdYearCapFen: yuan(50_000),
        },
        industry: {
          entryThresholdFen: yuan(5000),
          deductibleFen: 0,
          tiers: [{ upToFen: null, ratioBps: 3000 }],
          perClaimCapFen: yuan(10_000),
          perHouseholdYearCapFen: yuan(50_000),
        },
      },
    },
    // Handan's thresholds (DOMAIN.md §4, §6), in its county 涉县: self-paid ≥ 5,000 yuan for
    // 脱贫不稳定户, ≥ 20,000 for 边缘易致贫户, or nothing is paid. The bands (on the whole self-paid
    // amount once over the threshold) and the yearly cap are plausible picks.
    "shexian-fangpin-insurance": {
      kind: "insurance",
      name: "涉县防贫保险（邯郸市标准）",
      county: "涉县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: ["unstable_out_of_poverty", "marginal_at_risk"],
      chain: insuranceChain,
      rules: {
        illness: {
          entryThresholdByCategoryFen: { unstable_out_of_poverty: yuan(5000), marginal_at_risk: yuan(20_000) },
          deductibleFen: 0,
          tiers: [
            { upToFen: yuan(20_000), ratioBps: 5000 },
            { upToFen: yuan(50_000), ratioBps: 6000 },
            { upToFen: null, ratioBps: 7000 },
          ],
          perClaimCapFen: null,
          perHouseholdYearCapFen: yuan(100_000),
        },
      },
    },
    // Wei county's reported case (DOMAIN.md §6): once the self-paid amount passes the entry
    // threshold, 50% of all of it (18,000 → 9,000). The 10,000-yuan threshold and the yearly cap
    // are plausible picks; DOMAIN.md gives neither.
    "weixian-fangpin-insurance": {
      kind: "insurance",
      name: "魏县防贫保险",
      county: "魏县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      chain: insuranceChain,
      rules: {
        illness: {
          entryThresholdFen: yuan(10_000),
          deductibleFen: 0,
          tiers: [{ upToFen: null, ratioBps: 5000 }],
          perClaimCapFen: null,
          perHouseholdYearCapFen: yuan(100_000),
        },
      },
    },
    // Jiaozuo (DOMAIN.md §4), in its county 修武县: each person's burden over the year, a ratio
    // rising with it, 80,000 yuan per person per year. The deductible and the bands are plausible picks.
    "xiuwu-fangpin-insurance": {
      kind: "insurance",
      name: "修武县防贫保险（焦作市标准）",
      county: "修武县",
      year,
      incomeLineFen: yuan(6000),
      eligibleCategories: [...all],
      chain: insuranceChain,
      rules: {
        illness: {
          basis: "person_year",
          deductibleFen: yuan(5000),
          tiers: [
            { upToFen: yuan(20_000), ratioBps: 5000 },
            { upToFen: yuan(50_000), ratioBps: 6000 },
            { upToFen: null, ratioBps: 7000 },
          ],
          perClaimCapFen: null,
          perPersonYearCapFen: yuan(80_000),
          perHouseholdYearCapFen: null,
        },
      },
    },
  };
}

/** The longest a demo incident lies before the last covered day so far. */
const OLDEST_INCIDENT_DAYS = 120;

type Person = { name: string; relation: MemberInput["relation"]; born: number };

/** Demo households, schemes and claims in every state in the seeded villages. */
export async function seedClaims(store: Db, catalog: DemoCatalog): Promise<void> {
  const today = chinaToday();
  // The schemes cover the year of the oldest demo incident, so every incident lies in it at its
  // own distance from the others whatever the date: early in a year the demo is last year's. Same
  // household and cause within 30 days is a possible duplicate, so spacing is what keeps the
  // demo's claims apart (one is flagged on purpose).
  const year = Number(shiftDays(today, -OLDEST_INCIDENT_DAYS).slice(0, 4));
  const yearEnd = `${year}-12-31`;
  const lastDay = today < yearEnd ? today : yearEnd;
  const incidentOn = (daysBefore: number) => shiftDays(lastDay, -daysBefore);

  const asAdmin = { actor: admin, store };
  for (const [schemeId, scheme] of Object.entries(demoSchemes(year)))
    await Claims.putScheme({ schemeId, scheme: PutScheme.parse(scheme) }, asAdmin);
  const topUp = (schemeId: string, amountYuan: number, source: string, note?: string) =>
    Claims.topUp({ schemeId, topUp: { amountFen: yuan(amountYuan), source, ...(note ? { note } : {}) } }, asAdmin);
  await topUp("xiajin-fangpin-insurance", 1_200_000, "保费（县财政代缴）", "覆盖全县约10%农村人口");
  await topUp("qihe-fangpin-insurance", 2_000_000, "保费（县财政代缴）");
  // Jiangkou raised 4.91 million yuan from social assistance money, the budget and donations.
  await topUp("jiangkou-fangpin-relief", 3_910_000, "县财政预算");
  await topUp("jiangkou-fangpin-relief", 1_000_000, "社会捐赠");
  await topUp("shexian-fangpin-insurance", 1_500_000, "保费（县财政代缴）");
  // Wei county: 50 yuan × about 80,000 people (DOMAIN.md §6).
  await topUp("weixian-fangpin-insurance", 4_000_000, "保费（县财政代缴）", "50元/人×约8万人");
  await topUp("xiuwu-fangpin-insurance", 1_800_000, "保费（县财政代缴）", "60元/人×3万人");

  const { xiaoshitang, qihe, yunshe, wangjinzhuang, shuangjing, dananpo } = catalog.villages;
  let n = 0;
  /** A household by head count, or with its people listed (the head first) so claims can name them. */
  const household = async (
    village: Village,
    rest: { headName: string; members: number | Person[]; category: CreateHousehold["category"]; perCapitaIncomeFen: number },
  ): Promise<Household> => {
    const idNumber = demoResidentId(++n, Array.isArray(rest.members) ? rest.members[0]!.born : 1901);
    const members = Array.isArray(rest.members)
      ? rest.members.map((p, i) => ({ name: p.name, relation: p.relation, idNumber: i === 0 ? idNumber : demoResidentId(++n, p.born) }))
      : rest.members;
    const registered = await Monitoring.registerHousehold(
      CreateHousehold.parse({ villageId: village.villageId, idNumber, incomeYear: year - 1, ...rest, members }),
      { actor: inCounty(clerk, village.county), store },
    );
    // The head's 一卡通, so finance can pay approved claims: obviously fictional numbers (6217 99…, 139 0000 …).
    await ClaimPayments.putAccount(
      {
        householdId: registered.householdId,
        account: PutPaymentAccount.parse({
          holderName: registered.headName,
          bankName: `${village.county}农村商业银行`,
          accountNumber: `621799${String(n).padStart(13, "0")}`,
          kind: "yikatong",
          phone: `1390000${String(n).padStart(4, "0")}`,
        }),
      },
      { actor: inCounty(clerk, village.county), store },
    );
    return registered;
  };
  const memberOf = (h: Household, name: string) => h.people.find((p) => p.name === name)!.memberId;

  const zhang = await household(xiaoshitang, {
    headName: "张建国",
    members: [
      { name: "张建国", relation: "head", born: 1962 },
      { name: "王秀英", relation: "spouse", born: 1964 },
      { name: "张伟", relation: "child", born: 1990 },
      { name: "张小雨", relation: "grandchild", born: 2016 },
    ],
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(5200),
  });
  const li = await household(xiaoshitang, {
    headName: "李秀兰",
    members: [
      { name: "李秀兰", relation: "head", born: 1970 },
      { name: "刘晓东", relation: "child", born: 2005 },
    ],
    category: "marginal_at_risk",
    perCapitaIncomeFen: yuan(5800),
  });
  // Income above the line: a 突发严重困难户 qualifies once the expense is taken from it.
  const liu = await household(xiaoshitang, {
    headName: "刘长海",
    members: 2,
    category: "sudden_hardship",
    perCapitaIncomeFen: yuan(7200),
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
  const tian = await household(yunshe, {
    headName: "田应平",
    members: 4,
    category: "marginal_at_risk",
    perCapitaIncomeFen: yuan(5100),
  });
  const wangBaoping = await household(wangjinzhuang, {
    headName: "王保平",
    members: 3,
    category: "marginal_at_risk",
    perCapitaIncomeFen: yuan(5600),
  });
  const liHongmei = await household(wangjinzhuang, {
    headName: "李红梅",
    members: 2,
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(4300),
  });
  const zhao = await household(shuangjing, {
    headName: "赵振江",
    members: 4,
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(4800),
  });
  const ma = await household(dananpo, {
    headName: "马国强",
    members: [
      { name: "马国强", relation: "head", born: 1958 },
      { name: "刘桂芝", relation: "spouse", born: 1960 },
      { name: "马磊", relation: "child", born: 1986 },
    ],
    category: "unstable_out_of_poverty",
    perCapitaIncomeFen: yuan(5000),
  });

  let invoiceSerial = 0;
  /** Files a claim as the county's clerk; the claim as filed (its county says who may act on it). */
  const file = async (
    h: Household,
    schemeId: string,
    cause: string,
    daysBefore: number,
    totalYuan: number,
    reimbursedYuan: number,
    note: string,
    more: { memberId?: string; invoices?: false; issuer?: string; duplicateExplanation?: string } = {},
  ): Promise<Claim> => {
    const incidentDate = incidentOn(daysBefore);
    const serial = ++invoiceSerial;
    // A hospital's or school's invoice for the whole compliant cost; losses (disaster, housing) have none.
    const invoices =
      more.invoices === false
        ? []
        : [
            {
              number: `${year}${String(serial).padStart(8, "0")}`,
              issuer: more.issuer ?? `${h.county}人民医院`,
              date: incidentDate,
              amountFen: yuan(totalYuan),
            },
          ];
    return Claims.submit(
      CreateClaim.parse({
        householdId: h.householdId,
        schemeId,
        ...(more.memberId ? { memberId: more.memberId } : {}),
        cause,
        incidentDate,
        expenses: { totalFen: yuan(totalYuan), reimbursedFen: yuan(reimbursedYuan) },
        invoices,
        documents: [
          ...(invoices.length ? [{ kind: "住院发票", ref: `archive/${schemeId}/${h.householdId}/invoice-${serial}.pdf` }] : []),
          { kind: "入户核查表", ref: `archive/${schemeId}/${h.householdId}/home-visit.pdf` },
        ],
        note,
        ...(more.duplicateExplanation ? { duplicateExplanation: more.duplicateExplanation } : {}),
      }),
      { actor: inCounty(clerk, h.county), store },
    );
  };
  const as = (actor: Actor, claim: Claim) => ({ actor: inCounty(actor, claim.county), store });
  /** The steps before the township's review that the claim's chain takes: visit, village review, the start of 公示. */
  const walk = async (filed: Claim): Promise<Claim> => {
    let claim = filed;
    const { claimId } = claim;
    for (;;) {
      if (claim.stage === "home_visit") {
        const twoDaysOn = shiftDays(claim.incidentDate, 2);
        // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
        const visitedOn = twoDaysOn < today ? twoDaysOn : today;
        const visit = { visitors: ["王村医", "李会计"], visitedOn, findings: "入户核实：费用票据与病情属实，家中无大额资产" };
        claim = await Claims.homeVisit({ claimId, visit }, as(visitor, claim));
      } else if (claim.stage === "village_review") {
        claim = await Claims.villageReview({ claimId, review: { decision: "pass", note: "村民代表评议通过" } }, as(villageCadre, claim));
      } else if (claim.stage === "public_notice" && !claim.notice) {
        claim = await Claims.startNotice({ claimId, notice: {} }, as(noticeClerk, claim));
      } else return claim;
    }
  };
  const pass = async (filed: Claim) => {
    const claim = await walk(filed);
    return Claims.review({ claimId: claim.claimId, review: { decision: "pass", note: "乡镇审核通过" } }, as(reviewer, claim));
  };
  const approve = async (filed: Claim) => Claims.approve(filed.claimId, as(approver, await pass(filed)));
  /** Approved, then paid as finance pays: a batch of its own, the bank file's line confirmed by the bank with its reference. */
  const pay = async (filed: Claim, bankReference: string) => {
    const claim = await approve(filed);
    const batch = await ClaimPayments.createBatch(
      { schemeId: claim.schemeId, claimIds: [claim.claimId], note: "演示数据：按银行回单登记到账" },
      as(payer, claim),
    );
    await ClaimPayments.recordLine(
      { batchId: batch.batchId, claimId: claim.claimId, outcome: { outcome: "succeeded", bankReference } },
      as(payer, claim),
    );
  };

  // The counties' claims are independent of each other: filed side by side, each county's in order.
  await Promise.all([
    (async () => {
      // 夏津县: 张建国's two stays of 6,000 yuan self-paid on the household's yearly burden, 700 then
      // 4,200 (4,900 for the year); a check-up 5 days after the second stay, flagged as a possible
      // duplicate and explained, waiting for the reviewer's override; education per claim; a claim
      // reviewed and waiting for approval; one rejected.
      const forZhang = { memberId: memberOf(zhang, "张建国") };
      await pay(
        await file(zhang, "xiajin-fangpin-insurance", "illness", 90, 18_000, 12_000, "脑梗住院，医保及大病保险报销后自付6,000元", forZhang),
        "XJ-PAY-0001",
      );
      await approve(
        await file(zhang, "xiajin-fangpin-insurance", "illness", 40, 20_000, 14_000, "脑梗复发再次住院，报销后自付6,000元", forZhang),
      );
      await file(zhang, "xiajin-fangpin-insurance", "illness", 35, 3_000, 1_200, "出院后门诊复查", {
        ...forZhang,
        duplicateExplanation: "出院后门诊复查，非同一次住院，发票不同",
      });
      await approve(
        await file(li, "xiajin-fangpin-insurance", "education", 60, 16_000, 2_000, "子女大学学费及住宿费", {
          memberId: memberOf(li, "刘晓东"),
          issuer: "山东农业大学",
        }),
      );
      await pass(
        await file(li, "xiajin-fangpin-insurance", "illness", 5, 9_000, 3_000, "门诊慢性病", { memberId: memberOf(li, "李秀兰") }),
      );
      const refused = await walk(await file(liu, "xiajin-fangpin-insurance", "illness", 30, 12_000, 4_000, "突发心梗住院"));
      await Claims.review(
        { claimId: refused.claimId, review: { decision: "reject", note: "经核查，自付费用已由县医疗救助全额兜底" } },
        as(reviewer, refused),
      );
    })(),
    (async () => {
      // 齐河县: one paid, one waiting for review.
      await pay(
        await file(wang, "qihe-fangpin-insurance", "disaster", 50, 45_000, 5_000, "暴雨致房屋倒塌", { invoices: false }),
        "QH-PAY-0001",
      );
      await file(wang, "qihe-fangpin-insurance", "education", 10, 12_000, 0, "子女高职学费", { issuer: "德州职业技术学院" });
    })(),
    (async () => {
      // 江口县防贫救助: paid, approved, rejected after review; then 公示 joins the chain (version 2) and a
      // 因住房 claim is on the village's notice board. (The steps take today's date, so the seed cannot
      // let a notice run its days: the claims taken to payment were filed under version 1.)
      await pay(await file(yang, "jiangkou-fangpin-relief", "accident", 45, 38_000, 12_000, "务工意外受伤"), "JK-PAY-0001");
      await approve(await file(wu, "jiangkou-fangpin-relief", "illness", 25, 48_000, 20_000, "乳腺癌化疗"));
      const hail = await pass(await file(wu, "jiangkou-fangpin-relief", "disaster", 15, 8_000, 0, "冰雹损毁烤烟", { invoices: false }));
      await Claims.reject({ claimId: hail.claimId, rejection: { reason: "已由农业保险全额理赔，不重复救助" } }, as(approver, hail));
      const jiangkou = demoSchemes(year)["jiangkou-fangpin-relief"]!;
      const withNotice = { ...jiangkou, chain: { homeVisit: true, villageReview: true, publicNotice: true } };
      await Claims.putScheme({ schemeId: "jiangkou-fangpin-relief", scheme: PutScheme.parse(withNotice) }, asAdmin);
      await walk(
        await file(tian, "jiangkou-fangpin-relief", "housing", 20, 26_000, 6_000, "山体滑坡致住房受损，危房改造补助后自付", {
          issuer: "江口县太平镇建材经营部",
        }),
      );
    })(),
    (async () => {
      // 涉县 (Handan's thresholds): a 边缘易致贫户 over its 20,000-yuan threshold, paid; a 脱贫不稳定户
      // over its 5,000, reviewed. A 边缘户 with 15,000 would be refused (below_entry_threshold).
      await pay(
        await file(wangBaoping, "shexian-fangpin-insurance", "illness", 70, 70_000, 44_000, "肺癌手术，报销后自付26,000元"),
        "SX-PAY-0001",
      );
      await pass(await file(liHongmei, "shexian-fangpin-insurance", "illness", 30, 20_000, 12_000, "糖尿病并发症住院，报销后自付8,000元"));
    })(),
    (async () => {
      // 魏县: the reported case, 104,000 yuan in all, 18,000 self-paid, 9,000 paid.
      await pay(
        await file(zhao, "weixian-fangpin-insurance", "illness", 80, 104_000, 86_000, "心脏搭桥手术，报销后自付18,000元"),
        "WX-PAY-0001",
      );
    })(),
    (async () => {
      // 修武县 (Jiaozuo's per-person cap): two members with 150,000 yuan self-paid each, 80,000 each.
      await pay(
        await file(ma, "xiuwu-fangpin-insurance", "illness", 100, 260_000, 110_000, "尿毒症透析及肾移植", {
          memberId: memberOf(ma, "马国强"),
        }),
        "XW-PAY-0001",
      );
      await approve(
        await file(ma, "xiuwu-fangpin-insurance", "illness", 45, 230_000, 80_000, "白血病化疗", { memberId: memberOf(ma, "刘桂芝") }),
      );
    })(),
  ]);
}
