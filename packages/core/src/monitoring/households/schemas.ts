import { z } from "zod";
import { normalizeResidentId, residentIdProblem } from "../../identity/resident-id";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { id, note, text } from "../../platform/schema";

/** 防止返贫监测对象 categories (DOMAIN.md §3). */
export const HOUSEHOLD_CATEGORIES = ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
export const HOUSEHOLD_CATEGORY_LABELS: Record<HouseholdCategory, string> = {
  unstable_out_of_poverty: "脱贫不稳定户",
  marginal_at_risk: "边缘易致贫户",
  sudden_hardship: "突发严重困难户",
};

/**
 * Where a household stands in monitoring (DOMAIN.md §5): registered (known, e.g. for a claim, not
 * monitored), being identified, a 监测对象, its risk being removed, or its risk removed ("有进有出":
 * a later lead may take it through identification again).
 */
export const MONITORING_STATUSES = ["registered", "identifying", "monitored", "removing", "removed"] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];
export const MONITORING_STATUS_LABELS: Record<MonitoringStatus, string> = {
  registered: "已登记",
  identifying: "识别中",
  monitored: "监测对象",
  removing: "风险消除中",
  removed: "已消除风险",
};

export const MEMBER_RELATIONS = [
  "head",
  "spouse",
  "child",
  "child_in_law",
  "grandchild",
  "parent",
  "grandparent",
  "sibling",
  "other",
] as const;
export const MEMBER_RELATION_LABELS: Record<(typeof MEMBER_RELATIONS)[number], string> = {
  head: "户主",
  spouse: "配偶",
  child: "子女",
  child_in_law: "儿媳/女婿",
  grandchild: "孙子女",
  parent: "父母",
  grandparent: "祖父母",
  sibling: "兄弟姐妹",
  other: "其他",
};

/** Derived from the resident id's birth date when a member is written; the id itself is not kept. */
export const AGE_BANDS = ["under_6", "6_to_15", "16_to_59", "60_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_6: "学龄前（6岁以下）",
  "6_to_15": "义务教育阶段（6–15岁）",
  "16_to_59": "劳动年龄（16–59岁）",
  "60_plus": "60岁及以上",
};

export const HEALTH_STATUSES = ["healthy", "chronic_illness", "serious_illness", "long_term_illness"] as const;
export const HEALTH_STATUS_LABELS: Record<(typeof HEALTH_STATUSES)[number], string> = {
  healthy: "健康",
  chronic_illness: "长期慢性病",
  serious_illness: "患有大病",
  long_term_illness: "长期患病需护理",
};

export const DISABILITY_GRADES = ["none", "grade_1", "grade_2", "grade_3", "grade_4"] as const;
export const DISABILITY_GRADE_LABELS: Record<(typeof DISABILITY_GRADES)[number], string> = {
  none: "无残疾",
  grade_1: "一级残疾",
  grade_2: "二级残疾",
  grade_3: "三级残疾",
  grade_4: "四级残疾",
};

export const SCHOOL_STATUSES = [
  "not_applicable",
  "preschool",
  "compulsory",
  "high_school",
  "vocational",
  "higher_education",
  "out_of_school",
] as const;
export const SCHOOL_STATUS_LABELS: Record<(typeof SCHOOL_STATUSES)[number], string> = {
  not_applicable: "非在校",
  preschool: "学前教育",
  compulsory: "义务教育在校",
  high_school: "普通高中在读",
  vocational: "中职/高职在读",
  higher_education: "高等教育在读",
  out_of_school: "失学辍学",
};

/** An 18-character resident id with a valid GB 11643 check character; the parsed value is canonical. */
export const residentId = () =>
  z
    .string({ error: "must be a string" })
    .max(40, { error: "must be an 18-character resident id" })
    .transform(normalizeResidentId)
    // The message states the problem, never the value: resident ids must not reach logs or responses.
    .superRefine((value, ctx) => {
      const problem = residentIdProblem(value);
      if (problem)
        ctx.addIssue({ code: "custom", message: `must be a valid 18-character resident id: ${problem}`, params: { issue: "resident_id" } });
    });

