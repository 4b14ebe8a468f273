import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";

/**
 * The test platform's table itself, for the few tests that must read what only storage sees (the
 * credit ledger) or write what the API can no longer make (a claim from before a rule existed).
 */
export const testTable = () => ({
  client: DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamodbEndpoint"),
      region: "cn-north-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  ),
  tableName: inject("tableName"),
});
