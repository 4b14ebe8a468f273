import type { Role } from "../lib/roles";

/**
 * The accounts the local demo data knows (packages/local/src/seed): whose products, enterprises
 * and claims they see. Any other account may be typed in on the sign-in page.
 */
export interface DemoUser {
  sub: string;
  roles: Role[];
  county?: string;
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
  { sub: "clerk-1", roles: ["clerk"], county: "夏津县", about: { "zh-CN": "夏津县防贫办经办人员", en: "Claims clerk, Xiajin county" } },
  { sub: "clerk-2", roles: ["clerk"], county: "夏津县", about: { "zh-CN": "夏津县复核人员", en: "Reviewing clerk, Xiajin county" } },
  { sub: "approver-1", roles: ["approver"], county: "夏津县", about: { "zh-CN": "夏津县审批人员", en: "Approver, Xiajin county" } },
  {
    sub: "admin-1",
    roles: ["admin"],
    about: { "zh-CN": "平台管理员：认定产品、设置方案", en: "Administrator: certifies products, sets schemes" },
  },
];