const year = () => z.number({ error: "must be a year" }).int({ error: "must be a year" }).min(2000).max(2100);

/** A household member as a clerk enters them. */
export const MemberInput = z.strictObject({
  name: text(50).describe("姓名"),
  relation: z.enum(MEMBER_RELATIONS).describe("与户主关系"),
  idNumber: residentId().describe("身份证号; stored only as a keyed hash and masked"),
  health: z.enum(HEALTH_STATUSES).default("healthy").describe("健康状况"),
  disability: z.enum(DISABILITY_GRADES).default("none").describe("残疾等级"),
  schoolStatus: z.enum(SCHOOL_STATUSES).default("not_applicable").describe("在校情况"),
  dibao: z.boolean().default(false).describe("低保对象"),
  tekun: z.boolean().default(false).describe("特困供养对象"),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const Member = z.object({
  memberId: z.string(),
  name: z.string(),
  relation: z.enum(MEMBER_RELATIONS),
  idNumber: z.string().describe("masked, e.g. 110***********123X"),
  ageBand: z.enum(AGE_BANDS),
  health: z.enum(HEALTH_STATUSES),
  disability: z.enum(DISABILITY_GRADES),
  schoolStatus: z.enum(SCHOOL_STATUSES),
  dibao: z.boolean(),
  tekun: z.boolean(),
});
export type Member = z.infer<typeof Member>;
export const MemberRecord = Member.extend({ idNumberHash: z.string() });
export type MemberRecord = z.infer<typeof MemberRecord>;

export const YearIncome = z.strictObject({
  year: year(),
  perCapitaIncomeFen: fen().describe("per-person household income over the year"),
});
export type YearIncome = z.infer<typeof YearIncome>;

export const CreateHousehold = z
  .strictObject({
    villageId: id(),
    address: text(100).optional().describe("门牌、村民小组 (below the village)"),
    headName: text(50).describe("户主姓名"),
    idNumber: residentId().describe("户主身份证号 (18 characters, GB 11643 check digit); stored only as a keyed hash and masked"),
    members: z
      .union([
        z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(1).max(50),
        z.array(MemberInput).min(1).max(30),
      ])
      .describe("the household's people: their number, or each person (the head with the relation `head` and the household's idNumber)"),
    category: z
      .enum(HOUSEHOLD_CATEGORIES)
      .describe("unstable_out_of_poverty 脱贫不稳定户, marginal_at_risk 边缘易致贫户, sudden_hardship 突发严重困难户"),
    perCapitaIncomeFen: fen().describe("per-person household income over the last 12 months"),
    incomeYear: year(),
  })
  .superRefine((h, ctx) => {
    if (typeof h.members === "number") return;
    for (const p of membersProblems(h.members, h.idNumber)) ctx.addIssue({ code: "custom", ...p });
  });
export type CreateHousehold = z.infer<typeof CreateHousehold>;

/** One head, who is the household's registered head; nobody listed twice. */
function membersProblems(members: MemberInput[], headIdNumber: string | undefined) {
  const problems: { path: (string | number)[]; message: string; params: { issue: string } }[] = [];
  const heads = members.flatMap((m, i) => (m.relation === "head" ? [i] : []));
  if (heads.length !== 1)
    problems.push({ path: ["members"], message: "must list exactly one member with the relation head", params: { issue: "one_head" } });
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.idNumber))
      problems.push({ path: ["members", i, "idNumber"], message: "lists a person twice", params: { issue: "duplicate" } });
    seen.add(m.idNumber);
  });
  const head = heads.length === 1 ? members[heads[0]!] : undefined;
  if (head && headIdNumber !== undefined && head.idNumber !== headIdNumber)
    problems.push({
      path: ["members", heads[0]!, "idNumber"],
      message: "the head's id must be the household's idNumber",
      params: { issue: "head_mismatch" },
    });
  return problems;
}

/**
 * A change to the registry, with the reason every version keeps. Status is not changed here: it
 * moves only through identification and risk removal.
 */
