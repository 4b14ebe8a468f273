import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../../platform/db";
import { entity } from "../../platform/entity";
import { CountySettings } from "./schemas";

/** A county's monitoring rules: one item, replaced as a whole. */
export const Settings = entity(CountySettings, {
  type: "monitoring_settings",
  key: ({ county }: { county: string }) => ({ pk: `MONITORING#COUNTY#${county}`, sk: "SETTINGS" }),
});

/** Writes the next version, refused (ConditionalCheckFailed) when another write got there first. */
export async function putSettingsVersion(store: Db, next: CountySettings): Promise<void> {
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: Settings.item(next),
      ...(next.version === 1
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "#version = :previous",
            ExpressionAttributeNames: { "#version": "version" },
            ExpressionAttributeValues: { ":previous": next.version - 1 },
          }),
    }),
  );
}
