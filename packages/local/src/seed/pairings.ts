import type { Db } from "@fupin/core/platform/db";
import type { DemoCatalog } from "./catalog";

/** Demo pairings in the seeded villages. */
export async function seedPairings(_store: Db, _catalog: DemoCatalog): Promise<void> {}
