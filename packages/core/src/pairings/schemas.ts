import { z } from "zod";
import { creditCodeProblem, normalizeCreditCode } from "../enterprises/credit-code";
import { fen } from "../platform/money";
import { pageQuery } from "../platform/pagination";
import { calendarDate, count, id, note, text } from "../platform/schema";

/**
 * 千企帮千村 support types: stable English ids (stored, sent over the API) with their Chinese labels.
 * The one list of them; add a type here and every schema and the OpenAPI document follow.
 */
export const SUPPORT_TYPES = {
  industry: "产业",
  employment: "就业",
  consumption: "消费",
  public_welfare: "公益",
  skills: "智力/技能",
  trade: "商贸",
} as const;
export type SupportType = keyof typeof SUPPORT_TYPES;
export const SUPPORT_TYPE_IDS = Object.keys(SUPPORT_TYPES) as [SupportType, ...SupportType[]];
const supportTypesDescribed = SUPPORT_TYPE_IDS.map((t) => `${t} ${SUPPORT_TYPES[t]}`).join(", ");

export const supportType = () => z.enum(SUPPORT_TYPE_IDS).describe(`support type: ${supportTypesDescribed}`);

/** 统一社会信用代码: trimmed and uppercased, then checked by structure and GB 32100 check character. */
export const creditCode = () =>
  z
    .string({ error: "must be a string" })
    .max(64, { error: "must be 18 characters" })
    .overwrite(normalizeCreditCode)
    .superRefine((code, ctx) => {
      const problem = creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: "custom", message: problem, params: { issue: "credit_code" } });
    })
    .describe("18-character unified social credit code (统一社会信用代码) with a valid GB 32100 check character");

export const CreateEnterprise = z.strictObject({
  name: text(100).describe("registered name, e.g. 德州黑马集团有限公司"),
  creditCode: creditCode(),
  province: text(30).describe("省 of registration, e.g. 山东省"),
  city: text(30).describe("市 of registration, e.g. 德州市"),
  ownerIds: z
    .array(id())
    .max(50)
    .default([])
    .describe(
      "ids (token `sub`) of the enterprise's accounts that may manage its pairings; an enterprise user registering it is always one",
    ),
});
export type CreateEnterprise = z.infer<typeof CreateEnterprise>;

export const CreatePairing = z.strictObject({
  enterpriseId: id(),
  villageId: id(),
  supportTypes: z
    .array(supportType())
    .min(1, { error: "name at least one support type" })
    .max(SUPPORT_TYPE_IDS.length)
    .refine((ts) => new Set(ts).size === ts.length, { error: "must not repeat a support type", params: { issue: "repeated" } })
    .describe(`帮扶方式, one or more of: ${supportTypesDescribed}`),
  committedFen: fen().describe("money committed (承诺) in fen; what is delivered is recorded as contributions"),
  startedOn: calendarDate(),
});
export type CreatePairing = z.infer<typeof CreatePairing>;

export const EndPairing = z.strictObject({ endedOn: calendarDate() });
export type EndPairing = z.infer<typeof EndPairing>;

export const CreateContribution = z.strictObject({
  date: calendarDate().describe("the day the help was delivered"),
  type: supportType(),
  amountFen: fen().describe("money delivered (投入) in fen; 0 for help in kind"),
  peopleHelped: count(10_000_000).describe("people who benefited (帮扶人数)"),
  projects: z.array(text(100)).max(20).default([]).describe("names of the projects (项目) this delivery belongs to"),
  note: note(500).optional(),
});
export type CreateContribution = z.infer<typeof CreateContribution>;

export const PairingsQuery = z
  .strictObject({
    enterpriseId: id().optional().describe("the pairings of one enterprise (give exactly one of enterpriseId, villageId)"),
    villageId: id().optional().describe("the pairings of one village (give exactly one of enterpriseId, villageId)"),
    ...pageQuery,
  })
  .refine((q) => (q.enterpriseId === undefined) !== (q.villageId === undefined), {
    error: "give exactly one of enterpriseId and villageId",
    path: ["enterpriseId"],
    params: { issue: "exactly_one_of", fields: ["enterpriseId", "villageId"] },
  });
export type PairingsQuery = z.infer<typeof PairingsQuery>;

export const ContributionsQuery = z.strictObject({ ...pageQuery });

