import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import type { StoredItem } from "../../platform/items";
import type { Part } from "../../platform/transact";
import { updateWrite } from "../../platform/update";
import {
  type LineOutcome,
  NotificationRecord,
  type NotificationKind,
  PaymentAccountRecord,
  PaymentBatchRecord,
  PaymentLineRecord,
} from "./schemas";

/**
 * The payment part's storage seam. A household's account (current copy and every version) lives in
 * the household's partition; a batch's header, lines and download log in the batch's; a claim's
 * hold (which open batch pays it) and its notifications in the claim's.
 */
const pad = (n: number) => String(n).padStart(6, "0");
const householdPartition = (householdId: string) => `HOUSEHOLD#${householdId}`;
const batchPartition = (batchId: string) => `PAYBATCH#${batchId}`;
const claimPartition = (claimId: string) => `CLAIM#${claimId}`;
const ACCOUNT_VERSION_PREFIX = "PAYACCOUNT#V";
const LINE_PREFIX = "LINE#";
const DOWNLOAD_PREFIX = "DOWNLOAD#";
const NOTIFICATION_PREFIX = "SMS#";

/** The account payments go to now. */
export const PaymentAccounts = entity(PaymentAccountRecord, {
  type: "payment_account",
  key: ({ householdId }: { householdId: string }) => ({ pk: householdPartition(householdId), sk: "PAYACCOUNT" }),
});

/** Every version of the account, never overwritten: who changed it, when and why. */
export const PaymentAccountVersions = entity(PaymentAccountRecord, {
  type: "payment_account_version",
  key: ({ householdId, version }: { householdId: string; version: number }) => ({
    pk: householdPartition(householdId),
    sk: `${ACCOUNT_VERSION_PREFIX}${pad(version)}`,
  }),
});

/** A batch's header and running figures; listed per scheme and per county, newest first by id. */
export const PaymentBatches = entity(PaymentBatchRecord, {
  type: "payment_batch",
  key: ({ batchId }: { batchId: string }) => ({ pk: batchPartition(batchId), sk: "BATCH" }),
  indexes: {
    byScheme: {
      index: "gsi1",
      partition: ({ schemeId }: { schemeId: string }) => `PAYBATCHES#SCHEME#${schemeId}`,
      partitionOf: (b) => ({ schemeId: b.schemeId }),
      sort: (b) => b.batchId,
    },
    byCounty: {
      index: "gsi2",
      partition: ({ county }: { county: string }) => `PAYBATCHES#COUNTY#${county}`,
      partitionOf: (b) => ({ county: b.county }),
      sort: (b) => b.batchId,
    },
  },
});

export const PaymentLines = entity(PaymentLineRecord, {
  type: "payment_line",
  key: ({ batchId, claimId }: { batchId: string; claimId: string }) => ({ pk: batchPartition(batchId), sk: `${LINE_PREFIX}${claimId}` }),
});

export const HOLD_STATES = ["open", "paid", "released"] as const;
/**
 * Which batch pays a claim: `open` while its line is pending or sent, `paid` once it succeeded,
 * `released` when the bank returned it. A batch creates holds only where none is or the last was
 * released, so a claim is in at most one open batch line, whatever runs concurrently.
 */
export const PaymentHolds = entity(z.object({ claimId: z.string(), batchId: z.string(), state: z.enum(HOLD_STATES), at: z.string() }), {
  type: "payment_hold",
  key: ({ claimId }: { claimId: string }) => ({ pk: claimPartition(claimId), sk: "PAYHOLD" }),
});

/** Who downloaded a batch's bank file (the one place full account numbers appear), and when. */
export const BankFileDownloads = entity(z.object({ batchId: z.string(), by: z.string(), at: z.string() }), {
  type: "payment_bank_file_download",
  key: ({ batchId, at, by }: { batchId: string; at: string; by: string }) => ({
    pk: batchPartition(batchId),
    sk: `${DOWNLOAD_PREFIX}${at}#${by}`,
  }),
});

