import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config, type Config } from "./config";

/**
 * One document client per process, built from the configuration: in AWS the SDK's defaults,
 * locally DYNAMODB_ENDPOINT points at DynamoDB Local.
 */
export interface Db {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

let cached: Db | undefined;

export function db(): Db {
  cached ??= createDb(config());
  return cached;
}

type DbSettings = Pick<Config, "TABLE_NAME" | "DYNAMODB_ENDPOINT" | "AWS_REGION" | "DYNAMODB_METRICS">;

export function createDb(settings: DbSettings = config()): Db {
  const endpoint = settings.DYNAMODB_ENDPOINT;
  const raw = new DynamoDBClient({
    ...(endpoint
      ? {
          endpoint,
          region: settings.AWS_REGION,
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
    // A database that hangs must not hold a request past the function's timeout (15 s): each attempt
    // is cut off, and the attempts with their back-off fit inside it, leaving time to answer 503.
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 4_000, throwOnRequestTimeout: true },
  });
  if (settings.DYNAMODB_METRICS) countRequests(raw);
  const client = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, tableName: settings.TABLE_NAME };
}

/** Round trips and consumed capacity since the last reset, when DYNAMODB_METRICS=1 (benchmarks). */
export const dbMetrics = {
  requests: 0,
  readUnits: 0,
  writeUnits: 0,
  reset() {
    this.requests = 0;
    this.readUnits = 0;
    this.writeUnits = 0;
  },
};

function countRequests(raw: DynamoDBClient): void {
  raw.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const dataPlane = ["TransactItems", "RequestItems", "Key", "Item", "KeyConditionExpression"].some((k) => k in input);
      if (dataPlane) input.ReturnConsumedCapacity ??= "TOTAL";
      const result = await next(args);
      dbMetrics.requests += 1;
      const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      // DynamoDB Local reports only CapacityUnits; the command says whether they were read or written.
      const writes = /^(Put|Update|Delete|TransactWrite|BatchWrite)/.test(context.commandName ?? "");
      for (const c of (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as {
        ReadCapacityUnits?: number;
        WriteCapacityUnits?: number;
        CapacityUnits?: number;
      }[]) {
        dbMetrics.readUnits += c.ReadCapacityUnits ?? (writes ? 0 : (c.CapacityUnits ?? 0));
        dbMetrics.writeUnits += c.WriteCapacityUnits ?? (writes ? (c.CapacityUnits ?? 0) : 0);
      }
      return result;
    },
    { step: "initialize", name: "fupinRequestMetrics" },
  );
}
