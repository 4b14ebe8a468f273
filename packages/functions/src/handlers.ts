import type { ContextName } from "./routes";

/**
 * Where each context's Lambda handler lives, relative to the repository root: infra bundles these
 * files (export `handler`), the local gateway imports them.
 */
export const handlerFiles: Record<ContextName, string> = {
  platform: "packages/functions/src/platform/handlers.ts",
  catalog: "packages/functions/src/catalog/handlers.ts",
  orders: "packages/functions/src/orders/handlers.ts",
  pairings: "packages/functions/src/pairings/handlers.ts",
  monitoring: "packages/functions/src/monitoring/handlers.ts",
  claims: "packages/functions/src/claims/handlers.ts",
};