/** A claim's SMS notices, one per kind; queued ones are listed per county for the SMS sender. */
export const Notifications = entity(NotificationRecord, {
  type: "claim_notification",
  key: ({ claimId, kind }: { claimId: string; kind: NotificationKind }) => ({
    pk: claimPartition(claimId),
    sk: `${NOTIFICATION_PREFIX}${kind}`,
  }),
  indexes: {
    queued: {
      index: "gsi1",
      partition: ({ county }: { county: string }) => `SMS#QUEUED#${county}`,
      partitionOf: (n) => ({ county: n.county }),
      sort: (n) => `${n.createdAt}#${n.claimId}#${n.kind}`,
      when: (n) => n.status === "queued",
    },
  },
});

// Reads.

/** Every item of a partition under a prefix, read consistently (a batch's lines: at most MAX_BATCH_CLAIMS). */
async function partitionItems<R>(store: Db, pk: string, prefix: string, parse: (item: StoredItem) => R, newestFirst = false): Promise<R[]> {
  const out: R[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
        ConsistentRead: true,
        ScanIndexForward: !newestFirst,
        ExclusiveStartKey: start,
      }),
    );
    out.push(...(page.Items ?? []).map(parse));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

export const batchLines = async (store: Db, batchId: string) =>
  (await partitionItems(store, batchPartition(batchId), LINE_PREFIX, PaymentLines.parse)).sort((a, b) => a.seq - b.seq);

export const bankFileDownloads = (store: Db, batchId: string) =>
  partitionItems(store, batchPartition(batchId), DOWNLOAD_PREFIX, BankFileDownloads.parse);

export const claimNotifications = (store: Db, claimId: string) =>
  partitionItems(store, claimPartition(claimId), NOTIFICATION_PREFIX, Notifications.parse);

/** The account's versions, newest first (a household changes its account a handful of times). */
export const accountVersions = (store: Db, householdId: string) =>
  partitionItems(store, householdPartition(householdId), ACCOUNT_VERSION_PREFIX, PaymentAccountVersions.parse, true);

// Transaction parts.

/** The account's new current copy, conditioned on the version read (absent for the first), and its version record. */
export function accountParts(store: Db, account: PaymentAccountRecord): { current: Part; version: Part } {
  const first = account.version === 1;
  return {
    current: {
      write: {
        Put: {
          TableName: store.tableName,
          Item: PaymentAccounts.item(account),
          ...(first
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "#version = :read",
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: { ":read": account.version - 1 },
              }),
        },
      },
    },
    version: PaymentAccountVersions.create(store, account),
  };
}

/** Takes a claim for a batch: refused while another batch holds it open or paid it (then the plan reads again). */
export function holdPart(store: Db, hold: { claimId: string; batchId: string; at: string }): Part {
  return {
    write: {
      Put: {
        TableName: store.tableName,
        Item: PaymentHolds.item({ ...hold, state: "open" }),
        ConditionExpression: "attribute_not_exists(pk) OR #state = :released",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":released": "released" },
      },
    },
  };
}

/** Ends this batch's open hold on a claim: paid, or released for a new batch. */
export function holdEndPart(store: Db, claimId: string, batchId: string, state: "paid" | "released", at: string): Part {
  return {
    write: updateWrite(store, PaymentHolds.key({ claimId }), { set: { state, at }, expect: { batchId, state: "open" } }),
  };
}

/** A line's outcome, conditioned on the outcome read: two recordings at once cannot both move it. */
export function lineOutcomePart(
  store: Db,
  line: PaymentLineRecord,
  change: { outcome: LineOutcome; reason: string | null; bankReference: string | null; at: string; by: string },
): Part {
  return {
    write: updateWrite(store, PaymentLines.key(line), {
      set: {
        outcome: change.outcome,
        reason: change.reason,
        bankReference: change.bankReference,
        outcomeAt: change.at,
        outcomeBy: change.by,
      },
      expect: { outcome: line.outcome },
    }),
  };
}

/** Moves one line between outcomes in the batch's counts (atomic ADDs: lines of a batch settle concurrently). */
export function batchCountsPart(store: Db, batchId: string, from: LineOutcome, to: LineOutcome, amountFen: number): Part {
  return {
    write: updateWrite(store, PaymentBatches.key({ batchId }), {
      add: {
        [`counts.${from}`]: -1,
        [`counts.${to}`]: 1,
        ...(to === "succeeded" ? { succeededFen: amountFen } : {}),
        ...(to === "returned" ? { returnedFen: amountFen } : {}),
      },
      condition: { expression: "attribute_exists(pk)" },
    }),
  };
}
