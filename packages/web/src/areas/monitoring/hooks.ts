import { useQuery } from "@tanstack/react-query";
import { call, client } from "../../api/client";
import { areaLevel, hasAnyRole } from "../../auth/session";
import { useSession } from "../../auth/use-session";

/** The household and its county's rules (the monitoring line its income is read against). */
export function useHousehold(householdId: string) {
  return useQuery({
    queryKey: ["household", householdId],
    queryFn: () => call(client.GET("/households/{householdId}", { params: { path: { householdId } } })),
  });
}

export function useCountySettings(county: string | undefined) {
  return useQuery({
    queryKey: ["monitoring-settings", county],
    enabled: !!county,
    staleTime: 60_000,
    queryFn: () => call(client.GET("/monitoring/settings/{county}", { params: { path: { county: county! } } })),
  });
}

/** Whether the signed-in person may change records (county and township staff, administrators; province and city staff only read). */
export function useMayAct(): boolean {
  const session = useSession();
  const level = areaLevel(session);
  return hasAnyRole(session, ["clerk", "admin"]) && level !== "province" && level !== "city";
}
