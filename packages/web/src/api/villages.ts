import { call, client } from "./client";
import type { Village } from "./types";

/** Every village, page by page (up to a thousand): for pickers and filters. Cache it under ["villages", "all"]. */
export async function allVillages(): Promise<Village[]> {
  const out: Village[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await call(client.GET("/villages", { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}
