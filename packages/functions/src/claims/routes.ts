import type { RouteSpec } from "../route-spec";

export const claimRoutes = [] as const satisfies readonly RouteSpec[];
