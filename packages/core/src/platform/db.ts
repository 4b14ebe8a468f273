import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DEFAULT_TABLE_NAME } from "./table";

/**
 * One document client per process, configured from the environment: in AWS the SDK's defaults,
 * locally DYNAMODB_ENDPOINT points at DynamoDB Local.
 */
export interface Db {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

let cached: Db | undefined;

export function db(): Db {
  if (!cached) cached = createDb();
  return cached;
}

export function createDb(env: NodeJS.ProcessEnv = process.env): Db {
  const endpoint = env.DYNAMODB_ENDPOINT;
  const raw = new DynamoDBClient({
    ...(endpoint
      ? {
          endpoint,
          region: env.AWS_REGION ?? "cn-north-1",
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
    maxAttempts: 5,
  });
  const client = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, tableName: env.TABLE_NAME ?? DEFAULT_TABLE_NAME };
}

/** For tests and the local runtime, which set the environment before first use. */
export function resetDb(): void {
  cached = undefined;
}
