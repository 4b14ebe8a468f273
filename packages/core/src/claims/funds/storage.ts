import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import { type Page, type PageRequest, queryPage } from "../../platform/pagination";
import type { Part } from "../../platform/transact";
import { FundEntryRecord, FundStateRecord, Settlement } from "./schemas";

/**
 * The fund's items live in the scheme's partition beside its totals: the fund's state, its ledger
 * (sorted by year, then by time-sortable entry id, so a year's ledger is one Query in order) and
 * one settlement item per year, created once.
 */
const schemePartition = (schemeId: string) => `SCHEME#${schemeId}`;
const ledgerPrefix = (year: number) => `LEDGER#${year}#`;

export const FundStates = entity(FundStateRecord, {
  type: "scheme_fund",
  key: ({ schemeId }: { schemeId: string }) => ({ pk: schemePartition(schemeId), sk: "FUND" }),
});

export const FundEntries = entity(FundEntryRecord, {
  type: "scheme_fund_entry",
  key: ({ schemeId, year, entryId }: { schemeId: string; year: number; entryId: string }) => ({
    pk: schemePartition(schemeId),
    sk: `${ledgerPrefix(year)}${entryId}`,
  }),
});

export const Settlements = entity(Settlement, {
  type: "scheme_settlement",
  key: ({ schemeId, year }: { schemeId: string; year: number }) => ({ pk: schemePartition(schemeId), sk: `SETTLEMENT#${year}` }),
});

export const findFundState = (store: Db, schemeId: string) => FundStates.find(store, { schemeId }, { consistent: true });

export const findSettlement = (store: Db, schemeId: string, year: number) =>
  Settlements.find(store, { schemeId, year }, { consistent: true });

/** A year's ledger, oldest first, page by page. */
export async function ledgerPage(store: Db, schemeId: string, year: number, page: PageRequest): Promise<Page<FundEntryRecord>> {
  const got = await queryPage(
    store,
    {
      partitionValue: schemePartition(schemeId),
      sortCondition: { expression: "begins_with(#sk, :prefix)", values: { ":prefix": ledgerPrefix(year) } },
    },
    page,
  );
  return { items: got.items.map(FundEntries.parse), nextCursor: got.nextCursor };
}

/**
 * Writes the fund's state as the next version: created when none was read, else conditioned on
 * the version read. Every ledger write goes through it, so two writes that read the same state
 * cannot both commit: the second reads again (its year and running figures rest on that read).
 */
export function fundStatePart(store: Db, next: FundStateRecord, read: FundStateRecord | undefined): Part {
  return read ? FundStates.replaceVersion(store, next, read.version) : FundStates.create(store, next);
}