export const PairingsReportQuery = z
  .strictObject({
    province: text(30).optional().describe("省: the figures of one province; with county, of that province's county"),
    county: text(30)
      .optional()
      .describe(
        "县/区: the figures of one county. With province, exactly that county; alone, every county of that name (names repeat across provinces, e.g. 鼓楼区)",
      ),
    enterpriseId: id()
      .optional()
      .describe("the figures of one enterprise's pairings (villages: those it paired with); not with province or county"),
  })
  .superRefine((q, ctx) => {
    if (q.enterpriseId === undefined) return;
    for (const place of ["province", "county"] as const) {
      if (q[place] === undefined) continue;
      ctx.addIssue({
        code: "custom",
        message: `give either enterpriseId or ${place}, not both`,
        path: ["enterpriseId"],
        params: { issue: "not_both", fields: ["enterpriseId", place] },
      });
      return;
    }
  });
export type PairingsReportQuery = z.infer<typeof PairingsReportQuery>;

export const PairingsRegionsQuery = z.strictObject({
  province: text(30).optional().describe("省: that province's counties, one row each; without it, one row per province"),
});
export type PairingsRegionsQuery = z.infer<typeof PairingsRegionsQuery>;

export const EnterprisesQuery = z.strictObject({
  ownerId: id()
    .optional()
    .describe("the account (token `sub`) whose enterprises to list: by default the caller; another account's, administrators only"),
  ...pageQuery,
});
export type EnterprisesQuery = z.infer<typeof EnterprisesQuery>;

export const EnterpriseIdParams = z.strictObject({ enterpriseId: id() });
export const PairingIdParams = z.strictObject({ pairingId: id() });

// Response shapes, for the OpenAPI document.
export const Enterprise = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  creditCode: z.string(),
  province: z.string(),
  city: z.string(),
  createdAt: z.string(),
});
export type Enterprise = z.infer<typeof Enterprise>;
/** As stored: with the accounts (token `sub`) that manage the enterprise's pairings, which no response shows. */
export const EnterpriseRecord = Enterprise.extend({ ownerIds: z.array(z.string()).default([]) });
export type EnterpriseRecord = z.infer<typeof EnterpriseRecord>;

export const PAIRING_STATUSES = ["active", "ended"] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];
export const Pairing = z.object({
  pairingId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  villageId: z.string(),
  village: z.object({ name: z.string(), province: z.string(), city: z.string(), county: z.string(), township: z.string() }),
  supportTypes: z.array(supportType()),
  status: z.enum(PAIRING_STATUSES),
  committedFen: fen().describe("money committed"),
  deliveredFen: fen().describe("money delivered so far: the sum of the ledger"),
  peopleHelped: z.number().int().describe("people helped so far: the sum of the ledger"),
  contributions: z.number().int().describe("entries in the ledger"),
  projects: z.number().int().describe("project names recorded in the ledger"),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Pairing = z.infer<typeof Pairing>;

export const Contribution = z.object({
  contributionId: z.string(),
  pairingId: z.string(),
  date: z.string(),
  type: supportType(),
  amountFen: fen(),
  peopleHelped: z.number().int(),
  projects: z.array(z.string()),
  note: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Contribution = z.infer<typeof Contribution>;

/**
 * What the figures of a report cover: the platform, a province, a county of a province, every
 * county of a name, or one enterprise's pairings.
 */
export const Scope = z.object({
  province: z.string().nullable(),
  county: z.string().nullable(),
  enterpriseId: z.string().nullable(),
});
export type Scope = z.infer<typeof Scope>;

export const PairingsReport = z.object({
  scope: Scope,
  enterprises: z.number().int().describe("enterprises that have ever been paired with a village in the scope"),
  villages: z.number().int().describe("villages in the scope that have ever been paired"),
  pairings: z.number().int().describe("pairings ever registered in the scope"),
  activePairings: z.number().int().describe("pairings not ended"),
  committedFen: fen(),
  deliveredFen: fen(),
  peopleHelped: z.number().int(),
  contributions: z.number().int(),
  projects: z.number().int(),
});
export type PairingsReport = z.infer<typeof PairingsReport>;

/** A scope's figures: what every pairing and contribution write adds to (each counter is one). */
export const PairingTotals = PairingsReport.omit({ scope: true });
export type PairingTotals = z.infer<typeof PairingTotals>;
export type Counter = keyof PairingTotals;
/** What one write adds to a scope's figures (a counter left out is left as it is). */
export type Deltas = Partial<PairingTotals>;

/** One region's figures: a province (county null) or a county of a province. */
export const PairingsRegionRow = PairingsReport.omit({ scope: true }).extend({
  province: z.string(),
  county: z.string().nullable(),
});
export type PairingsRegionRow = z.infer<typeof PairingsRegionRow>;

export const PairingsRegions = z.object({
  province: z.string().nullable().describe("the province whose counties the rows are; null: the rows are provinces"),
  rows: z.array(PairingsRegionRow).describe("every region with a pairing, by name"),
});
export type PairingsRegions = z.infer<typeof PairingsRegions>;
