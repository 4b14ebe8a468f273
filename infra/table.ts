import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { indexNames, tableDefinition } from "@fupin/core/platform/table";

const S = dynamodb.AttributeType.STRING;

/** The single table, from the one table definition in core. */
export class DataTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { primaryKey, indexes, ttlAttribute } = tableDefinition;
    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: primaryKey.partitionKey, type: S },
      sortKey: { name: primaryKey.sortKey, type: S },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const name of indexNames) {
      this.table.addGlobalSecondaryIndex({
        indexName: name,
        partitionKey: { name: indexes[name].partitionKey, type: S },
        sortKey: { name: indexes[name].sortKey, type: S },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
