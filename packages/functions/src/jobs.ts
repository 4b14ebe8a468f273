import { contexts, type ContextName } from "./routes";

/**
 * Scheduled jobs, beside the route table: infra gives each its own function (with its context's
 * permissions) and an EventBridge schedule; the local runtime runs them on a timer.
 */
export interface JobSpec {
  readonly context: ContextName;
  readonly description: string;
  /** EventBridge schedule expression. */
  readonly schedule: string;
  /** Relative to the repository root; exports `handler`. */
  readonly file: string;
}

export const jobs = {
  "expire-unpaid-orders": {
    context: "orders",
    description: "cancels orders left unpaid for UNPAID_ORDER_MINUTES (default 30) and gives their stock back",
    schedule: "rate(5 minutes)",
    file: "packages/functions/src/orders/expire-unpaid.ts",
  },
} as const satisfies Record<string, JobSpec>;

export type JobName = keyof typeof jobs;
export const jobNeeds = (name: JobName) => contexts[jobs[name].context];
