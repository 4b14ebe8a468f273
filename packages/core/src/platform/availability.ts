import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, type Db } from "./db";
import { unavailable, type DomainError } from "./errors";

/** Network failures: the service could not be reached or dropped the connection. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
]);

/** DynamoDB's and the SDK's names for "not now": throttling, capacity, timeouts, its own faults. */
const TRANSIENT_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
]);

/**
 * Whether an error means a service we depend on is unreachable or overloaded (nothing wrong with
 * the request, and a retry later may succeed), as opposed to a bug.
 */
export function isServiceUnavailable(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (err.code && NETWORK_CODES.has(err.code)) return true;
  if (err.name && TRANSIENT_NAMES.has(err.name)) return true;
  const status = err.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

export const serviceUnavailable = (what = "A service the platform depends on"): DomainError =>
  unavailable("SERVICE_UNAVAILABLE", `${what} is not answering right now; try again shortly`);

/** One strongly consistent read of a key nothing uses: it proves the table answers, for a readiness probe. */
export async function assertDatabaseReachable(store: Db = db()): Promise<void> {
  try {
    await store.client.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: "HEALTH#PROBE", sk: "HEALTH" }, ConsistentRead: true }),
    );
  } catch (e) {
    if (isServiceUnavailable(e)) throw serviceUnavailable("The database");
    throw e;
  }
}
