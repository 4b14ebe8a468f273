import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { checkDataVersion, DATA_VERSION } from "@fupin/local/data-version";
import { unique } from "./support/api";

// Tables of their own in the test platform's DynamoDB Local, so the check runs on real tables.
const raw = new DynamoDBClient({
  endpoint: inject("dynamodbEndpoint"),
  region: "cn-north-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
const client = DynamoDBDocumentClient.from(raw);
const made: string[] = [];

async function table(): Promise<{ client: typeof client; tableName: string }> {
  const tableName = `version-${unique()}`;
  await raw.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
    }),
  );
  made.push(tableName);
  return { client, tableName };
}

afterEach(async () => {
  for (const name of made.splice(0)) await raw.send(new DeleteTableCommand({ TableName: name }));
});

describe("the local data's version", () => {
  it("is recorded in a new table and accepted on the next start", async () => {
    const store = await table();
    await checkDataVersion(store, "created", ".data");
    const item = await client.send(new GetCommand({ TableName: store.tableName, Key: { pk: "LOCAL#data-version", sk: "LOCAL" } }));
    expect(item.Item?.version).toBe(DATA_VERSION);
    await expect(checkDataVersion(store, "existing", ".data")).resolves.toBeUndefined();
  });

  it("refuses demo data written before areas existed, saying to remove DATA_DIR, instead of answering 500s", async () => {
    const store = await table();
    await client.send(new PutCommand({ TableName: store.tableName, Item: { pk: "SEED#demo", sk: "SEED", villages: 3 } }));
    await expect(checkDataVersion(store, "existing", "/tmp/old-data")).rejects.toThrow(/data version 1, now 3.*Remove \/tmp\/old-data/);
  });

  it("refuses data of version 2, written before the claims rule model and chain (issue 12)", async () => {
    const store = await table();
    await client.send(new PutCommand({ TableName: store.tableName, Item: { pk: "LOCAL#data-version", sk: "LOCAL", version: 2 } }));
    await expect(checkDataVersion(store, "existing", "/tmp/old-data")).rejects.toThrow(/data version 2, now 3.*Remove \/tmp\/old-data/);
  });

  it("takes an existing table without demo data (SEED=none) as current", async () => {
    const store = await table();
    await checkDataVersion(store, "existing", ".data");
    const item = await client.send(new GetCommand({ TableName: store.tableName, Key: { pk: "LOCAL#data-version", sk: "LOCAL" } }));
    expect(item.Item?.version).toBe(DATA_VERSION);
  });
});
