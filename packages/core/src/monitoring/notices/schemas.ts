import { z } from "zod";
import { fen } from "../../platform/money";
import { pageQuery } from "../../platform/pagination";
import { id, note, text } from "../../platform/schema";
import { HOUSEHOLD_CATEGORIES } from "../households/schemas";

/**
 * The public notice board (公示): what a village shows of an identification, a risk removal, a
 * claim before the township's review (拟救助) or an approved claim while its notice runs. Only what the notice needs: the name masked (张*国), the
 * village, the category or cause, an amount for claims. Never a resident id, a phone number, a bank
 * account, the members or their health (DESIGN decision 18).
 */
export const NOTICE_KINDS = ["identification", "removal", "claim_proposal", "claim"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  identification: "监测对象识别公示",
  removal: "风险消除公示",
  claim_proposal: "防贫保险/防贫救助拟救助公示",
  claim: "防贫保险/防贫救助赔付公示",
};

export const PublicNoticesQuery = z.strictObject({
  county: text(30).describe("the 县/区 whose notices to show"),
  township: text(30).optional(),
  ...pageQuery,
});
export type PublicNoticesQuery = z.infer<typeof PublicNoticesQuery>;

export const PublicNotice = z.object({
  noticeId: z.string(),
  kind: z.enum(NOTICE_KINDS),
  kindLabel: z.string(),
  name: z.string().describe("the head of household's name, masked: first and last character shown (张*国, 张*)"),
  county: z.string(),
  township: z.string(),
  villageName: z.string(),
  category: z.enum(HOUSEHOLD_CATEGORIES).nullable().describe("the monitoring category (identification, removal)"),
  categoryLabel: z.string().nullable(),
  cause: z.string().nullable().describe("the claim's cause id"),
  causeLabel: z.string().nullable(),
  amountFen: fen()
    .nullable()
    .describe("a claim's payout: proposed (claim_proposal, as computed when filed; the approval may differ) or approved (claim)"),
  startsOn: z.string(),
  endsOn: z.string().describe("the notice's last day"),
  acceptsObjections: z.boolean().describe("whether POST /public/notices/{noticeId}/objections takes one now"),
});
export type PublicNotice = z.infer<typeof PublicNotice>;

/** An assessment's notice as the board keeps it: the name stored masked, nothing else about the people. */
export const NoticeRecord = z.object({
  noticeId: z.string(),
  assessmentId: z.string(),
  kind: z.enum(["identification", "removal"]),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  township: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  maskedName: z.string(),
  category: z.enum(HOUSEHOLD_CATEGORIES),
  startsOn: z.string(),
  endsOn: z.string(),
  withdrawn: z.boolean().describe("taken down: its assessment ended before the notice did"),
  createdAt: z.string(),
});
export type NoticeRecord = z.infer<typeof NoticeRecord>;

export const NoticeIdParams = z.strictObject({ noticeId: id() });

export const FileObjection = z.strictObject({
  note: note(500).describe("what the objection is about"),
  contact: text(50).optional().describe("how the village may reach you (never shown publicly; kept encrypted)"),
});
export type FileObjection = z.infer<typeof FileObjection>;

/** The receipt: nothing of what was filed is echoed back. */
export const FiledObjection = z.object({ objectionId: z.string(), noticeId: z.string(), receivedOn: z.string() });
export type FiledObjection = z.infer<typeof FiledObjection>;