export const UpdateHousehold = z
  .strictObject({
    reason: note(500).describe("why the record changes (kept with the version)"),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("refuse (409 VERSION_CONFLICT) unless the household is still at this version"),
    address: text(100).optional(),
    headName: text(50).optional(),
    category: z.enum(HOUSEHOLD_CATEGORIES).optional(),
    income: YearIncome.optional().describe("the income of a year: adds it, or corrects that year's"),
    members: z.array(MemberInput).min(1).max(30).optional().describe("the household's people, replacing the list"),
  })
  .superRefine((u, ctx) => {
    const fields = ["address", "headName", "category", "income", "members"] as const;
    if (!fields.some((f) => u[f] !== undefined))
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `must change at least one of ${fields.join(", ")}`,
        params: { issue: "nothing_to_change" },
      });
    if (u.members) for (const p of membersProblems(u.members, undefined)) ctx.addIssue({ code: "custom", ...p });
  });
export type UpdateHousehold = z.infer<typeof UpdateHousehold>;

export const HouseholdIdParams = z.strictObject({ householdId: id() });

export const HouseholdsQuery = z.strictObject({
  county: text(30).optional().describe("required for province and city staff; county and township staff list their own"),
  township: text(30).optional(),
  villageId: id().optional(),
  status: z.enum(MONITORING_STATUSES).optional(),
  category: z.enum(HOUSEHOLD_CATEGORIES).optional(),
  ...pageQuery,
});
export type HouseholdsQuery = z.infer<typeof HouseholdsQuery>;

export const MonitoringPeriod = z.object({
  from: z.string().describe("the date the county confirmed the household as a 监测对象"),
  to: z.string().nullable().describe("the date its risk removal was confirmed (null while monitored)"),
  category: z.enum(HOUSEHOLD_CATEGORIES),
});

/**
 * Whose a household-bound record (a lead, an assessment, a measure) is and where: copied from the
 * household when the record is written, so the record is checked and listed by area on its own.
 */
export const householdPlace = {
  householdId: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  township: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  headName: z.string(),
};
export type HouseholdPlace = z.infer<z.ZodObject<typeof householdPlace>>;

/** The household's place fields, for a record about it. */
export const placeOf = (h: HouseholdPlace): HouseholdPlace => ({
  householdId: h.householdId,
  province: h.province,
  city: h.city,
  county: h.county,
  township: h.township,
  villageId: h.villageId,
  villageName: h.villageName,
  headName: h.headName,
});

export const Household = z.object({
  householdId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  township: z.string(),
  address: z.string().nullable(),
  headName: z.string(),
  idNumber: z.string().describe("masked, e.g. 110***********123X"),
  members: z.number().int().describe("the number of people"),
  people: z.array(Member).describe("each person, when registered one by one (ids masked)"),
  category: z.enum(HOUSEHOLD_CATEGORIES),
  categoryLabel: z.string(),
  perCapitaIncomeFen: fen().describe("the latest year's per-person income"),
  incomeYear: z.number().int(),
  incomes: z.array(z.object({ year: z.number().int(), perCapitaIncomeFen: fen() })).describe("per-person income by year, oldest first"),
  status: z.enum(MONITORING_STATUSES),
  statusLabel: z.string(),
  monitoringPeriods: z.array(MonitoringPeriod),
  activeMeasures: z
    .number()
    .int()
    .optional()
    .describe(
      "support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline",
    ),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Household = z.infer<typeof Household>;

/**
 * As stored: resident ids only masked and as keyed hashes (to find a person registered twice);
 * the labels are added by the view.
 */
export const HouseholdRecord = Household.omit({ categoryLabel: true, statusLabel: true, people: true }).extend({
  idNumberHash: z.string(),
  people: z.array(MemberRecord),
});
export type HouseholdRecord = z.infer<typeof HouseholdRecord>;

/** One version of the registry record: who changed it, when and why, and what it became. */
export const HouseholdVersion = z.object({
  householdId: z.string(),
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  changed: z.array(z.string()).describe("the fields this version changed"),
  household: Household.omit({ categoryLabel: true, statusLabel: true }),
});
export type HouseholdVersion = z.infer<typeof HouseholdVersion>;

export const HouseholdVersionsQuery = z.strictObject({ ...pageQuery });
