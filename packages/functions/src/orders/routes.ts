import type { RouteSpec } from "../route-spec";

export const orderRoutes = [] as const satisfies readonly RouteSpec[];
