import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSchema, SCHEMA_FILE } from "./generate-api";

describe("the console's generated API types", () => {
  it("match the route table's OpenAPI document as it is now", async () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    const fresh = await generateSchema();
    expect(committed === fresh, "packages/web/src/api/schema.d.ts is out of date: run npm run generate:api and commit it").toBe(true);
  }, 60_000);
});
