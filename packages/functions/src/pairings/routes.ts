import type { RouteSpec } from "../route-spec";

export const pairingRoutes = [] as const satisfies readonly RouteSpec[];
