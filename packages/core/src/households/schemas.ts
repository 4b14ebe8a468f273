import { z } from "zod";
import { normalizeResidentId, residentIdProblem } from "../identity/resident-id";
import { fen } from "../platform/money";
import { id, text } from "../platform/schema";

/** 防止返贫监测对象 categories (DOMAIN.md §3). */
export const HOUSEHOLD_CATEGORIES = ["unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
export const HOUSEHOLD_CATEGORY_LABELS: Record<HouseholdCategory, string> = {
  unstable_out_of_poverty: "脱贫不稳定户",
  marginal_at_risk: "边缘易致贫户",
  sudden_hardship: "突发严重困难户",
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

export const CreateHousehold = z.strictObject({
  villageId: id(),
  headName: text(50).describe("户主姓名"),
  idNumber: residentId().describe("户主身份证号 (18 characters, GB 11643 check digit); stored only as a keyed hash and masked"),
  members: z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(1).max(50).describe("people in the household"),
  category: z
    .enum(HOUSEHOLD_CATEGORIES)
    .describe("unstable_out_of_poverty 脱贫不稳定户, marginal_at_risk 边缘易致贫户, sudden_hardship 突发严重困难户"),
  perCapitaIncomeFen: fen().describe("per-person household income over the last 12 months"),
  incomeYear: z.number().int().min(2000).max(2100),
});
export type CreateHousehold = z.infer<typeof CreateHousehold>;

export const HouseholdIdParams = z.strictObject({ householdId: id() });

export const Household = z.object({
  householdId: z.string(),
  villageId: z.string(),
  county: z.string(),
  headName: z.string(),
  idNumber: z.string().describe("masked, e.g. 110***********123X"),
  members: z.number().int(),
  category: z.enum(HOUSEHOLD_CATEGORIES),
  categoryLabel: z.string(),
  perCapitaIncomeFen: fen(),
  incomeYear: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Household = z.infer<typeof Household>;

/**
 * As stored: the resident id only masked (idNumber) and as a keyed hash (to find a household
 * registered twice); the category's label is added by the view.
 */
export const HouseholdRecord = Household.omit({ categoryLabel: true }).extend({ idNumberHash: z.string() });
export type HouseholdRecord = z.infer<typeof HouseholdRecord>;
