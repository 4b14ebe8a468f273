import { useSearchParams } from "react-router";

/** A page's filters kept in its URL (shareable, kept on reload): read them, and change some at once. */
export function useUrlFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((n) => [n, params.get(n) ?? undefined])) as Record<K, string | undefined>;
  const set = (change: Partial<Record<K, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change) as [string, string | undefined][]) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return [values, set] as const;
}
