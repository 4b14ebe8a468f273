import { relative } from "node:path";
import { writeSchema } from "./generate-api";

/** `npm run generate:api`: writes packages/web/src/api/schema.d.ts from the route table's OpenAPI document. */
writeSchema()
  .then(({ file, changed }) => process.stdout.write(`${relative(process.cwd(), file)} ${changed ? "written" : "already up to date"}\n`))
  .catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
