import type { Actor } from "@fupin/core/platform/actor";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import type { Db } from "@fupin/core/platform/db";
import { Catalog, type CreateProduct, type Product, type Village } from "@fupin/core/catalog";

const admin: Actor = { id: "seed-admin", roles: ["admin"] };

export interface DemoCatalog {
  villages: { xiaoshitang: Village; qihe: Village; yunshe: Village; wangjinzhuang: Village; shuangjing: Village; dananpo: Village };
  products: Product[];
}

/**
 * Demo data from the project's sources: 夏津县's 小石堂村 and 齐河县 in 德州市 (Shandong), and
 * 江口县's 云舍村 (Guizhou), with products certified by their counties. Dates are relative to the
 * first start so the demo stays listed, except one certificate that has already expired.
 */
export async function seedCatalog(store: Db): Promise<DemoCatalog> {
  const today = chinaToday();
  const xiaoshitang = await Catalog.createVillage(
    { name: "小石堂村", province: "山东省", city: "德州市", county: "夏津县", township: "苏留庄镇" },
    { store },
  );
  const qihe = await Catalog.createVillage(
    { name: "后周村", province: "山东省", city: "德州市", county: "齐河县", township: "焦庙镇" },
    { store },
  );
  const yunshe = await Catalog.createVillage(
    { name: "云舍村", province: "贵州省", city: "铜仁市", county: "江口县", township: "太平镇" },
    { store },
  );

  // Villages of the counties whose claims rules DOMAIN.md §6 describes (Handan, Wei county, Jiaozuo): claims demo only.
  const wangjinzhuang = await Catalog.createVillage(
    { name: "王金庄村", province: "河北省", city: "邯郸市", county: "涉县", township: "井店镇" },
    { store },
  );
  const shuangjing = await Catalog.createVillage(
    { name: "双井村", province: "河北省", city: "邯郸市", county: "魏县", township: "双井镇" },
    { store },
  );
  const dananpo = await Catalog.createVillage(
    { name: "大南坡村", province: "河南省", city: "焦作市", county: "修武县", township: "西村乡" },
    { store },
  );

  const coop = await Catalog.createSupplier(
    {
      name: "夏津县小石堂村股份经济合作社",
      kind: "village_collective",
      villageId: xiaoshitang.villageId,
      accountIds: ["supplier-xiaoshitang"],
    },
    { store },
  );
  const farm = await Catalog.createSupplier(
    { name: "齐河县后周家庭农场", kind: "family_farm", villageId: qihe.villageId, accountIds: ["supplier-qihe"] },
    { store },
  );
  const paper = await Catalog.createSupplier(
    { name: "江口县云舍古法造纸专业合作社", kind: "cooperative", villageId: yunshe.villageId, accountIds: ["supplier-yunshe"] },
    { store },
  );

  const certify = (county: string, level: "county" | "province", batch: string, validDays: number) => ({
    certificateNo: `${county}-${Math.abs(validDays)}-${Math.floor(Math.random() * 9000 + 1000)}`,
    authorityLevel: level,
    authority: level === "county" ? `${county}扶贫开发领导小组办公室` : "山东省扶贫开发领导小组办公室",
    catalogBatch: batch,
    issuedOn: shiftDays(today, -200),
    validUntil: shiftDays(today, validDays),
  });
  const items: Array<{ product: CreateProduct; cert?: ReturnType<typeof certify> }> = [
    {
      product: {
        supplierId: coop.supplierId,
        villageId: xiaoshitang.villageId,
        name: "夏津黄河故道桑椹干",
        category: "果蔬",
        unit: "250g/袋",
        priceFen: 3980,
        stock: 500,
        povertyLink: { mode: "business_income", households: 36 },
      },
      cert: certify("夏津县", "county", "德州市第一批扶贫产品目录", 730),
    },
    {
      product: {
        supplierId: coop.supplierId,
        villageId: xiaoshitang.villageId,
        name: "夏津桑叶茶",
        category: "茶叶",
        unit: "100g/罐",
        priceFen: 5800,
        stock: 200,
        povertyLink: { mode: "wages", households: 12 },
      },
      cert: certify("夏津县", "county", "德州市第一批扶贫产品目录", 365),
    },
    {
      product: {
        supplierId: coop.supplierId,
        villageId: xiaoshitang.villageId,
        name: "夏津金丝小枣",
        category: "果蔬",
        unit: "500g/袋",
        priceFen: 2600,
        stock: 300,
        povertyLink: { mode: "business_income", households: 20 },
      },
      // Expired a month ago: it must not be listed or sold.
      cert: { ...certify("夏津县", "county", "德州市第一批扶贫产品目录", -30), issuedOn: shiftDays(today, -400) },
    },
    {
      product: {
        supplierId: farm.supplierId,
        villageId: qihe.villageId,
        name: "齐河黄河大米",
        category: "粮油",
        unit: "5kg/袋",
        priceFen: 6990,
        stock: 1000,
        povertyLink: { mode: "wages", households: 18 },
      },
      cert: certify("齐河县", "province", "山东省扶贫产品目录（第二批）", 540),
    },
    {
      product: {
        supplierId: farm.supplierId,
        villageId: qihe.villageId,
        name: "齐河土鸡蛋",
        category: "畜禽肉蛋",
        unit: "30枚/箱",
        priceFen: 4500,
        stock: 150,
        povertyLink: { mode: "asset_income", households: 9 },
      },
      // Pending: not yet certified, so not listed.
    },
    {
      product: {
        supplierId: paper.supplierId,
        villageId: yunshe.villageId,
        name: "云舍古法手工土纸",
        category: "手工艺品",
        unit: "20张/刀",
        priceFen: 8800,
        stock: 80,
        povertyLink: { mode: "wages", households: 25 },
      },
      cert: certify("江口县", "county", "铜仁市扶贫产品目录", 600),
    },
    {
      product: {
        supplierId: paper.supplierId,
        villageId: yunshe.villageId,
        name: "梵净山翠峰绿茶",
        category: "茶叶",
        unit: "250g/盒",
        priceFen: 12800,
        stock: 120,
        povertyLink: { mode: "business_income", households: 40 },
      },
      cert: certify("江口县", "county", "铜仁市扶贫产品目录", 400),
    },
  ];
  const made: Product[] = [];
  for (const { product, cert } of items) {
    const created = await Catalog.createProduct(product, { actor: admin, store });
    made.push(cert ? await Catalog.certifyProduct({ productId: created.productId, certification: cert }, { store }) : created);
  }
  return { villages: { xiaoshitang, qihe, yunshe, wangjinzhuang, shuangjing, dananpo }, products: made };
}
