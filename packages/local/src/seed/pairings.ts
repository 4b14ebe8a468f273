import type { Actor } from "@fupin/core/platform/actor";
import type { Db } from "@fupin/core/platform/db";
import { type CreateContribution, type CreatePairing, creditCodeCheckChar, Pairings } from "@fupin/core/pairings";
import type { DemoCatalog } from "./catalog";

const admin: Actor = { id: "seed-admin", roles: ["admin"] };

/** A well-formed credit code: 9 (industry and commerce) 1 (enterprise), division code, organisation code, check character. */
const creditCode = (division: string, organisation: string) => {
  const first17 = `91${division}${organisation}`;
  return first17 + creditCodeCheckChar(first17);
};

/**
 * Demo 千企帮千村 pairings in the seeded villages, with a few ledger lines each. The enterprises'
 * accounts are `enterprise-xiajin`, `enterprise-qihe` and `enterprise-fanjingshan`.
 */
export async function seedPairings(store: Db, catalog: DemoCatalog): Promise<void> {
  const { xiaoshitang, qihe, yunshe } = catalog.villages;
  const xiajinFood = await Pairings.registerEnterprise(
    {
      name: "夏津椹果食品有限公司",
      creditCode: creditCode("371428", "MA3C4K7X1"),
      province: "山东省",
      city: "德州市",
      ownerIds: ["enterprise-xiajin"],
    },
    { actor: admin, store },
  );
  const qiheAgri = await Pairings.registerEnterprise(
    {
      name: "齐河黄河农业发展有限公司",
      creditCode: creditCode("371425", "MA3D8N2P6"),
      province: "山东省",
      city: "德州市",
      ownerIds: ["enterprise-qihe"],
    },
    { actor: admin, store },
  );
  const fanjingTea = await Pairings.registerEnterprise(
    {
      name: "铜仁梵净山茶业有限公司",
      creditCode: creditCode("520621", "MA6H1R9T3"),
      province: "贵州省",
      city: "铜仁市",
      ownerIds: ["enterprise-fanjingshan"],
    },
    { actor: admin, store },
  );

  const pairings: Array<{
    pairing: CreatePairing;
    ledger: Array<Omit<CreateContribution, "projects"> & { projects?: string[] }>;
  }> = [
    {
      pairing: {
        enterpriseId: xiajinFood.enterpriseId,
        villageId: xiaoshitang.villageId,
        supportTypes: ["industry", "employment"],
        committedFen: 50_000_000,
        startedOn: "2025-03-01",
      },
      ledger: [
        {
          date: "2025-04-15",
          type: "industry",
          amountFen: 12_000_000,
          peopleHelped: 36,
          projects: ["桑椹深加工车间"],
          note: "桑椹烘干线一期",
        },
        { date: "2025-07-01", type: "employment", amountFen: 3_600_000, peopleHelped: 24, note: "采摘季务工工资" },
      ],
    },
    {
      pairing: {
        enterpriseId: qiheAgri.enterpriseId,
        villageId: qihe.villageId,
        supportTypes: ["consumption", "skills"],
        committedFen: 20_000_000,
        startedOn: "2025-05-10",
      },
      ledger: [
        { date: "2025-06-20", type: "consumption", amountFen: 4_800_000, peopleHelped: 18, note: "收购黄河大米" },
        { date: "2025-09-05", type: "skills", amountFen: 300_000, peopleHelped: 40, projects: ["电商直播培训班"] },
      ],
    },
    {
      pairing: {
        enterpriseId: qiheAgri.enterpriseId,
        villageId: xiaoshitang.villageId,
        supportTypes: ["public_welfare"],
        committedFen: 2_000_000,
        startedOn: "2025-08-01",
      },
      ledger: [{ date: "2025-09-10", type: "public_welfare", amountFen: 800_000, peopleHelped: 120, projects: ["村小学图书室"] }],
    },
    {
      pairing: {
        enterpriseId: fanjingTea.enterpriseId,
        villageId: yunshe.villageId,
        supportTypes: ["industry", "trade"],
        committedFen: 30_000_000,
        startedOn: "2025-02-01",
      },
      ledger: [
        { date: "2025-03-18", type: "industry", amountFen: 9_000_000, peopleHelped: 52, projects: ["生态茶园", "古法造纸体验坊"] },
        { date: "2025-10-08", type: "trade", amountFen: 2_500_000, peopleHelped: 30, note: "土纸和翠峰茶进商超" },
      ],
    },
  ];
  for (const { pairing, ledger } of pairings) {
    const made = await Pairings.pair(pairing, { actor: admin, store });
    for (const line of ledger) {
      await Pairings.recordContribution(
        { pairingId: made.pairingId, contribution: { ...line, projects: line.projects ?? [] } },
        { actor: admin, store },
      );
    }
  }
}
