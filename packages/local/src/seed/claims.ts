import type { Db } from "@fupin/core/platform/db";
import type { DemoCatalog } from "./catalog";

/** Demo claims in the seeded villages. */
export async function seedClaims(_store: Db, _catalog: DemoCatalog): Promise<void> {}
