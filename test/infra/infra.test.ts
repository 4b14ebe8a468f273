import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Match } from "aws-cdk-lib/assertions";
import { ROLES } from "@fupin/core/platform/actor";
import { functionVariables, SECRET_VARIABLES } from "@fupin/core/platform/config";
import { indexNames, tableDefinition } from "@fupin/core/platform/table";
import { jobs } from "@fupin/functions/jobs";
import { contexts, isPublic, routeKey, routes } from "@fupin/functions/routes";
import { synthPlatform } from "./synth";

let synth: ReturnType<typeof synthPlatform>;
beforeAll(() => {
  synth = synthPlatform();
});
afterAll(() => synth?.cleanup());

const resources = (type: string) => Object.entries(synth.template.findResources(type)) as [string, any][];

/** Logical ids of the context functions, keyed by context name. */
function functionIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [id, res] of resources("AWS::Lambda::Function")) {
    const context = /^fupin (\w+):/.exec(res.Properties.Description ?? "")?.[1];
    if (context) ids[context] = id;
  }
  return ids;
}

describe("the data table", () => {
  it("is the one table definition: keys, indexes, on-demand, point-in-time recovery, deletion protection, TTL", () => {
    const tables = resources("AWS::DynamoDB::Table");
    expect(tables).toHaveLength(1);
    const [, table] = tables[0]!;
    expect(table.DeletionPolicy).toBe("Retain");
    const p = table.Properties;
    expect(p.BillingMode).toBe("PAY_PER_REQUEST");
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.DeletionProtectionEnabled).toBe(true);
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.ttlAttribute, Enabled: true });
    expect(p.KeySchema).toEqual([
      { AttributeName: tableDefinition.primaryKey.partitionKey, KeyType: "HASH" },
      { AttributeName: tableDefinition.primaryKey.sortKey, KeyType: "RANGE" },
    ]);
    expect(p.GlobalSecondaryIndexes.map((i: any) => i.IndexName)).toEqual(indexNames);
    for (const gsi of p.GlobalSecondaryIndexes) {
      const def = tableDefinition.indexes[gsi.IndexName as keyof typeof tableDefinition.indexes];
      expect(gsi.KeySchema).toEqual([
        { AttributeName: def.partitionKey, KeyType: "HASH" },
        { AttributeName: def.sortKey, KeyType: "RANGE" },
      ]);
    }
  });
});

describe("the HTTP API", () => {
  it("has exactly the routes of the route table", () => {
    const keys = resources("AWS::ApiGatewayV2::Route")
      .map(([, r]) => r.Properties.RouteKey)
      .sort();
    expect(keys).toEqual(routes.map(routeKey).sort());
  });

  it("leaves exactly the public routes of the route table without the JWT authorizer", () => {
    const open = resources("AWS::ApiGatewayV2::Route")
      .filter(([, r]) => (r.Properties.AuthorizationType ?? "NONE") === "NONE")
      .map(([, r]) => r.Properties.RouteKey)
      .sort();
    expect(open).toEqual(routes.filter(isPublic).map(routeKey).sort());
    for (const [, r] of resources("AWS::ApiGatewayV2::Route")) {
      if (r.Properties.AuthorizationType && r.Properties.AuthorizationType !== "NONE") expect(r.Properties.AuthorizationType).toBe("JWT");
    }
    const authorizers = resources("AWS::ApiGatewayV2::Authorizer");
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]![1].Properties.AuthorizerType).toBe("JWT");
  });

  it("sends every route to its context's function", () => {
    const ids = functionIds();
    const integrations = Object.fromEntries(resources("AWS::ApiGatewayV2::Integration"));
    for (const [, r] of resources("AWS::ApiGatewayV2::Route")) {
      const integrationId = r.Properties.Target["Fn::Join"][1][1].Ref as string;
      const uri = JSON.stringify(integrations[integrationId].Properties.IntegrationUri);
      const context = routes.find((x) => routeKey(x) === r.Properties.RouteKey)!.context;
      expect(uri).toContain(ids[context]);
    }
  });
});

