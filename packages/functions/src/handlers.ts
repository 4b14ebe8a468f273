import type { ContextName } from "./routes";

/** Where each context's Lambda handler lives: infra bundles these files, the local gateway imports them. */
export const handlerEntries: Record<ContextName, string> = {
  platform: new URL("./platform/handlers.ts", import.meta.url).pathname,
  catalog: new URL("./catalog/handlers.ts", import.meta.url).pathname,
};
