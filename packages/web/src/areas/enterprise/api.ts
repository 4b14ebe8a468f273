import { useQuery } from "@tanstack/react-query";
import { call, client } from "../../api/client";

/** Query keys and calls this area shares between its pages, so a write refreshes every page that shows it. */
export const keys = {
  mine: ["enterprise", "mine"] as const,
  enterprise: (enterpriseId: string) => ["enterprise", "enterprise", enterpriseId] as const,
  figures: (enterpriseId: string) => ["enterprise", "figures", enterpriseId] as const,
  pairings: (enterpriseId: string) => ["enterprise", "pairings", enterpriseId] as const,
  pairing: (pairingId: string) => ["enterprise", "pairing", pairingId] as const,
  ledger: (pairingId: string) => ["enterprise", "ledger", pairingId] as const,
};

export const enterpriseFigures = (enterpriseId: string) => call(client.GET("/reports/pairings", { params: { query: { enterpriseId } } }));

export const getEnterprise = (enterpriseId: string) =>
  call(client.GET("/enterprises/{enterpriseId}", { params: { path: { enterpriseId } } }));

export const getPairing = (pairingId: string) => call(client.GET("/pairings/{pairingId}", { params: { path: { pairingId } } }));

/** Whether this account manages the enterprise (it is among GET /enterprises); undefined while that is being read. */
export function useManages(enterpriseId: string | undefined): boolean | undefined {
  const mine = useQuery({
    queryKey: [...keys.mine, "all"],
    queryFn: async () => {
      const ids = new Set<string>();
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await call(client.GET("/enterprises", { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        for (const e of page.items) ids.add(e.enterpriseId);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return ids;
    },
  });
  return enterpriseId && mine.data ? mine.data.has(enterpriseId) : undefined;
}
