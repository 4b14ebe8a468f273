import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { openApiDocument } from "@fupin/functions/platform/openapi";
import { WEB_ROOT } from "./build";

/** The console's API types, committed: a route or schema change that breaks the console fails `npm run typecheck`. */
export const SCHEMA_FILE = join(WEB_ROOT, "src/api/schema.d.ts");

const HEADER = `/**
 * The platform's HTTP API as TypeScript types, generated from the OpenAPI document that the route
 * table produces (packages/functions/src/platform/openapi.ts), in process: no server involved.
 * Do not edit: run \`npm run generate:api\` after changing a route or one of its schemas.
 */

`;

/** The schema file's text, from the route table as it is now. */
export async function generateSchema(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as OpenAPI3, { alphabetize: false, immutable: false });
  return HEADER + astToString(ast);
}

export async function writeSchema(): Promise<{ file: string; changed: boolean }> {
  const text = await generateSchema();
  let before = "";
  try {
    before = readFileSync(SCHEMA_FILE, "utf8");
  } catch {
    // first generation
  }
  if (before !== text) writeFileSync(SCHEMA_FILE, text);
  return { file: SCHEMA_FILE, changed: before !== text };
}
