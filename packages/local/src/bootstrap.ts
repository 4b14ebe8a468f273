import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { indexNames, keyAttributeNames, tableDefinition } from "@fupin/core/platform/table";

/** Creates the table from the one table definition, unless it exists already. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<"created" | "existing"> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return "existing";
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
  }
  const { primaryKey, indexes, ttlAttribute } = tableDefinition;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: primaryKey.partitionKey, KeyType: "HASH" },
        { AttributeName: primaryKey.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: indexNames.map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: indexes[name].partitionKey, KeyType: "HASH" },
          { AttributeName: indexes[name].sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true } }),
  );
  return "created";
}
