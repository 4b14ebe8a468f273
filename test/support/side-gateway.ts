import { join } from "node:path";
import { inject } from "vitest";
import { resetDb } from "@fupin/core/platform/db";
import { resetStripe } from "@fupin/core/payments/stripe";
import { handlerFiles } from "@fupin/functions/handlers";
import type { ContextName } from "@fupin/functions/routes";
import { startGateway, type LambdaHandler } from "@fupin/local/gateway";
import { localIdp } from "@fupin/local/local-idp";

/**
 * A second gateway, in the test's own process, serving the real handlers against dependencies the
 * test chooses (a database or payment provider that refuses or never answers), while tokens and
 * the table are the shared test platform's. The shared platform is left untouched.
 */
export async function startSideGateway(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  Object.assign(process.env, { TABLE_NAME: inject("tableName"), DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"), STRIPE_API_BASE: inject("stripeApiBase"), ...env });
  delete process.env.STRIPE_SECRET_KEY;
  resetDb();
  resetStripe();
  const handlers = {} as Record<ContextName, LambdaHandler>;
  for (const [context, file] of Object.entries(handlerFiles) as [ContextName, string][]) {
    handlers[context] = ((await import(join(process.cwd(), file))) as { handler: LambdaHandler }).handler;
  }
  const gateway = await startGateway({ port: 0, idp: await localIdp(inject("dataDir")), handlers });
  return { url: gateway.url, stop: gateway.stop };
}