describe("the functions", () => {
  it("are one per bounded context, Node.js 22 on arm64", () => {
    const ids = functionIds();
    expect(Object.keys(ids).sort()).toEqual(Object.keys(contexts).sort());
    for (const id of Object.values(ids)) {
      const fn = synth.template.toJSON().Resources[id];
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
      expect(fn.Properties.Handler).toBe("index.handler");
    }
  });

  it("reach only the table and its indexes, the Stripe keys only where payments are made, the PII key only for claims", () => {
    const ids = functionIds();
    const tableId = resources("AWS::DynamoDB::Table")[0]![0];
    const secretOf = (what: RegExp) => resources("AWS::SecretsManager::Secret").find(([, s]) => what.test(s.Properties.Description))![0];
    const stripeId = secretOf(/Stripe/);
    const piiId = secretOf(/resident-id/);
    const evidenceId = resources("AWS::S3::Bucket").find(([, b]) =>
      String(b.Properties.BucketName ?? "").startsWith("fupin-evidence-"),
    )![0];
    const roleOf = (fnId: string) => synth.template.toJSON().Resources[fnId].Properties.Role["Fn::GetAtt"][0];
    const policies = resources("AWS::IAM::Policy");
    for (const [context, fnId] of Object.entries(ids)) {
      const role = roleOf(fnId);
      const statements = policies
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const needs = contexts[context as keyof typeof contexts];
      const touched = new Set<string>();
      for (const s of statements) {
        const resourcesOf = (Array.isArray(s.Resource) ? s.Resource : [s.Resource]).map((r: any) => JSON.stringify(r));
        for (const r of resourcesOf) {
          if (r.includes(tableId)) touched.add("table");
          else if (r.includes(stripeId)) touched.add("stripe");
          else if (r.includes(piiId)) touched.add("pii");
          else if (r.includes(evidenceId)) touched.add("evidence");
          else touched.add(`other:${r}`);
        }
        expect(JSON.stringify(s.Action)).not.toMatch(/"\*"|dynamodb:\*/);
      }
      expect([...touched].sort(), context).toEqual(
        [
          ...(needs.table ? ["table"] : []),
          ...(needs.stripe ? ["stripe"] : []),
          ...(needs.pii ? ["pii"] : []),
          ...("evidence" in needs && needs.evidence ? ["evidence"] : []),
        ].sort(),
      );
    }
  });

  it("know the table and the token issuer from their environment", () => {
    synth.template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("^fupin catalog"),
      Environment: {
        Variables: Match.objectLike({ TABLE_NAME: Match.anyValue(), JWT_ISSUER: Match.anyValue(), JWKS_URL: Match.anyValue() }),
      },
    });
  });

  it("set only variables the functions' configuration reads, and no secret in plain text", () => {
    const known = new Set<string>(Object.keys(functionVariables));
    for (const [, fn] of resources("AWS::Lambda::Function").filter(([, f]) => /^fupin /.test(f.Properties.Description ?? ""))) {
      const names = Object.keys(fn.Properties.Environment.Variables);
      const ours = names.filter((n) => n !== "NODE_OPTIONS" && !n.startsWith("POWERTOOLS_"));
      expect(
        ours.filter((n) => !known.has(n)),
        fn.Properties.Description,
      ).toEqual([]);
      expect(
        ours.filter((n) => (SECRET_VARIABLES as readonly string[]).includes(n)),
        fn.Properties.Description,
      ).toEqual([]);
    }
  });
});

describe("scheduled jobs", () => {
  it("run each job in a function of its own on its EventBridge schedule", () => {
    const fns = resources("AWS::Lambda::Function");
    const rules = resources("AWS::Events::Rule");
    for (const [name, job] of Object.entries(jobs)) {
      const [fnId, fn] = fns.find(([, f]) => (f.Properties.Description ?? "").startsWith(`fupin job ${name}:`))!;
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Environment.Variables).toHaveProperty("TABLE_NAME");
      const rule = rules.find(([, r]) => JSON.stringify(r.Properties.Targets).includes(fnId));
      expect(rule?.[1].Properties.ScheduleExpression).toBe(job.schedule);
    }
  });
});

describe("alarms", () => {
  it("watch each function for crashes, and the API for requests answered 500", () => {
    const alarms = resources("AWS::CloudWatch::Alarm").map(([, a]) => a.Properties);
    expect(alarms.filter((a) => a.MetricName === "InternalErrors" && a.Namespace === "Fupin")).toHaveLength(1);
    expect(alarms.filter((a) => a.MetricName === "DependencyUnavailable" && a.Namespace === "Fupin")).toHaveLength(1);
    for (const context of Object.keys(contexts)) {
      expect(alarms.some((a) => a.AlarmDescription === `fupin ${context} function errors` && a.MetricName === "Errors")).toBe(true);
    }
  });
});

describe("identities and secrets", () => {
  it("has a user pool whose groups are the platform's roles", () => {
    expect(resources("AWS::Cognito::UserPool")).toHaveLength(1);
    const groups = resources("AWS::Cognito::UserPoolGroup")
      .map(([, g]) => g.Properties.GroupName)
      .sort();
    expect(groups).toEqual([...ROLES].sort());
  });

  it("keeps the Stripe keys and the resident-id hash key in secrets that outlive the stack", () => {
    const secrets = resources("AWS::SecretsManager::Secret");
    expect(secrets).toHaveLength(2);
    for (const [, s] of secrets) expect(s.DeletionPolicy).toBe("Retain");
    const pii = secrets.find(([, s]) => /resident-id/.test(s.Properties.Description))![1];
    expect(pii.Properties.GenerateSecretString).toMatchObject({ GenerateStringKey: "key", PasswordLength: 64 });
  });
});
