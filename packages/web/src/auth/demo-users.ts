import type { Role } from "../lib/roles";
import type { SignInArea } from "./local";

/**
 * The accounts the local demo data knows (packages/local/src/seed): whose products, enterprises
 * and claims they see. Any other account may be typed in on the sign-in page.
 */
export interface DemoUser {
  sub: string;
  roles: Role[];
  /** Staff act within an area (their county, optionally a township); others have none. */
  area?: SignInArea;
  /** What the account is in the demo, in both languages. */
  about: { "zh-CN": string; en: string };
}

export const DEMO_USERS: DemoUser[] = [
  { sub: "buyer-1", roles: ["buyer"], about: { "zh-CN": "买家：选购扶贫产品", en: "Buyer: orders certified products" } },
  {
    sub: "supplier-xiaoshitang",
    roles: ["supplier"],
    about: { "zh-CN": "夏津县小石堂村股份经济合作社的供应商账号", en: "Staff of the Xiaoshitang village collective (Xiajin)" },
  },
  {
    sub: "enterprise-xiajin",
    roles: ["enterprise"],
    about: { "zh-CN": "与小石堂村结对的帮扶企业账号", en: "An enterprise paired with Xiaoshitang village" },
  },
  {
    sub: "clerk-1",
    roles: ["clerk"],
    area: { county: "夏津县" },
    about: { "zh-CN": "夏津县乡村振兴局（防贫办）经办人员", en: "Clerk of Xiajin county's rural revitalisation office" },
  },
  {
    sub: "clerk-2",
    roles: ["clerk"],
    area: { county: "夏津县" },
    about: { "zh-CN": "夏津县复核人员", en: "Reviewing clerk, Xiajin county" },
  },
  {
    sub: "clerk-suliuzhuang",
    roles: ["clerk"],
    area: { county: "夏津县", township: "苏留庄镇" },
    about: { "zh-CN": "夏津县苏留庄镇经办人员：处理本镇预警线索", en: "Township clerk of Suliuzhuang (Xiajin): the township's leads" },
  },
  {
    sub: "approver-1",
    roles: ["approver"],
    area: { county: "夏津县" },
    about: { "zh-CN": "夏津县审批人员", en: "Approver, Xiajin county" },
  },
  {
    sub: "finance-1",
    roles: ["finance"],
    area: { county: "夏津县" },
    about: { "zh-CN": "夏津县财务人员：制作拨付批次", en: "Finance officer, Xiajin county: payment batches" },
  },
  {
    sub: "clerk-qihe",
    roles: ["clerk"],
    area: { county: "齐河县" },
    about: { "zh-CN": "齐河县经办人员", en: "Clerk, Qihe county" },
  },
  {
    sub: "clerk-jiangkou",
    roles: ["clerk"],
    area: { county: "江口县" },
    about: { "zh-CN": "江口县经办人员", en: "Clerk, Jiangkou county" },
  },
  {
    sub: "clerk-taiping",
    roles: ["clerk"],
    area: { county: "江口县", township: "太平镇" },
    about: { "zh-CN": "江口县太平镇经办人员", en: "Township clerk of Taiping (Jiangkou)" },
  },
  {
    sub: "viewer-shandong",
    roles: ["clerk"],
    area: { province: "山东省" },
    about: {
      "zh-CN": "山东省乡村振兴局工作人员：查看全省，只读",
      en: "Shandong provincial staff: read the whole province, act on nothing",
    },
  },
  {
    sub: "admin-1",
    roles: ["admin"],
    about: { "zh-CN": "平台管理员：认定产品、设置方案", en: "Administrator: certifies products, sets schemes" },
  },
];
